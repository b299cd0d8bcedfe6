"""Baclofen's way out told as a route through the liver (eval/holdout187 fc13: a miss), as a class.

"Because baclofen goes through the liver before it leaves the body, her neurologist checks her liver enzymes", "It passes
through your liver and out of the body": baclofen leaves mostly unchanged through the kidneys (about 70-80 %), so kidney
impairment, not the liver, changes its dose. Silent: the kidneys named as its way out, other drugs that go through the
liver, and a little of it said to.
"""

from __future__ import annotations

MISSTATED = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fc13)
    (
        "baclofen",
        "Because baclofen goes through the liver before it leaves the body, Ruth's neurologist checks her liver enzymes every"
        " spring, and nobody has ever brought up her kidneys.",
        MISSTATED,
        "liver-clearance",
        "warning",
    ),
    # other voices
    ("baclofen", "It passes through your liver and out of the body, so drink plenty of water.", MISSTATED, "liver-clearance", "warning"),
    ("baclofen", "Like most muscle relaxers, the tablets go through the liver.", MISSTATED, "liver-clearance", "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("baclofen", "Most drugs go through the liver, but baclofen leaves mainly through the kidneys.", MISSTATED, "liver-clearance"),
    ("baclofen", "Baclofen goes through the kidneys, so a lower dose is used when they are weak.", MISSTATED, "liver-clearance"),
    ("baclofen", "It goes out through the kidneys; only a little goes through the liver.", MISSTATED, "liver-clearance"),
]
