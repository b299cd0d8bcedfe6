"""The evening behaviour of dementia told by the late hour it comes at, as a drug's purpose, from eval/holdout196 (fl10,
quetiapine), as a class.

Class: the behaviour named, then the hour it comes at, dusk, sundown, sunset or nightfall ("to settle the agitation and the
shouting at dusk", "the shouting and restlessness at nightfall", "the screaming and pacing at dusk", "the restlessness at
sundown"), after a use verb: sundowning, the behaviour of dementia. Quetiapine, risperidone and aripiprazole are not approved for
it (a boxed warning), nor lorazepam; told in lay words, a warning. Silent: no behaviour told (a walk at sunset), the behaviour
as a side effect, a use disclosed as off-label.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fl10)
    (
        "quetiapine",
        "Dr. Patel, the practice's visiting GP, came to the house. I told him about the evenings. He listened, watched Mum for a"
        " while, and then started her on quetiapine, 25 mg with her teatime meal, to settle the agitation and the shouting at"
        " dusk. He said it's better known as Seroquel.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices
    (
        "risperidone",
        "The GP started Grandad on risperidone to calm the shouting and restlessness at nightfall.",
        OFF_LABEL,
        "warning",
    ),
    (
        "aripiprazole",
        "Her doctor added 2 mg of aripiprazole to settle the screaming and pacing at dusk.",
        OFF_LABEL,
        "warning",
    ),
    (
        "lorazepam",
        "Mum's GP gave her lorazepam to take the edge off the restlessness at sundown.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # no behaviour told: a walk at sunset
    (
        "quetiapine",
        "She takes her quetiapine for schizophrenia after dinner, then we go for a walk at sunset.",
        OFF_LABEL,
    ),
    # the behaviour as a side effect
    ("quetiapine", "Tell the doctor if quetiapine causes confusion or restlessness at dusk.", OFF_LABEL),
    # disclosed as off-label
    (
        "quetiapine",
        "Dr. Patel started her on quetiapine, 25 mg with her teatime meal, to settle the agitation and the shouting at dusk. He"
        " told us this is an off-label use in dementia and explained the risks.",
        OFF_LABEL,
    ),
]
