"""Panic attacks told by their signs, struck out of nowhere and ending in the dread of dying, then the drug given, from
eval/holdout151 (ds11, citalopram), as a class: an off-label use for panic disorder (a warning: the tool's inference).

Class: "Out of nowhere / out of the blue / without any warning / for no reason at all" the heart hammering, other signs
after it that the story tail would not pass ("she couldn't get a breath", "his chest went tight"), and the sure dread of
dying, passing out or a heart attack at the end of the sentence; the prescriber's giving in a later sentence of the
paragraph. The sign opened by "out of nowhere" now reaches on to that dread, so the giving goes on from a story that
ends there. Still silent: a giving for the approved depression, a story turned ("but it passed"), the giving denied,
the dread denied with no giving, and a drug approved for panic disorder (sertraline).
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (ds11)
    (
        "citalopram",
        "Jo's trouble began at the start pen of the county 10K. Out of nowhere her heart was hammering against her ribs, her"
        " hands went numb and tingly, she couldn't get a breath, and she was convinced she was about to die. It happened again"
        " in the supermarket queue, then at her desk, and she started avoiding anywhere crowded. Her GP put her on citalopram to"
        " stop those attacks, and a year on she's back in the start pen, chatting away.",
        OFF_LABEL,
        "warning",
    ),
    (
        "mirtazapine",
        "Out of the blue his heart would start pounding, his chest went tight, he couldn't catch his breath and he was sure he"
        " was dying. His doctor started him on mirtazapine.",
        OFF_LABEL,
        "warning",
    ),
    (
        "escitalopram",
        "Without any warning my heart would race, my fingers went numb, I couldn't think straight and I felt like I was going to"
        " pass out. My GP put me on escitalopram.",
        OFF_LABEL,
        "warning",
    ),
    (
        "citalopram",
        "For no reason at all her pulse would be racing in the checkout queue, her legs went to jelly and she couldn't get enough"
        " air, and she thought she was having a heart attack. The doctor started her on citalopram, and she shops alone again.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "citalopram",
        "Out of nowhere her heart was hammering after the hill repeats, and she couldn't get a breath. Her GP put her on"
        " citalopram for her depression.",
        OFF_LABEL,
    ),
    (
        "citalopram",
        "Out of nowhere her heart was hammering against her ribs and she couldn't get a breath, but it passed within the hour and"
        " she was sure she would be fine. Her GP put her on citalopram for her low mood.",
        OFF_LABEL,
    ),
    (
        "sertraline",
        "Out of the blue his heart would start pounding and he was sure he was dying, so he went to the ER; the tracing was"
        " normal. His doctor never started him on sertraline for that: he has depression and takes it for that.",
        OFF_LABEL,
    ),
    (
        "citalopram",
        "Out of nowhere her heart was hammering against her ribs, she couldn't get a breath, and she was not convinced she was"
        " about to die. Her GP checked her heart.",
        OFF_LABEL,
    ),
    (
        "sertraline",
        "Out of the blue his heart would start pounding, his chest went tight, he couldn't catch his breath and he was sure he was"
        " dying. His doctor started him on sertraline.",
        OFF_LABEL,
    ),
]
