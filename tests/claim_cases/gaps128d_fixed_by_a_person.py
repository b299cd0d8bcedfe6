"""A fix done by a person is not the drug's use: "Plenty of kids get a flat, blotchy rash a few days into a course that isn't
an allergy at all, but let the doctor sort that out, not Google" (eval/holdout145 dm04, a false error for "allergies"): the
doctor, the GP, the nurse or the pharmacist sorting it out, taking care of it or seeing it off. Near misses, still reported:
the medicine doing the fixing ("a week of amoxicillin sorted that out", "let the amoxicillin sort that out", "a course of
amoxicillin from the doctor fixed that")."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_AMOXICILLIN = "Amoxicillin is an antibiotic for ear and chest infections. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("amoxicillin", "My hay fever was awful every June. A week of amoxicillin sorted that out.", OFF_LABEL, "error"),
    ("amoxicillin", "My hay fever was awful every June. Let the amoxicillin sort that out.", OFF_LABEL, "error"),
    ("amoxicillin", "My hay fever was awful every June. A course of amoxicillin from the doctor fixed that.", OFF_LABEL, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "amoxicillin",
        _AMOXICILLIN + "Plenty of kids get a flat, blotchy rash a few days into a course that isn't an allergy at all, but let "
        "the doctor sort that out, not Google.",
        OFF_LABEL,
    ),
    (
        "amoxicillin",
        _AMOXICILLIN + "If your child's hay fever flares up while on the course, your GP will take care of it.",
        OFF_LABEL,
    ),
    (
        "amoxicillin",
        _AMOXICILLIN + "A rash on amoxicillin is often not an allergy; the pharmacist can help sort that out.",
        OFF_LABEL,
    ),
    (
        "amoxicillin",
        _AMOXICILLIN + "Some children get hives with it. The nurse will see it off with an antihistamine.",
        OFF_LABEL,
    ),
]
