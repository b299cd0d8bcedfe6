"""Daily totals above the label maximum told by tablet counts at the parts of a day (eval/holdout99 bs07,
eval/holdout102 bv02), as a class.

- Tablets of a strength counted at one part of the day, then bare counts at the later parts, the same count said
  "again" or "another one": "2 tablets of 20 mg in the morning, 2 at midday and 2 again before sleeping" (120 mg of
  famotidine), "four of the 20 mg capsules with breakfast and another one at lunchtime" (100 mg of fluoxetine).
- A dose in a section right after an approved use with no dosing of its own (reflux) is held to the general entries,
  even when the article lists elsewhere a use that has (Zollinger-Ellison's 640 mg a day): a warning, the use being read.
- Kept silent: a day at the maximum, a ceiling ("up to"), another drug's tablets, a warning not to take so many, a dose in
  a section right after the use that allows it.
"""

from __future__ import annotations

ABOVE = "dosage.above-max"

_ZOLLINGER = "Famotidine treats ulcers, reflux and the rare Zollinger-Ellison syndrome.\n\n## How to take it\n\n"
_FAMOTIDINE = _ZOLLINGER + "For reflux, usually 20 mg two times in the day. "
_FLUOXETINE = "Fluoxetine treats depression. Most adults start on one 20 mg capsule in the morning. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording
    (
        "famotidine",
        _FAMOTIDINE + "When the burning is very strong, the doctor told some patients to take 2 tablets of 20 mg in the morning, "
        "2 at midday and 2 again before sleeping, until the burning is gone.",
        ABOVE,
        "warning",
    ),
    (
        "fluoxetine",
        _FLUOXETINE + "One of our long-standing customers told us his psychiatrist has him on four of the 20 mg capsules with "
        "breakfast and another one at lunchtime, and he says it finally keeps the dark days away.",
        ABOVE,
        "error",
    ),
    # new wordings
    (
        "famotidine",
        _FAMOTIDINE + "On bad days she swallows two 20 mg tablets at breakfast, two at noon and two once more at bedtime.",
        ABOVE,
        "warning",
    ),
    (
        "fluoxetine",
        _FLUOXETINE + "My aunt takes three of the 20 mg capsules at breakfast, then another one at lunch and another at dinner.",
        ABOVE,
        "error",
    ),
    ("fluoxetine", _FLUOXETINE + "He is on two 20 mg capsules in the morning, two at lunchtime and one again at night.", ABOVE, "error"),
    (
        "famotidine",
        _FAMOTIDINE + "Some people end up taking 2 tablets of 20 mg with breakfast and 1 again at midday and 2 before sleeping.",
        ABOVE,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the day at the maximum (80 mg)
    (
        "fluoxetine",
        _FLUOXETINE + "Her psychiatrist has her on three of the 20 mg capsules with breakfast and another one at lunchtime.",
        ABOVE,
    ),
    ("famotidine", _FAMOTIDINE + "Some take 1 tablet of 20 mg in the morning, 1 at midday and 2 again before sleeping.", ABOVE),
    # a ceiling, not a day taken
    ("fluoxetine", _FLUOXETINE + "The label allows up to four of the 20 mg capsules a day, never another one on top.", ABOVE),
    # a warning not to take so many
    (
        "fluoxetine",
        _FLUOXETINE + "Never take four of the 20 mg capsules with breakfast and another one at lunchtime: that is above the maximum.",
        ABOVE,
    ),
    # another drug's tablets
    (
        "fluoxetine",
        _FLUOXETINE + "His ibuprofen is two of the 200 mg tablets in the morning, two at midday and two again before sleeping.",
        ABOVE,
    ),
    # right after the use that allows it (Zollinger-Ellison: up to 640 mg a day)
    (
        "famotidine",
        _ZOLLINGER + "For Zollinger-Ellison syndrome the doctor may prescribe 2 tablets of 20 mg in the morning, 2 at midday and 2 again "
        "before sleeping.",
        ABOVE,
    ),
    # "trouble sleeping" is no part of the day
    (
        "fluoxetine",
        _FLUOXETINE + "Two 20 mg capsules in the morning can cause trouble sleeping, and another one at lunchtime makes it worse.",
        ABOVE,
    ),
]
