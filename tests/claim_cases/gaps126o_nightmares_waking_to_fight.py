"""Nightmares told only by the waking, from eval/holdout127 (cu11, prazosin), as a class.

Class: waking (or coming to) mid-fight with no one there ("Then I'm awake on the bedroom floor, soaked through, swinging
at nothing", "wakes up most nights punching thin air", "lashing out at shadows", "yelling at no one"), the story going on
with what someone has learned not to do ("my wife is in the hallway because she's learned not to grab me"), then the drug
given (prazosin is approved only for high blood pressure). All lay words: a warning. Silent: the air punched for a goal, a
swing at the alarm clock, legs swung out of bed on waking.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (cu11)
    (
        "prazosin",
        "**@ridgeline_81:** Six years of the same thing. The checkpoint, the car that won't slow down, the noise. Then I'm"
        " awake on the bedroom floor, soaked through, swinging at nothing, and my wife is in the hallway because she's learned"
        " not to grab me. In August my VA psychiatrist started me on prazosin, 1 mg at night, and we worked up to 6 mg over"
        " about five weeks. Last week I slept through four nights in a row. Four. Anyone else on this stuff?",
        OFF_LABEL,
        "warning",
    ),
    # new wordings: another fight with no one, another voice
    (
        "prazosin",
        "Since the tour, Dan wakes up most nights punching thin air with the sheets soaked. His doctor at the VA put him on"
        " prazosin at bedtime.",
        OFF_LABEL,
        "warning",
    ),
    (
        "prazosin",
        "She'd come to on the landing, shaking and lashing out at shadows, two or three times a week. Her psychiatrist started"
        " her on prazosin, 1 mg at night.",
        OFF_LABEL,
        "warning",
    ),
    (
        "prazosin",
        "My husband keeps waking up in the small hours, yelling at no one, and the kids have learned not to go in. The VA"
        " doctor prescribed prazosin.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "prazosin",
        "He was awake and punching the air when the goal went in. He takes prazosin for his blood pressure.",
        OFF_LABEL,
    ),
    (
        "prazosin",
        "I woke up at six and swung at the alarm clock. My doctor prescribed prazosin for my high blood pressure.",
        OFF_LABEL,
    ),
    (
        "prazosin",
        "She woke up, swinging her legs out of bed to feed the baby. Her doctor started her on prazosin.",
        OFF_LABEL,
    ),
]
