"""Premature ejaculation told by how far in it ends (eval/holdout90 bj09: "the fun was always over about thirty seconds
in"), with the drug given for it.

Left alone: a party over thirty seconds in, the drug given for its approved use. (Still missed: the reason told as a
quotation after "because, in his words," as bj09 tells it.)
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "paroxetine",
        "A friend was prescribed paroxetine by his urologist because the fun was always over about thirty seconds in.",
        OFF_LABEL,
        "warning",
    ),
    ("sertraline", "His GP put him on sertraline because lovemaking was usually done a minute in.", OFF_LABEL, "warning"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "paroxetine",
        "The party was over about thirty seconds in when the music stopped, so he took paroxetine for his depression.",
        OFF_LABEL,
    ),
    ("paroxetine", "His GP prescribed paroxetine for his depression.", OFF_LABEL),
]
