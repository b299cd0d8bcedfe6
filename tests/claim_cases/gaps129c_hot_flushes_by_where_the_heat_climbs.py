"""Miss class (twenty-eighth stop, helper c): hot flushes told by where the heat climbs from and to ("Surges of warmth
climbed from her chest to her hairline a dozen times a day", "the heat creeps up from my neck into my face"), and night
sweats by the nightclothes soaked with sweat on waking ("woke with my pyjamas soaked in sweat"): menopause symptoms in lay
words, then a medicine given for them; fluoxetine's label has no such use, so it is an off-label use to disclose (a
warning) (holdout152 dt03).

Silent: a rash that spreads from the chest (no heat), the sun's warmth, a child's bed soaked (no sweat: a wet bed), and
the same signs for Brisdelle, the paroxetine product approved for them."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (holdout152 dt03)
    (
        "fluoxetine",
        "The heat was relentless. Surges of warmth climbed from her chest to her hairline a dozen times a day, and most nights she "
        "woke with the sheets soaked through. Her doctor suggested fluoxetine, 20 mg each morning, to take the edge off the "
        "flushes. Within six weeks, she says, she was sleeping through the night again.",
        OFF_LABEL,
        "warning",
    ),
    # other voices and another drug: the writer's own heat, a wave racing up, the pyjamas soaked in sweat
    (
        "fluoxetine",
        "The heat creeps up from my neck into my face ten times a day. My GP prescribed fluoxetine 20 mg for it.",
        OFF_LABEL,
        "warning",
    ),
    (
        "fluoxetine",
        "Every afternoon a wave of heat would race from her chest up to her cheeks, so her doctor started her on fluoxetine.",
        OFF_LABEL,
        "warning",
    ),
    ("fluoxetine", "Most nights I woke with my pyjamas soaked in sweat, and my doctor put me on fluoxetine 10 mg.", OFF_LABEL, "warning"),
    (
        "venlafaxine",
        "Surges of heat climbed from her chest to her hairline all day, and her doctor started her on venlafaxine 37.5 mg.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): must stay silent.
SHOULD_NOT = [
    ("fluoxetine", "A red rash spread from her chest to her neck after the first week of fluoxetine.", OFF_LABEL),
    (
        "fluoxetine",
        "My son woke with the sheets soaked through again, so the doctor suggested fluoxetine for his low mood.",
        OFF_LABEL,
    ),
    (
        "fluoxetine",
        "Fluoxetine, 20 mg each morning, lifted her depression; the warmth from the sun rose to her face on the walk.",
        OFF_LABEL,
    ),
    # approved for them: Brisdelle (paroxetine 7.5 mg) for moderate to severe vasomotor symptoms of menopause
    (
        "paroxetine",
        "Surges of warmth climbed from her chest to her hairline a dozen times a day, so her doctor prescribed Brisdelle 7.5 mg at "
        "bedtime.",
        OFF_LABEL,
    ),
]
