"""A difference someone noticed within days, told in a story, from eval/holdout177 (es02, amphetamine mixed salts: a false
error), as a class.

Class: a person in a story noticed, saw, felt or spotted a difference or an improvement within days, hours or minutes ("Maya
noticed a difference within days", "Dana felt a difference in a matter of days"). The tool cannot hold that time to each
label (a stimulant works within hours; an antidepressant takes weeks), so it is an inferred speed claim: a warning for a human
to read, not an error. The writer's own statement stays an error ("It makes a difference within days"). Silent: a difference
denied, noticed after weeks, or within a few weeks.
"""

from __future__ import annotations

RAPID = "unsupported-claim.rapid-onset"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (es02)
    (
        "amphetamine mixed salts",
        "Maya noticed a difference within days. She also noticed something else.",
        RAPID,
        "warning",
    ),
    # new wordings, other voices
    ("sertraline", "Dana felt a difference in a matter of days.", RAPID, "warning"),
    ("methylphenidate", "His teacher spotted a big difference within hours of the first tablet.", RAPID, "warning"),
    ("bupropion", "Honestly, I noticed the difference within days, and so did my wife.", RAPID, "warning"),
    # the writer's own statement stays an error
    ("sertraline", "It makes a difference within days.", RAPID, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # denied
    ("sertraline", "I didn't notice a difference within days; it took about five weeks.", RAPID),
    # after weeks
    ("escitalopram", "She noticed a difference after two to four weeks, as her doctor said she would.", RAPID),
    # within a few weeks
    ("bupropion", "We noticed a difference within a few weeks.", RAPID),
]
