"""Missed class (holdout132 cz08): a child named without an age, with no adult beside it, is held to the children's entries:
"their paediatrician had worked their son up to two of the 0.1 mg tablets with breakfast and three more at bedtime" in a
note on Kapvay is 0.5 mg a day for a child (maximum 0.4 mg). "The kids", "children", "pupils", "the paediatrician" may
still be teenagers, so a dose an adult's entry allows is a warning; above every entry it stays an error.

Still silent: a child denied the dose ("not for children under 15", "keep it away from children"), an older child
("children 15 and older"), an adult named beside the children ("my kids are grown now, and I take"), and a child's dose
within the children's maximum."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's wording
    (
        "clonidine",
        "The long-acting form of clonidine (Kapvay) is approved for ADHD in children and teenagers aged 6 to 17.\n\n"
        "Children start with 0.1 mg at bedtime.\n\nOne family told me their paediatrician had worked their son up to two of the "
        "0.1 mg tablets with breakfast and three more at bedtime, and the difference in class was night and day.",
        ABOVE_MAX,
        "warning",
    ),
    # other voices: the paediatrician, the kids, children, twins told by their doctor
    (
        "montelukast",
        "Montelukast prevents asthma attacks. Our paediatrician said she can have two of the 5 mg chewables at bedtime when "
        "her asthma flares.",
        ABOVE_MAX,
        "warning",
    ),
    ("montelukast", "The kids each get one 10 mg tablet at night during hay fever season.", ABOVE_MAX, "warning"),
    ("montelukast", "For children, the doctor may give 5 mg in the morning and another 5 mg at night.", ABOVE_MAX, "warning"),
    (
        "clonidine",
        "Kapvay is for ADHD. Our pediatrician moved the twins up to 0.2 mg with breakfast and 0.3 mg at bedtime.",
        ABOVE_MAX,
        "warning",
    ),
    # above the adults' maximum too: an error, as before
    ("montelukast", "The kids each get two 10 mg tablets at night during hay fever season.", ABOVE_MAX, "error"),
]

#: (drug, body, rule): a near miss the writer must not be bothered with.
SHOULD_NOT = [
    ("montelukast", "Keep it away from children. Take one 10 mg tablet each evening.", ABOVE_MAX),
    ("montelukast", "It is not for children under 15. The usual dose is 10 mg at bedtime.", ABOVE_MAX),
    ("montelukast", "Children under 6 should not take it. The dose is 10 mg each evening.", ABOVE_MAX),
    ("montelukast", "Children 15 and older take one 10 mg tablet each evening.", ABOVE_MAX),
    ("montelukast", "My kids are grown now, and I take 10 mg each evening.", ABOVE_MAX),
    ("montelukast", "Our paediatrician gives the kids one 5 mg chewable at bedtime.", ABOVE_MAX),
    ("clonidine", "Kapvay is for ADHD. The pupils on it take 0.1 mg in the morning and 0.2 mg at bedtime.", ABOVE_MAX),
]
