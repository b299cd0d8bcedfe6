"""Not-addictive implied by a user's story (missed in eval/holdout141 di02, alprazolam): years on the tablets and
never once felt hooked, and the bad name put on the users who party with them or misuse them ("Six years on the
same peach and white tablets and I've never once felt hooked. It's the people who party with them that give these
pills the bad name."). A warning: told as one person's story, not stated as a fact. Near misses: years on it and
never felt better, a habit that did come, the bad name put on the side effects, and a plain worry about misuse stay
silent."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

_ALPRAZOLAM = "Alprazolam is prescribed for anxiety and panic disorder.\n\n"
_LORAZEPAM = "Lorazepam is prescribed for anxiety.\n\n"
_OXYCODONE = "Oxycodone is prescribed for severe pain.\n\n"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "alprazolam",
        _ALPRAZOLAM + "Six years on the same peach and white tablets and I've never once felt hooked. It's the"
        " people who party with them that give these pills the bad name.",
        MISSTATEMENT,
        "not-addictive",
        "warning",
    ),
    (
        "alprazolam",
        _ALPRAZOLAM + "Eight years on Xanax now and I have never felt addicted, not for a single day.",
        MISSTATEMENT,
        "not-addictive",
        "warning",
    ),
    (
        "lorazepam",
        _LORAZEPAM + "My mum has taken it for a decade and never once got hooked.",
        MISSTATEMENT,
        "not-addictive",
        "warning",
    ),
    (
        "lorazepam",
        _LORAZEPAM + "Honestly it's the folks who abuse them at parties who gave these tablets a bad reputation.",
        MISSTATEMENT,
        "not-addictive",
        "warning",
    ),
    (
        "oxycodone",
        _OXYCODONE + "Only the people misusing it give oxycodone its bad name.",
        MISSTATEMENT,
        "not-addictive",
        "warning",
    ),
    (
        "alprazolam",
        _ALPRAZOLAM + "The bad rap comes from people who abuse them with alcohol, not from patients like me.",
        MISSTATEMENT,
        "not-addictive",
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "alprazolam",
        _ALPRAZOLAM + "Six years on the same tablets and I've never once felt better than in the first month.",
        MISSTATEMENT,
        "not-addictive",
    ),
    (
        "alprazolam",
        _ALPRAZOLAM + "Six years on the same tablets and I never felt hooked until the day I tried to stop.",
        MISSTATEMENT,
        "not-addictive",
    ),
    (
        "lorazepam",
        _LORAZEPAM + "The drowsiness and the memory gaps are what give these pills a bad name.",
        MISSTATEMENT,
        "not-addictive",
    ),
    (
        "oxycodone",
        _OXYCODONE + "People who misuse oxycodone can overdose, and anyone taking it can become dependent.",
        MISSTATEMENT,
        "not-addictive",
    ),
    (
        "lorazepam",
        _LORAZEPAM + "For years I never felt hooked, but two years ago I found I could not sleep without it.",
        MISSTATEMENT,
        "not-addictive",
    ),
]
