"""The tablets themselves said to be no pills anyone gets hooked on, the no-dependence kind with no article before the
noun and the verb in any person or tense: "Thirty years on the same little tablets and she has never once asked for
more, so whatever the leaflet says, these are not pills anyone gets hooked on." (eval/holdout153 du03; diazepam
`not-addictive`). Near misses: pills anyone can get hooked on (the risk affirmed), the same words refuted by the next
sentence, pills not to stop suddenly, and not the only pill people get hooked on."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "not-addictive"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "diazepam",
        "Kelly asked me whether I worry about Mum being hooked. Honestly, no. Thirty years on the same little tablets and she "
        "has never once asked for more, so whatever the leaflet says, these are not pills anyone gets hooked on.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "alprazolam",
        "My aunt has had Xanax for a decade, and trust me, they aren't tablets people become addicted to.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "lorazepam",
        "Twenty years of lorazepam at bedtime and she's fine: these are not meds anybody ever got dependent on.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    ("tramadol", "Dad says tramadol is mild and that these aren't pills anyone ends up hooked on.", MISSTATEMENT, ITEM, "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("diazepam", "These are pills anyone can get hooked on, so keep to the dose.", MISSTATEMENT, ITEM),
    (
        "diazepam",
        "Some say these are not pills anyone gets hooked on. That isn't true: diazepam can cause addiction.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "diazepam",
        "She worried the tablets would get her hooked; they are not pills you should stop suddenly.",
        MISSTATEMENT,
        ITEM,
    ),
    ("diazepam", "Diazepam is not the only pill people get hooked on; opioids are worse.", MISSTATEMENT, ITEM),
]
