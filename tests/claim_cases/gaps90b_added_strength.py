"""Missed class: a second strength added to the first in one day, said with "add" or told first "on top of", "as well
as" or "in addition to" the first ("If your 70 mg capsule seems to run out of steam by late afternoon, some prescribers
add a 20 mg capsule at lunchtime", holdout89 bi04: 90 mg of lisdexamfetamine a day, above 70 mg; also "a 20 mg capsule at
lunchtime on top of the 70 mg capsule"). "add a 20 mg capsule" was not read as a dose on top of the day's, and a dose
told before the one it is added to counted only when called a booster or top-up.

Still silent: a switch ("rather than add a dose"), an addition said not to be made ("Don't add ..."), a total within the
maximum, a titration step within it, strengths listed as a pair, alternatives ("instead of"), another product's dose."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (bi04)
    (
        "lisdexamfetamine",
        "If your 70 mg capsule seems to run out of steam by late afternoon, some prescribers add a 20 mg capsule at lunchtime to"
        " carry you through homework or the commute home.",
        ABOVE_MAX,
        "error",
    ),
    ("lisdexamfetamine", "Some doctors prescribe a 20 mg capsule at lunchtime on top of the 70 mg capsule.", ABOVE_MAX, "error"),
    (
        "lisdexamfetamine",
        "My son is on the 60 mg capsule, and his psychiatrist added a 30 mg one after school for exam season.",
        ABOVE_MAX,
        "error",
    ),
    (
        "sertraline",
        "He takes a 150 mg tablet in the morning, and when winter hits his GP adds a 100 mg tablet in the evening.",
        ABOVE_MAX,
        "error",
    ),
    (
        "methylphenidate",
        "She takes a 54 mg Concerta tablet and, in exam weeks, a 27 mg Concerta at noon as well as the 54 mg.",
        ABOVE_MAX,
        "error",
    ),
    ("zolpidem", "Take a 10 mg tablet at bedtime; if you wake at 3 am, some people add a 5 mg tablet.", ABOVE_MAX, "error"),
]

#: (drug, body, rule): a near miss the writer must not be bothered with.
SHOULD_NOT = [
    (
        "lisdexamfetamine",
        "If your 30 mg capsule wears off early, your prescriber may switch you to a 50 mg capsule rather than add a dose.",
        ABOVE_MAX,
    ),
    ("lisdexamfetamine", "Don't add a 20 mg capsule at lunchtime on top of the 70 mg capsule without asking.", ABOVE_MAX),
    ("lisdexamfetamine", "If your 40 mg capsule runs out by late afternoon, some prescribers add a 20 mg capsule at lunchtime.", ABOVE_MAX),
    ("sertraline", "Start with 50 mg each morning and add a 25 mg step each week if needed, up to 200 mg a day.", ABOVE_MAX),
    ("lisdexamfetamine", "The 20 mg capsule, as well as the 70 mg capsule, can be opened and stirred into yogurt.", ABOVE_MAX),
    (
        "lisdexamfetamine",
        "Instead of the 70 mg capsule, some people take a 20 mg capsule at lunchtime with a 40 mg one in the morning.",
        ABOVE_MAX,
    ),
    ("methylphenidate", "Some prescribers add a 10 mg Ritalin tablet at 4 pm to an 18 mg Concerta.", ABOVE_MAX),
]
