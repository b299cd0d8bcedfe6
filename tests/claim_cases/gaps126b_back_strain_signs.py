"""A back strain told by what happened, from eval/holdout125 (cs10, tizanidine), as a class.

Class: the hurt told with "something" and where it sits ("wrenched something low in his back hauling a cast-iron
radiator", "tweaked something deep in his neck"), felt going ("felt something go in his lower back lifting the
trampoline", "felt a muscle twang in my calf"), or the back gone ("Her back went when she bent down to pick up the
cat"), then the drug given: an acute musculoskeletal condition, off-label for tizanidine (approved for spasticity). All
lay words: a warning. Silent: a back pocket, a back gone into spasm from MS or numb after a spinal injury (spasticity),
advice to report something odd in the back, cyclobenzaprine (approved for acute musculoskeletal conditions).
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (cs10)
    (
        "tizanidine",
        "**quadbiker:** Not MS, but my brother-in-law wrenched something low in his back hauling a cast-iron radiator up the"
        " stairs and couldn't straighten up for a week. Urgent care sent him home with a strip of tizanidine and he said it"
        " loosened everything right up.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings
    (
        "tizanidine",
        "My husband felt something go in his lower back lifting the trampoline, and the walk-in clinic gave him tizanidine.",
        OFF_LABEL,
        "warning",
    ),
    ("tizanidine", "Her back went when she bent down to pick up the cat. Her GP prescribed tizanidine for a week.", OFF_LABEL, "warning"),
    (
        "tizanidine",
        "He tweaked something deep in his neck at the climbing wall, so his doctor gave him a few days of tizanidine.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tizanidine",
        "I felt a muscle twang in my calf on a hill sprint. The sports doctor put me on tizanidine at night.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "tizanidine",
        "He keeps his wallet in his back pocket and felt something go in his back pocket. The doctor gave him tizanidine for his MS.",
        OFF_LABEL,
    ),
    ("tizanidine", "Her back went into spasm from her MS, and her neurologist started her on tizanidine.", OFF_LABEL),
    (
        "tizanidine",
        "My back went numb after the spinal cord injury, and my neurologist started tizanidine for the spasticity.",
        OFF_LABEL,
    ),
    (
        "tizanidine",
        "Tizanidine can lower your blood pressure, so if you feel something odd in your back or neck, tell your doctor.",
        OFF_LABEL,
    ),
    (
        "cyclobenzaprine",
        "My husband felt something go in his lower back lifting the trampoline, and the walk-in clinic gave him cyclobenzaprine.",
        OFF_LABEL,
    ),
]
