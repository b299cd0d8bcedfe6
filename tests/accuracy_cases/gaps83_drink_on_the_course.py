"""A drink called fine "on a short course like this" (eval/holdout81 ba10: "On a short course like this, a glass or two
of wine with dinner is fine; just don't overdo it, and you'll be back to normal soon."), as a class.

1. The course of the medicine ties the drink to it as "with it" does: "on a short course like this", "during
   treatment", "throughout the course". Not once the course is over ("After the course, a glass of wine with dinner
   is fine").
2. A sentence that declares an interaction harmless is no warning of it, whatever caveat follows ("just don't overdo
   it"): the interaction is still missing. A medicine with no alcohol interaction (amoxicillin) is left alone.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
MISSING = "interactions.missing"

_METRONIDAZOLE = "Metronidazole treats bacterial vaginosis.\n\n"
_WEDDING = (
    "On a short course like this, a glass or two of wine with dinner is fine; just don't overdo it, and you'll be back to normal soon."
)

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    ("metronidazole", _METRONIDAZOLE + _WEDDING, MISSTATEMENT, "fine-with-alcohol", "error"),
    ("metronidazole", _METRONIDAZOLE + _WEDDING, MISSING, "alcohol-propylene-glycol", "error"),
    (
        "metronidazole",
        _METRONIDAZOLE + "Throughout the course, a cold beer with your meal is no problem.",
        MISSTATEMENT,
        "fine-with-alcohol",
        "error",
    ),
    (
        "alprazolam",
        "Alprazolam treats anxiety.\n\nDuring treatment, a glass of red with dinner is totally fine, just don't go overboard.",
        MISSING,
        "alcohol-cns-depressants",
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("metronidazole", _METRONIDAZOLE + "After the course, a glass of wine with dinner is fine.", MISSTATEMENT, "fine-with-alcohol"),
    (
        "metronidazole",
        _METRONIDAZOLE
        + "Do not drink alcohol during the course or for 3 days after it. Once those 3 days are up, a glass of wine with dinner is fine.",
        MISSING,
        "alcohol-propylene-glycol",
    ),
    ("amoxicillin", "Amoxicillin treats chest infections.\n\n" + _WEDDING, MISSTATEMENT, "alcohol"),
]
