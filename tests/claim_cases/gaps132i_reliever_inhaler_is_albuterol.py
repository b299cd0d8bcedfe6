"""The reliever inhaler as the article's own drug, from eval/holdout177 (es07, albuterol), as a class.

Class: in an article about albuterol, "the blue inhaler", "my rescue inhaler" or "the reliever" is albuterol itself, so a speed
claim whose subject it is ("the blue inhaler opens your airways pretty much instantly") is the article's own claim: an error.
In an article about another medicine (montelukast, a steroid preventer) the reliever inhaler is another medicine and its speed
is not that article's claim. Silent also: albuterol's label time in minutes, and a hedged speed.
"""

from __future__ import annotations

RAPID = "unsupported-claim.rapid-onset"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (es07)
    (
        "albuterol",
        "Here's my favourite thing about it: the blue inhaler opens your airways pretty much instantly. I've had a squeezed chest"
        " at mile 18 and been back at race pace before the next aid station.",
        RAPID,
        "error",
    ),
    # new wordings, other voices
    ("albuterol", "My rescue inhaler opens my chest right away.", RAPID, "error"),
    ("albuterol", "Our coach tells the squad the blue inhaler works instantly.", RAPID, "error"),
    ("albuterol", "The reliever inhaler clears the wheeze immediately, every single time.", RAPID, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # another medicine's article: the reliever is another medicine
    ("montelukast", "The blue inhaler opens your airways instantly; montelukast is for every day.", RAPID),
    ("montelukast", "Your reliever inhaler works within seconds, but montelukast is a daily preventer.", RAPID),
    # the label's minutes
    ("albuterol", "The blue inhaler usually starts to work within a few minutes.", RAPID),
    # hedged
    ("albuterol", "The blue inhaler can open your airways within minutes, but see a doctor if it doesn't.", RAPID),
]
