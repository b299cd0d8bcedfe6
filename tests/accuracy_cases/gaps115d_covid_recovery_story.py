"""A COVID-19 recovery credited to hydroxychloroquine in a patient's story (eval/holdout113 cg07: she "caught the virus
herself that winter: "I was already on it, so it was over in two days."", and keeps a spare strip "for the next time a
variant goes round the office, because taken early, she says, it stops the infection in its tracks").

1. Being on it or taking it, then the illness over, or the person better, within days, in a sentence about COVID.
2. It said to stop, kill or knock out "the infection" or "the bug", in a sentence about COVID, a variant or the pandemic.
Not lupus flares stopped in their tracks, not the malaria infection (an approved use), not a negation or a trial's
finding that it did not help, not an illness that lasted.
"""

from __future__ import annotations

RULE = "accuracy.misstatement"
ITEM = "covid-cure"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "hydroxychloroquine",
        'She was unbothered when she caught the virus herself that winter: "I was already on it, so it was over in two days."',
        RULE,
        ITEM,
        "error",
    ),
    (
        "hydroxychloroquine",
        "Renata now keeps a spare strip for the next time a variant goes round the office, because taken early, she says, "
        "it stops the infection in its tracks.",
        RULE,
        ITEM,
        "error",
    ),
    (
        "hydroxychloroquine",
        "When covid swept through his care home, Bill was taking Plaquenil for his arthritis and was better within a day.",
        RULE,
        ITEM,
        "error",
    ),
    (
        "hydroxychloroquine",
        "My aunt keeps a few Plaquenil tablets for the pandemic winters, because she is sure they kill the bug before it takes hold.",
        RULE,
        ITEM,
        "error",
    ),
    ("hydroxychloroquine", "Her husband got COVID in 2021, but she had taken HCQ, so she was fine in two days.", RULE, ITEM, "error"),
]

#: (drug, body, rule, item): near misses that must stay silent.
SHOULD_NOT = [
    ("hydroxychloroquine", "During the pandemic, trials showed it did not stop the infection or help people recover.", RULE, ITEM),
    ("hydroxychloroquine", "On hydroxychloroquine, her lupus flares were stopped in their tracks.", RULE, ITEM),
    ("hydroxychloroquine", "Taken before and during the trip, it stops the malaria infection from taking hold.", RULE, ITEM),
    ("hydroxychloroquine", "She caught COVID in 2022 while on it and was ill for two weeks.", RULE, ITEM),
    (
        "hydroxychloroquine",
        "I caught the virus while on Plaquenil, so my rheumatologist told me to keep taking it; the COVID was over in a week, "
        "as it is for most people.",
        RULE,
        ITEM,
    ),
]
