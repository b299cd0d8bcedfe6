"""A child's dose held to the children's label entries when the article names the child's age (holdout110 cd07).

"If your four-year-old's hay fever is really flaring, give two of the 4 mg cherry chewables at bedtime": a child under 12
named by age ("four-year-old", "3 yr old", "an 18-month-old", "aged 7") before the dose in its sentence, or in the
sentence before it in its paragraph, makes the dose the child's: it is compared with the drug's child entries (montelukast
5 mg a day), not the adults' (10 mg). Chewables are tablets counted ("two of the 4 mg cherry chewables": 8 mg).

Still silent: the child's label dose, an adult's dose in the same paragraph ("adults take 10 mg", "I take 10 mg a day
myself"), an older age ("a 45-year-old", "our sixteen-year-old"), years of use ("for 6 years")."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording
    (
        "montelukast",
        "If your four-year-old's hay fever is really flaring, give two of the 4 mg cherry chewables at bedtime until the pollen "
        "count drops, then go back to one.",
        ABOVE_MAX,
        "error",
    ),
    ("montelukast", "Our five-year-old now gets two 4 mg chewable tablets a day.", ABOVE_MAX, "error"),
    (
        "montelukast",
        "My daughter is three years old. On bad pollen days she gets two of the 4 mg chewables before bed.",
        ABOVE_MAX,
        "error",
    ),
    ("montelukast", "For a 7 yr old with bad allergies, give 8 mg once a day.", ABOVE_MAX, "error"),
    ("diphenhydramine", "Give your eight-year-old 50 mg four times a day while the hives last.", ABOVE_MAX, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("montelukast", "My 3-year-old has one 4 mg chewable every evening.", ABOVE_MAX),
    ("montelukast", "My six-year-old takes the 5 mg chewable; adults take 10 mg a day.", ABOVE_MAX),
    ("montelukast", "My six-year-old takes the 5 mg chewable. I take 10 mg a day myself.", ABOVE_MAX),
    ("montelukast", "Our sixteen-year-old takes one 10 mg tablet a day.", ABOVE_MAX),
    ("montelukast", "A 45-year-old takes 10 mg a day.", ABOVE_MAX),
    ("montelukast", "My son has used montelukast for 6 years and takes 10 mg each evening.", ABOVE_MAX),
    ("diphenhydramine", "For an eight-year-old, the dose is 25 mg every 4 to 6 hours, no more than 150 mg in 24 hours.", ABOVE_MAX),
]
