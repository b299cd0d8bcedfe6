"""Doses above the label maximum missed in holdout43..49, as classes, in wordings no evaluation set had.

- A count of tablets taken at once with words describing the product between the count and the strength
  ("two of the extra strength 500 mg caplets every four hours", "three of the new liquid 200 mg capsules"):
  the count times the strength, repeated on its schedule. Near misses: within the maximum.
- The same count of tablets again at a later part of the day, the strength not said again ("two 25 mg
  tablets with breakfast and two with supper", "one ... in the morning, then one at night"): the day's
  tablets added up; held to the maximum of the use the dose is given for (carvedilol for blood pressure:
  50 mg a day for the tablets, 80 mg for the CR capsules; the heart-failure tablets' 100 mg only for heart
  failure). Near misses: alternatives ("or two with supper"), another day's count, the heart-failure dose.
- Doses added together with no time of day between them ("my usual 50 mg capsule plus one of my leftover
  30s", "a 50 mg capsule and a 30 mg capsule together", "60 mg + 20 mg"), a strength told as a plural
  number ("the 30s") counting when the article names that strength in mg. Near misses: alternatives ("30 mg
  or 50 mg"), listed strengths ("comes as 30 mg and 50 mg capsules"), a switch ("from 50 mg to 30 mg"),
  other days, another person's dose, a bare "and" with no word for at once, forbidden or said to be too much.
- Tablets counted by a plural strength in the dosing section of one use ("two of the 20s in one go" after
  "For erectile dysfunction ..."), in an article that names another use's brands last (tadalafil's Adcirca
  and Alyq, for PAH at 40 mg) and a brand's own copy of the uses (Cialis's "ED; BPH") beside the generic's:
  held to that use's maximum (ED: 20 mg), a warning as the use is inferred. Near misses: the ED maximum.

Each case is the body of one article about one drug; the assertion is what its writer would see:
the finding of that rule with its severity, or none."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

TADALAFIL = (
    "Tadalafil is approved for erectile dysfunction and for the urinary symptoms of an enlarged prostate. "
    "Sold as Adcirca and Alyq, it also treats pulmonary arterial hypertension, at 40 mg a day.\n\n## How much to take\n\n"
    "For erectile dysfunction most men start on 10 mg, and the dose can go up to 20 mg.\n\n"
)
VYVANSE = "Vyvanse starts at 30 mg each morning and goes up to 70 mg a day at most.\n\n"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # -- a count with words for the product between it and the strength --
    ("ibuprofen", "When my knee flares I swallow three of the new liquid 200 mg capsules every four hours.", ABOVE_MAX, "error"),
    ("acetaminophen", "He takes two of the rapid release 500 mg gelcaps every three hours, day and night.", ABOVE_MAX, "error"),
    # -- the same count again later in the day, for blood pressure --
    ("carvedilol", "For high blood pressure my mother takes two 25 mg tablets in the morning and two in the evening.", ABOVE_MAX, "error"),
    (
        "carvedilol",
        "## Carvedilol for high blood pressure\n\nThe top dose is 25 mg twice a day.\n\n"
        "My neighbour swallows two 25 mg tablets at breakfast and then two at bedtime.",
        ABOVE_MAX,
        "error",
    ),
    # -- doses added together, no time of day between --
    ("lisdexamfetamine", VYVANSE + "Before finals she took a 60 mg capsule and a 30 mg capsule at once.", ABOVE_MAX, "error"),
    ("lisdexamfetamine", VYVANSE + "On marathon days I swallow my regular 50 mg capsule plus two of my old 30s.", ABOVE_MAX, "error"),
    ("lisdexamfetamine", "My prescription is 60 mg + 20 mg, every single day.", ABOVE_MAX, "error"),
    # -- tablets by a plural strength in one use's dosing section --
    ("tadalafil", TADALAFIL + "For a weekend away he swallowed two of the 20s at once.", ABOVE_MAX, "warning"),
    ("tadalafil", TADALAFIL + "For a weekend away he swallowed three of the 20s at once.", ABOVE_MAX, "error"),
]

#: (drug, body, rule): near misses the writer must not see reported.
SHOULD_NOT = [
    # -- counts with words between, within the maximum --
    ("ibuprofen", "Take two of the new liquid 200 mg capsules every six hours if needed, no more than six in a day.", ABOVE_MAX),
    # -- the same count later: alternatives, another day, the heart-failure dose, within the maximum --
    ("carvedilol", "For high blood pressure, take one 25 mg tablet with breakfast and one with supper.", ABOVE_MAX),
    ("carvedilol", "For high blood pressure he takes two 12.5 mg tablets with breakfast or two with supper.", ABOVE_MAX),
    ("carvedilol", "For high blood pressure he took two 25 mg tablets with breakfast, and the next day two with supper.", ABOVE_MAX),
    ("carvedilol", "For heart failure in people over 85 kg, the dose can reach 50 mg twice a day.", ABOVE_MAX),
    ("carvedilol", "For high blood pressure I take one 80 mg extended-release capsule each morning.", ABOVE_MAX),
    # -- doses added: alternatives, listed strengths, switches, other days, other people, forbidden --
    ("lisdexamfetamine", VYVANSE + "Your doctor may keep you on 30 mg or move you to 50 mg.", ABOVE_MAX),
    ("lisdexamfetamine", VYVANSE + "The capsules come as 30 mg and 50 mg, among other strengths.", ABOVE_MAX),
    ("lisdexamfetamine", VYVANSE + "Last spring my doctor switched me from 50 mg to 30 mg.", ABOVE_MAX),
    ("lisdexamfetamine", VYVANSE + "I take 50 mg on school days and 30 mg at weekends.", ABOVE_MAX),
    ("lisdexamfetamine", VYVANSE + "I take 50 mg and my sister takes 30 mg.", ABOVE_MAX),
    ("lisdexamfetamine", VYVANSE + "Never take a 50 mg capsule plus a 30 mg capsule to get through a long day.", ABOVE_MAX),
    ("lisdexamfetamine", VYVANSE + "A 50 mg capsule plus one of the 30s would be too much.", ABOVE_MAX),
    ("lisdexamfetamine", VYVANSE + "She takes a 40 mg capsule plus one of the 30s.", ABOVE_MAX),
    ("lisdexamfetamine", "Max 70 mg a day.\n\nI take my 50 mg capsule plus one of my 30s.", ABOVE_MAX),
    # -- one use's dosing section: within its maximum --
    ("tadalafil", TADALAFIL + "On holiday he took one of the 20s each afternoon.", ABOVE_MAX),
]
