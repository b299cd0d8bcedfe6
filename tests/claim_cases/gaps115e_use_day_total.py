"""A day's total summed from differently sized tablets, held to the maximum of the use the article gives it for
(eval/holdout112 cf07), as a class.

"a 100 mg tablet in the morning plus a 50 mg tablet at night for their blood pressure" is 150 mg of atenolol a day:
above the hypertension entry's 100 mg (a usual top, so a warning), whatever the angina entry allows (200 mg). The
use may be named before the doses ("For blood pressure most people start on 50 mg"), or after the last of them in
their sentence: a use told at any of the day's doses holds them all, not a use the article only named earlier.
Kept silent: the same doses for angina, a day at the maximum, alternatives ("or"), a warning not to take them,
doses of different times ("used to ..., now ...").
"""

from __future__ import annotations

ABOVE = "dosage.above-max"

_ATENOLOL = "Atenolol treats high blood pressure and angina.\n\n"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording
    (
        "atenolol",
        _ATENOLOL + "For blood pressure most people start on 50 mg once a day. If that is not enough\nafter a couple of weeks, "
        "the doctor can go to 100 mg once a day. If 100 mg still\ndoesn't get you there, a lot of our customers end up on a "
        "100 mg tablet in the\nmorning plus a 50 mg tablet at night for their blood pressure.",
        ABOVE,
        "warning",
    ),
    # new wordings
    (
        "atenolol",
        _ATENOLOL + "A lot of our customers end up on a 100 mg tablet in the morning plus a 50 mg tablet at night for their "
        "blood pressure.",
        ABOVE,
        "warning",
    ),
    (
        "atenolol",
        _ATENOLOL + "For high blood pressure, my dad takes a 100 mg tablet with breakfast and a 25 mg tablet at bedtime.",
        ABOVE,
        "warning",
    ),
    (
        "atenolol",
        _ATENOLOL + "To control her blood pressure she is on 50 mg in the morning, 50 mg at lunch and 50 mg at night.",
        ABOVE,
        "warning",
    ),
    (
        "atenolol",
        _ATENOLOL + "His hypertension dose is now one 100 mg tablet on waking and half of a 100 mg tablet with dinner.",
        ABOVE,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # angina allows 200 mg a day
    ("atenolol", _ATENOLOL + "For angina, some patients take a 100 mg tablet in the morning plus a 50 mg tablet at night.", ABOVE),
    (
        "atenolol",
        _ATENOLOL + "Her blood pressure is checked each visit. For chest pain she takes 100 mg in the morning and 50 mg at night.",
        ABOVE,
    ),
    # at the maximum
    ("atenolol", _ATENOLOL + "For blood pressure, some take a 50 mg tablet in the morning and a 50 mg tablet at night.", ABOVE),
    # alternatives
    (
        "atenolol",
        _ATENOLOL + "For blood pressure, the doctor may give a 100 mg tablet in the morning or a 50 mg tablet at night.",
        ABOVE,
    ),
    # said not to be taken
    ("atenolol", _ATENOLOL + "For blood pressure, never take a 100 mg tablet in the morning plus a 50 mg tablet at night.", ABOVE),
    # different times
    ("atenolol", _ATENOLOL + "For blood pressure he used to take 100 mg in the morning; now it is 50 mg at night.", ABOVE),
]
