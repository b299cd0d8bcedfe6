"""Off-label uses told by a sign that a relative clause keeps going, then the giving after ", so": a spot check of the gaps143b
class in wordings of my own (the forty-second stop).

Class: the sign of the trouble, then "that never lets up", "that won't go away", "which just won't shift", then ", so" and the
prescriber's giving: the relative clause's "never" or "won't" is more of the trouble, not a denial of it. A warning, as the sign
alone is. Silent: a denial in a clause of its own ("but it never lasts"), the giving for another, named use; a ringing listed
with a loss of hearing under "Get medical help right away for:", the label's sudden hearing loss (a side effect to report).
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "clonazepam",
        "There's a ringing in my ears that never lets up, so the ENT put me on clonazepam.",
        OFF_LABEL,
        "warning",
    ),
    (
        "clonazepam",
        "I have a ringing in my ears that won't go away, so my doctor gave me clonazepam at night.",
        OFF_LABEL,
        "warning",
    ),
    (
        "clonazepam",
        "Since the concert he's had a high whine in one ear which just won't stop, so his GP prescribed clonazepam.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "clonazepam",
        "There's a ringing in my ears now and then, but it never lasts, so my doctor gave me clonazepam for my panic attacks.",
        OFF_LABEL,
    ),
    (
        "clonazepam",
        "My panic attacks were the kind that never let up, so my doctor gave me clonazepam.",
        OFF_LABEL,
    ),
    # a ringing listed with a loss of hearing: the label's sudden hearing loss, a side effect to report (holdout212 gb03, which
    # the gaps143b tinnitus wordings had read as a use)
    (
        "tadalafil",
        "The common ones are headache and flushing. Get medical help right away for:\n\n- sudden trouble hearing or ringing in the"
        " ears\n- chest pain during sex",
        OFF_LABEL,
    ),
]
