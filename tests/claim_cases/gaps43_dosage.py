"""Doses read wrongly in holdout43..46 (false errors and misses), as classes, in wordings no
evaluation set had.

- A dose stated as a dosage form of one route (tablets, capsules, "by mouth"; a nasal spray; a
  patch), in an article that names another product of the drug with its own entries of another
  route (varenicline's Tyrvaya nasal spray beside the tablets): the route comes from the form named
  in the dose's own clause or before it in its section, not from the brand the article named last.
  Still reported: tablets above the tablets' maximum. Near misses: the tablets' label titration, the
  spray's own dose.
- Tablets taken together as one dose and that dose repeated ("four at once, every four hours",
  "three together every three hours"): the count times the doses a day. Near misses: within the
  maximum.
- A dose given for a use the label doses on its own, the use named with it or before it in its
  section ("For high blood pressure ... two 40 mg tablets in the morning and two more in the early
  afternoon"): held to that use's maximum (furosemide's hypertension entry, 80 mg a day: a usual dose
  the label says to add other medicines to rather than exceed, so a warning), not the other
  use's (edema, 600 mg). Data: the uses of furosemide's dosing entries. Near misses: within the use's
  maximum, the edema dose.
- The nth tablet of the day told by what it does ("a third one usually finishes it off", "the
  fourth tablet normally does the trick"): that many tablets that day. Near misses: forbidden,
  within the maximum.

Each case is the body of one article about one drug; the assertion is what its writer would see:
the finding of that rule with its severity, or none."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

TYRVAYA = (
    "Varenicline helps people stop smoking. Its nasal spray version, sold as Tyrvaya, treats dry eye disease instead.\n\n## Taking it\n\n"
)

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # -- a dose of tablets in an article that also names the nasal spray: the tablets' maximum --
    ("varenicline", TYRVAYA + "From the second week my uncle swallowed two 1 mg tablets morning and night.", ABOVE_MAX, "error"),
    ("varenicline", TYRVAYA + "You begin the pills a week before your quit day.\n\nSome work up to 3 mg a day.", ABOVE_MAX, "error"),
    # -- tablets taken together, that dose repeated --
    ("ibuprofen", "Each ibuprofen caplet has 200 mg in it. My trick is to swallow three together every three hours.", ABOVE_MAX, "error"),
    ("ibuprofen", "A standard tablet is 200 mg. On match days he takes five at a time, four times a day.", ABOVE_MAX, "error"),
    # -- a use's own maximum, the use named with the dose (furosemide: 80 mg a day for blood pressure) --
    ("furosemide", "When it is given for high blood pressure, my GP has me on 60 mg twice a day.", ABOVE_MAX, "warning"),
    # -- the nth tablet told by what it does --
    (
        "sumatriptan",
        "I start with a 100 mg tablet. When the throbbing returns I take a second one, and a third tablet generally clears it by evening.",
        ABOVE_MAX,
        "error",
    ),
]

#: (drug, body, rule): near misses the writer must not see reported.
SHOULD_NOT = [
    # -- the tablets' label titration, the spray's own dose --
    ("varenicline", TYRVAYA + "Days 4 to 7: one 0.5 mg tablet twice a day. After that, one 1 mg tablet twice a day.", ABOVE_MAX),
    ("varenicline", TYRVAYA + "You start the tablets a week before you stop.\n\nThat builds up to 2 mg a day.", ABOVE_MAX),
    ("varenicline", TYRVAYA + "For dry eyes, Tyrvaya is one 0.03 mg spray in each nostril twice a day.", ABOVE_MAX),
    # -- a use's own maximum: within it; the other use's dose --
    ("furosemide", "For hypertension, 40 mg twice a day is the usual dose.", ABOVE_MAX),
    ("furosemide", "For fluid build-up in heart failure, my GP has me on 80 mg twice a day.", ABOVE_MAX),
    # -- tablets together, within the maximum --
    ("ibuprofen", "Each tablet is 200 mg. Take two together, three times a day, with food.", ABOVE_MAX),
    # -- the nth tablet: forbidden, within the maximum --
    (
        "sumatriptan",
        "Take one 100 mg tablet, and a second after two hours if needed. Never take a third one: it will not work any better.",
        ABOVE_MAX,
    ),
    ("sumatriptan", "If a 50 mg tablet fails, take another after two hours; a third one usually is not needed.", ABOVE_MAX),
]
