"""A stomach bug or seasickness told by its signs and ondansetron given for it, from eval/holdout175 (eq10), eval/holdout176
(er05) and eval/holdout179 (eu06), as a class.

Class: a stomach bug told by both its ends in one breath ("up all night throwing up, with cramps and watery diarrhea after
the same dining-hall dinner", "diarrhoea and was being sick every hour"), or named in the sentence before a giving told by
the prescriber as "she" or "he" ("said she was mildly dry from a tummy bug doing the rounds. She gave Mila a little
strawberry tablet that melts on the tongue, ondansetron 2 mg"); and seasickness told by a journey with the melt let go on
the tongue before it ("She lets one dissolve before the boat clears the harbor"). Ondansetron is approved only for the
sickness of chemotherapy, radiotherapy and surgery; told in lay words or inferred, a warning. Silent: the two ends as a side
effect, nausea then a side effect after it, vomiting and diarrhoea after chemotherapy, something else handed over, a melt
let go before chemotherapy, a hug given.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_ONDANSETRON = "Ondansetron prevents sickness from chemotherapy. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (eq10, er05, eu06)
    (
        "ondansetron",
        _ONDANSETRON + "Last October half of Hadley Hall was up all night throwing up, with cramps and watery diarrhea after the same"
        " dining-hall dinner, and our nurse practitioners gave out 4 mg dissolving ondansetron tablets so students could keep down"
        " water and sports drinks while it ran its course.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ondansetron",
        _ONDANSETRON + "The doctor checked her mouth and said she was mildly dry from a tummy bug doing the rounds. She gave Mila a"
        " little strawberry tablet that melts on the tongue, ondansetron 2 mg, and sent us home with two more.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ondansetron",
        _ONDANSETRON + "My sister-in-law Joanne keeps a couple of the melt-on-your-tongue ones in her purse for the whale-watching"
        " trips. She lets one dissolve before the boat clears the harbor, and when everyone else is green, she's up front taking"
        " pictures.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices
    ("ondansetron", _ONDANSETRON + "My son was vomiting all night with diarrhoea, so the GP gave him ondansetron.", OFF_LABEL, "warning"),
    (
        "ondansetron",
        _ONDANSETRON + "We had diarrhea and were throwing up for two days after the wedding buffet. The walk-in clinic gave us each"
        " a Zofran melt.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ondansetron",
        _ONDANSETRON + "Grandpa had the runs and was being sick every hour, and the home's nurse handed him a dissolving ondansetron"
        " tablet.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ondansetron",
        _ONDANSETRON + "The nurse said it was a stomach bug. He handed me a Zofran melt and a cup of ice chips.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ondansetron",
        _ONDANSETRON + "I let a Zofran melt under my tongue before the ferry leaves.",
        OFF_LABEL,
        "warning",
    ),
    ("ondansetron", _ONDANSETRON + "Dad lets one of those dissolve before the coach sets off.", OFF_LABEL, "warning"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the two ends as a side effect
    ("ondansetron", _ONDANSETRON + "Ondansetron can cause diarrhoea and vomiting in some people.", OFF_LABEL),
    # nausea, then a side effect after it
    ("ondansetron", _ONDANSETRON + "Ondansetron prevents nausea, and can cause diarrhea.", OFF_LABEL),
    # vomiting and diarrhoea after chemotherapy: approved
    (
        "ondansetron",
        _ONDANSETRON + "After chemo she was vomiting and had diarrhoea, so her oncologist prescribed ondansetron.",
        OFF_LABEL,
    ),
    # something else handed over
    (
        "ondansetron",
        _ONDANSETRON + "The doctor said it was a stomach bug. She gave Mila rehydration salts and sent us home.",
        OFF_LABEL,
    ),
    # a melt let go before chemotherapy: approved
    ("ondansetron", _ONDANSETRON + "Let the tablet dissolve on your tongue before chemotherapy.", OFF_LABEL),
    # a hug given
    ("ondansetron", _ONDANSETRON + "Your child had a stomach bug. He gave me a hug and a leaflet on fluids.", OFF_LABEL),
]
