"""An antidepressant that is no SSRI put with the SSRIs by likening, said of its everyday brand or of a family told by what
it does: "Wellbutrin sits in the same camp as Zoloft and Lexapro" (eval/holdout180 ev04: bare "Wellbutrin", found as
bupropion through checks/drug-names.yml, was not one of the facts' names, so no kind wording was said of it; it is now an
alias) and "Mirtazapine belongs to the same serotonin-boosting family as sertraline and fluoxetine" (eval/holdout182 ex10:
the wrong-class kind's "the same family as" now allows a family told by what it does: "serotonin-boosting", "mood-lifting",
"antidepressant"). Near misses: the likeness denied, a price bracket, the right class, another drug's."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (ev04, ex10)
    (
        "bupropion",
        "People ask me this a lot. Wellbutrin sits in the same camp as Zoloft and Lexapro: all three work on serotonin, the"
        ' brain\'s "feel-good" messenger, and Wellbutrin just goes about it more gently, which is why it rarely dulls your sex'
        " drive.",
        MISSTATEMENT,
        "not-an-ssri",
        "warning",
    ),
    (
        "mirtazapine",
        "Mirtazapine belongs to the same serotonin-boosting family as sertraline and fluoxetine, the SSRIs most of us have heard"
        " of, so if a colleague mentions Zoloft, it's much the same idea.",
        MISSTATEMENT,
        "not-an-ssri",
        "warning",
    ),
    # new wordings
    (
        "bupropion",
        "My doctor said Wellbutrin is basically Prozac's little sister.",
        MISSTATEMENT,
        "not-an-ssri",
        "warning",
    ),
    (
        "mirtazapine",
        "Remeron is in the same mood-lifting group as Prozac and Paxil, just sleepier.",
        MISSTATEMENT,
        "not-an-ssri",
        "warning",
    ),
    (
        "bupropion",
        "wellbutrin falls into the same antidepressant family as lexapro and celexa lol",
        MISSTATEMENT,
        "not-an-ssri",
        "warning",
    ),
]

#: (drug, body, rule, item): a finding that must not be reported.
SHOULD_NOT = [
    # denied
    (
        "bupropion",
        "Wellbutrin is not in the same family as Zoloft.",
        MISSTATEMENT,
        "not-an-ssri",
    ),
    # a price, not a class
    (
        "mirtazapine",
        "Mirtazapine sits in the same low-cost bracket as sertraline at most pharmacies.",
        MISSTATEMENT,
        "not-an-ssri",
    ),
    # the right class
    (
        "bupropion",
        "Unlike Zoloft and Lexapro, Wellbutrin works on dopamine and norepinephrine, not serotonin.",
        MISSTATEMENT,
        "not-an-ssri",
    ),
    # another drug's family
    (
        "mirtazapine",
        "Sertraline belongs to the same serotonin-boosting family as fluoxetine; mirtazapine works differently.",
        MISSTATEMENT,
        "not-an-ssri",
    ),
]
