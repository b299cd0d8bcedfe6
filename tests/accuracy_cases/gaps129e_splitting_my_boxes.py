"""A woman told as sharing a man's finasteride, named by who she is to the writer (miss in eval/holdout156 dx06), as
a class.

For-women (finasteride: not indicated for women, contraindicated in pregnancy) told as a story in which the woman is a
cousin, friend, neighbour or regular known to be a woman only by "her" or "she" later in the sentence, and the sharing
is splitting or helping herself: "My cousin Denise, who's been fighting a widening part since her forties, started
splitting my boxes with me last spring" (dx06), "My neighbour Carol has been splitting my Propecia with me since her
crown started thinning", "so she started sharing my pack", "has been helping herself to my tablets". Not a man ("his
hair"), not collecting them for the writer, not asking whether she could, not a denial, not another treatment.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

_FINASTERIDE = "Finasteride (Propecia) treats male pattern hair loss.\n\n"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "finasteride",
        _FINASTERIDE + "That said, it's not only us. My cousin Denise, who's been fighting a widening part since her forties,"
        " started splitting my boxes with me last spring, and her ponytail has never looked thicker.",
        MISSTATEMENT,
        "not-for-women",
        "error",
    ),
    (
        "finasteride",
        _FINASTERIDE + "My neighbour Carol has been splitting my Propecia with me since her crown started thinning.",
        MISSTATEMENT,
        "not-for-women",
        "error",
    ),
    (
        "finasteride",
        _FINASTERIDE + "My best friend noticed her parting widening, so she started sharing my pack, and her hair is fuller than ever.",
        MISSTATEMENT,
        "not-for-women",
        "error",
    ),
    (
        "finasteride",
        _FINASTERIDE + "My sister-in-law has been helping herself to my tablets for her thin patch, and she looks great.",
        MISSTATEMENT,
        "not-for-women",
        "error",
    ),
    (
        "finasteride",
        _FINASTERIDE + "A regular of mine, bless her, borrows a few of my pills every month for her thinning crown.",
        MISSTATEMENT,
        "not-for-women",
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "finasteride",
        _FINASTERIDE + "My cousin Dan, who's been losing his hair since his thirties, started splitting my boxes with me.",
        MISSTATEMENT,
        "not-for-women",
    ),
    (
        "finasteride",
        _FINASTERIDE + "My cousin Denise picks up my boxes for me at the pharmacy when she does her shopping.",
        MISSTATEMENT,
        "not-for-women",
    ),
    (
        "finasteride",
        _FINASTERIDE + "My friend asked if she could split my boxes with me; I said no, because it's not for women.",
        MISSTATEMENT,
        "not-for-women",
    ),
    (
        "finasteride",
        _FINASTERIDE + "My cousin Denise, who is pregnant, must never touch my boxes or handle a broken tablet.",
        MISSTATEMENT,
        "not-for-women",
    ),
    (
        "finasteride",
        _FINASTERIDE + "My friend Jo asked her own doctor about her thinning part and was given minoxidil foam instead.",
        MISSTATEMENT,
        "not-for-women",
    ),
]
