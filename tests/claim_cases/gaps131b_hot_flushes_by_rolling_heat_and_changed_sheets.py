"""Menopause hot flushes and night sweats told by their signs, from eval/holdout172 (en12, escitalopram), as a class.

Class: the hot flush told as heat moving from the chest up to the face, with more verbs of motion ("the heat that rolled up
from her chest to her hairline", "warmth that washed up from my neck into my face", "heat sweeping from his chest to his
ears"), and the night sweats told by the sheets or nightclothes changed in the night ("the sheets she was changing at three
in the morning", "changing my pyjamas twice a night", "stripping the bed at 4 a.m."), then the medicine given for them.
Escitalopram is approved for depression and generalized anxiety disorder; hot flushes told in lay words, a warning. Silent:
a rash spreading from the chest (no heat), the sheets changed after a child's accident, the sheets changed on a weekday as a
chore, and the heat told as a side effect of the drug.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (en12)
    (
        "escitalopram",
        "For Helen, 52, the reason was the heat that rolled up from her chest to her hairline a dozen times a day, and the sheets"
        " she was changing at three in the morning. Her gynaecologist started her on escitalopram to calm them down, and Helen"
        " says the nights are quieter now.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices
    (
        "escitalopram",
        "I'm 51 and I was changing my pyjamas twice a night. My GP suggested escitalopram to help with that.",
        OFF_LABEL,
        "warning",
    ),
    (
        "escitalopram",
        "The warmth washed up from my neck into my face in the middle of meetings, so my doctor prescribed Lexapro for it.",
        OFF_LABEL,
        "warning",
    ),
    (
        "escitalopram",
        "She was stripping the bed at 4 a.m. most weeks. Her doctor gave her escitalopram to calm the nights down.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # a rash spreading, no heat
    (
        "escitalopram",
        "If a red rash spreads from your chest to your face after starting escitalopram, call your doctor.",
        OFF_LABEL,
    ),
    # the sheets changed after a child's accident
    (
        "escitalopram",
        "I take escitalopram for depression. Some weeks I was changing the sheets at three in the morning after one of the kids"
        " had an accident.",
        OFF_LABEL,
    ),
    # a chore, and the approved use
    (
        "escitalopram",
        "Escitalopram treats generalized anxiety disorder. Changing the sheets on a Sunday is one of the routines that helps Rosa.",
        OFF_LABEL,
    ),
    # the heat a side effect
    (
        "escitalopram",
        "Escitalopram is approved for depression. Some people feel heat rolling up from the chest to the face in the first weeks;"
        " tell your doctor if it bothers you.",
        OFF_LABEL,
    ),
]
