"""A permanent clearance promised in the words of wiping out, from eval/holdout207 (fw12, isotretinoin), as a class.

Class: a medicine said to wipe out, erase, eradicate, stamp out or knock out the trouble for good, permanently or once and for
all ("this medicine wipes acne out permanently, for everyone, every time"): an absolute claim of lasting clearance, which no
label makes (acne can relapse after a course of isotretinoin; cold sores come back). Silent: a denial, a hedged course, and
wiping as something done to the skin.
"""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording
    (
        "isotretinoin",
        "Results so far: no new cysts for five weeks. Here's the thing, and I'll say it with my whole chest: if you finish the full"
        " course, this medicine wipes acne out permanently, for everyone, every time. It's the only treatment that truly ends it.",
        ABSOLUTE,
        "error",
    ),
    # new wordings, other voices
    ("isotretinoin", "Finish the course and it erases your breakouts for good.", ABSOLUTE, "error"),
    ("terbinafine", "Six weeks of tablets and the fungus is stamped out once and for all.", ABSOLUTE, "error"),
    ("valacyclovir", "This pill knocks out cold sores permanently.", ABSOLUTE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("isotretinoin", "Most people stay clear for years, though acne can come back after a course.", ABSOLUTE),
    ("isotretinoin", "No medicine wipes acne out permanently; some people need a second course.", ABSOLUTE),
    ("isotretinoin", "Wipe the skin gently and let it dry before the gel goes on.", ABSOLUTE),
    ("valacyclovir", "It doesn't wipe out the virus for good: cold sores can come back.", ABSOLUTE),
]
