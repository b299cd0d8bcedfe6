"""A drug put in a wrong class by the group's own word (holdout91 bk08, holdout93 bm04 and bm10), as a class.

"Amlodipine is from the group of the beta-blockers" (the group named first, the class after it: "belongs to the family
of ACE inhibitors", "comes from a class of medicines called beta blockers"), "Coreg sits in the same bucket as
amlodipine" (a careless site's word for the group: bucket, camp, clan), "one of those calcium-blocking pills" and
"one of the potassium-saving water tablets" (the class told by what it blocks or spares). Quiet: the right class,
a denial, "a different group than", another drug of the class as the subject, a drug of the class given with it,
"unlike the beta-blockers".
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

_AMLODIPINE = "Amlodipine lowers blood pressure. "
_CARVEDILOL = "Carvedilol treats high blood pressure and heart failure. "
_HCTZ = "Hydrochlorothiazide is a water tablet for high blood pressure. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "amlodipine",
        _AMLODIPINE + "Amlodipine is from the group of the beta-blockers. It makes the heart to beat more slow and more "
        "soft, and so the pressure goes down.",
        MISSTATEMENT,
        "wrong-class",
        "warning",
    ),
    (
        "amlodipine",
        _AMLODIPINE + "Amlodipine belongs to the family of ACE inhibitors, so it relaxes the blood vessels.",
        MISSTATEMENT,
        "wrong-class",
        "warning",
    ),
    ("amlodipine", _AMLODIPINE + "Norvasc comes from a class of medicines called beta blockers.", MISSTATEMENT, "wrong-class", "warning"),
    ("amlodipine", _AMLODIPINE + "Amlodipine is a member of the group known as the diuretics.", MISSTATEMENT, "wrong-class", "warning"),
    (
        "carvedilol",
        _CARVEDILOL + "Here's the easy way to think about it. Coreg sits in the same bucket as amlodipine: one of those "
        "calcium-blocking pills that relax the walls of your arteries so the pressure drops.",
        MISSTATEMENT,
        "wrong-class",
        "warning",
    ),
    ("carvedilol", _CARVEDILOL + "Carvedilol is part of the family of calcium channel blockers.", MISSTATEMENT, "wrong-class", "warning"),
    ("carvedilol", _CARVEDILOL + "Coreg is basically in the same camp as Norvasc and diltiazem.", MISSTATEMENT, "wrong-class", "warning"),
    ("carvedilol", _CARVEDILOL + "Carvedilol falls into the group of the ARBs.", MISSTATEMENT, "wrong-class", "warning"),
    (
        "hydrochlorothiazide",
        _HCTZ + "Hydrochlorothiazide is one of the potassium-saving water tablets, so your potassium stays steady and you "
        "will not need extra bananas or supplements while you take it.",
        MISSTATEMENT,
        "wrong-diuretic-class",
        "warning",
    ),
    (
        "hydrochlorothiazide",
        _HCTZ + "HCTZ belongs to the group of potassium-sparing diuretics.",
        MISSTATEMENT,
        "wrong-diuretic-class",
        "warning",
    ),
    (
        "hydrochlorothiazide",
        _HCTZ + "Hydrochlorothiazide is a potassium-keeping water pill.",
        MISSTATEMENT,
        "wrong-diuretic-class",
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("amlodipine", _AMLODIPINE + "Amlodipine is from the group of the calcium channel blockers.", MISSTATEMENT, "wrong-class"),
    ("amlodipine", _AMLODIPINE + "Amlodipine is not from the group of the beta-blockers.", MISSTATEMENT, "wrong-class"),
    ("amlodipine", _AMLODIPINE + "Amlodipine is from a different group than the beta-blockers.", MISSTATEMENT, "wrong-class"),
    (
        "amlodipine",
        _AMLODIPINE + "Metoprolol is from the group of the beta-blockers; amlodipine is a calcium channel blocker.",
        MISSTATEMENT,
        "wrong-class",
    ),
    (
        "amlodipine",
        _AMLODIPINE + "Amlodipine is often given with a medicine from the group of the beta-blockers.",
        MISSTATEMENT,
        "wrong-class",
    ),
    ("amlodipine", _AMLODIPINE + "Unlike the beta-blockers, amlodipine does not slow the heart.", MISSTATEMENT, "wrong-class"),
    ("carvedilol", _CARVEDILOL + "Carvedilol sits in the same bucket as metoprolol: the beta blockers.", MISSTATEMENT, "wrong-class"),
    (
        "carvedilol",
        _CARVEDILOL + "Carvedilol is from the group of the beta blockers, with extra alpha-blocking action.",
        MISSTATEMENT,
        "wrong-class",
    ),
    (
        "carvedilol",
        _CARVEDILOL + "Coreg is not in the same bucket as amlodipine, which is a calcium-blocking pill.",
        MISSTATEMENT,
        "wrong-class",
    ),
    (
        "carvedilol",
        _CARVEDILOL + "Amlodipine is one of the calcium-blocking pills; carvedilol is a beta blocker.",
        MISSTATEMENT,
        "wrong-class",
    ),
    (
        "hydrochlorothiazide",
        _HCTZ + "Hydrochlorothiazide is often combined with one of the potassium-saving water tablets, such as triamterene.",
        MISSTATEMENT,
        "wrong-diuretic-class",
    ),
    (
        "hydrochlorothiazide",
        _HCTZ + "Unlike the potassium-saving water tablets, hydrochlorothiazide can lower your potassium.",
        MISSTATEMENT,
        "wrong-diuretic-class",
    ),
    (
        "hydrochlorothiazide",
        _HCTZ + "Hydrochlorothiazide is not one of the potassium-saving water tablets, so we check your potassium.",
        MISSTATEMENT,
        "wrong-diuretic-class",
    ),
    ("hydrochlorothiazide", _HCTZ + "Hydrochlorothiazide is one of the thiazide water tablets.", MISSTATEMENT, "wrong-diuretic-class"),
]
