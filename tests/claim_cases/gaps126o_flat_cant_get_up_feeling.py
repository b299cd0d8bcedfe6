"""Depression told only by its signs, from eval/holdout129 (cw02, buspirone), as a class.

Class: a feeling, mood or days told as a compound with a mood word before it ("the heavy, flat, can't-get-out-of-bed
feeling", "the grey, can't-get-off-the-couch days", "the empty, stay-in-bed-till-noon feeling"), the story going on with
what never completely lifted, then the drug added (buspirone is approved only for anxiety). All lay words: a warning.
Silent: a can't-get-out-of-bed feeling after flu, a heavy, flat feeling as the drug's own effect, a can't-get-out-of-bed
feeling from its dizziness.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (cw02)
    (
        "buspirone",
        "A few of my regulars take it alongside their antidepressant for a different reason: the heavy, flat,"
        " can't-get-out-of-bed feeling that never completely lifted on the antidepressant alone. Their prescribers added"
        " buspirone to give it a push, and a couple of them swear by it.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings: days, a mood, the feeling that hung on
    (
        "buspirone",
        "Even on sertraline, Mark still had the grey, can't-get-off-the-couch days that never entirely went away. His"
        " psychiatrist added buspirone in March.",
        OFF_LABEL,
        "warning",
    ),
    (
        "buspirone",
        "My sister's sertraline helped, but the empty, stay-in-bed-till-noon feeling hung on for months. Her GP added"
        " buspirone, 5 mg twice a day.",
        OFF_LABEL,
        "warning",
    ),
    (
        "buspirone",
        "For two years I had the low, can't-face-getting-out-of-bed mood every single morning. My doctor prescribed buspirone.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "buspirone",
        "After the flu I had a can't-get-out-of-bed feeling for a week. My doctor prescribed buspirone for my anxiety.",
        OFF_LABEL,
    ),
    (
        "buspirone",
        "Buspirone can leave you with a heavy, flat feeling at first, so take it at the same time each day.",
        OFF_LABEL,
    ),
    (
        "buspirone",
        "The first few days on buspirone, I had a heavy, can't-get-out-of-bed feeling from the dizziness. My GP prescribed it"
        " for my worry.",
        OFF_LABEL,
    ),
]
