"""Doses read wrongly in holdout41 and holdout42 (three misses, one false error), as classes, in
wordings no evaluation set had.

- Puffs of an inhaler counted per dose with an interval or a day's total ("3 puffs every 2 hours",
  "four inhalations every three hours", "up to 20 puffs a day") times what one puff gives as the article
  states it ("Each puff gives 90 mcg", "90 mcg per puff"): compared with the drug's inhaled entries only
  (never its tablets). Near misses: the label's own dose, at the day's maximum, no interval, no amount per
  puff stated, said not to be taken.
- Tablets counted by a product name whose strength the article gives by that name ("Pepcid AC is 10 mg;
  Maximum Strength is 20 mg" ... "two Maximum Strength tablets after lunch and two more at bedtime"),
  also with an adverb before the part of the day ("right after dinner", "just before bed"). Near misses: the
  product's day at its maximum, the smaller product's tablets.
- A dose added on top of another and told before it ("a 20 mg booster in the early afternoon on top of a
  70 mg morning capsule", "an extra 30 mg at lunch in addition to her 50 mg morning dose"): summed for the
  day. Near misses: the sum at the maximum, "instead of".
- A daily dose of another medicine (folic acid, a vitamin) named as the sentence's subject, or told by a
  pronoun right after a sentence naming it ("Your doctor will also prescribe folic acid. Take it as 1 mg
  every day"), or kept off the weekly drug's day ("every day except your methotrexate day"), in an article
  on a once-weekly drug: not `dosage.weekly-taken-daily`. Still reported: the weekly drug itself taken daily
  after a sentence naming folic acid earlier than the drug, or named before the amount.

Each case is the body of one article about one drug; the assertion is what its writer would see:
the finding of that rule with its severity, or none."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"
WEEKLY = "dosage.weekly-taken-daily"

PEPCID = "Pepcid AC is 10 mg and Pepcid AC Maximum Strength is 20 mg; the box says no more than 2 tablets in 24 hours.\n\n"
MTX = "Methotrexate for rheumatoid arthritis is taken once a week, on the same day each week.\n\n"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # -- puffs counted with an interval, the amount per puff stated (albuterol: no hard ceiling, a warning) --
    ("albuterol", "One puff delivers 90 mcg. When his chest is tight my son takes 3 puffs every 2 hours.", ABOVE_MAX, "warning"),
    (
        "albuterol",
        "Your inhaler gives 90 mcg per puff.\n\nDuring a flare, four inhalations every three hours is fine.",
        ABOVE_MAX,
        "warning",
    ),
    ("albuterol", "Each actuation contains 90 mcg of albuterol. Plenty of runners use up to 20 puffs a day.", ABOVE_MAX, "warning"),
    # -- tablets counted by a product named with its strength --
    ("famotidine", PEPCID + "On big nights I have two Maximum Strength tablets after lunch and two more at bedtime.", ABOVE_MAX, "error"),
    (
        "famotidine",
        PEPCID + "Readers tell us they take a couple of Maximum Strength tablets with breakfast, then two more just before bed.",
        ABOVE_MAX,
        "error",
    ),
    # -- a dose added on top of another, told before it --
    (
        "lisdexamfetamine",
        "Adults take 30 to 70 mg each morning. Her psychiatrist added an extra 30 mg booster at lunch in addition to "
        "her 50 mg morning dose.",
        ABOVE_MAX,
        "error",
    ),
    (
        "lisdexamfetamine",
        "Some doctors prescribe a 10 mg top-up after school on top of the usual 70 mg capsule.",
        ABOVE_MAX,
        "error",
    ),
    # -- the weekly drug itself taken daily: still reported --
    ("methotrexate", "Folic acid and methotrexate are often given together. Take methotrexate 7.5 mg every day.", WEEKLY, "error"),
    ("methotrexate", "Your doctor will prescribe folic acid. Methotrexate is then taken as 10 mg each morning.", WEEKLY, "error"),
]

#: (drug, body, rule): near misses the writer must not see reported.
SHOULD_NOT = [
    # -- puffs: the label dose, at the maximum, no interval, no amount per puff, forbidden --
    ("albuterol", "Each puff gives 90 mcg. The usual dose is 2 puffs every 4 to 6 hours.", ABOVE_MAX),
    ("albuterol", "Each puff gives 90 mcg. Never use more than 12 puffs a day.", ABOVE_MAX),
    ("albuterol", "Each puff gives 90 mcg. Take 2 puffs 15 minutes before sport.", ABOVE_MAX),
    ("albuterol", "Some people take 4 puffs every 3 hours on a bad day.", ABOVE_MAX),
    ("albuterol", "Each puff gives 90 mcg. Never take 4 puffs every 3 hours.", ABOVE_MAX),
    # -- product tablets: within the product's maximum, the smaller product --
    ("famotidine", PEPCID + "I take one Maximum Strength tablet after lunch and another at bedtime.", ABOVE_MAX),
    ("famotidine", PEPCID + "I have one Pepcid AC tablet right after dinner and another just before bed.", ABOVE_MAX),
    # -- added doses: the sum at the maximum, instead --
    ("lisdexamfetamine", "Some doctors prescribe a 20 mg booster after school on top of a 50 mg morning capsule.", ABOVE_MAX),
    ("lisdexamfetamine", "Some doctors prescribe a 30 mg capsule at lunch instead of a 70 mg morning capsule.", ABOVE_MAX),
    # -- another medicine's daily dose in an article on a weekly drug --
    ("methotrexate", MTX + "Your doctor will also prescribe folic acid. Take it as 5 mg every day except your methotrexate day.", WEEKLY),
    ("methotrexate", MTX + "Most people are given a folic acid supplement too. Take it 1 mg each morning.", WEEKLY),
    ("methotrexate", MTX + "A folic acid tablet, which your rheumatologist adds, is usually 1 mg every day.", WEEKLY),
    ("methotrexate", MTX + "On the other six days, take 1 mg of your supplement every day.", WEEKLY),
]
