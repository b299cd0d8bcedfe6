"""Missed class: two strengths of one product at two times of one day, on days of a kind said with "on" ("My
psychiatrist has me on a 54 mg Concerta when I wake up, and on long office days I add a 36 mg Concerta at about 1 pm",
holdout90 bj06: 90 mg of Concerta a day, above 72 mg). "on long office days" was read as another day, so the two doses
were not added up (only "bad", "busy", "worst" ... days were days of a kind).

Still silent: other or alternate days ("on other days", "on alternate days"), a total within the maximum, a dose of the
past ("used to ..., now ..."), alternatives ("or")."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (bj06)
    (
        "methylphenidate",
        "My psychiatrist has me on a 54 mg Concerta when I wake up, and on long office days I add a 36 mg Concerta at about 1 pm"
        " so I don't crash before my commute home.",
        ABOVE_MAX,
        "error",
    ),
    ("methylphenidate", "I take a 54 mg Concerta at 7 am and, on school days, a 36 mg Concerta at lunch.", ABOVE_MAX, "error"),
    ("methylphenidate", "Mine is a 54 mg Concerta at breakfast and, on clinic days, a 27 mg Concerta around 2 pm.", ABOVE_MAX, "error"),
    (
        "lisdexamfetamine",
        "Her usual is a 60 mg Vyvanse capsule at breakfast, and on long study days a 30 mg capsule at 2 pm as well.",
        ABOVE_MAX,
        "error",
    ),
]

#: (drug, body, rule): a near miss the writer must not be bothered with.
SHOULD_NOT = [
    ("methylphenidate", "I take a 54 mg Concerta in the morning, and on other days a 36 mg Concerta at 1 pm.", ABOVE_MAX),
    ("sertraline", "He takes a 150 mg sertraline tablet in the morning and on alternate days a 100 mg tablet at bedtime.", ABOVE_MAX),
    ("methylphenidate", "I take a 36 mg Concerta in the morning and on long office days an 18 mg Concerta at 1 pm.", ABOVE_MAX),
    ("methylphenidate", "I used to take a 54 mg Concerta in the morning; on office days now a 36 mg Concerta at 1 pm.", ABOVE_MAX),
    ("methylphenidate", "I take a 54 mg Concerta in the morning or, on long office days, a 36 mg Concerta at 1 pm.", ABOVE_MAX),
]
