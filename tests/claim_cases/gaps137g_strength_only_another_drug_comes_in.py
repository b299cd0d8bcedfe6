"""A tablet strength that only another drug named nearby comes in, from eval/holdout221 (gk01, lithium), as a class.

Class: a paragraph names two drugs (lithium started next to sertraline), the nearest name before the amount is the other
one ("to lift the winter lows the sertraline alone doesn't reach. Two 300 mg tablets at night"), and no tablet of that
drug is so strong (one 300 mg tablet is above sertraline's most in a day, 200 mg): the tablets are the drug that comes in
that strength, held to its label (600 mg of lithium, within it), not reported as 600 mg of sertraline. Still reported: a
strength the nearest drug may come in, above its maximum, and the other drug's own day above its maximum (a warning:
lithium's label sets its dose by blood levels).
"""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

_LITHIUM = (
    "**12 January.** Mum's third bad winter in a row. She has been on sertraline for years, and every winter the grey comes"
    " back anyway.\n\n**19 January.** Dr. Osei, her psychiatrist, talked it through with both of us and started her on lithium"
    " next to the sertraline, to lift the winter lows the sertraline alone doesn't reach. Two 300 mg tablets at night to begin"
    " with. He said the sertraline stays, and that he would watch for a rare reaction between the two called serotonin"
    " syndrome."
)

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the strength is lithium's, and the day above its usual range
    (
        "lithium",
        "Her psychiatrist started lithium next to the sertraline, to lift the lows the sertraline alone doesn't reach. Four 600 mg"
        " capsules at night from the first week.",
        ABOVE_MAX,
        "warning",
    ),
    # a strength sertraline may come in, above its maximum: still sertraline's
    (
        "lithium",
        "Lithium was added to her sertraline last spring. The sertraline went up as well: three 100 mg tablets every morning.",
        ABOVE_MAX,
        "error",
    ),
    (
        "sertraline",
        "He also takes lithium for his bipolar disorder. His sertraline was raised to three 100 mg tablets a day.",
        ABOVE_MAX,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording (gk01), and other voices: lithium's tablets after sertraline or fluoxetine was named last
    ("lithium", _LITHIUM, ABOVE_MAX),
    (
        "lithium",
        "She was started on lithium alongside her fluoxetine, to lift the lows the fluoxetine alone doesn't reach. Two 300 mg"
        " tablets at night to begin with.",
        ABOVE_MAX,
    ),
    (
        "lithium",
        "**19 January.** The psychiatrist added lithium next to the sertraline. Three 300 mg capsules at night to begin with. He said"
        " the sertraline stays.",
        ABOVE_MAX,
    ),
    (
        "lithium",
        "Our GP kept Dad's paroxetine and put lithium on top of it, because the paroxetine alone never lifted him. Two 450 mg"
        " extended-release tablets at bedtime.",
        ABOVE_MAX,
    ),
    # sertraline's own tablets at its maximum
    ("sertraline", "She has been on sertraline for years. Two 100 mg tablets in the morning is her dose now.", ABOVE_MAX),
]
