"""Hot flushes told by their signs, then the drug given for "those surges", from eval/holdout201 (fq02, gabapentin), as a class.

Class: a trouble told by its signs in the sentence before (the heat climbing the neck, waking at three with the sheets soaked
through), then the drug given for, or to calm, its bouts pointed back at ("for those surges", "to calm those waves", "help with
these episodes"): the bouts are the trouble told, as "that pain" is. Waking at an hour with the sheets or oneself soaked is the
sweats', not sleeplessness. Gabapentin, clonidine and venlafaxine are not approved for menopausal hot flushes; told in lay
words, a warning. Silent: the approved use pointed back at ("those symptoms" of depression), the drug denied for them, a
child's soaked sheets given desmopressin, and the use disclosed as off-label.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fq02)
    (
        "gabapentin",
        'Ruth\'s shingles arrived in the middle of the change. "The heat would climb up my neck a dozen times a day," she says,'
        ' "and I\'d wake at three with the sheets soaked through." Her gynaecologist said the gabapentin could do double duty for'
        " those surges as well, and moved her evening capsule to right before bed.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices
    (
        "clonidine",
        "Most nights I'd wake at 4 a.m. with my nightie drenched, and in the day the heat would rush up into my face. My doctor gave"
        " me clonidine for those surges.",
        OFF_LABEL,
        "warning",
    ),
    (
        "venlafaxine",
        "The heat floods up her chest to her face ten times a day. Her GP thinks venlafaxine could help with these episodes.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        '"The heat rushes up my chest and into my face a dozen times a day," she says. Her doctor suggested gabapentin to calm those'
        " waves.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the approved use pointed back at
    (
        "venlafaxine",
        "I'd been low and flat for months, crying for no reason and sleeping all day. My doctor prescribed venlafaxine for those symptoms.",
        OFF_LABEL,
    ),
    ("gabapentin", "Her seizures came every few days. Her neurologist added gabapentin for those episodes.", OFF_LABEL),
    # the drug denied for them
    (
        "gabapentin",
        '"The heat rushes up my chest and into my face a dozen times a day," she says. Her doctor said gabapentin is not meant for'
        " those surges and suggested a fan.",
        OFF_LABEL,
    ),
    # a child's soaked sheets: not the sweats, and bed-wetting is desmopressin's approved use
    (
        "desmopressin",
        "Our son still wakes at three with the sheets soaked through most nights. The doctor gave him desmopressin for it.",
        OFF_LABEL,
    ),
    # disclosed as off-label
    (
        "venlafaxine",
        '"The heat would climb up my neck a dozen times a day," she says, "and I\'d wake at three with the sheets soaked through."'
        " Her gynaecologist said venlafaxine, which is off-label for this, could help with those surges.",
        OFF_LABEL,
    ),
]
