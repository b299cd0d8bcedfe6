"""An absolute safety claim told as "without risk" or "free of risk", from eval/holdout206 (fv09, diphenhydramine), as a class.

Class: the medicine said to be wholly without risk, danger, harm or side effects, or wholly free of them ("for grown-ups it is
entirely without risk when taken as the box says", "totally free of risk", "completely without any side effects"): an
uncited absolute claim, an error. Silent: denied ("no medicine is entirely without risk", "it's not completely free of risk",
"never wholly without danger"), risk factors, and a risk hedged ("almost without risk" is no absolute).
"""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fv09)
    (
        "diphenhydramine",
        "Benadryl has been on chemists' shelves since the 1940s, and for grown-ups it is entirely without risk when taken as the"
        " box says, which is why no prescription is needed.",
        ABSOLUTE,
        "error",
    ),
    # new wordings, other voices
    ("loratadine", "Trust me, these little tablets are totally free of risk.", ABSOLUTE, "error"),
    ("ibuprofen", "Used for a few days, it comes completely free from danger.", ABSOLUTE, "error"),
    ("melatonin", "My naturopath says it's absolutely without any side effects, even for kids.", ABSOLUTE, "error"),
    ("cetirizine", "At the usual dose this one is 100% without risk.", ABSOLUTE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("diphenhydramine", "No medicine is entirely without risk, and Benadryl can make older people fall.", ABSOLUTE),
    ("diphenhydramine", "It's not completely free of risk: it can make you drowsy the next day.", ABSOLUTE),
    ("loratadine", "It isn't totally without side effects, though most people have none.", ABSOLUTE),
    ("atorvastatin", "Being completely free of risk factors is rare after 60.", ABSOLUTE),
    ("cetirizine", "For most adults it is almost without risk at the usual dose, but it can cause drowsiness.", ABSOLUTE),
]
