"""Missed class (twenty-eighth stop, helper g): the effect felt, or the reader ready, half an hour or less counted from the
dose, told of the people who take it: "Most students notice it working within about half an hour of the morning dose"
(lisdexamfetamine, whose levels take hours to peak; eval/holdout155 dw02), "Most guys are good to go about a quarter of an
hour after swallowing it" (sildenafil, label: about an hour; eval/holdout152 dt11). The tool cannot hold such a time to
each label, so a warning for a human to check against it.

Still silent: hedged ("usually", "may"), longer (an hour), and a side effect felt soon after the dose."""

from __future__ import annotations

RAPID = "unsupported-claim.rapid-onset"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "lisdexamfetamine",
        "Most students notice it working within about half an hour of the morning dose, well before the first lecture.",
        RAPID,
        "warning",
    ),
    (
        "sildenafil",
        "**Alicia Moreno, NP:** Most guys are good to go about a quarter of an hour after swallowing it, so you don't need to plan "
        "far ahead.",
        RAPID,
        "warning",
    ),
    ("tadalafil", "You'll feel it kick in twenty minutes after taking it.", RAPID, "warning"),
    ("zolpidem", "Mum can feel the tablet working within half an hour of her bedtime dose.", RAPID, "warning"),
    ("methylphenidate", "Our son is ready for action about 15 minutes after his morning tablet.", RAPID, "warning"),
]

#: (drug, body, rule): must stay silent.
SHOULD_NOT = [
    ("lisdexamfetamine", "It usually starts working within 30 minutes of the dose.", RAPID),
    ("lisdexamfetamine", "Most people feel it working about an hour after swallowing it.", RAPID),
    ("sildenafil", "You may notice it working within half an hour of the dose.", RAPID),
    ("sildenafil", "Most men are ready about an hour after taking it.", RAPID),
    ("methylphenidate", "Some children feel sick about 20 minutes after the morning tablet.", RAPID),
]
