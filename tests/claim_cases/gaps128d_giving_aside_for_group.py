"""A giving whose "for" follows an aside on how it is made up or dosed is still the giving's, not a patient group's ("Our
clinicians also prescribe low-dose naltrexone, compounded at 4.5 mg, for members who hurt all over, in muscles and joints,
day after day, and who wake up as worn out as when they went to bed", eval/holdout149 dq05: fibromyalgia in lay words).
Near misses: a patient group opening its sentence ("For people with ..., "), an aside with no dose or making-up ("at a
lower dose"), and the dose said for a group."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_NALTREXONE = "Naltrexone is a tablet for alcohol dependence. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "naltrexone",
        _NALTREXONE + "Our clinicians also prescribe low-dose naltrexone, compounded at 4.5 mg, for members who hurt all over, in "
        "muscles and joints, day after day, and who wake up as worn out as when they went to bed, once the usual blood tests "
        "have come back normal.",
        OFF_LABEL,
        "warning",
    ),
    (
        "naltrexone",
        _NALTREXONE + "We offer naltrexone, 4.5 mg at bedtime, for people with fibromyalgia.",
        OFF_LABEL,
        "error",
    ),
    (
        "naltrexone",
        _NALTREXONE + "Some doctors prescribe it, made up by a compounding pharmacy at 3 mg, for people who ache all over, day after day.",
        OFF_LABEL,
        "warning",
    ),
    (
        "naltrexone",
        _NALTREXONE + "Our team gives naltrexone, usually 4.5 mg a night, for clients who have fibromyalgia.",
        OFF_LABEL,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("naltrexone", _NALTREXONE + "For members with fibromyalgia, we have a separate pain service.", OFF_LABEL),
    ("naltrexone", _NALTREXONE + "We prescribe it, at a lower dose, for members with fibromyalgia who also drink.", OFF_LABEL),
    ("naltrexone", _NALTREXONE + "The dose, 50 mg a day, is the same for members with fibromyalgia.", OFF_LABEL),
]
