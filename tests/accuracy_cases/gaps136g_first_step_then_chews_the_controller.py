"""A controller taken as a reliever as an attack comes on, after a first step told in the same breath, from
eval/holdout210 (fz09, montelukast), as a class.

Class: the chest tightening told first, then one or two other steps, then the tablet chewed or taken there and then:
"When he feels his chest getting tight in the second half, he comes off for a few minutes, chews one of his Singulair,
sips some water, and once it's settled him he goes straight back on." Montelukast does not reverse acute bronchospasm
(label 5 WARNINGS AND PRECAUTIONS: Acute Asthma): `stops-asthma-attacks` (required: an error).
Near misses: the tablet taken later as usual, the reliever inhaler used, a denial, the daily evening tablet.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "stops-asthma-attacks"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fz09)
    (
        "montelukast",
        'Coach Dev shared this from our Under-13s: "Josh is a star. When he feels his chest getting tight in the second'
        " half, he comes off for a few minutes, chews one of his Singulair, sips some water, and once it's settled him he"
        " goes straight back on. That's exactly how to manage it.\"",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    # new wordings, other voices
    (
        "montelukast",
        "If her chest tightens up on the run, she stops, gets her breath, and chews a montelukast.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "montelukast",
        "Whenever my son starts wheezing at night, I sit him up, open the window, then give him one of his Singulair chewables.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "montelukast",
        "When the wheeze comes on in PE, she tells the teacher, takes a montelukast tablet with water.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # the daily tablet later, as usual
    (
        "montelukast",
        "When his chest gets tight in the second half, he comes off, uses his blue inhaler, and takes his Singulair at bedtime as usual.",
        MISSTATEMENT,
        ITEM,
    ),
    # the reliever inhaler
    (
        "montelukast",
        "When he feels his chest getting tight, he comes off for a few minutes, takes two puffs of his blue inhaler, and rests.",
        MISSTATEMENT,
        ITEM,
    ),
    # denied
    (
        "montelukast",
        "When his chest gets tight mid-match, he comes off, sits down, and never chews a Singulair: the blue inhaler is his reliever.",
        MISSTATEMENT,
        ITEM,
    ),
    # waits for the evening
    (
        "montelukast",
        "If her chest tightens on the pitch, she uses her reliever, waits until the evening, then takes her montelukast as prescribed.",
        MISSTATEMENT,
        ITEM,
    ),
]
