"""Premature ejaculation told by how soon sex ends, in lay words (eval/holdout76 av07), as a class.

- Sex or things in bed ending with another verb or a time: "everything in the bedroom was wrapping up in about a
  minute", "sex was done and dusted within two minutes", "in bed it was over after barely a minute", "lasting about a
  minute in bed", as the reason for a dose told in an aside ("put me on a low dose of Paxil, 20 mg at night, because ...").
- Warnings (lay words). Not a use: a time that is not sex ("the appointment was over in a minute"), the side effect
  (delayed orgasm), the approved use with its own dose aside.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_PAROXETINE = "Paroxetine treats depression, panic disorder, OCD and social anxiety. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "paroxetine",
        _PAROXETINE + "Bit embarrassing. My GP put me on a low dose of Paxil, 20 mg at night, because everything in the bedroom "
        "was wrapping up in about a minute and it was slowly wrecking my marriage. Three months on my wife and I are laughing "
        "about it.",
        OFF_LABEL,
        "warning",
    ),
    (
        "paroxetine",
        _PAROXETINE + "He started taking paroxetine because sex was done and dusted within two minutes.",
        OFF_LABEL,
        "warning",
    ),
    (
        "paroxetine",
        _PAROXETINE + "My husband was prescribed paroxetine, 10 mg each evening, because in bed it was over after barely a minute.",
        OFF_LABEL,
        "warning",
    ),
    (
        "paroxetine",
        _PAROXETINE + "Some men take paroxetine every day because they were lasting about a minute in bed.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "paroxetine",
        _PAROXETINE + "My GP put me on paroxetine, 20 mg in the morning, because my panic attacks were wrecking my job. The "
        "appointment was over in a minute.",
        OFF_LABEL,
    ),
    (
        "paroxetine",
        _PAROXETINE + "Paroxetine can delay orgasm, and in bed things can take much longer than before.",
        OFF_LABEL,
    ),
    (
        "paroxetine",
        _PAROXETINE + "My GP put me on a low dose of Paxil, 20 mg at night, because my depression was wrecking my marriage.",
        OFF_LABEL,
    ),
]
