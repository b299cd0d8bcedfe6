"""Nightmares told in the sentence after a giving "for the nights", from eval/holdout173 (eo04, prazosin), as a class.

Class: the medicine given for a time of the night only ("Dr. Okafor started him on it for the nights", "gave her something
for her bad nights"), the trouble of those nights told in the next sentence in any tense ("... knows what I mean: he wakes up
at two or three, soaked through, shouting, back in the truck outside Kandahar"), even when an earlier paragraph named the
approved use (high blood pressure): the giving reaches on to what is told next, not back. Prazosin is approved only for high
blood pressure; nightmares told in lay words, a warning. Silent: the nights' waking to the bathroom, a side effect told next,
the nights the approved use's, a disclosure, and nights whose next sentence tells nothing a drug is for.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (eo04)
    (
        "prazosin",
        "Ray came home from the VA with a new bottle today. Prazosin, 1 mg capsules. She said it is actually an old medicine for"
        " high blood pressure, and it relaxes the blood vessels.\n\nDr. Okafor started him on it for the nights. Anyone who has"
        " lived with a combat veteran knows what I mean: he wakes up at two or three, soaked through, shouting, back in the truck"
        " outside Kandahar. Some nights he swings at the air and I sleep in the den.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices
    (
        "prazosin",
        "Her psychiatrist prescribed prazosin for the nights. Most nights she jolts awake screaming, sure the car is rolling again.",
        OFF_LABEL,
        "warning",
    ),
    (
        "prazosin",
        "Prazosin is an old blood pressure pill.\n\nThe VA doctor gave him prazosin for his bad nights. He would wake up drenched"
        " and shouting, back in the convoy in Helmand.",
        OFF_LABEL,
        "warning",
    ),
    (
        "prazosin",
        "My GP put me on prazosin for the nights. I kept waking bolt upright, soaked, heart pounding.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the nights' waking is to the bathroom, no nightmare
    (
        "prazosin",
        "Prazosin lowers high blood pressure. Dr. Okafor started him on it for the nights. He wakes up at two or three to use the"
        " bathroom, so he must get up slowly.",
        OFF_LABEL,
    ),
    # the next sentence tells a side effect
    (
        "prazosin",
        "Prazosin lowers high blood pressure. The doctor gave him prazosin for the nights. He was dizzy the first morning, so he gets"
        " up slowly now.",
        OFF_LABEL,
    ),
    # the nights are the approved use's
    (
        "prazosin",
        "Prazosin lowers high blood pressure. His doctor started him on it for the nights, because his blood pressure runs highest"
        " then. He takes it at bedtime.",
        OFF_LABEL,
    ),
    # disclosed as off-label
    (
        "prazosin",
        "Dr. Okafor started him on prazosin for the nights, an off-label use for nightmares. He wakes up at two or three, soaked"
        " through, shouting, back in the truck outside Kandahar.",
        OFF_LABEL,
    ),
    # the next sentence tells nothing the drug is for
    (
        "prazosin",
        "Prazosin is for high blood pressure. Dr. Okafor started him on it for the nights. He takes it when he turns in.",
        OFF_LABEL,
    ),
]
