"""Missed class (twenty-seventh stop, helper n): a second amount added later the same day to a dose already told, above the
label maximum only once the two are added up.

1. A dose every morning, then one more at another part of the day told in the next sentence: "two of the 100 mg tablets
   every morning. ... your clinician may add a 50 mg tablet at lunchtime on top of that" (eval/holdout146 dn04: 250 mg of
   sertraline). A dose "every morning" was never added to.
2. The added dose told first, at a clock time with a.m. or p.m., "on top of" the usual one: "add a 30 mg chewable around
   1 p.m. on top of my usual 70 mg capsule" (eval/holdout147 do06: 100 mg of lisdexamfetamine). The full stops of "p.m."
   ended the words between.
3. A second tablet when the writer comes in or gets home: "one of the 10 mg tablets with breakfast and a second when I come
   in from the plot" (eval/holdout147 do11: 20 mg of cetirizine). Only a part of the day or hours later read as later
   that day.

Still silent: the same wordings within the maximum, a dose taken instead of the usual one, and a second dose denied."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own sentences
    (
        "sertraline",
        "For stubborn OCD, some of our patients end up on two of the 100 mg tablets every morning. If the rituals still have a"
        " grip after a few months, your clinician may add a 50 mg tablet at lunchtime on top of that.",
        ABOVE_MAX,
        "error",
    ),
    (
        "lisdexamfetamine",
        "My prescriber lets me add a 30 mg chewable around 1 p.m. on top of my usual 70 mg capsule on double-shift days at the hospital.",
        ABOVE_MAX,
        "error",
    ),
    (
        "cetirizine",
        "I've found that isn't quite enough on the really bad days in June, so on those days I take one of the 10 mg tablets"
        " with breakfast and a second when I come in from the plot at teatime, and that keeps me sneeze-free through the"
        " evening watering.",
        ABOVE_MAX,
        "error",
    ),
    # other voices: a patient's story, a clinic's plan, a parent, a caption
    ("sertraline", "I was on 150 mg every morning for a year. Then my psychiatrist added a 100 mg tablet at bedtime.", ABOVE_MAX, "error"),
    ("escitalopram", "He takes 20 mg every morning. His doctor wants him to add a 10 mg tablet in the evening too.", ABOVE_MAX, "error"),
    ("lisdexamfetamine", "On exam days she takes a 20 mg capsule at 2 p.m. on top of her 60 mg morning dose.", ABOVE_MAX, "error"),
    ("zolpidem", "I take a 5 mg tablet at 3 a.m. on top of the 10 mg I had at bedtime.", ABOVE_MAX, "error"),
    ("loratadine", "On high-pollen days he takes one 10 mg tablet before school and another once he gets home.", ABOVE_MAX, "error"),
    (
        "cetirizine",
        "She swallows a 10 mg tablet in the morning and a second as soon as she gets back from the stables.",
        ABOVE_MAX,
        "error",
    ),
    ("cetirizine", "I take one of the 10 mg tablets with breakfast and another when we get in from the allotment.", ABOVE_MAX, "error"),
]

#: (drug, body, rule): must stay silent.
SHOULD_NOT = [
    # within the maximum
    (
        "sertraline",
        "Some patients take 100 mg every morning. Your clinician may add a 50 mg tablet at lunchtime on top of that.",
        ABOVE_MAX,
    ),
    ("lisdexamfetamine", "My prescriber lets me add a 10 mg chewable around 1 p.m. on top of my usual 50 mg capsule.", ABOVE_MAX),
    ("cetirizine", "I take one of the 5 mg tablets with breakfast and a second when I come in from the plot.", ABOVE_MAX),
    # instead of the usual dose, not on top of it
    (
        "sertraline",
        "I was on 200 mg every morning. Then my psychiatrist switched me, and I now take a 100 mg tablet at bedtime instead.",
        ABOVE_MAX,
    ),
    ("lisdexamfetamine", "She took a 30 mg chewable around 1 p.m. instead of her usual 70 mg capsule.", ABOVE_MAX),
    # the added dose denied
    (
        "sertraline",
        "Most people take two of the 100 mg tablets every morning. Never add a 50 mg tablet at lunchtime on top of that.",
        ABOVE_MAX,
    ),
    ("cetirizine", "I take one of the 10 mg tablets with breakfast and never a second when I come in from the plot.", ABOVE_MAX),
]
