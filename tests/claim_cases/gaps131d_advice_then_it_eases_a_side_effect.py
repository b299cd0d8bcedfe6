"""Advice on taking it, then "it" for the advice easing a side effect, from eval/holdout172 (en02, varenicline), as a class.

Class: how to take the drug (after food, with a glass of water, in the morning), then, after a semicolon, a dash or a bracket,
"it" standing for that advice and the side effect it eases ("Take them after food with a full glass of water; it helps with the
queasiness that most people notice in the first fortnight"): a side effect avoided, not a use (was an error of nausea for
varenicline). Still reported: the drug named as what helps, "it" helping with a trouble the advice does not ease, and "it"
with no advice before it.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drug named as what helps
    ("varenicline", "Take them after food; varenicline also helps with nausea from chemotherapy.", OFF_LABEL, "error"),
    # no advice before "it"
    ("varenicline", "It helps with the queasiness of morning sickness, some mothers say.", OFF_LABEL, "error"),
    # a trouble the advice does not ease
    ("varenicline", "Take them with food, and it helps with the anxiety too.", OFF_LABEL, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording (en02)
    (
        "varenicline",
        "Take them after food with a full glass of water; it helps with the queasiness that most people notice in the first"
        " fortnight. The whole course is 12 weeks.",
        OFF_LABEL,
    ),
    # new wordings, other voices
    ("varenicline", "Take your Chantix with breakfast - it settles the nausea for most people.", OFF_LABEL),
    ("varenicline", "Swallow varenicline after a proper meal (it helps with the sick feeling some people get).", OFF_LABEL),
    (
        "naltrexone",
        "Take naltrexone in the morning with food; it cuts down on the queasiness a lot of people get at first.",
        OFF_LABEL,
    ),
    ("bupropion", "Take your second bupropion dose before 5 pm; it helps you sleep at night.", OFF_LABEL),
]
