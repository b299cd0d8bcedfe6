"""A slow-release opioid tablet split in half, in any verb (holdout104 bx06), as a class.

"If you find the big tablet hard to swallow, you can snap it in half along the line": an extended-release tablet
(OxyContin) must be swallowed whole, and splitting it is told by snapping, dividing, breaking or biting it in two as
much as by "crush" or "split". A denial, a warning of the harm that follows, a refuted claim and another form of the
drug (the quick-release tablets) stay silent.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "crush-er-tablets"

_ER = "OxyContin is a slow-release oxycodone tablet that works for 12 hours. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "oxycodone",
        "Slow-release tablets (OxyContin): these work for 12 hours.\n\n**Slow-release tablets.** If you find the big tablet "
        "hard to swallow, you can snap it in half along the line and take both halves with yoghurt.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "oxycodone",
        "Your OxyContin works for 12 hours. If the tablet is too big, it's fine to divide it in two with a pill cutter.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "oxycodone",
        _ER + "The tablets can be snapped in half if you only need a smaller dose.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "oxycodone",
        _ER + "Struggling with the size? Snap it in half and take the halves a minute apart.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "oxycodone",
        "The OxyContin tablets can be snapped along the score line, our nurse says, so you can take half.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "oxycodone",
        _ER + "Feel free to bite the big tablet in half if that makes it easier to get down.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
]

#: (drug, body, rule, item): no finding of that item.
SHOULD_NOT = [
    ("oxycodone", _ER + "Never snap it in half: swallow it whole.", MISSTATEMENT, ITEM),
    ("oxycodone", _ER + "You cannot snap it in half, because the whole dose would come out at once.", MISSTATEMENT, ITEM),
    (
        "oxycodone",
        _ER + "If you snap it in half, the slow-release coating is broken and a dangerous dose can come out at once.",
        MISSTATEMENT,
        ITEM,
    ),
    ("oxycodone", _ER + "Some websites say you can snap it in half. That is wrong: swallow it whole.", MISSTATEMENT, ITEM),
    ("oxycodone", _ER + "Do not split, snap or cut the tablets.", MISSTATEMENT, ITEM),
    (
        "oxycodone",
        "Slow-release tablets (OxyContin) work for 12 hours; swallow them whole. Quick-release oxycodone tablets can be "
        "snapped in half if your nurse tells you to.",
        MISSTATEMENT,
        ITEM,
    ),
]
