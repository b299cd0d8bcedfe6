"""Hair regrowth told as lasting after stopping, by a story of someone who stopped once the hair had come in and looks
the same since, or by the treatment told as a course of set length, from eval/holdout208 (fx06, minoxidil), as a class.

Class: "He used the foam for about a year, stopped last summer once the crown had filled in, and his hair still looks
exactly the same now. So think of it as a one-year project and you'll be fine." Topical minoxidil must be used every day;
new hair is lost within months of stopping (Drug Facts: Directions / When using this product): `cures-baldness` (a
warning). Near misses: the hair lost after stopping; stopped before anything grew; a trial of set length then a decision;
the writer's still using it.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "cures-baldness"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fx06)
    (
        "minoxidil",
        "My buddy Marco had the same bald spot. He used the foam for about a year, stopped last summer once the crown had"
        " filled in, and his hair still looks exactly the same now.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "minoxidil",
        "Real talk: it's slow, but it works. So think of it as a one-year project and you'll be fine.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    # new wordings, other voices
    (
        "minoxidil",
        "I quit Rogaine when my hairline grew back in, and it's every bit as thick as it was.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "minoxidil",
        "My husband dropped the solution after eighteen months, as soon as the thin patch had filled in, and his crown is"
        " still the same today.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "minoxidil",
        "Think of Rogaine as a six-month job: get the coverage back, then move on.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # the hair lost after stopping
    (
        "minoxidil",
        "He stopped the foam once his crown had filled in, and within three months his hair looked the same as before he started.",
        MISSTATEMENT,
        ITEM,
    ),
    # stopped before anything grew: unchanged means no regrowth
    (
        "minoxidil",
        "He stopped the foam after two weeks because of the itching, and his hair still looks exactly the same.",
        MISSTATEMENT,
        ITEM,
    ),
    # a trial of set length, then a decision
    (
        "minoxidil",
        "Think of it as a four-month project to start with, then decide with your doctor whether to keep going.",
        MISSTATEMENT,
        ITEM,
    ),
    # still using it
    (
        "minoxidil",
        "My crown filled in after a year, and it still looks the same now because I still use the foam every night.",
        MISSTATEMENT,
        ITEM,
    ),
]
