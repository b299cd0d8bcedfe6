"""A benzodiazepine left out for a week at a time, told as harmless, from eval/holdout184 (ez07, diazepam), as a class.

Class: a pause of a week or days told as a practice ("often leaves it out for a week or so when she's visiting her daughter,
with no bother at all") or endorsed by its nothing-bad outcome, the break named after it ("After all those years your body
won't even notice a week off"). The boxed warning says abrupt stopping or a rapid dose reduction can bring on life-threatening
withdrawal: the `safe-to-stop` kind, which now reads "leave it out for", "with no bother" and the break after the verdict.
Near misses: a day off work, a break planned by the doctor, symptoms told after the pause, and the pause warned against.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (ez07)
    (
        "diazepam",
        "**Dorothy said she has taken Valium every night for eleven years and often leaves it out for a week or so when she's"
        " visiting her daughter, with no bother at all.** Mr. Haines agreed there's no harm in that: \"After all those years"
        " your body won't even notice a week off.\"",
        MISSTATEMENT,
        "safe-to-stop",
        "error",
    ),
    # new wordings, other voices
    ("diazepam", "After all those years your body won't even notice a week off.", MISSTATEMENT, "safe-to-stop", "error"),
    (
        "lorazepam",
        "My dad swears by it. He just leaves his Ativan out for a few days when he goes fishing, with no trouble at all.",
        MISSTATEMENT,
        "safe-to-stop",
        "error",
    ),
    (
        "clonazepam",
        "Honestly, you won't feel a thing from a weekend off it, I do it all the time.",
        MISSTATEMENT,
        "safe-to-stop",
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # a day off work
    (
        "diazepam",
        "Take it as your doctor prescribed. You'll be fine after a day off work, and the stiffness in your back should ease.",
        MISSTATEMENT,
        "safe-to-stop",
    ),
    # symptoms told after the pause
    (
        "diazepam",
        "She left her Valium out for a week while visiting her daughter and ended up shaking and unable to sleep.",
        MISSTATEMENT,
        "safe-to-stop",
    ),
    # the pause warned against
    (
        "lorazepam",
        "Don't assume your body won't notice a week off: stopping suddenly can cause seizures.",
        MISSTATEMENT,
        "safe-to-stop",
    ),
    # a break the doctor plans
    (
        "clonazepam",
        "You'll be fine for a few days off it before the operation, as long as the surgeon and your doctor have planned it.",
        MISSTATEMENT,
        "safe-to-stop",
    ),
]
