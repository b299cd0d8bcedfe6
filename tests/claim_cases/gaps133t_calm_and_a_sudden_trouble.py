"""A use told with "calm" and a trouble told by how it comes (eval/holdout187 fc04: a miss), as a class.

"Calm" is a use verb like "settle": "calms" always, the bare verb after a modal or "to" ("the same tablet would calm the
sudden waves of heat", "escitalopram calms the night sweats"); and how a trouble comes ("sudden", "constant", "nagging",
"nightly") may stand between the verb and it. Silent: the reader feeling calm, a person who calmed down, a sudden side
effect warned of, and an approved use.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fc04)
    (
        "escitalopram",
        "Her gynecologist, meanwhile, told her the same tablet would calm the sudden waves of heat that had been soaking her"
        " nightshirt at three in the morning since her periods stopped.",
        OFF_LABEL,
        "error",
    ),
    # other voices
    ("escitalopram", "Her friend swears escitalopram calms the night sweats of the menopause.", OFF_LABEL, "error"),
    ("sertraline", "Sertraline should calm the nightly hot flushes, the nurse told me.", OFF_LABEL, "error"),
    ("escitalopram", "Escitalopram would ease the sudden panic attacks, her GP thought.", OFF_LABEL, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("escitalopram", "It can make you feel calm and a little sleepy at first.", OFF_LABEL),
    ("escitalopram", "Once she calmed down, the hot flushes felt less frightening.", OFF_LABEL),
    ("escitalopram", "Escitalopram may cause sudden mood changes; tell your doctor at once.", OFF_LABEL),
    ("escitalopram", "Escitalopram would calm the sudden worry of generalized anxiety disorder, which it is approved for.", OFF_LABEL),
]
