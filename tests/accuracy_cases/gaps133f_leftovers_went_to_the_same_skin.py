"""Isotretinoin's leftovers handed on, told as a story and pointed back at by "those", "they" or "the last ten": "When I
finished there were still about ten capsules in the last box, and my best friend Maya has literally the same skin as me,
so those went straight into her hands" (eval/holdout189 fe05; isotretinoin `share-with-others`, whose handover told with
the supply as the subject now also takes "those", "these", "they" and "the last ten" as that supply, and whose leftovers
may be told as still left in the box). Near misses: those sent back to the pharmacy or the returns bin, the handover
refused."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fe05)
    (
        "isotretinoin",
        "And story time before I go. When I finished there were still about ten capsules in the last box, and my best friend"
        " Maya has literally the same skin as me, so those went straight into her hands. Honestly the best gift I've given all"
        " year.",
        MISSTATEMENT,
        "share-with-others",
        "error",
    ),
    # new wordings
    (
        "isotretinoin",
        "My cousin had the same cystic spots on his back as I did, so they went into his gym bag the day I finished my course.",
        MISSTATEMENT,
        "share-with-others",
        "error",
    ),
    (
        "isotretinoin",
        "I still had a few capsules left at the end of the course, and my sister was breaking out, so the last ten went to her.",
        MISSTATEMENT,
        "share-with-others",
        "error",
    ),
    (
        "isotretinoin",
        "There were still two strips in my last box when the dermatologist signed me off, and my flatmate's chin was awful, so"
        " those went into her desk drawer.",
        MISSTATEMENT,
        "share-with-others",
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # back to the pharmacy, into the returns bin
    (
        "isotretinoin",
        "When I finished there were still about ten capsules in the last box, so those went back to the pharmacy.",
        MISSTATEMENT,
        "share-with-others",
    ),
    (
        "isotretinoin",
        "My friend has the same skin as me, so those went straight into the pharmacy's returns bin.",
        MISSTATEMENT,
        "share-with-others",
    ),
    (
        "isotretinoin",
        "I still had a few capsules left, and my sister asked for them, so they went back to the chemist instead.",
        MISSTATEMENT,
        "share-with-others",
    ),
    # refused
    (
        "isotretinoin",
        "There were still ten capsules in the last box, so I never gave those to anyone: they went back to the pharmacy.",
        MISSTATEMENT,
        "share-with-others",
    ),
]
