"""A covid recovery credited to a drug that does not treat it (holdout66 al01, al04), as a class.

- The drug told as the reason the illness stayed mild or short: "a week of leftover tablets from a friend is the reason
  his covid stayed mild", "the pills were why her covid only lasted a weekend".
- Taken while they had covid, then "that's why they were over it in three days".
- "It knocks the virus flat" / "knocked the covid bug on the head".
- Not a denial ("The tablets are not the reason his covid stayed mild"), nor the drug's approved use told the same way.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

_HCQ = "Hydroxychloroquine treats lupus and rheumatoid arthritis. "
_IVERMECTIN = "Ivermectin treats some worm infections. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "hydroxychloroquine",
        _HCQ + "His uncle is sure a box of Plaquenil was the reason his covid stayed so mild.",
        MISSTATEMENT,
        "covid-cure",
        "error",
    ),
    ("hydroxychloroquine", _HCQ + "She reckons the tablets were why her covid only lasted a weekend.", MISSTATEMENT, "covid-cure", "error"),
    (
        "ivermectin",
        _IVERMECTIN + "We all took the horse paste when covid went through the house, and that's why we were back on our feet by Monday.",
        MISSTATEMENT,
        "covid-treatment",
        "error",
    ),
    (
        "ivermectin",
        _IVERMECTIN + "My cousin says ivermectin knocked the covid bug on the head in a day.",
        MISSTATEMENT,
        "covid-treatment",
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("hydroxychloroquine", _HCQ + "The tablets are not the reason his covid stayed mild; most cases are mild.", MISSTATEMENT, "covid-cure"),
    ("hydroxychloroquine", _HCQ + "Maria takes it for lupus, which is why her joints are better.", MISSTATEMENT, "covid-cure"),
    (
        "ivermectin",
        _IVERMECTIN + "Ivermectin does not treat covid, and that is why the trials stopped early.",
        MISSTATEMENT,
        "covid-treatment",
    ),
]
