"""A PDE5 inhibitor said to work whatever the mood, as one class for sildenafil and tadalafil (eval/holdout142 dj12:
"you're good to go all weekend, in the mood or not, it basically does the work for you"; the wordings are the shared
kind needs-stimulation). Not "it only works if your head's in it", an erection denied without the mood, nor the mood
not needed at the time of taking it.
"""

from __future__ import annotations

RULE = "accuracy.misstatement"
ITEM = "needs-sexual-stimulation"

_CIALIS = "Cialis treats erectile dysfunction.\n\n"
_VIAGRA = "Viagra treats erectile dysfunction.\n\n"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "tadalafil",
        _CIALIS + "Honestly the best part is you don't have to plan anything: pop one after dinner on\nFriday and you're good "
        "to go all weekend, in the mood or not, it basically does the work for you.",
        RULE,
        ITEM,
        "warning",
    ),
    ("tadalafil", _CIALIS + "Cialis works whether you're in the mood or not.", RULE, ITEM, "warning"),
    ("tadalafil", _CIALIS + "Tadalafil sorts everything out whether your head's in it or not.", RULE, ITEM, "warning"),
    ("tadalafil", _CIALIS + "It takes care of business, even if you're not in the mood.", RULE, ITEM, "warning"),
    ("tadalafil", _CIALIS + "My husband said it made him hornier than he had been in years.", RULE, ITEM, "warning"),
    ("sildenafil", _VIAGRA + "You're good to go all weekend, in the mood or not.", RULE, ITEM, "warning"),
    ("sildenafil", _VIAGRA + "The little blue pill boosts your libido.", RULE, ITEM, "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("tadalafil", _CIALIS + "It only works if your head's in it.", RULE, ITEM),
    ("tadalafil", _CIALIS + "It won't give you an erection if you're not in the mood.", RULE, ITEM),
    ("tadalafil", _CIALIS + "You don't have to be in the mood when you take it.", RULE, ITEM),
    ("sildenafil", _VIAGRA + "It only works if your head's in it.", RULE, ITEM),
]
