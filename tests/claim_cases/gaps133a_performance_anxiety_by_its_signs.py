"""Performance and everyday anxiety told by its signs, then the drug taken for it, from eval/holdout183 (ey01, propranolol),
eval/holdout190 (ff07, propranolol) and eval/holdout184 (ez13, pregabalin), as a class.

Class: the signs told first and the dose taken in a clause of its own that opens with the occasion ("Before a solo her heart
would thud against her ribs ..., so before every recital she now swallows a 10 mg tablet"; after ", so", ";", " - and"); a
clinic's dose told as a choice of two strengths, standing for the only drug ("Our clinicians often prescribe a single 10 mg or
20 mg tablet to take about an hour beforehand", "a 10 or 20 mg tablet") after the feeling before a thesis or PhD defence; the
dread told as constant and the racing thoughts someone couldn't shut off (the thoughts', not a sleeplessness), then the drug
said to "take the edge off that" and the dose raised. Propranolol, metoprolol, pregabalin and gabapentin are not approved for
anxiety; told in lay words, a warning. Silent: a deep breath or the stage "taken" before the recital, the use disclosed,
another drug taken before the recital, the same tablet for high blood pressure.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (ey01, ff07, ez13)
    (
        "propranolol",
        "Over the years Ruth found the tablets another job. Before a solo her heart would thud against her ribs, her mouth turned"
        " to paper and the notes on the page seemed to slide about, so before every recital she now swallows a 10 mg tablet from a"
        " second bottle her family doctor wrote for her, about an hour before she walks out on stage.",
        OFF_LABEL,
        "warning",
    ),
    (
        "propranolol",
        "At the Student Health Clinic, we also see many students before big performances. You know the feeling before a thesis"
        " defence or a solo recital: the pounding heart, damp palms, a voice that wobbles, a mind that goes blank on the first"
        " slide. Our clinicians often prescribe a single 10 mg or 20 mg tablet to take about an hour beforehand, so those physical"
        " signs stay out of the way and you can show what you know.",
        OFF_LABEL,
        "warning",
    ),
    (
        "pregabalin",
        "Ellen's story has a second chapter. Last spring, the constant dread she had felt since her divorce, the tight chest, the"
        " racing thoughts she couldn't shut off, the knot in her stomach before every lesson, got worse. \"My doctor said the"
        ' Lyrica might take the edge off that as well, so we bumped it up," she says.',
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices: the occasion opening a clause after the signs
    (
        "metoprolol",
        "My hands go clammy and my voice cracks whenever I have to present, so before every board meeting I now take a 25 mg tablet.",
        OFF_LABEL,
        "warning",
    ),
    (
        "propranolol",
        "He gets a dry mouth and a thumping chest on match days; ahead of each big game he swallows half a 10 mg tablet.",
        OFF_LABEL,
        "warning",
    ),
    (
        "metoprolol",
        "Her mouth goes dry and her voice wobbles in front of a crowd - and before each sermon she takes a 25 mg tablet.",
        OFF_LABEL,
        "warning",
    ),
    (
        "propranolol",
        "my heart pound like crazy and my voice shake, so before every presentation i take one 10 mg tablet",
        OFF_LABEL,
        "warning",
    ),
    # ... a clinic's choice of two strengths before a defence
    (
        "propranolol",
        "Many students come to us before a PhD defence with a pounding heart and a dry mouth. Our doctors usually prescribe a 10"
        " or 20 mg tablet to take an hour before.",
        OFF_LABEL,
        "warning",
    ),
    # ... the racing thoughts someone couldn't shut off, the knot before every class, then "take the edge off that"
    (
        "gabapentin",
        "By March the knot in his stomach before every class was back, and with it the racing thoughts he couldn't shut off. His"
        " doctor said the gabapentin would take the edge off that as well, so they bumped it up.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # a deep breath, or the stage, taken before the recital
    (
        "propranolol",
        "She takes propranolol every morning to keep her migraines away, and before every recital she takes a deep breath and"
        " counts to ten.",
        OFF_LABEL,
    ),
    (
        "propranolol",
        "She takes propranolol every day for her blood pressure, and before every recital she takes the stage in a borrowed gown.",
        OFF_LABEL,
    ),
    # disclosed
    (
        "propranolol",
        "Before a solo her heart would thud against her ribs, so before every recital she now takes a 10 mg tablet. Using"
        " propranolol this way is off-label: it is not FDA-approved for performance anxiety.",
        OFF_LABEL,
    ),
    (
        "pregabalin",
        "Last spring the racing thoughts she couldn't shut off got worse. Her doctor said the Lyrica might take the edge off that"
        " as well, so they bumped it up. Using pregabalin for anxiety is off-label in the US.",
        OFF_LABEL,
    ),
    # another drug taken before the recital
    (
        "propranolol",
        "Before a solo her heart would thud against her ribs, so before every recital she now takes a lorazepam her friend gave her.",
        OFF_LABEL,
    ),
    # the clinic's tablet for an approved use
    ("propranolol", "Our clinicians often prescribe a single 10 mg or 20 mg tablet for high blood pressure.", OFF_LABEL),
]
