"""Interactions warned in words the warning cues did not know (false errors in eval/holdout139 dg04 and holdout141 di09):
a medicine named "while you're on it" with what it then does ("While you're on it, opioid painkillers ... just won't
work"), and a level pushed to poisoning ("losartan can push lithium up to a toxic level"). Near misses: the other medicine
named for its own use, or as a name only, is still no warning."""

from __future__ import annotations

INTERACTION = "interactions.missing"

_NALTREXONE = "Naltrexone helps people stay off alcohol. Do not drink heavily while on it.\n\n"
_LOSARTAN = "Losartan lowers blood pressure. Avoid potassium salt substitutes.\n\n"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "naltrexone",
        _NALTREXONE + "The other approved use is opioid dependence, after someone has come off opioids.",
        INTERACTION,
        "opioids",
        "error",
    ),
    ("naltrexone", _NALTREXONE + "Many of our listeners once took oxycodone after surgery.", INTERACTION, "opioids", "error"),
    ("losartan", _LOSARTAN + "My sister takes lithium for bipolar disorder.", INTERACTION, "lithium", "error"),
    ("losartan", _LOSARTAN + "Lithium has a non-toxic-sounding name.", INTERACTION, "lithium", "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "naltrexone",
        _NALTREXONE + "While you're on it, opioid painkillers, cough syrups with codeine and anti-diarrhoea medicines with opioids in"
        " them just won't work.",
        INTERACTION,
        "opioids",
    ),
    ("naltrexone", _NALTREXONE + "While you are on this, codeine cough syrup does nothing for you.", INTERACTION, "opioids"),
    (
        "losartan",
        _LOSARTAN + "People on lithium need their levels checked more often, because losartan can push lithium up to a toxic level.",
        INTERACTION,
        "lithium",
    ),
    ("losartan", _LOSARTAN + "Together with lithium it can build up to toxic levels.", INTERACTION, "lithium"),
]
