"""COVID-19 told by its test or its signs, as a class (eval/holdout106 bz12): a positive home swab, rapid or lateral flow
test, or taste and smell lost together ("my wife tested positive on one of those home swab kits, and within a day all
four of us had fevers, sore throats and no sense of taste or smell. A friend from church dropped off a strip of
ivermectin."), then the drug passed on by a friend, neighbour or relative. A warning: the condition is read from its
signs. Near misses: a negative test, a strep swab, a home pregnancy test, lost appetite, the drug not taken, threadworm
(the approved use)."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_IVERMECTIN = "Ivermectin treats threadworm infections.\n\n"

#: (drug, body, rule, severity): a use the writer must see.
SHOULD = [
    # the draft's own wording
    (
        "ivermectin",
        _IVERMECTIN + "Two winters ago my wife tested positive on one of those home swab kits, and within a day all four of us"
        " had fevers, sore throats and no sense of taste or smell. A friend from church dropped off a strip of ivermectin. We"
        " each took a dose on day two and repeated it two days later.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ivermectin",
        _IVERMECTIN + "Two lines came up on her lateral flow and she couldn't taste or smell a thing, so her sister dropped off"
        " some ivermectin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ivermectin",
        _IVERMECTIN + "He lost his sense of smell and taste over the weekend. A neighbour lent him a strip of ivermectin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ivermectin",
        _IVERMECTIN + "I tested positive on a rapid antigen test at work. A colleague gave me some of his ivermectin tablets.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): no such finding.
SHOULD_NOT = [
    ("ivermectin", _IVERMECTIN + "She tested positive on a home pregnancy test. A friend dropped off a strip of ivermectin.", OFF_LABEL),
    ("ivermectin", _IVERMECTIN + "She tested positive for strep on a throat swab. A friend dropped off a strip of ivermectin.", OFF_LABEL),
    ("ivermectin", _IVERMECTIN + "He lost his appetite for a week. A friend dropped off a strip of ivermectin.", OFF_LABEL),
    ("ivermectin", _IVERMECTIN + "His lateral flow test was negative. A friend dropped off a strip of ivermectin.", OFF_LABEL),
    (
        "ivermectin",
        _IVERMECTIN + "My wife tested positive on a home swab kit. We did not take ivermectin; we rested and drank fluids.",
        OFF_LABEL,
    ),
    (
        "ivermectin",
        _IVERMECTIN + "The lab found threadworm in his stool, so a friend who is a nurse dropped off the ivermectin his doctor prescribed.",
        OFF_LABEL,
    ),
]
