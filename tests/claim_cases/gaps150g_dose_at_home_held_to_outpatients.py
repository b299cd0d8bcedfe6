"""A dose taken at home held to the label's outpatient maximum, from eval/holdout322 (kh10 amitriptyline), as a class.

Class, reported: amitriptyline's label doses outpatients (up to 150 mg a day) and hospitalized patients (up to 300 mg a
day) apart; a dose its sentence says is taken at home, as an outpatient or since discharge, and no hospital named in it, is
held to the outpatients' maximum ("Her letter says four 50 mg tablets at bedtime, at home", 200 mg, kh10; an error: the
setting is said, the amount is above the label's).

Silent: the same dose on the ward or in hospital (the hospitalized maximum), the same dose with no setting said (the tool
does not know which), the outpatient maximum itself at home, and a sentence naming the hospital beside home.
"""

from __future__ import annotations

ABOVE = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (kh10)
    (
        "amitriptyline",
        "**Mel, 02:21:** Her letter says four 50 mg tablets at bedtime, at home, for a couple of years. Sounds about right then.",
        ABOVE,
        "error",
    ),
    # new wordings of my own, other voices
    ("amitriptyline", "He takes 200 mg at bedtime at home.", ABOVE, "error"),
    ("amitriptyline", "Forum: as an outpatient I'm on 225 mg every night and it's fine.", ABOVE, "error"),
]

#: (drug, body, rule): a near miss that must stay silent.
SHOULD_NOT = [
    ("amitriptyline", "On the ward she was given four 50 mg tablets at bedtime.", ABOVE),
    ("amitriptyline", "Her letter says four 50 mg tablets at bedtime.", ABOVE),
    ("amitriptyline", "At home he takes 150 mg a day.", ABOVE),
    ("amitriptyline", "In hospital she was on 200 mg a day, and at home she takes 100 mg.", ABOVE),
]
