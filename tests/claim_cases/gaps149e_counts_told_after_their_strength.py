"""Counts of tablets told after the strength named before them, the tablets unsaid or said "of them" (forty-ninth stop,
helper e; holdout312 jx06 and jx08, holdout314 jz03, holdout318 kd05 and kd08):

- more tablets the same night, told with a condition and a clock time ("one tablet at lights-out, and two more if you are still
  awake at 2 a.m." of 25 mg tablets named above: 75 mg, the sleep aid's 50 mg a day; jx06);
- a count "of them" as an aside after the tablets named, told with how often and no verb ("My GP has me on the 2 mg bars now,
  two of them three times a day": 12 mg a day, above alprazolam's 10 mg; kd05), not other things counted so ("four
  exercises, two of them three times a day");
- a count taken with the tablets unsaid at a part of the day told as going to bed ("my doctor gave me the 10 mg ones, ... so I
  started taking two before I got into bed": 20 mg of zolpidem; kd08);
- an adult's count of tablets unsaid after a child's strength named last ("Ruth's 12-year-old son takes the 5 mg chewable",
  then "she takes two every evening" of her 10 mg tablets: 20 mg of montelukast; jz03): the strength told of no child, a
  warning (the tablets are inferred); a count told of the child keeps the child's strength;
- and a false error gone: the daily dose one is steady on before a once-weekly product ("Prozac Weekly: one 90 mg capsule once
  a week, after being steady on 20 mg a day": jx08) is the drug's, not the weekly product's.
"""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"
WEEKLY = "dosage.weekly-taken-daily"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings
    (
        "diphenhydramine",
        "The tablets in our box are 25 mg each.\n\n"
        "- Adult leaders who struggle to sleep on the ground: one tablet at lights-out, and two more if you are still awake "
        "at 2 a.m.",
        ABOVE_MAX,
        "warning",
    ),
    (
        "alprazolam",
        "GP says panic disorder and has given me alprazolam.\n\n"
        "Panic attacks went from three a week to maybe one a month. My GP has me on the 2 mg bars now, two of them three times "
        "a day, and I'm fine on it.",
        ABOVE_MAX,
        "error",
    ),
    (
        "zolpidem",
        "When my rota went to four nights in a row, my doctor gave me the 10 mg ones, and after a month it wasn't touching me, "
        "so I started taking two before I got into bed, and I finally got six hours.",
        ABOVE_MAX,
        "error",
    ),
    (
        "montelukast",
        "Her doctor prescribed montelukast: a small 10 mg tablet, taken once a day. Ruth's 12-year-old son takes the 5 mg "
        "chewable.\n\nIn peak birch weeks, she takes two every evening instead of one.",
        ABOVE_MAX,
        "warning",
    ),
    # new wordings of the same classes
    (
        "zolpidem",
        "Mine are the 10 mg tablets, and on bad weeks I take two as I climb into bed.",
        ABOVE_MAX,
        "error",
    ),
    (
        "zolpidem",
        "The pharmacy gave him 10 mg tablets. He now takes three at bedtime.",
        ABOVE_MAX,
        "error",
    ),
    (
        "alprazolam",
        "She is prescribed the 1 mg tablets for panic disorder: four of them three times a day.",
        ABOVE_MAX,
        "error",
    ),
    (
        "lorazepam",
        "The doctor has her on the 2 mg tablets, three of them three times a day.",
        ABOVE_MAX,
        "warning",  # (the top of lorazepam's usual range, no hard ceiling: a pharmacist checks)
    ),
    (
        "diphenhydramine",
        "Each tablet is 25 mg. For sleep: one at bedtime, and another two if you wake at 3 am.",
        ABOVE_MAX,
        "warning",
    ),
    (
        "montelukast",
        "I take montelukast 10 mg tablets myself. My daughter has the 4 mg chewables.\n\nWhen the pollen is bad I take two every evening.",
        ABOVE_MAX,
        "warning",
    ),
]

#: (drug, body, rule): a near miss that must stay silent.
SHOULD_NOT = [
    # the weekly product after the daily dose one is steady on (jx08), and in other voices
    (
        "fluoxetine",
        "Has anyone tried the once-a-week capsule?\n\n"
        "Yes, Prozac Weekly: one 90 mg capsule once a week, after being steady on 20 mg a day. I liked not thinking about it.",
        WEEKLY,
    ),
    ("fluoxetine", "Prozac Weekly is for people established on 20 mg a day: one 90 mg capsule a week.", WEEKLY),
    ("fluoxetine", "Prozac Weekly, 90 mg once a week, suits people doing fine on 20 mg daily.", WEEKLY),
    # within the label
    ("zolpidem", "My doctor gave me the 5 mg ones, and I take two before I get into bed.", ABOVE_MAX),
    ("zolpidem", "The 10 mg tablets: I take one before I go to bed.", ABOVE_MAX),
    ("alprazolam", "My GP has me on the 0.5 mg tablets now, two of them three times a day.", ABOVE_MAX),
    ("diphenhydramine", "The tablets are 25 mg each. For sleep: one at lights-out, and one more if you are awake at 2 a.m.", ABOVE_MAX),
    # other things counted as an aside
    ("alprazolam", "The 0.5 mg tablets help. The physio gave me four exercises, two of them three times a day.", ABOVE_MAX),
    # forbidden
    ("zolpidem", "The tablets are 10 mg. Never take two before you get into bed.", ABOVE_MAX),
    # a child's count keeps the child's strength
    (
        "montelukast",
        "I take the 10 mg tablet. My son takes the 5 mg chewable.\n\nHe takes one every evening.",
        ABOVE_MAX,
    ),
]
