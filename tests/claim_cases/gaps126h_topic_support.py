"""A comparison the drug's label supports on one topic only: fluoxetine's concentrations fall gradually when therapy ends,
which may minimize discontinuation symptoms (PROZAC PI 5, Discontinuation Adverse Reactions), so "It fades out slowly on its
own, so stopping is gentler than with some others" (eval/holdout123 cq13) and "Prozac is gentler than most when people
stop" (eval/holdout81 ba03) are supported (`label_supports` scoped "on /topic/"). Near misses: the drug's other
comparisons, also in a sentence that names stopping in another clause."""

from __future__ import annotations

COMPARATIVE = "unsupported-claim.comparative"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("fluoxetine", "Fluoxetine works better than sertraline.", COMPARATIVE, "error"),
    ("fluoxetine", "Fluoxetine works better than sertraline, and stopping it is easier too.", COMPARATIVE, "error"),
    ("fluoxetine", "Prozac is gentler than sertraline on the stomach.", COMPARATIVE, "error"),
    ("fluoxetine", "Prozac is gentler than most SSRIs, so stop worrying.", COMPARATIVE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "fluoxetine",
        "Talk to your prescriber first. It fades out slowly on its own, so stopping is gentler than with some others.",
        COMPARATIVE,
    ),
    (
        "fluoxetine",
        '"Prozac is gentler than most when people stop, because it leaves the body so slowly," the psychiatrist said.',
        COMPARATIVE,
    ),
    ("fluoxetine", "Because it lingers, withdrawal is milder than with venlafaxine.", COMPARATIVE),
    ("fluoxetine", "Coming off fluoxetine tends to be smoother than coming off paroxetine.", COMPARATIVE),
    ("fluoxetine", "When you taper, Prozac is kinder than the shorter-acting SSRIs.", COMPARATIVE),
]
