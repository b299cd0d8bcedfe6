"""False-error class (twenty-eighth stop, helper h): a speed told with the longer time it can take, joined by "and"
rather than "but" ("Most people start to feel better within a day or so, and it can take a few days for the itching to
go away completely", holdout155 dw13): a time course, not a claim of fast action. Also the longer time told as "it
may be a few days before ...".

Still reported: a speed with nothing longer after it, or with "and" joining another speed or a dose."""

from __future__ import annotations

RAPID = "unsupported-claim.rapid-onset"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("fluconazole", "Most people start to feel better within a day or so, and it clears the infection for good.", RAPID, "error"),
    ("fluconazole", "Most people start to feel better within a day or so, and you can take a second tablet.", RAPID, "error"),
    ("valacyclovir", "Most people feel better within a day, and the sores dry up within hours.", RAPID, "error"),
]

#: (drug, body, rule): must stay silent.
SHOULD_NOT = [
    # the draft's own wording
    (
        "fluconazole",
        "For a yeast infection like this it's usually a single 150 mg tablet, taken once. Most people start to feel better within "
        "a day or so, and it can take a few days for the itching to go away completely.",
        RAPID,
    ),
    # other voices: "and" with the days before it settles, "and it may be a week before", "and full relief can take"
    ("fluconazole", "You'll notice a difference within a day, and it may be three days before the itch settles.", RAPID),
    ("valacyclovir", "It starts working within hours, and the sores can take a week or more to heal.", RAPID),
    ("naproxen", "It kicks in within a day, and full relief can take up to two weeks.", RAPID),
]
