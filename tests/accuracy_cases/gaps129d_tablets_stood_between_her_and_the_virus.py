"""The tablets told as a shield between a person and COVID-19, a prevention claim in a story's words: "She is sure, and
so am I, that those little white tablets stood between her and the virus." (eval/holdout157 dy07; hydroxychloroquine
`covid-cure`, and ivermectin's `covid-treatment` the same way). Near misses: nothing but the vaccine stood between her
and the virus, the tablets never kept anyone safe, joints kept safe from lupus, and river blindness."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "hydroxychloroquine",
        "*Secretary's aside:* our own Marjorie Kline has taken Plaquenil for her lupus since 2016, and when COVID went through "
        "Building C two winters ago she was the only one on the third floor who never so much as sniffled. She is sure, and so "
        "am I, that those little white tablets stood between her and the virus.",
        MISSTATEMENT,
        "covid-cure",
        "error",
    ),
    (
        "hydroxychloroquine",
        "Mum is convinced her Plaquenil shielded her from the virus all through 2021.",
        MISSTATEMENT,
        "covid-cure",
        "error",
    ),
    (
        "ivermectin",
        "The pills kept the whole house safe from COVID that winter, Earl says, and I believe him.",
        MISSTATEMENT,
        "covid-treatment",
        "error",
    ),
    (
        "ivermectin",
        "When the virus went round the yard, those tablets stood between my crew and COVID.",
        MISSTATEMENT,
        "covid-treatment",
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "hydroxychloroquine",
        "Nothing but the vaccine stood between her and the virus; her Plaquenil was for her lupus.",
        MISSTATEMENT,
        "covid-cure",
    ),
    ("ivermectin", "The tablets never kept anyone safe from COVID; in trials they did nothing.", MISSTATEMENT, "covid-treatment"),
    (
        "hydroxychloroquine",
        "Her tablets kept her joints safe from the damage of lupus, and the vaccine kept her safe from the virus.",
        MISSTATEMENT,
        "covid-cure",
    ),
    ("ivermectin", "The tablets kept him safe from river blindness on the trip.", MISSTATEMENT, "covid-treatment"),
]
