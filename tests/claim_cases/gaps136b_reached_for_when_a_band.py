"""The tablets reached for at a time of the day or of work, "when" a trouble told by its signs comes on, from eval/holdout214
(gd06, sumatriptan), as a class.

Class: the drug taken, reached for or popped at a time told before a comma ("at the end of a double shift", "in the late
afternoon", "after work"), then "when" and a tension-type headache told by its signs (a dull, tight band settling around the
forehead, an ache wrapping around the temples); the tablets reached for ("reaching for the tablets", "reaches for his pills")
stand for the article's only drug in a sentence naming none. Sumatriptan is approved for migraine (and cluster headache by
injection); a tension headache is not a migraine; told by its signs, a warning. Silent: a migraine told by its aura at the
same time (approved), the same reach advised against, another medicine reached for, the use disclosed, and a time with no
trouble after "when".
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (gd06)
    (
        "sumatriptan",
        "She has also started reaching for the tablets at the end of a double shift, when a dull, tight band settles around her"
        " forehead, the kind of ache that comes with a stiff neck, no aura and no nausea at all.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices
    (
        "sumatriptan",
        "He reaches for his pills in the late afternoon, when a tight band of pressure squeezes around his temples.",
        OFF_LABEL,
        "warning",
    ),
    (
        "sumatriptan",
        "I take one at the end of a long shift, when the ache wraps around my forehead like a vice.",
        OFF_LABEL,
        "warning",
    ),
    (
        "sumatriptan",
        "Most days she pops one after work, when a heavy band settles across her forehead and up into her scalp.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # a migraine told by its aura: approved
    (
        "sumatriptan",
        "She reaches for the tablets at the end of a double shift, when the shimmering zigzag lights start and one side of her head"
        " begins to pound.",
        OFF_LABEL,
    ),
    # advised against
    (
        "sumatriptan",
        "Don't reach for the tablets at the end of a shift when a tight band settles around your forehead; sumatriptan is for migraine.",
        OFF_LABEL,
    ),
    # another medicine reached for
    (
        "sumatriptan",
        "Sumatriptan is for her migraines. At the end of a double shift, when a dull band settles around her forehead, she reaches"
        " for ibuprofen instead.",
        OFF_LABEL,
    ),
    # disclosed
    (
        "sumatriptan",
        "She has also started reaching for the tablets at the end of a double shift, when a dull, tight band settles around her"
        " forehead. Using a triptan for tension-type headache like that is off-label.",
        OFF_LABEL,
    ),
    # a time, no trouble
    ("sumatriptan", "She takes the tablets at the end of a double shift, when she finally sits down.", OFF_LABEL),
]
