"""A dose added to a strength told as a number alone, the strength named in mg elsewhere in the article: "Ray S. has
been on 80 mg since his stent. When his LDL stalled last summer, he started adding one of his old 40 mg tablets to the
80 each night" (eval/holdout130 cx06: 120 mg a day, maximum 80 mg), also "on top of his regular 80". Near misses: a
switch ("from 40 mg to 80", "switch you to the 80"), a forbidden or unsafe addition, a number that counts tablets
("to the 80 tablets"), a sum within the maximum."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "atorvastatin",
        "Ray S. has been on 80 mg since his stent. When his LDL stalled last summer, he started adding one of his old "
        "40 mg tablets to the 80 each night, and his last blood test was his best yet.",
        ABOVE_MAX,
        "error",
    ),
    (
        "atorvastatin",
        "My cardiologist has me on 80 mg. Most nights I add a 40 mg tablet to my usual 80 as well.",
        ABOVE_MAX,
        "error",
    ),
    (
        "atorvastatin",
        "She takes 80 mg at night, and she's been adding a spare 20 mg tablet to the 80 since March.",
        ABOVE_MAX,
        "error",
    ),
    (
        "atorvastatin",
        "He is on 80 mg a day. He swallows a 40 mg tablet on top of his regular 80 every evening.",
        ABOVE_MAX,
        "error",
    ),
    (
        "rosuvastatin",
        "Dad's dose went up to 40 mg in the spring. These days he adds half of one of his old 20 mg tablets to the 40 "
        "whenever he has had a takeaway.",
        ABOVE_MAX,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("atorvastatin", "Doses run from 10 mg to 80 mg. His doctor moved him from 40 mg to 80 last year.", ABOVE_MAX),
    (
        "atorvastatin",
        "The highest dose is 80 mg. If the 40 mg is not enough, the doctor may switch you to the 80.",
        ABOVE_MAX,
    ),
    ("atorvastatin", "Ray has been on 80 mg since his stent. Never add a 40 mg tablet to the 80.", ABOVE_MAX),
    (
        "atorvastatin",
        "Ray has been on 80 mg since his stent. Adding a 40 mg tablet to the 80 is dangerous, so ask first.",
        ABOVE_MAX,
    ),
    ("atorvastatin", "The 10 mg tablets come in a box of 80. Some nights I add a 10 mg tablet to my usual 20.", ABOVE_MAX),
    ("atorvastatin", "Doses run from 10 mg to 80 mg. Going from 40 mg to the 80 halves LDL further.", ABOVE_MAX),
]
