"""A medicine said to be free of risk (eval/holdout85 be07, a quoted pharmacist: "It is one of those rare medicines
that is entirely free of risk"), as a class: "free of risk", "free from any risk", "free of danger", with or without
"entirely", said of the drug. Not negated ("No medicine is free of risk", "it is not entirely free of risk"), not
asked, not "free of risk factors", not a shop's "risk-free trial" (sales: tests/claim_cases/gaps86_promo.py).

Also a denial of dependence for the article's drug set against another that causes it (eval/holdout85 be09: "you
can't get hooked on it the way people do on Valium or Xanax") is the article's drug's claim: reported for baclofen,
which has no label wording for it; not for buspirone or naltrexone, whose labels support it, though the other drug is
named nearer (the misstatement side: tests/accuracy_cases/gaps86_said_of_the_other.py).
"""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"
DEPENDENCY = "unsupported-claim.dependency"

_AMLODIPINE = "Amlodipine lowers blood pressure.\n\n"
_BE07 = (
    'A community pharmacist we spoke to was enthusiastic. "It is one of those rare medicines that is entirely free of risk. '
    'I tell my customers to stop worrying about it."'
)

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("amlodipine", _AMLODIPINE + _BE07, ABSOLUTE, "error"),
    ("amlodipine", _AMLODIPINE + "Amlodipine is free from any risk, even in older people.", ABSOLUTE, "error"),
    ("amlodipine", _AMLODIPINE + "My GP said this one is totally free of danger.", ABSOLUTE, "error"),
    ("amlodipine", _AMLODIPINE + "You can take it for years and it stays free of risk.", ABSOLUTE, "error"),
    (
        "baclofen",
        "Baclofen relaxes tight muscles.\n\n**stiffknees_paula:** That's brilliant, Gordon. And the best bit is you can't get "
        "hooked on it the way people do on Valium or Xanax.",
        DEPENDENCY,
        "error",
    ),
    ("baclofen", "Baclofen relaxes tight muscles.\n\nYou won't get addicted to it like you can with Xanax.", DEPENDENCY, "error"),
    ("buspirone", "Buspirone treats anxiety.\n\nYou can't get hooked on Xanax the way people do on Valium.", DEPENDENCY, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("amlodipine", _AMLODIPINE + "No medicine is free of risk.", ABSOLUTE),
    ("amlodipine", _AMLODIPINE + "Amlodipine is not free of risk: it can cause swelling.", ABSOLUTE),
    ("amlodipine", _AMLODIPINE + "No medicine is entirely free of risk, and amlodipine is no exception.", ABSOLUTE),
    ("amlodipine", _AMLODIPINE + "People who are free of risk factors for heart disease may not need it.", ABSOLUTE),
    ("amlodipine", _AMLODIPINE + "Is it free of risk? No.", ABSOLUTE),
    ("buspirone", "Buspirone treats anxiety.\n\nYou can't get hooked on it the way people do on Xanax.", DEPENDENCY),
    ("naltrexone", "Naltrexone treats alcohol dependence.\n\nYou can't get hooked on it like you can with oxycodone.", DEPENDENCY),
]
