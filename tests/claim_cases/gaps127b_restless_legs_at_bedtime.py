"""Restless legs told by its signs, then the drug given "at bedtime for this", from eval/holdout131 (cy08, gabapentin), as
a class.

Class: a giving that points back at the signs just told with the time it is taken between the drug and the pointing word
("often prescribe gabapentin at bedtime for this", "gave her gabapentin at night for that", "use gabapentin in the evening
for this", "started gabapentin with supper for exactly that"); gabapentin is approved for postherpetic neuralgia and
seizures, restless legs only for gabapentin enacarbil. Lay words: a warning. Silent: "at bedtime for this reason", an
approved use pointed at the same way, a bedtime dose with no trouble pointed at.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (cy08)
    (
        "gabapentin",
        "Many of our patients come to us for a different reason. They describe an unbearable, creepy-crawly feeling deep in the"
        " calves every evening, an urge to move that only eases when they get up and walk, and nights spent pacing the hall."
        " Our clinicians often prescribe gabapentin at bedtime for this, and most patients tell us it lets them stay in bed for"
        " the first time in years.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings: at night, in the evening, with supper
    (
        "gabapentin",
        "Mum gets a creeping, crawling feeling in her legs every evening and has to get up and walk it off. Her GP gave her"
        " gabapentin at night for that.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        "Some people feel an itchy, creepy-crawly sensation in their calves as soon as they lie down. Doctors sometimes use"
        " gabapentin in the evening for this.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        "He has creepy-crawly legs every night and paces the landing until two. The neurologist started gabapentin with supper"
        " for exactly that.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "gabapentin",
        "Many patients feel dizzy or sleepy at first. We prescribe gabapentin at bedtime for this reason.",
        OFF_LABEL,
    ),
    (
        "gabapentin",
        "Nerve pain after shingles can last for months. Our clinicians prescribe gabapentin at bedtime for this.",
        OFF_LABEL,
    ),
    (
        "gabapentin",
        "Take gabapentin at bedtime for the first few days. Many people find the drowsiness wears off.",
        OFF_LABEL,
    ),
    (
        "gabapentin",
        "Some people feel dizzy in the first week. That is why we start gabapentin at bedtime for this reason.",
        OFF_LABEL,
    ),
]
