"""A PDE5 inhibitor told to work by itself or while the mind is elsewhere (miss in eval/holdout152 dt09), as a class.

The pill said to see to the erection alone ("It takes care of the hardware by itself", "handles the plumbing on its
own", "does the work all by itself"), or to work even when the head is somewhere else ("even if your mind's a million
miles away"): the labels say it has no effect without sexual stimulation (needs-stimulation, sildenafil and tadalafil).
Not a denial or a "but" ("it won't do anything by itself"), not working only when the mind is on it, not the mind
elsewhere told first with a denial after it, not something else done on its own.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

_TADALAFIL = "Tadalafil (Cialis) treats erectile dysfunction and an enlarged prostate.\n\n"
_SILDENAFIL = "Sildenafil (Viagra) treats erectile dysfunction.\n\n"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "tadalafil",
        _TADALAFIL + "Honestly the best part: you don't need to be feeling frisky at all. It takes care of the hardware by"
        " itself, even when your head is somewhere else entirely.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
        "warning",
    ),
    (
        "sildenafil",
        _SILDENAFIL + "Viagra handles the plumbing on its own, so you can leave the romance out of it.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
        "warning",
    ),
    (
        "tadalafil",
        _TADALAFIL + "The tablet does the work all by itself, even if your mind is on the football.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
        "warning",
    ),
    (
        "tadalafil",
        _TADALAFIL + "Took one on Friday and it sorted things out on its own while I watched the match.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
        "warning",
    ),
    (
        "sildenafil",
        _SILDENAFIL + "Pop one and it gets you there even if your mind's a million miles away.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
        "warning",
    ),
    (
        "tadalafil",
        _TADALAFIL + "Cialis keeps you ready even when your head is not in it.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "tadalafil",
        _TADALAFIL + "It takes care of the blood flow, but it won't do anything by itself: you still need to be turned on.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
    ),
    ("tadalafil", _TADALAFIL + "It only works when your head is in the game.", MISSTATEMENT, "needs-sexual-stimulation"),
    (
        "tadalafil",
        _TADALAFIL + "Even when your head is somewhere else, the pill can't do anything unless you're aroused.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
    ),
    (
        "tadalafil",
        _TADALAFIL + "The pill doesn't take care of things by itself; you still need to be in the mood.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
    ),
    (
        "tadalafil",
        _TADALAFIL + "Your doctor takes care of the paperwork on their own, without any help from you.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
    ),
    (
        "sildenafil",
        _SILDENAFIL + "It lowers blood pressure a little on its own, so take care with nitrates.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
    ),
]
