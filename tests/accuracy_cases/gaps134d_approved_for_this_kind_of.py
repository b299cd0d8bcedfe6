"""An approval claimed for one kind of an unapproved use, told by a regulator's idiom and reported, from eval/holdout192 (fh12,
prazosin), as a class.

Class: the regulator said to have cleared, okayed or approved the drug for "exactly this kind of", "just that sort of",
"precisely these kinds of" an unapproved use ("The FDA cleared it for exactly this kind of nightmare decades ago, the
psychiatrist told him", "Regulators okayed prazosin for just that sort of trauma dream"): the `approved-for` kind now reads the
narrowing words before the use, and prazosin's use words take one nightmare or a trauma dream. Near misses: the approved use
cleared and the other called off-label, the clearance denied, the use found by chance.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fh12)
    (
        "prazosin",
        "Prazosin, sold as Minipress, is an alpha blocker. It also damps down the body's adrenaline response "
        "at night, which researchers think is why it can quiet trauma dreams. The FDA cleared it for exactly "
        "this kind of nightmare decades ago, the psychiatrist told him, which is why it's such a common first "
        "choice.",
        MISSTATEMENT,
        "approved-for-ptsd-nightmares",
        "warning",
    ),
    # a counsellor's word
    (
        "prazosin",
        "Regulators okayed prazosin for just that sort of trauma dream back in the nineties, my counsellor said.",
        MISSTATEMENT,
        "approved-for-ptsd-nightmares",
        "warning",
    ),
    # the brand, plural kinds
    (
        "prazosin",
        "The FDA approved Minipress for precisely these kinds of bad dreams, so your GP can prescribe it without a second thought.",
        MISSTATEMENT,
        "approved-for-ptsd-nightmares",
        "warning",
    ),
    # another drug's unapproved use
    (
        "risperidone",
        "Risperdal is approved for exactly this kind of dementia agitation, the care home manager told us.",
        MISSTATEMENT,
        "approved-for-dementia",
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # the approved use cleared, the other off-label
    (
        "prazosin",
        "The FDA cleared it for high blood pressure decades ago; using it for this kind of nightmare is off-label.",
        MISSTATEMENT,
        "approved-for-ptsd-nightmares",
    ),
    # denied
    (
        "prazosin",
        "The FDA never cleared it for exactly this kind of nightmare, the psychiatrist told him, but it is widely used.",
        MISSTATEMENT,
        "approved-for-ptsd-nightmares",
    ),
    # found by chance
    (
        "prazosin",
        "The FDA cleared it for high blood pressure; doctors noticed by chance that it helped veterans with nightmares.",
        MISSTATEMENT,
        "approved-for-ptsd-nightmares",
    ),
]
