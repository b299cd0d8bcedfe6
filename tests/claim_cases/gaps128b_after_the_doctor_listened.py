"""Sleeplessness told in the paragraph before, then a paragraph opening with the prescriber's look and the giving after it,
from eval/holdout148 (dp06, diazepam, a magazine feature), as a class: an off-label use for insomnia.

Class: the nights told by their signs in one paragraph ("she would lie awake until four, listening to the boiler tick"), the
next opening with the prescriber's look alone ("Her GP, who had known the family for twenty years, listened for a long
time.", "Dr. Shah listened carefully.", "His GP examined him.") and then the giving, by the prescriber named again or by the
one who writes the prescription ("Then he wrote a prescription for diazepam for those nights", "She wrote him a script
for ..."). Still silent: the trouble turned ("But that passed"), the giving for a named approved use, a referral instead of
a giving, a friend's handing over after a friend's listening.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (dp06)
    (
        "diazepam",
        "It was the nights that undid her: she would lie awake until four, listening to the boiler tick and the fridge hum, and"
        " then drag herself through the next day on two hours of sleep.\n\nHer GP, who had known the family for twenty years,"
        " listened for a long time. Then he wrote a prescription for diazepam for those nights, with a plan to talk again in a"
        " month.",
        OFF_LABEL,
        "warning",
    ),
    (
        "diazepam",
        "After the funeral he would lie awake till dawn, going over every word of the last conversation.\n\nDr. Shah listened"
        " carefully. She wrote him a script for diazepam to take at bedtime.",
        OFF_LABEL,
        "warning",
    ),
    (
        "diazepam",
        "Most nights she was still staring at the ceiling at 3 a.m.\n\nHer doctor asked a few questions and listened for a while."
        " Then the GP prescribed diazepam, one tablet at night.",
        OFF_LABEL,
        "warning",
    ),
    (
        "diazepam",
        "For weeks he lay awake until four, listening to the traffic.\n\nHis GP examined him. Then she wrote out a prescription for"
        " 5 mg tablets at night.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "diazepam",
        "For weeks she would lie awake until four. But that passed by the spring.\n\nHer GP listened for a long time. Then he wrote"
        " a prescription for diazepam.",
        OFF_LABEL,
    ),
    (
        "diazepam",
        "She would lie awake until four, heart racing, dreading the next day at work.\n\nHer GP listened for a long time. Then he"
        " wrote a prescription for diazepam for her anxiety.",
        OFF_LABEL,
    ),
    (
        "diazepam",
        "For weeks she would lie awake until four.\n\nHer GP listened for a long time and then referred her to a sleep clinic. The"
        " clinic later wrote to say she had restless legs.",
        OFF_LABEL,
    ),
    (
        "diazepam",
        "For weeks she would lie awake until four.\n\nHer friend listened for a long time. Then she gave her some diazepam.",
        OFF_LABEL,
    ),
]
