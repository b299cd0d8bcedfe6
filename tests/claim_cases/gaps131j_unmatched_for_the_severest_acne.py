"""Unmatched for the severest form of its use, the form its label reserves it for, as no unsupported comparison, from
eval/holdout169 (ek07, isotretinoin), as a class.

Class: "But for the worst acne, nothing else comes close": isotretinoin's label reserves it for severe recalcitrant nodular
acne unresponsive to conventional therapy, including systemic antibiotics (ABSORICA PI 1 INDICATIONS AND USAGE), so a
claim that nothing matches it, scoped to that form (worst, severe, scarring, cystic or nodular acne, acne that nothing
else has cleared, acne that is severe and scarring), is the label's own (`label_supports` on a topic); the scene may be set
by an opening clause after a joining word ("But for ..."). Still reported: acne in general, the odd spot, another
drug's claim, and another comparison in its own clause.
"""

from __future__ import annotations

COMPARATIVE = "unsupported-claim.comparative"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # acne in general, or a spot
    ("isotretinoin", "For acne, nothing else comes close.", COMPARATIVE, "error"),
    ("isotretinoin", "For the odd spot, nothing else comes close.", COMPARATIVE, "error"),
    # another drug, whose label reserves it for nothing
    ("minocycline", "But for the worst acne, nothing else comes close.", COMPARATIVE, "error"),
    # another comparison, in a clause of its own
    (
        "isotretinoin",
        "But for the worst acne, nothing else comes close, and it is gentler on the skin than benzoyl peroxide.",
        COMPARATIVE,
        "error",
    ),
]

#: (drug, body, rule): no finding of that rule.
SHOULD_NOT = [
    # the draft's own wording (ek07)
    (
        "isotretinoin",
        "*It has a fearsome reputation and a rulebook to match. But for the worst acne, nothing else comes close.*",
        COMPARATIVE,
    ),
    # new wordings, other voices
    ("isotretinoin", "When the acne is severe and scarring, nothing else comes close.", COMPARATIVE),
    ("isotretinoin", "And for stubborn cystic acne, it's in a league of its own.", COMPARATIVE),
    ("isotretinoin", "For nodular acne, nothing else even touches it.", COMPARATIVE),
    ("isotretinoin", "For acne that nothing else has cleared, it is in a league of its own.", COMPARATIVE),
]
