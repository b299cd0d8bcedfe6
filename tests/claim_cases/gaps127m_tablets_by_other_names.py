"""Missed class (holdout141 di02, holdout142 dj04): tablets called by another name. A "bar" (alprazolam's scored 2 mg
tablet): "a 2 mg bar every four hours while I'm awake, so six a day" (12 mg of alprazolam, above the label's 10 mg for panic
disorder), counted ("two 2 mg bars"), named with the product ("a 2mg Xanax bar"), or shared out ("the 2 mg bars, six a
day"). "Ones" of a strength, the strength spelled out and joined by a hyphen: "my old doctor had me on the ten-milligram
ones. One at breakfast, one at lunch, one at teatime, one at supper and one more when I went up to bed" (50 mg of
diazepam, above 40 mg), the tablets then counted at the parts of the day.

Still silent: the same within the maximum, a part of a bar, a bar's strength said with no schedule, "ones" no longer
taken, a strength said of the largest tablet."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's wording
    (
        "alprazolam",
        "**@ironbridge77:** Honestly the only thing that keeps the worry quiet for me is a 2 mg bar every four hours\n"
        "while I'm awake, so six a day. My old doctor wrote it and the new one just renewed it.",
        ABOVE_MAX,
        "error",
    ),
    # other voices: counted bars, the product named with the bar, the bars shared out, a schedule after a colon
    ("alprazolam", "He takes two 2 mg bars three times a day.", ABOVE_MAX, "error"),
    ("alprazolam", "Some folks on the forum are on the 2 mg bars, six a day.", ABOVE_MAX, "error"),
    ("alprazolam", "My brother takes a 2mg Xanax bar every four hours.", ABOVE_MAX, "error"),
    ("alprazolam", "A 2 mg bar every 4 hours: that's what got me through last winter.", ABOVE_MAX, "error"),
    (
        "diazepam",
        "**RAY:** Back then my old doctor had me on the ten-milligram ones. One at breakfast,\none at lunch, one at teatime, one at "
        "supper and one more when I went up to bed.\nFive a day. It took the spasms off, but I was walking around in cotton wool.",
        ABOVE_MAX,
        "error",
    ),
    (
        "diazepam",
        "My nan was on the 10 mg ones for years: one with breakfast, one at lunch, one at teatime, one with supper and one at bedtime.",
        ABOVE_MAX,
        "error",
    ),
    ("diazepam", "She takes the ten-milligram tablets. One in the morning, two at lunch and two at night.", ABOVE_MAX, "error"),
    ("diazepam", "The GP put him on the 10mg ones. Two in the morning, one at midday and two before bed.", ABOVE_MAX, "error"),
]

#: (drug, body, rule): must stay silent.
SHOULD_NOT = [
    ("alprazolam", "I take a quarter of a 2 mg bar three times a day.", ABOVE_MAX),
    ("alprazolam", "Half a 2 mg bar twice a day is what I was prescribed.", ABOVE_MAX),
    ("alprazolam", "I take a 2 mg bar every 12 hours.", ABOVE_MAX),
    ("alprazolam", "The 2 mg bar can be broken into four 0.5 mg pieces.", ABOVE_MAX),
    ("alprazolam", "I take a 2 mg bar once a day at night.", ABOVE_MAX),
    ("diazepam", "I was on the 5 mg ones. One at breakfast, one at lunch, one at teatime, one at supper and one at bed.", ABOVE_MAX),
    ("diazepam", "My GP has me on the 10 mg ones. One at breakfast, one at lunch and one at bed.", ABOVE_MAX),
    (
        "diazepam",
        "They stopped the 10 mg ones. Now I take the 2 mg: one at breakfast, one at lunch, one at teatime, one at supper and one at bed.",
        ABOVE_MAX,
    ),
    ("diazepam", "The ten-milligram tablet is the largest; most people take one at breakfast and one at bedtime.", ABOVE_MAX),
]
