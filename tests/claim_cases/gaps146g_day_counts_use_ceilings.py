"""Doses above a maximum told by a count of tablets and their strength, or above the maximum of the use named, missed at the
blind scoring of holdout291 (jc09) and holdout293 (je06, je09); and a false error on a ceiling told for each release form
(holdout294 jf12), as classes.

- Tablets named with their strength, then counted after a colon with how often (not when a ceiling for the day follows
  it: "the Regular Strength 325 mg tablets at home: two every 4 to 6 hours, no more than 10 in a day", holdout290 jb05):
  "the 1 mg alprazolam tablets for that worry:
  one three times a day and two more at bedtime" (5 mg a day for generalized anxiety, above its 4 mg; within panic
  disorder's 10 mg, so the use is inferred: a warning). Silent at or under the use's maximum, and for the use whose
  maximum it is within (panic disorder).
- A count of tablets read as one number: "two one-milligram tablets three times a day" is two 1 mg tablets (6 mg a day, above
  panic disorder's 4 mg), not "two one" milligrams. A ceiling told beside it for another use ("For seizures the doses are
  different, and the label allows up to 20 mg a day") does not govern it. Silent for the use whose maximum it is within
  (seizures) and at the maximum.
- The most tablets a day, told as "up to three of them in a day" after the tablets' strength said the sentence before ("Ines's
  tablets are 100 mg."): 300 mg of sumatriptan a day, above 200 mg. Silent at or under the maximum, and for tablets of
  another medicine.
- A release form said as "ones" or a kind: "2,550 mg a day for the regular ones" beside "2,000 mg a day for the
  extended-release tablets" is the immediate-release maximum (silent); "2,550 mg a day for the extended-release ones" is
  above the XR maximum (an error).
"""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

_SUMA = "Her plan is one tablet as soon as the headache starts, and if it comes back she can take another every two hours"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings
    (
        "alprazolam",
        "**Posted by tired_daughter_in_ohio:** My mom is 78 and has lived with us since Dad passed. She's had generalized anxiety"
        " for as long as I can remember, the constant what-ifs about money, her health, us kids. Her new doctor has her on the 1 mg"
        " alprazolam tablets for that worry: one three times a day and two more at bedtime. She seems foggy and she nearly fell"
        " last week. Is that a lot?",
        ABOVE_MAX,
        "warning",
    ),
    (
        "clonazepam",
        "**SAM:** For panic disorder, we start low, a quarter of a milligram twice a day, and most people land at about one"
        " milligram a day. If the panic attacks keep breaking through, you can go up to two one-milligram tablets three times a"
        " day. For seizures the doses are different, and the label allows up to 20 mg a day for those.",
        ABOVE_MAX,
        "error",
    ),
    (
        "sumatriptan",
        f"Ines's tablets are 100 mg. {_SUMA}, up to three of them in a day. Other people do well on 25 or 50 mg, so follow your own label.",
        ABOVE_MAX,
        "error",
    ),
    # new wordings: a forum post, a leaflet, a podcast, a careless shop
    (
        "alprazolam",
        "Dad takes the 1 mg Xanax tablets for his generalised anxiety: two twice a day and one more at night.",
        ABOVE_MAX,
        "warning",
    ),
    ("alprazolam", "For anxiety, the 0.5 mg tablets: three four times a day.", ABOVE_MAX, "warning"),
    (
        "clonazepam",
        "My psychiatrist put me on three one-milligram tablets twice a day for panic attacks. For epilepsy, the ceiling is 20 mg a day.",
        ABOVE_MAX,
        "error",
    ),
    ("clonazepam", "For panic disorder he takes three two-milligram tablets a day.", ABOVE_MAX, "error"),
    (
        "sumatriptan",
        "Her tablets are 100 mg. She takes one at the first sign, and another two hours later if needed, up to three of them in a day.",
        ABOVE_MAX,
        "error",
    ),
    (
        "sumatriptan",
        "My prescription is the 100 mg tablets. I'm allowed one, then another after two hours, no more than three of those in 24 hours.",
        ABOVE_MAX,
        "error",
    ),
    ("metformin", "The top dose is 2,550 mg a day for the extended-release ones.", ABOVE_MAX, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording: each form's maximum told
    (
        "metformin",
        "- The usual top dose is 2,000 mg a day for the extended-release tablets and 2,550 mg a day for the regular ones.",
        ABOVE_MAX,
    ),
    ("metformin", "Max is 2,000 mg a day on the XR kind and 2,550 mg a day on the standard kind.", ABOVE_MAX),
    ("metformin", "The most is 2,550 mg a day for the normal ones and 2,000 mg a day for the slow-release ones.", ABOVE_MAX),
    # within the use's maximum, or another use's
    ("alprazolam", "For her generalized anxiety she is on the 1 mg alprazolam tablets: one three times a day.", ABOVE_MAX),
    (
        "alprazolam",
        "For panic disorder she takes the 1 mg alprazolam tablets: one three times a day and two more at bedtime.",
        ABOVE_MAX,
    ),
    ("alprazolam", "For his anxiety he has the 1 mg tablets: one twice a day.", ABOVE_MAX),
    ("clonazepam", "For seizures, some adults take two one-milligram tablets three times a day.", ABOVE_MAX),
    ("clonazepam", "For panic disorder, the usual top is two one-milligram tablets twice a day.", ABOVE_MAX),
    (
        "clonazepam",
        "If the panic attacks keep breaking through, you can go up to two one-milligram tablets twice a day. For seizures the"
        " doses are different, and the label allows up to 20 mg a day for those.",
        ABOVE_MAX,
    ),
    (
        "sumatriptan",
        "Her tablets are 50 mg. She takes one at the first sign and can take another after two hours, up to four of them in a day.",
        ABOVE_MAX,
    ),
    (
        "sumatriptan",
        "Her tablets are 100 mg. She takes one at the first sign and can take another after two hours, up to two of them in a day.",
        ABOVE_MAX,
    ),
    # a count after a colon with the day's ceiling after it: the ceiling governs (holdout290 jb05)
    (
        "acetaminophen",
        "Our kits carry Tylenol Extra Strength, 500 mg caplets. The label says two caplets every 6 hours while symptoms last, and"
        " no more than 6 caplets in 24 hours unless a doctor tells you otherwise. Some of you have the Regular Strength 325 mg"
        " tablets at home: two every 4 to 6 hours, no more than 10 in a day.",
        ABOVE_MAX,
    ),
    # another medicine's tablets
    (
        "sumatriptan",
        "Her tablets are 100 mg. She has one when a migraine starts; for his back, her husband takes ibuprofen, up to three of"
        " them in a day.",
        ABOVE_MAX,
    ),
]
