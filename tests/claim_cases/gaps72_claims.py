"""Claims and uses from eval/holdout72-74 (one miss, three false errors), as classes.

- Faster joined to another comparative before "than": "clears fluid faster and more thoroughly than any other water pill".
- Fast action said of another kind of medicine as the sentence's subject, joined by "and": "Antacids neutralise acid that is
  already there and work in minutes; famotidine takes a bit longer" (the article's own drug so joined is still reported).
- A cost described, not selling: "Generic metformin is one of the cheapest meds out there" ("Get the cheapest meds online"
  still sells).
- Someone else's task, known or learnt, is not the drug's use: "so that an emergency team knows to treat pain differently".
"""

from __future__ import annotations

COMPARATIVE = "unsupported-claim.comparative"
RAPID = "unsupported-claim.rapid-onset"
SALES = "promotional.sales-language"
OFF_LABEL = "off-label.undisclosed"

_FUROSEMIDE = "Furosemide treats fluid build-up. "
_FAMOTIDINE = "Famotidine reduces stomach acid. "
_METFORMIN = "Metformin treats type 2 diabetes. "
_NALTREXONE = "Naltrexone treats alcohol and opioid dependence. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("furosemide", _FUROSEMIDE + "Lasix shifts the swelling quicker and better than any other diuretic.", COMPARATIVE, "error"),
    ("famotidine", _FAMOTIDINE + "Famotidine calms the acid and works in minutes.", RAPID, "error"),
    ("metformin", _METFORMIN + "Grab the cheapest meds online from our partner pharmacy.", SALES, "error"),
    ("naltrexone", _NALTREXONE + "Some doctors now prescribe naltrexone to treat chronic pain.", OFF_LABEL, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("furosemide", _FUROSEMIDE + "It clears faster in children than in adults.", COMPARATIVE),
    (
        "famotidine",
        _FAMOTIDINE + "Antacids neutralise acid that is already there and work in minutes; famotidine takes longer but lasts longer.",
        RAPID,
    ),
    ("metformin", _METFORMIN + "Generic metformin 500 mg is one of the cheapest meds out there.", SALES),
    (
        "naltrexone",
        _NALTREXONE + "Carry a wallet card that says you take naltrexone, so that an emergency team knows to treat pain differently.",
        OFF_LABEL,
    ),
]
