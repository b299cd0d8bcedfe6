"""Efficacy promised to anyone or every time, told with a longer gap or another verb: "pred knocks out any flare-up on the first
day, every single time" (eval/holdout134 db01), "the right dose of methylphenidate will sharpen any child's focus, no
exceptions" (eval/holdout135 dc10). Near misses: an instruction with "no exceptions", denied, hedged, "any child who can take
it", every time told of one's own doses."""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "prednisone",
        "From what I've seen, pred knocks out any flare-up on the first day, every single time, no matter how bad it is.",
        ABSOLUTE,
        "error",
    ),
    ("mesalamine", "It sorts out my colitis flares within a day, every time.", ABSOLUTE, "error"),
    (
        "methylphenidate",
        "Here's my honest belief after raising two kids with ADHD: the right dose of methylphenidate will sharpen any child's "
        "focus, no exceptions.",
        ABSOLUTE,
        "error",
    ),
    ("methylphenidate", "It'll calm any anxious kid.", ABSOLUTE, "error"),
    ("methylphenidate", "It helps every child in the class focus, no exceptions.", ABSOLUTE, "error"),
    ("methylphenidate", "The right dose is going to sharpen every student's focus.", ABSOLUTE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("methylphenidate", "Take it every morning, no exceptions.", ABSOLUTE),
    ("methylphenidate", "Every child on it needs a heart check first, no exceptions.", ABSOLUTE),
    ("methylphenidate", "It won't sharpen every child's focus.", ABSOLUTE),
    ("methylphenidate", "It may sharpen a child's focus.", ABSOLUTE),
    ("methylphenidate", "It will help any child who can take it.", ABSOLUTE),
    ("prednisone", "It clears my flare-ups every time I take it.", ABSOLUTE),
    ("prednisone", "It clears most flare-ups, but not every time.", ABSOLUTE),
]
