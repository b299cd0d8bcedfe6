"""Premature ejaculation told in lay words as the climax coming the moment sex starts ("for men who reach climax almost as
soon as things get going, wish they could hold on longer for their partner's sake", eval/holdout147 do13): a use, reported
as a warning. Near misses: side effects that come as soon as the tablets start, a course finished as soon as possible, the
climax made harder by the drug (a side effect), and a meeting over before it started."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "paroxetine",
        "Our clinicians prescribe a low daily dose of paroxetine for men who reach climax almost as soon as things get going, "
        "wish they could hold on longer for their partner's sake, and feel frustrated or tense about it.",
        OFF_LABEL,
        "warning",
    ),
    ("paroxetine", "Dr Lee prescribes paroxetine for husbands who ejaculate the moment they start making love.", OFF_LABEL, "warning"),
    ("paroxetine", "I take paroxetine because I'd finish pretty much as soon as things heated up.", OFF_LABEL, "warning"),
    (
        "paroxetine",
        "Doctors sometimes prescribe paroxetine to guys whose sex is over almost before it has even started.",
        OFF_LABEL,
        "warning",
    ),
    ("paroxetine", "My GP put me on paroxetine because I kept coming the second we got into bed.", OFF_LABEL, "warning"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("paroxetine", "Paroxetine is for depression. The side effects can come as soon as you start it.", OFF_LABEL),
    ("paroxetine", "Paroxetine is for depression; finish the packet as soon as you can, then see your doctor.", OFF_LABEL),
    ("paroxetine", "Paroxetine is for depression. It can make it hard to reach a climax, so tell your doctor.", OFF_LABEL),
    ("paroxetine", "Paroxetine is for depression. The meeting with my doctor was over almost before it started.", OFF_LABEL),
]
