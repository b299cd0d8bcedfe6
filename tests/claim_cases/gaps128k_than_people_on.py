"""A comparison with another named medicine told through the people who take each ("members on tirzepatide drop far more
weight than the members we used to start on semaglutide", eval/holdout144 dl01), or one medicine said to outdo everything
else the writer has tried ("that one tablet before training outdoes everything else we've tried, puffers included",
eval/holdout149 dq02). Near misses: a group on a dose or a dummy injection, a harm ("more nausea than"), people who stopped
the other medicine, "no more weight than", a person who beats everything else."""

from __future__ import annotations

COMPARATIVE = "unsupported-claim.comparative"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "tirzepatide",
        "In our own programme, members on tirzepatide drop far more weight than the\nmembers we used to start on semaglutide, "
        "and with fewer stomach complaints.",
        COMPARATIVE,
        "error",
    ),
    ("tirzepatide", "Our patients on Mounjaro lose a lot more than the ones we had on Ozempic last year.", COMPARATIVE, "error"),
    (
        "metformin",
        "Honestly, my clients get better sugar control than the people I used to see taking glipizide.",
        COMPARATIVE,
        "error",
    ),
    ("semaglutide", "People on it report fewer stomach upsets than those taking Mounjaro.", COMPARATIVE, "error"),
    (
        "montelukast",
        'Our club physio, Dev, put it bluntly at the committee meeting: "For a kid who only gets tight when they run, that one '
        "tablet before training outdoes everything else we've tried, puffers included.\"",
        COMPARATIVE,
        "error",
    ),
    ("montelukast", "Mum swears the chewable outdid anything else she'd been given for his wheeze.", COMPARATIVE, "error"),
    ("montelukast", "That little tablet bests everything else we have tried, full stop.", COMPARATIVE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("tirzepatide", "Members on tirzepatide drop more weight than the members on the starting dose.", COMPARATIVE),
    ("tirzepatide", "Members on tirzepatide drop more weight than members on a dummy injection.", COMPARATIVE),
    ("tirzepatide", "Members on tirzepatide get more nausea than the members we used to start on semaglutide.", COMPARATIVE),
    (
        "tirzepatide",
        "Members on tirzepatide drop more weight than the people who stopped taking semaglutide early.",
        COMPARATIVE,
    ),
    ("tirzepatide", "Members on tirzepatide drop no more weight than the members we used to start on semaglutide.", COMPARATIVE),
    ("montelukast", "My son says running now beats everything else he does after school.", COMPARATIVE),
    ("montelukast", "He beats everything else in the team now that his chest is clear.", COMPARATIVE),
]
