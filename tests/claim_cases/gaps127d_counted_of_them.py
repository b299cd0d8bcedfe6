"""Tablets counted "of them" (or "of those") after a sentence that names their strength (misses in eval/holdout131 cy04,
holdout136 dd01 and dd06), as a class:

- the strength called by its number alone after a prescriber's change ("My prescriber moved me to the 50s."), by "the
  10 mg strength", or listed ("come in one strength, 3 mg");
- the count told with no verb of taking after "it's" ("Now it's two of them with my coffee every morning"), with its verb
  after it ("ten of them swallowed together"), or as the first of a list over the day ("she took two of them in the
  morning, two mid-afternoon and two at bedtime": six tablets).

Above a hard label maximum: an error; above ivermectin's usual weight-based range (up to 24 mg, no hard maximum): a
warning that says so. Near misses: within the maximum, a decade ("In the 50s"), a count said not to be taken, a count with
no schedule.

Each case is the body of one article about one drug; the assertion is what its writer would see."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a dose the writer must see.
SHOULD = [
    (
        "lisdexamfetamine",
        "My own story: 70 wasn't cutting it by my second year, I'd crash by 2 pm. My prescriber moved me to the 50s. Now it's "
        "two of them with my coffee every morning and honestly my afternoons are a different planet.",
        ABOVE_MAX,
        "error",
    ),
    (
        "diazepam",
        "**bluebird_k** described her worst week after a bereavement. She was on the blue tablets, the 10 mg strength.\nShe "
        'said she took two of them in the morning, two mid-afternoon and two at bedtime, and "still felt wired".',
        ABOVE_MAX,
        "error",
    ),
    (
        "ivermectin",
        "The tablets come in one strength, 3 mg. For someone your size, ten of them swallowed together is the usual worm dose.",
        ABOVE_MAX,
        "warning",
    ),
    (
        "lisdexamfetamine",
        "My doctor switched me to the 40s last month. These days it's two of those every morning with breakfast.",
        ABOVE_MAX,
        "error",
    ),
    (
        "diazepam",
        "He gets the 10 mg strength from his GP. He takes three of them at breakfast, two at lunch and two at bedtime.",
        ABOVE_MAX,
        "error",
    ),
    ("zolpidem", "Her tablets are the 10 mg strength. It's now two of them at bedtime, every night.", ABOVE_MAX, "error"),
    ("ivermectin", "Each tablet is 3 mg. My uncle had twelve of them taken together for his worms.", ABOVE_MAX, "warning"),
]

#: (drug, body, rule): no such finding.
SHOULD_NOT = [
    ("lisdexamfetamine", "My prescriber moved me to the 30s. Now it's two of them every morning.", ABOVE_MAX),
    ("diazepam", "She was on the 10 mg strength. She took one of them in the morning, one mid-afternoon and one at bedtime.", ABOVE_MAX),
    ("lisdexamfetamine", "In the 50s doctors handed out stimulants freely. Now it's two of them every morning.", ABOVE_MAX),
    ("ivermectin", "The tablets come in one strength, 3 mg. Never take ten of them swallowed together.", ABOVE_MAX),
    (
        "ivermectin",
        "The tablets come in one strength, 3 mg. For someone your size, four of them swallowed together is the usual dose.",
        ABOVE_MAX,
    ),
    ("lisdexamfetamine", "My prescriber moved me to the 50s. Two of them would be far too much for anyone.", ABOVE_MAX),
]
