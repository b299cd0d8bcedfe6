"""Doses read wrongly in holdout39 and holdout40 (two misses), as classes, in wordings no
evaluation set had.

- A count of units of a named strength with no word for tablets: the count as a share ("two of the
  54 mg Concerta every morning", "a couple of the 20 mg every night", "a pair of my 36 mg ones with
  breakfast") or in words with the product after ("two 54 mg Concerta each morning"), taken at a time of
  day (once that day) or on a schedule; an amount followed by a product and its schedule ("36 mg Concerta
  every morning") is a daily dose. Near misses: at the maximum, one unit, a study or trial named by the
  product ("in two of the 54 mg Concerta studies"), said not to be taken.
- A dose taken again at a later part of the same day, the second told by "another" or "a second" with
  no word for it ("one 10 mg tablet when they get up and another before bed", "a 10 mg tablet first
  thing, then a second with dinner", "another a few hours later"), and the time of getting up as a part
  of the day ("when you get up", "as soon as she wakes up", "first thing", "on rising"), also when the
  doses are said with their amounts ("10 mg when they get up and 10 mg at bedtime"), and the sentence
  quotes the label's limit before overriding it ("the box says one tablet in 24 hours, but ..."): summed
  for the day. Near misses: the sum at the maximum, alternatives ("or", "instead", "move it"), said not
  to be taken ("Never take another at night"), the next day's ("the following night", "the next day"),
  another medicine ("another at night, such as ..."), and a later clause about the week ("that gets them
  through the week").

Each case is the body of one article about one drug; the assertion is what its writer would see:
the finding of that rule with its severity, or none."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

CONCERTA = "Concerta: adults start at 18 or 36 mg once in the morning, up to a maximum of 72 mg a day.\n\n"
CETIRIZINE = "The Drug Facts dose is one 10 mg tablet once a day; do not take more than one tablet in 24 hours.\n\n"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # -- a count of units of a named strength, no word for tablets, at a time of day --
    ("methylphenidate", CONCERTA + "Our son has been on two of the 54 mg Concerta each morning since March.", ABOVE_MAX, "error"),
    ("methylphenidate", CONCERTA + "By year two she was swallowing a couple of the 54 mg Concerta with breakfast.", ABOVE_MAX, "error"),
    ("methylphenidate", CONCERTA + "His psychiatrist settled on two 54 mg Concerta every morning before school.", ABOVE_MAX, "error"),
    ("methylphenidate", CONCERTA + '"I now take three of the 36 mg every morning," one reader wrote.', ABOVE_MAX, "error"),
    ("methylphenidate", CONCERTA + "A pair of my 54 mg ones at breakfast is what gets me through the day.", ABOVE_MAX, "error"),
    ("cetirizine", "My husband is on two of the 10 mg Zyrtec every night in June.", ABOVE_MAX, "error"),
    # -- the same dose again at a later part of the day, "another" / "a second" with no word for it --
    (
        "cetirizine",
        CETIRIZINE + "The label says one a day, but on bad pollen days I take one 10 mg tablet as soon as I wake up "
        "and a second with my evening meal.",
        ABOVE_MAX,
        "error",
    ),
    ("cetirizine", CETIRIZINE + "Lots of sufferers swear by a 10 mg tablet first thing, then another at bedtime.", ABOVE_MAX, "error"),
    ("cetirizine", "During the worst weeks she has a 10 mg tablet on rising and another in the afternoon.", ABOVE_MAX, "error"),
    (
        "cetirizine",
        "The doctor laughed when I said I give my son a 10 mg tablet before school and another a few hours later.",
        ABOVE_MAX,
        "error",
    ),
    ("cetirizine", "Honestly? I take 10 mg when I get up and 10 mg at bedtime, the only way I get through May.", ABOVE_MAX, "error"),
    (
        "cetirizine",
        "When the count is high, plenty of people take a 10 mg tablet once they get up and another around 6pm, "
        "and that keeps them going all season.",
        ABOVE_MAX,
        "error",
    ),
]

#: (drug, body, rule): near misses the writer must not see reported.
SHOULD_NOT = [
    # -- counts of a named strength: at the maximum, one unit, studies, forbidden --
    ("methylphenidate", CONCERTA + "Our son has been on two of the 36 mg Concerta each morning since March.", ABOVE_MAX),
    ("methylphenidate", CONCERTA + "I take one of the 54 mg Concerta every morning.", ABOVE_MAX),
    ("methylphenidate", CONCERTA + "In two of the 54 mg Concerta studies, teenagers slept less.", ABOVE_MAX),
    ("methylphenidate", CONCERTA + "Never take two of the 54 mg Concerta in the morning to make up for a missed day.", ABOVE_MAX),
    ("methylphenidate", CONCERTA + "The pharmacy sent a box of 30 of the 54 mg Concerta.", ABOVE_MAX),
    # -- a dose again later the same day: at the maximum, alternatives, forbidden, another day, another medicine --
    ("cetirizine", "Some people split it: one 5 mg tablet when they get up and another at bedtime.", ABOVE_MAX),
    ("cetirizine", CETIRIZINE + "Take one 10 mg tablet in the morning. Never take another at night, even on a bad day.", ABOVE_MAX),
    ("cetirizine", CETIRIZINE + "Don't take one 10 mg tablet when you get up and another before bed.", ABOVE_MAX),
    ("cetirizine", CETIRIZINE + "Take one 10 mg tablet at bedtime, and another before bed the following day.", ABOVE_MAX),
    ("cetirizine", CETIRIZINE + "Take one 10 mg tablet in the morning; a doctor may add another at night, such as montelukast.", ABOVE_MAX),
    ("cetirizine", "Take 10 mg when you get up or 10 mg at bedtime, whichever suits you.", ABOVE_MAX),
    ("cetirizine", "Take 10 mg when you get up; if it makes you drowsy, move it to bedtime instead.", ABOVE_MAX),
    (
        "cetirizine",
        CETIRIZINE + "In peak season one 10 mg tablet when they get up, taken every day, gets most people through the week.",
        ABOVE_MAX,
    ),
]
