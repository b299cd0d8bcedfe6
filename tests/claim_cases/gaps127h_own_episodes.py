"""One's own past episodes said to be cleared every time ("Had BV three times last year. Seven days of the 500 mg tablets
twice a day cleared it every time", eval/holdout138 df05) is a story, true to its teller: a warning, not an absolute claim's
error. Near misses: the promise in the present tense stays an error; a prescriber's patients are a general claim; "every time
I used it" and a denial stay silent."""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "metronidazole",
        "Had BV three times last year. Seven days of the 500 mg tablets twice a day cleared it every time.",
        ABSOLUTE,
        "warning",
    ),
    ("fluconazole", "I've had thrush four times since the baby. One capsule cleared it every single time.", ABSOLUTE, "warning"),
    ("acyclovir", "Three bouts of cold sores this winter and the cream cleared mine every time.", ABSOLUTE, "warning"),
    ("prednisone", "My flare-ups came back twice, and a short course knocked them out every time.", ABSOLUTE, "warning"),
    ("metronidazole", "It clears BV every time.", ABSOLUTE, "error"),
    ("metronidazole", "Seven days of tablets cures the infection every time.", ABSOLUTE, "error"),
    ("metronidazole", "In my clinic it cleared my patients' infections every time.", ABSOLUTE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("metronidazole", "It cleared it up for me every time.", ABSOLUTE),
    ("metronidazole", "It cleared it every time I used it.", ABSOLUTE),
    ("metronidazole", "It didn't clear it every time.", ABSOLUTE),
]
