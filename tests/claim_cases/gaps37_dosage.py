"""Doses read wrongly in holdout37 (a miss and two false errors), as classes, in wordings no
evaluation set had.

- Tablets called by their strength's bare number, counted at parts of the day ("the sweet spot is
  two 850s with breakfast and two with dinner", "a couple of the 100s in the morning and one at
  bedtime", "two 5s with breakfast and another at teatime"), the strength said in mg as a dose in
  the paragraph or the one before ("starts at 850 mg once a day"): the day's tablets times that
  strength, an error above a hard maximum. Near misses: at the maximum, a smaller strength,
  alternatives ("or"), said not to be taken, a decade ("in the 90s").
- A dose owned by the drug its clause names as the dose's owner ("the simvastatin dose should be
  no more than 20 mg a day while you take amlodipine", "keep the simvastatin dosage at 20 mg",
  "the dose of simvastatin shouldn't go above"), and a drug named as taken alongside ("while you
  are taking amlodipine", "as long as you take"): not the article's drug's dose. Still reported:
  the article's own drug named as the dose's owner ("The amlodipine dose should be no more than
  20 mg a day while you take simvastatin").
- The daily dose of the daily form that qualifies who may take a weekly product ("Prozac Weekly ...
  for people who are already well on 20 mg a day", "doing well on", "have been taking", "after
  several weeks of", "settled on"): the drug's daily regimen, not a daily schedule for the weekly
  product. Still reported: the weekly product itself given daily ("take one 90 mg capsule every
  day", "Prozac Weekly is taken as 20 mg a day by people who ...").

Each case is the body of one article about one drug; the assertion is what its writer would see:
the finding of that rule with its severity, or none."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"
WEEKLY = "dosage.weekly-taken-daily"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # -- tablets called by their strength's number, counted at parts of the day --
    (
        "metformin",
        "Regular metformin usually starts at 500 mg twice a day or 1,000 mg once a day.\n\n"
        "My dad's endocrinologist has him on two 1000s at breakfast and one with his evening meal.",
        ABOVE_MAX,
        "error",
    ),
    (
        "metformin",
        "Most people start on 850 mg once a day with a meal.\n\n"
        "Where do people end up? Plenty are on two 850s at breakfast, one at lunch and one at dinner.",
        ABOVE_MAX,
        "error",
    ),
    (
        "gabapentin",
        "Gabapentin for seizures is often given as 800 mg three times a day.\n\n"
        "After a year my neurologist had me on three 800s at breakfast, one at lunch and two at bedtime.",
        ABOVE_MAX,
        "error",
    ),
    (
        "sertraline",
        "Sertraline usually starts at 50 mg once a day and can go up to 100 mg.\n\n"
        "By the spring she was taking a couple of the 100s in the morning and one at bedtime.",
        ABOVE_MAX,
        "error",
    ),
    (
        "amlodipine",
        "Amlodipine usually starts at 5 mg once a day.\n\nOur reader's husband was on two 5s with breakfast and another at teatime.",
        ABOVE_MAX,
        "error",
    ),
    # -- the article's own drug named as the owner of a capped dose --
    ("amlodipine", "The amlodipine dose should be no more than 20 mg a day while you take simvastatin.", ABOVE_MAX, "error"),
]

#: (drug, body, rule): near misses the writer must not see reported.
SHOULD_NOT = [
    # -- tablets called by their strength's number: within the label, alternatives, forbidden, a decade --
    (
        "metformin",
        "Metformin starts at 850 mg once a day.\n\nThe sweet spot for most is two 850s with breakfast and one with dinner.",
        ABOVE_MAX,
    ),
    (
        "metformin",
        "Metformin starts at 500 mg twice a day.\n\nPlenty of people end up on two 500s with breakfast and two with dinner.",
        ABOVE_MAX,
    ),
    (
        "metformin",
        "Metformin starts at 850 mg once a day.\n\nSome people take two 850s with breakfast or two with dinner, whichever suits them.",
        ABOVE_MAX,
    ),
    (
        "metformin",
        "Metformin starts at 850 mg once a day.\n\nNever take two 850s with breakfast and two with dinner unless your doctor tells you to.",
        ABOVE_MAX,
    ),
    (
        "gabapentin",
        "Gabapentin for seizures is often given as 800 mg three times a day.\n\n"
        "After a year my neurologist had me on two 800s at breakfast, one at lunch and one at bedtime.",
        ABOVE_MAX,
    ),
    (
        "sertraline",
        "Sertraline usually starts at 50 mg once a day and can go up to 100 mg.\n\n"
        "By the spring she was taking a couple of the 50s in the morning and one at bedtime.",
        ABOVE_MAX,
    ),
    ("amlodipine", "Amlodipine usually starts at 5 mg once a day.\n\nBack in the 90s at breakfast, he took one of the 5s.", ABOVE_MAX),
    # -- another drug named as the owner of the dose its clause caps --
    (
        "amlodipine",
        "- take simvastatin for cholesterol (the simvastatin dose is capped at 20 mg a day while you take amlodipine)",
        ABOVE_MAX,
    ),
    (
        "amlodipine",
        "Tell your doctor if you take simvastatin: its daily dose should not exceed 20 mg while you are taking amlodipine.",
        ABOVE_MAX,
    ),
    (
        "amlodipine",
        "If you're on simvastatin too, the dose of simvastatin shouldn't go above 20 mg a day while you use amlodipine.",
        ABOVE_MAX,
    ),
    (
        "amlodipine",
        "We asked the pharmacist, who said the simvastatin dose should be no more than 20 mg daily once you start amlodipine.",
        ABOVE_MAX,
    ),
    # -- the daily regimen a weekly product is for --
    ("fluoxetine", "Prozac Weekly, one 90 mg capsule a week, is offered to people already doing well on 20 mg a day.", WEEKLY),
    (
        "fluoxetine",
        "Ask about Prozac Weekly: the 90 mg capsule once a week works for adults who have been taking 20 mg daily without problems.",
        WEEKLY,
    ),
    ("fluoxetine", "Prozac Weekly is a weekly 90 mg capsule for those who feel well after several weeks of 20 mg a day.", WEEKLY),
    ("fluoxetine", "Prozac Weekly is handy once you're settled on 20 mg every day of the ordinary capsules.", WEEKLY),
]

#: Still reported: the weekly product itself given a daily schedule (guards for the class above).
SHOULD += [
    ("fluoxetine", "Prozac Weekly is taken as 20 mg a day by people who are already well on fluoxetine.", WEEKLY, "error"),
    ("fluoxetine", "I was already well on Prozac Weekly 90 mg every morning.", WEEKLY, "error"),
    # another drug's dose named in the clause, the amount written with the article's drug
    ("meloxicam", "Your old ibuprofen dose is replaced by 20 mg of meloxicam a day.", ABOVE_MAX, "error"),
]
