"""Hydrochlorothiazide told as a water pill that lets the body keep its potassium, from eval/holdout199 (fo12,
hydrochlorothiazide), as a class.

Class: the drug "one of the water pills that lets you hang on to your potassium", "the kind that helps the body hold on to
potassium", also when a later clause names another drug as no subject ("..., so she never bothered with the potassium
tablets her sister takes with her furosemide": the pronoun is still hydrochlorothiazide). HCTZ is a thiazide that can lower
potassium (label 5 WARNINGS AND PRECAUTIONS): `wrong-diuretic-class`, a warning. Near misses: a water pill that makes
you lose potassium, a potassium-sparing drug named as the one that does it, a cataphoric pronoun whose subject follows.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "wrong-diuretic-class"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fo12)
    (
        "hydrochlorothiazide",
        "Margaret takes 12.5 mg of hydrochlorothiazide with breakfast.\n\nOne reason her doctor picked it, she says, is that"
        " it's one of the water pills that lets you hang on to your potassium, so she has never bothered with bananas or"
        " the potassium tablets her sister takes with her furosemide.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    # new wordings, other voices
    # (an end-of-stop spot check: "one of those", "keep hold of")
    (
        "hydrochlorothiazide",
        "It is one of those water tablets that let you keep hold of your potassium, so no bananas needed.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "hydrochlorothiazide",
        "HCTZ is the kind that helps the body hold on to potassium, my pharmacist told me.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "hydrochlorothiazide",
        "Dad's on hydrochlorothiazide. It's a water tablet that lets him keep his potassium, and he's glad, because"
        " his brother is forever eating bananas on his Lasix.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "hydrochlorothiazide",
        "The nice thing is it's a diuretic which allows you to hang onto your potassium; no supplements needed.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # another drug keeps it, ours lowers it
    (
        "hydrochlorothiazide",
        "Unlike spironolactone, which lets you keep hold of your potassium, HCTZ can lower it.",
        MISSTATEMENT,
        ITEM,
    ),
    # the fact: it makes you lose potassium
    (
        "hydrochlorothiazide",
        "It's one of the water pills that makes you lose potassium, so your doctor will check your blood now and then.",
        MISSTATEMENT,
        ITEM,
    ),
    # the potassium-sparing drug named as the one that does it
    (
        "hydrochlorothiazide",
        "Hydrochlorothiazide lowers potassium; spironolactone is the water pill that lets you hang on to your potassium,"
        " which is why they are sometimes given together.",
        MISSTATEMENT,
        ITEM,
    ),
    # the pronoun's subject follows it
    (
        "hydrochlorothiazide",
        "Because it's the water pill that lets you hang on to your potassium, spironolactone is often added to hydrochlorothiazide.",
        MISSTATEMENT,
        ITEM,
    ),
]
