"""A short-term drug's long use told as fine (holdout107 ca04), as a class.

"Plenty of my regulars with a grumbly back keep a bottle going for months at a time, and that is perfectly fine":
cyclobenzaprine is meant for two to three weeks, and long use is told as fine by a use for months followed by "that's
fine" or "with no problems", or by the long use itself called fine. The limit itself, a warning against months of use,
long use called a bad idea, and pain or therapy lasting months stay silent.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "not-for-long-term-use"

_CB = "Cyclobenzaprine relaxes muscles. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "cyclobenzaprine",
        "The label says it is meant for two to three weeks, because the spasm from an acute injury usually settles by "
        "then. In practice, though, plenty of my regulars with a grumbly back keep a bottle going for months at a time, "
        "and that is perfectly fine if it keeps them moving.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "cyclobenzaprine",
        _CB + "Plenty of people take it for years with no problems at all.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "cyclobenzaprine",
        _CB + "Taking Flexeril for months on end is perfectly okay.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "cyclobenzaprine",
        _CB + "My customers use it for months at a stretch and that's no problem.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "cyclobenzaprine",
        _CB + "It's fine to stay on it for months if your back keeps playing up.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
]

#: (drug, body, rule, item): near misses that must stay silent.
SHOULD_NOT = [
    ("cyclobenzaprine", _CB + "The label says to use it for two to three weeks only.", MISSTATEMENT, ITEM),
    ("cyclobenzaprine", _CB + "Don't take it for months: it is meant for two to three weeks.", MISSTATEMENT, ITEM),
    (
        "cyclobenzaprine",
        _CB + "Some people keep a bottle going for months, and that is not a good idea.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "cyclobenzaprine",
        _CB + "Taking it for months is not fine; see your doctor if the spasm lasts.",
        MISSTATEMENT,
        ITEM,
    ),
    ("cyclobenzaprine", _CB + "Back pain can last for months, and that is normal.", MISSTATEMENT, ITEM),
    (
        "cyclobenzaprine",
        _CB + "Her neck pain lasted for months, and the physiotherapy was fine.",
        MISSTATEMENT,
        ITEM,
    ),
]
