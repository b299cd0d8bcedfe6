"""A use told by calling the drug "the answer" or "the fix" for a trouble told before it, and the itch after a course of
antibiotics as a yeast infection (eval/holdout185 fa05, metronidazole: "If you've finished a round of antibiotics ... and now
have that maddening itch and soreness down there, our metronidazole pack is the answer for that as well"; a miss, the
misstatement is still not read, but the use is now reported for a person to look at).

Silent: an approved use called so (sertraline for panic attacks, fluconazole for the itch after antibiotics, trichomoniasis's
itch on metronidazole), and something else the answer ("exercise is the answer for that").
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fa05)
    (
        "metronidazole",
        "Yes. If you've finished a round of antibiotics for a chest or sinus infection and now have that maddening itch and"
        " soreness down there, our metronidazole pack is the answer for that as well.",
        OFF_LABEL,
        "warning",
    ),
    # other voices
    ("trazodone", "For months I lay awake until four every night. My GP said trazodone was the answer for that.", OFF_LABEL, "warning"),
    ("propranolol", "My hands shake before every concert, and propranolol is the fix for that.", OFF_LABEL, "warning"),
    (
        "metronidazole",
        "Itching down there after a course of antibiotics? Metronidazole is the answer for that.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("sertraline", "She had panic attacks every week, and sertraline was the answer for that.", OFF_LABEL),
    ("sertraline", "Some people worry about weight gain, and exercise is the answer for that.", OFF_LABEL),
    (
        "fluconazole",
        "After a course of antibiotics she got that itching down there, and one fluconazole tablet was the answer for that.",
        OFF_LABEL,
    ),
    (
        "metronidazole",
        "Trichomoniasis can cause itching and soreness down there, and metronidazole is the answer for that.",
        OFF_LABEL,
    ),
]
