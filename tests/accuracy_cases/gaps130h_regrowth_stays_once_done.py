"""Stopping minoxidil told first, then the regrowth said to stay, as a plan, a story or advice: the cure kind ("one year on
the foam to fill the crown in, then I'm done with it and the new growth stays put", eval/holdout166 eh13; minoxidil
`cures-baldness`, the kind's new wording). Near misses: the new growth lost after stopping, said not to stay, said to stay
only a while, and hair that stays thin."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "cures-baldness"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "minoxidil",
        "Coach Dee, who runs the 6am class, used a can a month for about a year in his twenties, then packed it in, and he's "
        "still got a thick mop at 45. That's my plan too: one year on the foam to fill the crown in, then I'm done with it and "
        "the new growth stays put.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("minoxidil", "He packed it in after a year and the regrowth stuck around.", MISSTATEMENT, ITEM, "warning"),
    ("minoxidil", "Quit once you're happy with your crown, and the hair stays.", MISSTATEMENT, ITEM, "warning"),
    ("minoxidil", "Put the foam away after six months and your new hair will stay.", MISSTATEMENT, ITEM, "warning"),
    ("minoxidil", "My brother stopped the Rogaine in March, but the hairs he had regrown didn't fall out.", MISSTATEMENT, ITEM, "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("minoxidil", "Once I'm done with it, the new growth falls out within months.", MISSTATEMENT, ITEM),
    ("minoxidil", "Stop and the new hair won't stay.", MISSTATEMENT, ITEM),
    ("minoxidil", "Once I'm done with it the regrowth stays only a few months.", MISSTATEMENT, ITEM),
    ("minoxidil", "I stopped the foam and the new hair stayed for a few weeks, then shed.", MISSTATEMENT, ITEM),
    ("minoxidil", "She stopped using it and her hair stays thin.", MISSTATEMENT, ITEM),
]
