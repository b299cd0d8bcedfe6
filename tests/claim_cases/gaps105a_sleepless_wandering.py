"""Sleeplessness told by its signs at night, as a class (eval/holdout103 bw06): up wandering or pacing in the small
hours, or unable to settle again, as the nights a dose is given for ("half a 15 mg tablet at bedtime for the nights she'd
be up wandering the landing at 3 a.m. and couldn't settle again till dawn"). A warning: the condition is the tool's
reading of lay words. Near misses: the approved use's own nights (depression), a dose that stops the wandering denied as a
reason, wandering by day, an early start, "couldn't settle on a name", another medicine given for it, a disclosure."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_MIRTAZAPINE = "Mirtazapine is a medicine for depression in adults.\n\n"
_TRAZODONE = "Trazodone treats major depression.\n\n"

#: (drug, body, rule, severity): a use the writer must see.
SHOULD = [
    (
        "mirtazapine",
        _MIRTAZAPINE + "Our doctor gave my wife half a 15 mg tablet at bedtime for the nights she'd be up wandering the landing"
        " at 3 a.m. and couldn't settle again till dawn. She goes straight through now.",
        OFF_LABEL,
        "warning",
    ),
    (
        "trazodone",
        _TRAZODONE + "His GP prescribed a small dose at night for the nights he was pacing the kitchen till four in the morning.",
        OFF_LABEL,
        "warning",
    ),
    (
        "mirtazapine",
        _MIRTAZAPINE + "Gran takes half a tablet at bedtime for the nights she's roaming the house in the small hours.",
        OFF_LABEL,
        "warning",
    ),
    (
        "trazodone",
        _TRAZODONE + "My doctor prescribed half a 50 mg tablet at bedtime for the nights I couldn't settle.",
        OFF_LABEL,
        "warning",
    ),
    (
        "mirtazapine",
        _MIRTAZAPINE + "The care home gives him mirtazapine for the nights he won't settle and is up prowling the corridor at 2 am.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): no such finding.
SHOULD_NOT = [
    (
        "mirtazapine",
        _MIRTAZAPINE
        + "Her GP started mirtazapine for her depression; on the nights the low mood is worst she still paces the landing at 3 a.m.",
        OFF_LABEL,
    ),
    ("mirtazapine", _MIRTAZAPINE + "Do not give it for the nights she's up wandering at 3 a.m.; ask the GP first.", OFF_LABEL),
    ("trazodone", _TRAZODONE + "He takes it every morning and spends the afternoons wandering the market until 4 pm.", OFF_LABEL),
    ("trazodone", _TRAZODONE + "She takes one tablet at bedtime. She couldn't settle on a name for the puppy.", OFF_LABEL),
    ("mirtazapine", _MIRTAZAPINE + "Her doctor gave her zolpidem for the nights she'd be up wandering the landing at 3 a.m.", OFF_LABEL),
    (
        "mirtazapine",
        _MIRTAZAPINE + "Some doctors prescribe a low dose for the nights people are up pacing at 3 a.m.; that is an off-label use.",
        OFF_LABEL,
    ),
]
