"""Hydrochlorothiazide said to let the body hold its potassium, in a story, from eval/holdout207 (fw06), as a class.

Class: the thiazide, or "it" for it, said to let or help the body (yours, mine, hers) hold its own potassium, or to hold
the body's potassium, bare, with no "on to" ("like her sister's spironolactone, it lets the body hold its potassium").
Hydrochlorothiazide lowers potassium (label 5 WARNINGS AND PRECAUTIONS: hypokalemia); it is not potassium-sparing:
`wrong-diuretic-class`, a warning. Near misses: spironolactone's in a sentence that sets HCTZ against it, denied, blood
pressure held down.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "wrong-diuretic-class"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fw06)
    (
        "hydrochlorothiazide",
        "**A story from the rectory kitchen.** Dolores, who has run our funeral lunches for thirty years, tells me the nice"
        " thing about her HCTZ is that, like her sister's spironolactone, it lets the body hold its potassium. So she has"
        " stopped the potassium tablets her doctor gave her.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    # new wordings, other voices
    ("hydrochlorothiazide", "My HCTZ helps my body hold its own potassium, so I never bother with bananas.", MISSTATEMENT, ITEM, "warning"),
    (
        "hydrochlorothiazide",
        "Hydrochlorothiazide lets your body hold your potassium, the way the gentler water pills do.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "hydrochlorothiazide",
        "The good news with hydrochlorothiazide is that it holds the body's potassium, so no supplements are needed.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # spironolactone's, set against it
    (
        "hydrochlorothiazide",
        "Hydrochlorothiazide can make the body lose its potassium, unlike spironolactone, which lets the body hold its potassium.",
        MISSTATEMENT,
        ITEM,
    ),
    # denied
    (
        "hydrochlorothiazide",
        "HCTZ does not let the body hold its potassium; your doctor may add a potassium tablet.",
        MISSTATEMENT,
        ITEM,
    ),
    # blood pressure held down
    ("hydrochlorothiazide", "Hydrochlorothiazide holds your blood pressure down, but it can lower your potassium.", MISSTATEMENT, ITEM),
]
