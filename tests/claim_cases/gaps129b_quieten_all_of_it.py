"""Worry told by its signs, then the drug given "to turn the volume down on all of it", from eval/holdout157 (dy08,
quetiapine), as a class: an off-label use for anxiety, the purpose pointing back at the signs (a warning: lay words).

Class: the giving's purpose quietens what was just told, by a pointing word: "to turn the volume down on all of it", "to
dial down the noise on all that", "to quieten it all", "to dampen all of it down", read like "to calm them" (the story
before may run on past what a giving alone reaches: "emails she had not yet opened"). Still silent: the worry beside a
giving for the approved bipolar disorder, the volume turned down on the TV, the quietening denied, and mania (approved)
quietened.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (dy08)
    (
        "quetiapine",
        'Lena Whitfield is three years younger and, by her own account, "the sensible one." But for most of last year she carried'
        " a constant hum of dread: a racing heart before every shift at the bank, stomach knots over emails she had not yet"
        " opened, a mind that ran through the worst possible version of every tomorrow. Her family doctor started her on 25 mg"
        " of quetiapine at night to turn the volume down on all of it, and she says the dread is quieter now.",
        OFF_LABEL,
        "warning",
    ),
    (
        "quetiapine",
        "Every Sunday night I'd lie awake with my heart pounding, dreading the work week and the messages I had not yet answered."
        " My psychiatrist added a little quetiapine to dial down the noise on all that.",
        OFF_LABEL,
        "warning",
    ),
    (
        "mirtazapine",
        "His thoughts would start racing from the moment he woke, and there was a knot in his stomach before every shift that he"
        " could not explain to anyone. The GP gave him mirtazapine to quieten it all.",
        OFF_LABEL,
        "warning",
    ),
    (
        "risperidone",
        "She was a bag of nerves before every staff meeting, and nothing she had not already tried would touch it. Her doctor put"
        " her on a low dose of risperidone to dampen all of it down.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "quetiapine",
        "She carried a constant worry about her son. Her doctor started her on quetiapine for her bipolar disorder, and it helps"
        " with the mood swings.",
        OFF_LABEL,
    ),
    (
        "quetiapine",
        "Quetiapine can make you dizzy when you stand. Turn the volume down on the TV and sit for a minute if it happens.",
        OFF_LABEL,
    ),
    (
        "quetiapine",
        "Her heart raced before every shift. Quetiapine can't turn the volume down on all of it, and her doctor said it isn't meant to.",
        OFF_LABEL,
    ),
    (
        "quetiapine",
        "Her mind raced with plans every night and she hardly slept: she was manic. Her psychiatrist started her on quetiapine to"
        " quieten all of it.",
        OFF_LABEL,
    ),
]
