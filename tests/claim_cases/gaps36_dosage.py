"""Doses above the label maximum written in everyday ways (holdout35, holdout36), as classes, in
wordings no evaluation set had.

- A day's schedule with one more dose on top, in its sentence or the next: with an amount ("8 mg every
  8 hours, and if he's still queasy at bedtime he can take another 8 mg"), or counted ("two 500 mg
  tablets four times a day plus one more at night", "an extra dose at bedtime"): the day's total.
  Near misses: at the maximum, said not to be taken, the next day's, another drug's, a tablet of no
  amount on top of a dose in mg ("1,000 mg every 6 hours, and another tablet").
- Tablets counted with the strength named beside them as a bare number after the drug's name
  ("phentermine 37.5 dosage is two tablets a day", "ibuprofen 400, three tablets at a time"), or in
  the sentence before: the nearest strength, not the smallest the article names elsewhere; tablets
  taken "at a time" held to the label's largest single dose. Near misses: at the maximum, said not
  to be taken, a year after the name.
- Strengths a medicine is listed as coming in ("comes as 15 mg and 30 mg capsules", "is available
  as", "tablets of 10, 20 and 40 mg", "Strengths: ...") are not doses; a strength one brand is not
  sold at ("from Lomaira to the 30 mg capsules") is held to the drug's other products, not the brand's.
- A day's total in an article that names only uses without doses of their own (famotidine for reflux
  and ulcers) is held to the general entries, not another use's (Zollinger-Ellison's 640 mg a day):
  inferred from the article, so a warning. Near misses: at the maximum, that use named, forbidden.

Each case is the body of one article about one drug; the assertion is what its writer would see:
the finding of that rule with its severity, or none."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: The u04 draft's list of the forms phentermine comes in.
_PHENTERMINE_FORMS = (
    'Phentermine comes as 37.5 mg tablets and capsules (the "classic" Adipex-P dose), as 15 mg and 30 mg capsules, and as Lomaira'
    " 8 mg tablets, which you take up to three times a day before meals."
)

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # -- a day's schedule with one more dose on top --
    (
        "ondansetron",
        "For others, adults usually take 8 mg every 8 hours, and if he's still queasy at bedtime he can take another 8 mg before he"
        " goes to sleep.",
        ABOVE_MAX,
        "error",
    ),
    (
        "ondansetron",
        "Adults take 8 mg three times a day. If the sickness comes back at night, one more 8 mg tablet at bedtime is fine.",
        ABOVE_MAX,
        "error",
    ),
    ("ondansetron", "My oncologist had me on 8 mg every 8 hours, plus an extra 8 mg before bed on the worst days.", ABOVE_MAX, "error"),
    (
        "ondansetron",
        "Adults take 8 mg three times a day. At bedtime, if he is still queasy, he can have an extra dose.",
        ABOVE_MAX,
        "error",
    ),
    ("acetaminophen", "Take two 500 mg tablets four times a day plus one more at night.", ABOVE_MAX, "error"),
    ("acetaminophen", "On bad days I take two 500 mg caplets every 6 hours and another one at bedtime.", ABOVE_MAX, "error"),
    (
        "acetaminophen",
        "Tylenol Extra Strength comes in 500 mg caplets. Take two caplets four times a day plus one more at night.",
        ABOVE_MAX,
        "error",
    ),
    # -- tablets counted at a strength named beside them --
    (
        "phentermine",
        _PHENTERMINE_FORMS + "\n\nTypical phentermine 37.5 dosage is two tablets a day: one with breakfast and one at around 2pm.",
        ABOVE_MAX,
        "error",
    ),
    ("phentermine", "Adipex 37.5: take two tablets a day, one with breakfast and one at lunch.", ABOVE_MAX, "error"),
    ("phentermine", "Most people are on the 37.5 mg tablets. They take two a day, morning and early afternoon.", ABOVE_MAX, "error"),
    ("sertraline", "Zoloft 100 is what my GP started me on, and now I take three tablets a day.", ABOVE_MAX, "error"),
    ("ibuprofen", "Ibuprofen 400, three tablets at a time, is what my physio suggested.", ABOVE_MAX, "error"),
    # -- the general entries of an article about uses without doses of their own --
    (
        "famotidine",
        "Famotidine is used in children for reflux.\n\nThe usual amount is 1 mg for every kilogram your child weighs, given twice a"
        " day, so a 45 kg twelve-year-old would have 45 mg in the morning and 45 mg at bedtime.",
        ABOVE_MAX,
        "warning",
    ),
    (
        "famotidine",
        "Famotidine treats stomach ulcers and reflux.\n\nMy GP had me on 50 mg in the morning and 50 mg at night.",
        ABOVE_MAX,
        "warning",
    ),
    ("famotidine", "Famotidine treats heartburn and reflux.\n\nFor a bad flare, take 60 mg twice a day.", ABOVE_MAX, "warning"),
]

#: (drug, body, rule): a near miss that must stay quiet.
SHOULD_NOT = [
    # -- one more dose on top --
    ("ondansetron", "Adults take 8 mg every 8 hours. Never take another 8 mg at bedtime.", ABOVE_MAX),
    ("ondansetron", "Adults take 8 mg twice a day, and if still queasy at bedtime another 8 mg.", ABOVE_MAX),
    ("ondansetron", "Adults take 8 mg every 8 hours, and another 8 mg the next morning if needed.", ABOVE_MAX),
    ("ondansetron", "Adults take up to 24 mg a day. Do not take an extra dose at bedtime.", ABOVE_MAX),
    ("acetaminophen", "Take two 500 mg tablets three times a day plus one more at night.", ABOVE_MAX),
    ("acetaminophen", "Take 1,000 mg every 6 hours. Don't take another tablet at bedtime.", ABOVE_MAX),
    (
        "acetaminophen",
        "Adults can take two 500 mg tablets every 6 hours; ibuprofen users can add another 400 mg tablet at bedtime.",
        ABOVE_MAX,
    ),
    (
        "acetaminophen",
        "Tylenol Extra Strength comes in 500 mg caplets. Take two caplets three times a day plus one more at night.",
        ABOVE_MAX,
    ),
    (
        "acetaminophen",
        "Tylenol Extra Strength comes in 500 mg caplets. Take two caplets four times a day, and never one more at night.",
        ABOVE_MAX,
    ),
    # -- strengths listed, and a strength of another product --
    ("phentermine", _PHENTERMINE_FORMS, ABOVE_MAX),
    ("phentermine", "My doctor moved me from Lomaira to the 30 mg capsules, one each morning.", ABOVE_MAX),
    ("sertraline", "Sertraline is available as 25 mg, 50 mg and 100 mg tablets, and as a liquid.", ABOVE_MAX),
    ("atorvastatin", "Lipitor is sold as tablets of 10, 20, 40 and 80 mg.", ABOVE_MAX),
    ("oxycodone", "Strengths: 5 mg, 10 mg, 15 mg, 20 mg and 30 mg tablets.", ABOVE_MAX),
    ("naproxen", "Naproxen comes as Aleve 220 mg tablets, and as 250 mg, 375 mg and 500 mg prescription tablets.", ABOVE_MAX),
    ("ondansetron", "Zofran comes as 4 mg and 8 mg tablets, as a melt, and as a 24 mg tablet for the hardest chemotherapy.", ABOVE_MAX),
    # -- tablets at a strength named beside them --
    ("phentermine", "Phentermine 37.5 is the usual dose: one tablet a day before breakfast.", ABOVE_MAX),
    ("sertraline", "Zoloft 50, two tablets a day, is where I ended up.", ABOVE_MAX),
    ("ibuprofen", "Ibuprofen 400, two tablets at a time, is what my physio suggested.", ABOVE_MAX),
    ("ibuprofen", "Never take ibuprofen 400, three tablets at a time.", ABOVE_MAX),
    ("ibuprofen", "Ibuprofen 2019 guidance says two tablets a day is plenty.", ABOVE_MAX),
    # -- the general entries --
    (
        "famotidine",
        "Famotidine is used in children for reflux.\n\nA 40 kg child would have 20 mg in the morning and 20 mg at bedtime.",
        ABOVE_MAX,
    ),
    ("famotidine", "Famotidine treats reflux and erosive oesophagitis.\n\nThe doctor may use up to 40 mg twice a day.", ABOVE_MAX),
    (
        "famotidine",
        "Famotidine treats reflux and Zollinger-Ellison syndrome.\n\nFor Zollinger-Ellison, some people need 60 mg in the morning and"
        " 60 mg at night.",
        ABOVE_MAX,
    ),
    ("famotidine", "Famotidine treats reflux.\n\nNever give 45 mg in the morning and 45 mg at bedtime.", ABOVE_MAX),
]
