"""A use the drug is not approved for told as approved in idiom, as a class (shared kind `approved-for`).

"Mounjaro has had the FDA's green light for weight loss since 2022 as well" (holdout84 bd04): the approval held, given
or won in the regulator's words ("the FDA's green light", "the regulators' nod", "picked up FDA approval", "was granted
a licence") or the drug called cleared in idiom ("FDA-cleared", "okayed", "signed off", "green-lit") for a use it is not
approved for. Not a denial, not the product that is approved (Zepbound), not the approved use, not a hypothetical,
not a claim set aside in the next sentence.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
MOUNJARO = "mounjaro-not-approved-for-weight-loss"

_MOUNJARO = "Mounjaro is approved for adults with type 2 diabetes to control blood sugar. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "tirzepatide",
        _MOUNJARO + "Mounjaro has had the FDA's green light for weight loss since 2022 as well, so whichever pen your pharmacy "
        "has in stock, your prescription from us is fully within the label.",
        MISSTATEMENT,
        MOUNJARO,
        "warning",
    ),
    (
        "tirzepatide",
        _MOUNJARO + "Good news: Mounjaro is FDA-cleared for weight loss too, so ask for whichever pen is cheaper.",
        MISSTATEMENT,
        MOUNJARO,
        "warning",
    ),
    (
        "tirzepatide",
        _MOUNJARO + "Mounjaro got okayed for weight management last year, so our doctors prescribe it for that.",
        MISSTATEMENT,
        MOUNJARO,
        "warning",
    ),
    ("tirzepatide", _MOUNJARO + "Mounjaro has been given the regulators' nod for obesity as well.", MISSTATEMENT, MOUNJARO, "warning"),
    ("tirzepatide", _MOUNJARO + "Mounjaro picked up FDA approval for weight loss in 2022.", MISSTATEMENT, MOUNJARO, "warning"),
    ("tirzepatide", _MOUNJARO + "Mounjaro was signed off for weight loss by the FDA, our nurse says.", MISSTATEMENT, MOUNJARO, "warning"),
    ("tirzepatide", _MOUNJARO + "Mounjaro has had the nod from the FDA for weight loss since 2022.", MISSTATEMENT, MOUNJARO, "warning"),
    (
        "prazosin",
        "Prazosin lowers blood pressure. Prazosin has had the FDA's green light for PTSD nightmares for years.",
        MISSTATEMENT,
        "approved-for-ptsd-nightmares",
        "warning",
    ),
    (
        "naltrexone",
        "Naltrexone was okayed for weight loss by the FDA, my doctor said.",
        MISSTATEMENT,
        "naltrexone-not-approved-for-weight-loss",
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("tirzepatide", _MOUNJARO + "Mounjaro has not had the FDA's green light for weight loss; only Zepbound has.", MISSTATEMENT, MOUNJARO),
    ("tirzepatide", _MOUNJARO + "Zepbound has had the FDA's green light for weight loss since 2023.", MISSTATEMENT, MOUNJARO),
    (
        "tirzepatide",
        _MOUNJARO + "Mounjaro has had the FDA's green light for type 2 diabetes since 2022, and doctors sometimes use it for weight "
        "loss off label.",
        MISSTATEMENT,
        MOUNJARO,
    ),
    (
        "tirzepatide",
        _MOUNJARO + "Mounjaro never got the FDA's green light for weight loss, whatever some clinics imply.",
        MISSTATEMENT,
        MOUNJARO,
    ),
    ("tirzepatide", _MOUNJARO + "If Mounjaro ever gets the FDA's green light for weight loss, we will tell you.", MISSTATEMENT, MOUNJARO),
    (
        "tirzepatide",
        _MOUNJARO + "Some websites say Mounjaro is FDA-cleared for weight loss. That is not true: only Zepbound is.",
        MISSTATEMENT,
        MOUNJARO,
    ),
    ("tirzepatide", _MOUNJARO + "Mounjaro isn't FDA-cleared for weight loss; Zepbound is.", MISSTATEMENT, MOUNJARO),
    (
        "naltrexone",
        "Naltrexone has had the FDA's green light for alcohol dependence since 1994.",
        MISSTATEMENT,
        "naltrexone-not-approved-for-weight-loss",
    ),
]
