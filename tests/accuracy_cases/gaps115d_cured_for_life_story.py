"""A cure of herpes told as a customer's belief and endorsed (eval/holdout115 ci01: "he finished his ten days, and as far
as he was concerned his body was herpes-free and the blisters were history for the rest of his life. That matches what
I see"), as a class of the shared cure kind: "for the rest of his life" as a word for "for good", and valacyclovir's
outbreaks told by their look (blisters, sores).

Not the virus staying in the body, not one outbreak cleared in ten days, not a daily dose "for the rest of your life",
not a belief quoted to be refuted.
"""

from __future__ import annotations

RULE = "accuracy.misstatement"
ITEM = "not-a-cure"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "valacyclovir",
        "My customer Dan put it nicely last month: he finished his ten days, and as far as he was concerned his body was "
        "herpes-free and the blisters were history for the rest of his life. That matches what I see with most people who "
        "take the whole course.",
        RULE,
        ITEM,
        "warning",
    ),
    (
        "valacyclovir",
        "After one course my sister was told the cold sores would be gone for the rest of her life, and so far she's right.",
        RULE,
        ITEM,
        "warning",
    ),
    (
        "valacyclovir",
        "Mark swears that since his week of Valtrex the outbreaks are a thing of the past for good, and I believe him.",
        RULE,
        ITEM,
        "warning",
    ),
    ("valacyclovir", "As far as Jen is concerned, that one course got rid of the virus for the rest of her days.", RULE, ITEM, "warning"),
]

#: (drug, body, rule, item): near misses that must stay silent.
SHOULD_NOT = [
    ("valacyclovir", "The virus stays in the body; outbreaks may come back.", RULE, ITEM),
    ("valacyclovir", "This outbreak cleared up in ten days.", RULE, ITEM),
    ("valacyclovir", "The blisters were gone in a week, but they can come back.", RULE, ITEM),
    ("valacyclovir", "You may need to take it every day for the rest of your life to keep outbreaks away.", RULE, ITEM),
    (
        "valacyclovir",
        "Some people think the blisters will be history for the rest of their life after one course, but the virus stays in the nerves.",
        RULE,
        ITEM,
    ),
]
