"""Doses above the maximum of the use they are given for, the use told around the dose in its sentence, from
eval/holdout168 (ej07, pregabalin), and an infection named that is not the one a higher-dosed regimen is for
(eval/holdout169 ek04, amoxicillin), as a class.

Class: the label doses a drug's uses differently, and the sentence says which use the dose is for without naming it before
or right after the dose: its cause before the dose and what it is for after ("in the diabetes group ... on a 150 mg capsule
after breakfast, after lunch and after supper for their feet"): the dose is held to that use's maximum; amoxicillin's
H. pylori regimens carry their use, so an infection named elsewhere is held to 1,750 mg a day. Silent: the same doses at
the use's maximum, for a use whose maximum is higher (fibromyalgia, H. pylori), feet with no diabetes told, and the dose
forbidden.
"""

from __future__ import annotations

ABOVE = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (ej07)
    (
        "pregabalin",
        "Several members in the diabetes group said their doctors now have them on a 150 mg capsule after breakfast, after lunch"
        " and after supper for their feet, and they feel the difference.",
        ABOVE,
        "error",
    ),
    # new wordings: diabetes before the dose, the feet after it
    ("pregabalin", "Diabetic patients at our clinic often end up on 200 mg three times a day for their feet.", ABOVE, "error"),
    ("pregabalin", "My dad, a diabetic for thirty years, takes a 225 mg capsule morning and night for his feet.", ABOVE, "error"),
    ("pregabalin", "Because of her diabetes she now takes 150 mg three times a day for the burning in her toes.", ABOVE, "error"),
    # an infection named, not H. pylori: the regimens' 3,000 mg is not its maximum
    (
        "amoxicillin",
        "The doctor said it was a bacterial sinus infection and told me one 1,000 mg tablet with breakfast, one at lunch and one"
        " at bedtime.",
        ABOVE,
        "warning",
    ),
]

#: (drug, body, rule): near misses that must stay silent.
SHOULD_NOT = [
    # at the use's maximum
    (
        "pregabalin",
        "In the diabetes group, most take a 100 mg capsule after breakfast, after lunch and after supper for their feet.",
        ABOVE,
    ),
    # another use, with a higher maximum
    ("pregabalin", "Members with fibromyalgia take a 150 mg capsule after breakfast, after lunch and after supper for their aches.", ABOVE),
    ("amoxicillin", "For H. pylori, one 1,000 mg tablet with breakfast, one at lunch and one at bedtime, with lansoprazole.", ABOVE),
    # feet, no diabetes told
    ("pregabalin", "Runners in the group take 150 mg three times a day for their feet.", ABOVE),
    # forbidden
    ("pregabalin", "If you have diabetes, never take a 150 mg capsule after breakfast, after lunch and after supper for your feet.", ABOVE),
]
