"""A day's amount told as tablets or capsules of different strengths added together, from eval/holdout202 (fr01,
lisdexamfetamine), holdout203 (fs07, methylphenidate), holdout205 (fu08, lisdexamfetamine) and holdout201 (fq07,
ibuprofen), as a class.

Class: two amounts of one drug taken the same day, each a tablet or capsule of its own strength, whose sum is above the
label maximum, where a word of the telling hid the sum: the pair taken together dated by "now" before both ("Now every
morning he swallows one 54 mg tablet and one 36 mg tablet together": "now" dates both, it does not set them apart); the
second's part of the day told past what it is swallowed with ("a 20 mg capsule with my sandwich at lunch"); the second's
clock time or part of the day told before it with a clause of its own between them ("and then around 1 pm, when the
afternoon slump hits, a 30 mg chewable": the "when" says when the time comes, not a condition); a count of tablets
called by their strength taken at a part of the day, then "the same again" every few hours ("four of the 200s with
breakfast, then the same again every four hours": 24 tablets of 200 mg a day). Silent: a sum at or within
the maximum, alternatives ("or", "instead"), the pair of the past ("used to"), the pair forbidden, a second dose taken
only "if" something happens, another person's tablet, the same again only the next morning, and a count forbidden.
"""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (fs07, fr01, fu08)
    (
        "methylphenidate",
        "This fall, with tenth grade getting harder, his psychiatrist raised the dose again. Now every morning he swallows one 54 mg"
        " tablet and one 36 mg tablet together with his eggs. Tablets whole, never chewed or crushed.",
        ABOVE_MAX,
        "error",
    ),
    (
        "lisdexamfetamine",
        "The ceiling on the label is 70 mg a day, full stop.\n\nMy routine now: the 70 mg capsule with breakfast, and since it"
        " fades by about four, a 20 mg capsule with my sandwich at lunch to get me through the evening. Works for me!",
        ABOVE_MAX,
        "error",
    ),
    (
        "lisdexamfetamine",
        "My own routine: a 50 mg capsule when I wake up at 6, and then around 1 pm, when the afternoon slump hits, a 30 mg chewable"
        " so I can get through my evening shift.",
        ABOVE_MAX,
        "error",
    ),
    # "now" (or "nowadays") before both amounts taken together
    ("methylphenidate", "Nowadays she takes a 54 mg tablet plus a 27 mg tablet each morning before school.", ABOVE_MAX, "error"),
    (
        "lisdexamfetamine",
        "These days and now for good, I take a 50 mg capsule and a 30 mg capsule together at breakfast.",
        ABOVE_MAX,
        "error",
    ),
    # the second's part of the day past what it is swallowed with
    ("lisdexamfetamine", "He has a 60 mg capsule at breakfast and a 30 mg capsule with a glass of milk at lunch.", ABOVE_MAX, "error"),
    ("sertraline", "She takes a 200 mg tablet in the morning and a 50 mg tablet with her cup of tea at bedtime.", ABOVE_MAX, "error"),
    ("methylphenidate", "I take a 54 mg Concerta when I wake up and a 36 mg one with my coffee at noon.", ABOVE_MAX, "error"),
    # the second's time told before it, a clause between
    (
        "methylphenidate",
        "A 54 mg tablet at breakfast, then at 2 pm, once the first has worn off, another 36 mg tablet.",
        ABOVE_MAX,
        "error",
    ),
    ("sertraline", "He takes 150 mg in the morning and at 9 pm, as the house goes quiet, a 100 mg tablet.", ABOVE_MAX, "error"),
    ("lisdexamfetamine", "She takes 50 mg on waking and then at lunch, when the crash comes, a 30 mg capsule.", ABOVE_MAX, "error"),
    # the draft's own wording (fq07): a count of the 200s at breakfast, then the same again every four hours
    (
        "ibuprofen",
        "The box of 200 mg tablets says one or two every four to six hours, and no more than six tablets in 24 hours unless a doctor"
        " tells you otherwise. That's 1,200 mg. Prescription strengths go up to 3,200 mg a day, but only with a doctor in charge.\n\n"
        "My own routine on the Dales weekend: I take four of the 200s with breakfast, then the same again every four hours, round"
        " the clock, until I'm home on the Sunday night. It keeps my left knee quiet on the descents.",
        ABOVE_MAX,
        "error",
    ),
    (
        "acetaminophen",
        "My husband keeps the 500 mg caplets by the kettle. He has three of the 500s at breakfast and the same again every four hours.",
        ABOVE_MAX,
        "error",
    ),
    (
        "naproxen",
        "The 220 mg tablets are what we stock. Two of the 220s in the morning, then as many again every six hours, is what my dad does.",
        ABOVE_MAX,
        "error",
    ),
    (
        "ibuprofen",
        "Coach keeps the 400 mg tablets in his bag. He takes two of the 400s after lunch and then the same again every four hours.",
        ABOVE_MAX,
        "error",
    ),
]

#: (drug, body, rule): a near miss the writer must not be bothered with.
SHOULD_NOT = [
    # within the maximum
    ("methylphenidate", "Now every morning he swallows one 36 mg tablet and one 18 mg tablet together with his eggs.", ABOVE_MAX),
    ("lisdexamfetamine", "My routine now: a 40 mg capsule with breakfast and a 20 mg capsule with my sandwich at lunch.", ABOVE_MAX),
    ("lisdexamfetamine", "A 40 mg capsule when I wake up, and then around 1 pm, when the slump hits, a 30 mg chewable.", ABOVE_MAX),
    # the pair of the past
    (
        "methylphenidate",
        "He used to swallow one 54 mg tablet and one 36 mg tablet together; now it is one 54 mg tablet.",
        ABOVE_MAX,
    ),
    # forbidden
    ("methylphenidate", "Never swallow one 54 mg tablet and one 36 mg tablet together.", ABOVE_MAX),
    # alternatives
    ("lisdexamfetamine", "The 70 mg capsule with breakfast, or a 20 mg capsule with my sandwich at lunch on short days.", ABOVE_MAX),
    (
        "lisdexamfetamine",
        "My own routine: a 50 mg capsule when I wake up at 6, or around 1 pm, when the afternoon slump hits, a 30 mg chewable instead.",
        ABOVE_MAX,
    ),
    # only if something happens
    (
        "lisdexamfetamine",
        "My own routine: a 50 mg capsule when I wake up at 6, and then around 1 pm, if the afternoon slump hits, a 30 mg chewable.",
        ABOVE_MAX,
    ),
    # another person's tablet
    (
        "sertraline",
        "He takes 150 mg in the morning; at 9 pm, when the house goes quiet, his wife takes a 100 mg tablet of hers.",
        ABOVE_MAX,
    ),
    # the same again, within the maximum, forbidden, or only the next morning
    (
        "ibuprofen",
        "The box of 200 mg tablets is in the drawer. I take one of the 200s with breakfast, then the same again every six hours.",
        ABOVE_MAX,
    ),
    (
        "acetaminophen",
        "My husband keeps the 500 mg caplets by the kettle. He has two of the 500s at breakfast and the same again every six hours.",
        ABOVE_MAX,
    ),
    (
        "ibuprofen",
        "The box of 200 mg tablets is in the drawer. Never take four of the 200s with breakfast and then the same again every four hours.",
        ABOVE_MAX,
    ),
    (
        "ibuprofen",
        "The box of 200 mg tablets is in the drawer. Four of the 200s with breakfast, then the same again the next morning.",
        ABOVE_MAX,
    ),
]
