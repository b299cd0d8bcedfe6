"""A use named only to be denied does not choose the dose's entries (miss in eval/holdout137 de12): "He has the
constant-worry kind, no panic attacks, and his doctor has him on 1 mg tablets. He says: "Two first thing in the morning,
two at lunch, and two before bed."" is 6 mg of alprazolam a day for generalized anxiety (XANAX PI 2.1: up to 4 mg a day),
not for panic disorder (up to 10 mg). The use named last before a dose is read without those a negation denies in their
clause ("no panic attacks", "has never had a panic attack", "not panic disorder"); the use then inferred from the
article, the dose above the lower use's maximum is a warning. Near misses: panic attacks told, a dose within 4 mg, panic
disorder named as the reason.

Each case is the body of one article about one drug; the assertion is what its writer would see."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"
_USES = "Alprazolam treats generalized anxiety disorder and panic disorder.\n\n"

#: (drug, body, rule, severity): a dose the writer must see.
SHOULD = [
    (
        "alprazolam",
        _USES + "**JESS:** Our listener Mark wrote in. He has the constant-worry kind, no panic attacks, and his doctor has him on 1 mg "
        'tablets. He says: "Two first thing in the morning, two at lunch, and two before bed. That\'s the only way I get through."',
        ABOVE_MAX,
        "warning",
    ),
    (
        "alprazolam",
        _USES + "My sister worries about everything but has never had a panic attack. She's on the 1 mg tablets. She takes two at "
        "breakfast, two at lunch and one at bedtime.",
        ABOVE_MAX,
        "warning",
    ),
    ("alprazolam", _USES + "It's generalized anxiety for me, not panic disorder. I take 2 mg three times a day.", ABOVE_MAX, "warning"),
    (
        "alprazolam",
        _USES + "Dana gets no panic attacks, just endless worrying. Her tablets are 1 mg. She takes two in the morning and three at night.",
        ABOVE_MAX,
        "warning",
    ),
]

#: (drug, body, rule): no such finding.
SHOULD_NOT = [
    (
        "alprazolam",
        _USES + "He has panic attacks most weeks, and his doctor has him on 1 mg tablets. He takes two in the morning, two at lunch "
        "and two before bed.",
        ABOVE_MAX,
    ),
    (
        "alprazolam",
        _USES + "He has the constant-worry kind, no panic attacks, and his doctor has him on 1 mg tablets. He takes one in the morning, "
        "one at lunch and one at bedtime.",
        ABOVE_MAX,
    ),
    (
        "alprazolam",
        _USES
        + "For panic disorder, which she has had for years, her doctor has her on 1 mg tablets: two in the morning and three at night.",
        ABOVE_MAX,
    ),
]
