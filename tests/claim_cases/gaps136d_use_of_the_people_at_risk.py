"""A use told as that of the people a raised risk is warned of, from eval/holdout214 (gd11, aripiprazole), as a class.

Class: a boxed warning retold with the people taking the drug for a use as those at risk: "In children, teens and young
adults taking it for depression, aripiprazole, like antidepressants, can raise the risk of suicidal thoughts", "Among older
people given it for agitation, there is a higher risk of death", "Young people who take it for depression may have more
suicidal thoughts": a warning, like "When it is used for depression, ..." (already quiet), not a claim of use. Still
reported: the same people helped (no risk raised), a risk told lower, and the risk told of another group while the use is
claimed for its own.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # no risk raised: the people helped
    ("quetiapine", "In older people taking it for sleep, it works within the first night.", OFF_LABEL, "error"),
    # a risk told lower: a benefit claimed
    ("metformin", "People who take it for weight loss have a lower risk of heart disease.", OFF_LABEL, "error"),
    # the use claimed, the risk another group's
    (
        "aripiprazole",
        "Many adults take it for depression on its own. In older people with dementia, it can raise the risk of death.",
        OFF_LABEL,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording (gd11)
    (
        "aripiprazole",
        "- **Young people and suicidal thoughts.** In children, teens and young adults taking it for depression, aripiprazole,"
        " like antidepressants, can raise the risk of suicidal thoughts and actions, especially early on.",
        OFF_LABEL,
    ),
    # new wordings, other voices
    ("quetiapine", "Among older people given it for agitation, there is a higher risk of death.", OFF_LABEL),
    ("aripiprazole", "Young people who take it for depression may have more suicidal thoughts at first.", OFF_LABEL),
    (
        "quetiapine",
        "For teenagers on Seroquel for depression, the chance of suicidal thinking goes up in the first weeks, so watch closely.",
        OFF_LABEL,
    ),
]
