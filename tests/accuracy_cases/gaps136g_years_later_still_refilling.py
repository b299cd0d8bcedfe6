"""Long use told by a story, its start and the years since, the person still refilling the drug or still on it, from
eval/holdout208 (fx03, phentermine), as a class.

Class: a drug approved only for a few weeks (phentermine alone: short-term adjunct, label INDICATIONS AND USAGE;
cyclobenzaprine: two to three weeks) told as kept up for years by a story: "She started her first prescription in the
spring of 2023, and three and a half years later she still collects a refill every month". The long-term kind's
misstatement (a warning). Near misses: the person still keeping the weight off or still off the drug; a refill of
another drug; a few weeks later.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "not-for-long-term-use"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fx03)
    (
        "phentermine",
        "Lena has lost 46 pounds. She started her first prescription in the spring of 2023, and three and a half years"
        ' later she still collects a refill every month. "It\'s just part of my routine now, like my vitamins," she says.',
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    # new wordings, other voices
    (
        "phentermine",
        "Two years on, my husband is still picking up a new bottle of Adipex each month, and he swears by it.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "phentermine",
        "Tom got his first phentermine script at 290 pounds. Eighteen months later Tom is still taking it and down 60 pounds.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "phentermine",
        "my cousin went on lomaira before her wedding... a couple of years later she still gets a monthly refill lol",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "cyclobenzaprine",
        "I started Flexeril after my back surgery in 2021. Three years later I'm still taking it every night.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # still keeping the weight off
    (
        "phentermine",
        "Lena took phentermine for twelve weeks alongside the dietitian sessions. Two years later she still keeps the weight off.",
        MISSTATEMENT,
        ITEM,
    ),
    # still off it
    (
        "phentermine",
        "He stopped phentermine after ten weeks, as planned. Three years later he is still off it and still walking daily.",
        MISSTATEMENT,
        ITEM,
    ),
    # a refill of another drug
    (
        "phentermine",
        "She used phentermine for a few weeks in 2023. Three years later she still collects a refill of her metformin every month.",
        MISSTATEMENT,
        ITEM,
    ),
    # a few weeks later
    (
        "phentermine",
        "Lena started phentermine in March. Six weeks later she is still taking it, and her doctor will review it at twelve weeks.",
        MISSTATEMENT,
        ITEM,
    ),
]
