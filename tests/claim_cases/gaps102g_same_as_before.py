"""An interaction named in a sentence that points back at the warning just before it (eval/holdout99 bs02, a false
error), as a class.

- "Same deal with ...", "The same goes for ...", "likewise", "Ditto for ..." take the warning of the sentences before
  them in their list item or paragraph or, when they open it (after a short label at most), of the list item or
  paragraph just above: "- **Opioids.** ... can slow your breathing to a dangerous level." then "- **Alcohol and
  sleepy meds.** Same deal with beer, wine, sleeping pills, benzos and allergy pills that knock you out."
- Not when what they point at warns of nothing ("- **Paracetamol.** Fine for everyday aches."), not a mere mention
  with no pointer, not denied ("Not the same deal with ..."), not a question, nor a bare "the same" ("at the same
  time each day"), nor across a heading.
"""

from __future__ import annotations

INTERACTIONS = "interactions.missing"

_GABAPENTIN = (
    "Gabapentin treats nerve pain after shingles and seizures. Tell your doctor if you take an antacid. Opioids with "
    "gabapentin can slow your breathing.\n\n## My tips\n\n"
)
_OPIOIDS = "- **Opioids.** Gabapentin plus oxycodone can slow your breathing.\n"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "gabapentin",
        _GABAPENTIN + "- **Paracetamol.** Fine for everyday aches.\n- **Alcohol and sleepy meds.** Same deal with beer, wine and "
        "sleeping pills.",
        INTERACTIONS,
        "error",
    ),
    (
        "gabapentin",
        _GABAPENTIN + _OPIOIDS + "- **Alcohol and sleepy meds.** Beer, wine and sleeping pills are part of many people's evenings.",
        INTERACTIONS,
        "error",
    ),
    (
        "gabapentin",
        _GABAPENTIN + _OPIOIDS + "- **Alcohol and sleepy meds.** Not the same deal with beer, wine and sleeping pills.",
        INTERACTIONS,
        "error",
    ),
    (
        "gabapentin",
        _GABAPENTIN + _OPIOIDS + "- **Alcohol and sleepy meds.** Same deal with beer, wine and sleeping pills?",
        INTERACTIONS,
        "error",
    ),
    (
        "gabapentin",
        _GABAPENTIN + "Gabapentin plus oxycodone can slow your breathing.\n\n## Evenings\n\nTake it at the same time each day, with "
        "a glass of wine if you like.",
        INTERACTIONS,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "gabapentin",
        _GABAPENTIN + "- **Opioids.** Gabapentin plus oxycodone, hydrocodone or other opioid pain pills can slow your breathing to "
        "a dangerous level. Tell your doctor about every pain pill.\n- **Alcohol and sleepy meds.** Same deal with beer, "
        "wine, sleeping pills, benzos and allergy pills that knock you out.",
        INTERACTIONS,
    ),
    (
        "gabapentin",
        _GABAPENTIN + "Strong painkillers such as oxycodone can slow your breathing to a dangerous level on gabapentin.\n\n"
        "The same goes for alcohol, sleeping pills and benzodiazepines.",
        INTERACTIONS,
    ),
    (
        "gabapentin",
        _GABAPENTIN + "1. Opioid pain pills and gabapentin together can stop your breathing.\n2. Beer, wine, sleeping pills: likewise.",
        INTERACTIONS,
    ),
    ("gabapentin", _GABAPENTIN + _OPIOIDS + "- **Alcohol.** Ditto for beer, wine and sleeping pills.", INTERACTIONS),
    (
        "gabapentin",
        _GABAPENTIN + "Oxycodone on top of gabapentin can leave you dangerously drowsy.\n\nThat applies to sleeping pills and "
        "a few beers too.",
        INTERACTIONS,
    ),
]
