"""Grapefruit kept for years on simvastatin, told by the harm that never came, from eval/holdout194 (fj03, simvastatin), as a
class.

Class: grapefruit had "on", "with" or "while taking" the statin, or the statin taken with grapefruit, then "never a twinge",
"not one ache", "never had a single problem" ("Twenty-odd years of grapefruit, sixteen of them on the statin, and never a
twinge"). The label says to avoid grapefruit juice (ZOCOR PI 7: grapefruit juice raises simvastatin levels, myopathy):
`grapefruit-safe`, an error. Near misses: grapefruit given up, the harm that came after ("until ..."), another statin, the
label's advice with "no problems" said of other fruit.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "grapefruit-safe"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fj03)
    (
        "simvastatin",
        "Walt's breakfast has not changed in decades: toast, strong tea and half a pink grapefruit, eaten over the crossword."
        ' "Twenty-odd years of grapefruit, sixteen of them on the statin, and never a twinge," he laughs, and his GP, he adds,'
        " has never once brought it up. It is the kind of small, steady routine that keeps him well.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    # new wordings, other voices
    (
        "simvastatin",
        "I've been on Zocor ten years with a glass of grapefruit juice every morning, and not one ache.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "simvastatin",
        "Mum has her grapefruit with her statin tablets every breakfast and has never had a single problem.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    ("simvastatin", "“Years of grapefruit on the statin, and never a twinge.”", MISSTATEMENT, ITEM, "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # given up
    (
        "simvastatin",
        "He gave up grapefruit when he went on simvastatin and has had no muscle problems since.",
        MISSTATEMENT,
        ITEM,
    ),
    # the harm came after
    (
        "simvastatin",
        "Years of grapefruit on the statin and never a twinge, until the muscle pain put him in hospital last spring.",
        MISSTATEMENT,
        ITEM,
    ),
    # another statin
    (
        "simvastatin",
        "Since switching from simvastatin to pravastatin she has grapefruit with her tablets and no problems at all.",
        MISSTATEMENT,
        ITEM,
    ),
    # the label's advice
    (
        "simvastatin",
        "On simvastatin, avoid grapefruit juice; people who drink it can get muscle pain, though most have no problems with other fruit.",
        MISSTATEMENT,
        ITEM,
    ),
]
