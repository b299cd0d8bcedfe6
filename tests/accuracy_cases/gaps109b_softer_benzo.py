"""A medicine likened to a benzodiazepine as a softer strength of the same kind (eval/holdout108 cb07: "Honestly it's
like a gentler Ativan, the same kind of pill, just the softer version"), as a class of the shared wrong-class kind.

1. A member of the class with a softening word before it: "a gentler Ativan", "a milder Xanax", "a watered-down Klonopin".
2. The member with "lite" or "light" after it: "Valium lite".
Not a comparison that keeps the two apart ("a gentler option than Ativan", "gentler than Xanax", "works differently from
Xanax"), not a denial ("is not a milder Xanax", "unlike Ativan, it is not a benzodiazepine"), not another medicine taken
before ("If you have taken Ativan before, tell your doctor").
"""

from __future__ import annotations

RULE = "accuracy.misstatement"
ITEM = "not-a-benzodiazepine"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "buspirone",
        "Honestly it's like a gentler Ativan, the same kind of pill, just the softer version so your doctor is less nervous "
        "about giving it to you.",
        RULE,
        ITEM,
        "warning",
    ),
    ("buspirone", "My psychiatrist said buspirone is basically a milder Xanax.", RULE, ITEM, "warning"),
    ("buspirone", "It's Valium lite, if you ask me.", RULE, ITEM, "warning"),
    ("buspirone", "Buspirone is a watered-down Klonopin that your GP is happy to hand out.", RULE, ITEM, "warning"),
    ("hydroxyzine", "Hydroxyzine is a much milder Xanax, so you can take it when you need it.", RULE, ITEM, "warning"),
]

#: (drug, body, rule, item): near misses that must stay silent.
SHOULD_NOT = [
    ("buspirone", "Unlike Ativan, it is not a benzodiazepine.", RULE, ITEM),
    ("buspirone", "It works differently from Xanax.", RULE, ITEM),
    ("buspirone", "If you have taken Ativan before, tell your doctor.", RULE, ITEM),
    ("buspirone", "Buspirone is a gentler option than Ativan for long-term worry.", RULE, ITEM),
    ("buspirone", "Buspirone is gentler than Xanax and does not cause dependence.", RULE, ITEM),
    ("buspirone", "Buspirone is not a milder Xanax; it is a different kind of medicine altogether.", RULE, ITEM),
]
