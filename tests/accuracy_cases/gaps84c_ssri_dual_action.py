"""An SSRI given the SNRIs' action on noradrenaline, or likened to an SNRI by its action, as a class.

'"Lexapro works on two brain chemicals at once, serotonin and noradrenaline, the same double action you get from
Effexor"' (holdout84 bd13): the drug said to act on serotonin and noradrenaline without "both" (the SSRIs' own
`not-an-snri` patterns), or given "the same (double) action / mechanism as" a medicine of the class it is not of (the
shared wrong-class kind, by its `members`). Not a denial ("not the same double action"), not another drug's action
("Effexor works on serotonin and noradrenaline"), not the same effect on low mood, not a likening to a drug of its own
class.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "not-an-snri"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "escitalopram",
        '"Patients often ask me what makes it different from the older tablets," Rachel says. "Lexapro works on two brain '
        "chemicals at once, serotonin and noradrenaline, the same double action you get from Effexor. That's why it suits "
        'people whose low mood comes with a lot of tiredness."',
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "escitalopram",
        "Escitalopram has the same dual action as Cymbalta, which is why it helps with pain too.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "sertraline",
        "Zoloft lifts your mood through the very same mechanism as venlafaxine, our pharmacist explains.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("escitalopram", "Lexapro works on two brain chemicals at once, serotonin and noradrenaline.", MISSTATEMENT, ITEM, "warning"),
    (
        "sertraline",
        "Sertraline boosts serotonin as well as noradrenaline, which is why it gives you energy.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("fluoxetine", "Prozac has a dual action on serotonin and norepinephrine.", MISSTATEMENT, ITEM, "warning"),
    (
        "citalopram",
        "Celexa ups serotonin plus norepinephrine, so it gives you more energy than other antidepressants.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("escitalopram", "Escitalopram also acts on noradrenaline, not just serotonin.", MISSTATEMENT, ITEM, "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("escitalopram", "Lexapro works on serotonin alone, not the same double action you get from Effexor.", MISSTATEMENT, ITEM),
    ("escitalopram", "Lexapro is gentler on sleep; Cymbalta has the same dual action as Effexor.", MISSTATEMENT, ITEM),
    ("escitalopram", "Lexapro has much the same effect on low mood as Effexor in most trials.", MISSTATEMENT, ITEM),
    ("escitalopram", "Unlike Lexapro, which works on serotonin only, Effexor has a double action.", MISSTATEMENT, ITEM),
    ("escitalopram", "Lexapro belongs to the same family as sertraline, with the same action as Zoloft.", MISSTATEMENT, ITEM),
    ("escitalopram", "Lexapro works on serotonin; Effexor works on serotonin and noradrenaline.", MISSTATEMENT, ITEM),
    ("escitalopram", "Effexor is different: it works on serotonin and noradrenaline.", MISSTATEMENT, ITEM),
    ("sertraline", "Sertraline raises serotonin levels; noradrenaline is what venlafaxine adds on top.", MISSTATEMENT, ITEM),
    (
        "fluoxetine",
        "If you have taken Prozac, you may wonder whether it works on serotonin and noradrenaline. "
        "It does not: it works on serotonin only.",
        MISSTATEMENT,
        ITEM,
    ),
]
