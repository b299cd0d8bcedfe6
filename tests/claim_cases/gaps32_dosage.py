"""Doses above the label maximum written across a sentence or a list (holdout31), as classes, in
wordings no evaluation set had.

- Tablets of a brand whose strength the brand tells (Aleve 220 mg, Tylenol Extra Strength 500 mg), or
  a strength named earlier, counted across the parts of a day, the brand or the tablets named with the
  count ("Two Aleve with breakfast and another two before bed", "two Aleve in the morning and again at
  night", "two more at bedtime"), in a quotation or after "with": the day's tablets add up. Near misses:
  at the OTC maximum (two then one more: three), said not to be taken, another product's tablets. Above the
  OTC strength's maximum but within the prescription label (Advil, Motrin IB: 200 mg) is a warning.
- Tablets taken together as one dose ("double up and swallow 2 together", "take two at once", "a
  second one straight away", "pop a couple together", "three in one go") of a combination strength
  named earlier in the list or paragraph ("Norco 10/325"): each component's dose is the tablets times
  its amount, against its label maximum single dose; a warning (the strength is inferred). Near misses:
  "don't double up if you miss a dose", taking two together forbidden or said to be unsafe, a missed-dose
  instruction, two tablets of the 5/325 strength (10 mg, at the maximum), another medicine taken with it,
  one tablet "at the same time each day".
- A daily total from several timed doses in one sentence, by brand name, clock times among the parts of
  the day ("20 mg at four", "at 3pm", "4pm 20 mg", "after school"), plus an "extra", "top-up" or
  "booster" dose with or without its time: the day's doses add up against the brand's own maximum
  (Ritalin 60 mg, not CONCERTA's 72 mg). Near misses: at the maximum, a dose of another medicine, an
  extra dose said not to be taken, a former schedule, "at one time", a missed-dose sentence.

Each case is the body of one article about one drug; the assertion is what its writer would see:
the finding of that rule with its severity, or none."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: A combination product, its strengths written hydrocodone/acetaminophen.
_COMBO = "hydrocodone-acetaminophen"
#: A dental aftercare sheet's list naming the strength two items before the doubling.
_NORCO_LIST = (
    "- Your tablets are Norco 10/325: each one holds 10 mg of hydrocodone and 325 mg of acetaminophen.\n"
    "- Take 1 tablet every 4 to 6 hours if you need it for pain. Do not take more than 6 tablets in 24 hours.\n"
)
#: The strength named in a sentence of its own.
_NORCO = "Your tablets are Norco 10/325. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # -- a brand's tablets counted across the parts of a day --
    (
        "naproxen",
        'Our captain swears by his routine after a long ride: "Two Aleve with breakfast and another two before bed, and I\'m fresh."',
        ABOVE_MAX,
        "error",
    ),
    ("naproxen", "After a marathon I take two Aleve in the morning and again at night for three days.", ABOVE_MAX, "error"),
    ("naproxen", "My physio's tip: 2 Aleve at breakfast, 1 at lunch and 2 at bedtime until the swelling goes.", ABOVE_MAX, "error"),
    ("naproxen", "Aleve is 220 mg. Rob's routine is simple - two with breakfast and two before bed.", ABOVE_MAX, "error"),
    (
        "ibuprofen",
        "Advil tablets are 200 mg. Most readers manage with two Advil at breakfast, two at lunch, two at dinner and two more at bedtime.",
        ABOVE_MAX,
        "warning",
    ),
    (
        "ibuprofen",
        "Motrin IB is 200 mg a tablet. On heavy days she pops three Motrin IB with breakfast and three with dinner, then one at bedtime.",
        ABOVE_MAX,
        "warning",
    ),
    (
        "acetaminophen",
        "For the flu, Gran took two Tylenol Extra Strength in the morning, two at noon, two with dinner, two at bedtime"
        " and another two in the night.",
        ABOVE_MAX,
        "error",
    ),
    # -- tablets of a combination strength named earlier, taken together --
    (
        _COMBO,
        _NORCO_LIST + "- The first evening is usually the worst. If one tablet isn't touching it, it's fine to double up and swallow 2"
        " together that night.",
        ABOVE_MAX,
        "warning",
    ),
    (
        _COMBO,
        "Her surgeon prescribed Norco 10/325. One tablet every six hours is the plan, but if the pain is bad she can take two at once.",
        ABOVE_MAX,
        "warning",
    ),
    (
        _COMBO,
        "You've been given hydrocodone/APAP 10/325. If it wears off early, take a second one straight away rather than waiting.",
        ABOVE_MAX,
        "warning",
    ),
    (
        _COMBO,
        "My dentist sent me home with Norco 10/325.\n\nPro tip from the forum: pop a couple together if one doesn't cut it.",
        ABOVE_MAX,
        "warning",
    ),
    (
        _COMBO,
        "The 7.5/325 tablets are what most people get. On the first night, swallow three in one go and you'll sleep.",
        ABOVE_MAX,
        "warning",
    ),
    (_COMBO, "Lortab 10/325 is strong stuff. Some readers take 2 at the same time before bed.", ABOVE_MAX, "warning"),
    # -- timed doses of a brand and an extra dose, added up --
    (
        "methylphenidate",
        '"Our consultant has him on Ritalin 20 mg at breakfast, 20 mg at lunch and 20 mg at four, and on homework nights he gets'
        ' an extra 10 mg around six so he can get through his spellings."',
        ABOVE_MAX,
        "error",
    ),
    (
        "methylphenidate",
        "My daughter takes Ritalin 20 mg with breakfast, 20 mg at noon and 20 mg after school, plus a 10 mg top-up at 6pm on test days.",
        ABOVE_MAX,
        "error",
    ),
    (
        "methylphenidate",
        "Her Ritalin schedule: 20 mg at 7am, 20 mg at 11am and 20 mg at 3pm, with an extra 5 mg booster on exam days.",
        ABOVE_MAX,
        "error",
    ),
    (
        "methylphenidate",
        "On Ritalin he has 20 mg before school, 20 mg at lunchtime and 20 mg at 4 o'clock, and his GP added another 10 mg in the"
        " evening for homework.",
        ABOVE_MAX,
        "error",
    ),
    ("methylphenidate", "Ritalin times - mornings 20 mg, lunch 20 mg, 4pm 20 mg and a top-up of 10 mg in the evening.", ABOVE_MAX, "error"),
    (
        "sertraline",
        "Zoloft 100 mg on waking and 100 mg mid-afternoon, and an extra 50 mg at 9pm when the panic comes back.",
        ABOVE_MAX,
        "error",
    ),
    (
        "gabapentin",
        "Neurontin: 1200 mg at breakfast, 1200 mg at lunch and 1200 mg at bedtime, plus a 600 mg booster when the nerve pain flares.",
        ABOVE_MAX,
        "error",
    ),
]

#: (drug, body, rule): a near miss that must stay quiet.
SHOULD_NOT = [
    # -- a brand's tablets across the day --
    ("naproxen", "Two Aleve with breakfast and one more at bedtime covers the day.", ABOVE_MAX),
    ("naproxen", "Two Aleve with breakfast and one before bed covers the day.", ABOVE_MAX),
    ("naproxen", "Never take two Aleve in the morning and two at night.", ABOVE_MAX),
    ("naproxen", "Don't take two Aleve with breakfast and another two before bed.", ABOVE_MAX),
    (
        "naproxen",
        "I take one Aleve with breakfast and one before bed. Two Tums with breakfast and two before bed settle my stomach.",
        ABOVE_MAX,
    ),
    ("ibuprofen", "Take one or two Advil every 4 to 6 hours, no more than 6 in 24 hours.", ABOVE_MAX),
    ("ibuprofen", "Advil is 200 mg. Two Advil at breakfast, two at lunch and two at bedtime is the most the box allows.", ABOVE_MAX),
    # -- tablets of a combination strength taken together --
    (_COMBO, _NORCO + "Take 1 tablet every 4 to 6 hours. Don't double up if you miss a dose.", ABOVE_MAX),
    (_COMBO, _NORCO + "Never swallow 2 together, even if the pain is bad.", ABOVE_MAX),
    (_COMBO, _NORCO + "Do not take two at once.", ABOVE_MAX),
    (_COMBO, _NORCO + "If you miss a dose, take it when you remember; don't take two at once to catch up.", ABOVE_MAX),
    (_COMBO, _NORCO + "If one tablet isn't touching it, call us: taking 2 together is not safe.", ABOVE_MAX),
    (_COMBO, _NORCO + "Take one with two ibuprofen at the same time.", ABOVE_MAX),
    (
        _COMBO,
        "Your tablets are 5/325. Take one or two tablets every 4 to 6 hours, no more than 8 in 24 hours. You can take two together"
        " if one is not enough.",
        ABOVE_MAX,
    ),
    (_COMBO, _NORCO_LIST + "- Take it with a little soft food, such as yogurt, to avoid nausea.", ABOVE_MAX),
    ("simvastatin", "The 80 mg tablet is restricted. If you forget a dose, skip it. Do not take\n  two at once.", ABOVE_MAX),
    ("tadalafil", "Every day: a low 2.5 mg or 5 mg tablet at the same time each day, so there's nothing to time.", ABOVE_MAX),
    # -- timed doses and an extra dose --
    ("methylphenidate", "Ritalin 20 mg at breakfast, 20 mg at lunch and 20 mg at four is the most a child can take in a day.", ABOVE_MAX),
    ("methylphenidate", "Ritalin 15 mg at 7am, 15 mg at 11am, 15 mg at 3pm, and an extra 10 mg around six on homework nights.", ABOVE_MAX),
    ("methylphenidate", "He takes Ritalin 20 mg at breakfast and 20 mg at lunch, and 20 mg of melatonin at bedtime.", ABOVE_MAX),
    ("methylphenidate", "Ritalin 20 mg at breakfast and 20 mg at lunch, and never an extra 10 mg in the evening.", ABOVE_MAX),
    (
        "methylphenidate",
        "He used to take Ritalin 20 mg at breakfast, 20 mg at lunch and 20 mg at four; now he has an extra 10 mg at six instead of"
        " the lunch dose.",
        ABOVE_MAX,
    ),
    ("methylphenidate", "Take Ritalin 10 mg at 7am and 10 mg at noon. Don't double up if you miss a dose.", ABOVE_MAX),
    ("methylphenidate", "Take Ritalin 20 mg at one time, twice a day, at breakfast and lunch.", ABOVE_MAX),
]
