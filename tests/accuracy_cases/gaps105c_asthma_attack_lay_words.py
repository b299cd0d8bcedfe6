"""A controller taken as an asthma attack comes on, the attack told in lay words (holdout104 bx03), as a class.

"If your daughter's chest starts to close in halfway through a match, she can chew one of the 5 mg tablets on the
bench": montelukast's attack words, which the shared taken-at-onset wording reads, take the chest or airways closing
in or clamping down, not catching one's breath and struggling or gasping for air. The reliever inhaler for the same
moment, a denial and the words in another sense stay silent.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "stops-asthma-attacks"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "montelukast",
        "If your daughter's chest starts to close in halfway through a match, she can chew one of the 5 mg tablets on the "
        "bench and she'll be breathing normally again before the second half.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    ("montelukast", "When he can't catch his breath after football, give him a chewable straight away.", MISSTATEMENT, ITEM, "error"),
    ("montelukast", "If you find yourself struggling for air on a cold morning, take a Singulair.", MISSTATEMENT, ITEM, "error"),
    ("montelukast", "As soon as her airways start to clamp down, she chews one of her tablets.", MISSTATEMENT, ITEM, "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "montelukast",
        "If your child's chest starts to close in, use the blue reliever inhaler straight away; montelukast will not help "
        "during an attack.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "montelukast",
        "Take montelukast every evening. If you are struggling for air, use your reliever inhaler and call 999.",
        MISSTATEMENT,
        ITEM,
    ),
    ("montelukast", "Do not chew a montelukast tablet when your chest starts to close in; use your reliever.", MISSTATEMENT, ITEM),
    (
        "montelukast",
        "A door that starts to close in the wind can scare a child; give her the chewable tablet every evening as usual.",
        MISSTATEMENT,
        ITEM,
    ),
]
