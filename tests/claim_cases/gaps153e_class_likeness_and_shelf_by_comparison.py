"""A medicine's class, likeness or action misstated by a comparison, and a prescription medicine put on a store's open shelf,
from eval/holdout345 (le06 buspirone, le08 bupropion), holdout346 (lf08 furosemide), holdout350 (lj09 hydrochlorothiazide) and
holdout343 (lc07 pantoprazole), as a class.

Class: the drug told as a milder or gentler version, cousin or relative of "the old nerve pills" or "the old-fashioned
tranquillisers" (buspirone is no sedative); said to work the same way as "most of the popular antidepressants", or to top up
"the brain's feel-good chemical, serotonin" (bupropion works on noradrenaline and dopamine); the same gentle sort of water
tablet as indapamide or bendroflumethiazide (furosemide is a loop diuretic); said to leave the potassium "exactly where it
is" (a thiazide or loop diuretic lowers it); pantoprazole "sat on the shelf next to the Tums", picked "up off the shelf at
any US drugstore, like omeprazole" (prescription-only in the US).

Silent: the likeness denied or turned ("unlike the old nerve pills", "not a milder version of"), a comparison of strength or
result ("a milder option than", "works as well as the popular antidepressants"), the same words of another medicine (the
SSRIs' action told of sertraline, indapamide called gentle), the potassium told to drop or checked ("make sure your
potassium stays where it is"), the shelf abroad ("in the UK") or another drug's (omeprazole's), and a question.
"""

from __future__ import annotations

WRONG = "accuracy.misstatement"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (le06, le08, lf08, lj09, lc07)
    (
        "buspirone",
        "Buspirone is basically a milder version of the old nerve pills in your grandmother's handbag, the kind that calm you"
        " by slowing the whole brain down.",
        WRONG,
        "warning",
    ),
    (
        "bupropion",
        "**NAOMI:** Same active ingredient, yes. Bupropion works the same way as most of the popular antidepressants, by topping"
        " up the brain's feel-good chemical, serotonin. What's different is that it rarely causes weight gain.",
        WRONG,
        "warning",
    ),
    (
        "furosemide",
        "Furosemide is the same gentle sort of water tablet as indapamide, the one the other half of the committee seems to be on.",
        WRONG,
        "warning",
    ),
    (
        "hydrochlorothiazide",
        "**FIONA:** This one's different from your dad's: hydrochlorothiazide leaves your potassium exactly where it is, so"
        " there's no need to fuss about bananas.",
        WRONG,
        "warning",
    ),
    (
        "pantoprazole",
        "**KebabKing_Leeds:** Same family (PPIs), different drug. Cousin in Ohio says over there it's sat on the shelf next to"
        " the Tums at any drugstore, same as omeprazole.",
        WRONG,
        "warning",
    ),
    # other voices, shapes and drugs of the class
    ("buspirone", "Think of buspirone as a softer version of the old nerve pills your nan kept in her purse.", WRONG, "warning"),
    ("buspirone", "BuSpar is really just a weaker version of the old-fashioned tranquillisers.", WRONG, "warning"),
    ("buspirone", "Buspirone is a gentler relative of the old nerve pills.", WRONG, "warning"),
    (
        "bupropion",
        "Wellbutrin works just like the popular antidepressants, raising the brain's happy chemical, serotonin.",
        WRONG,
        "warning",
    ),
    ("bupropion", "In plain terms, Wellbutrin works in much the same way as the common antidepressants.", WRONG, "warning"),
    ("bupropion", "Bupropion tops up the brain's feel-good chemical, serotonin.", WRONG, "warning"),
    ("furosemide", "Lasix is the same mild kind of water pill as bendroflumethiazide.", WRONG, "warning"),
    ("furosemide", "Furosemide is the same sort of water tablet as indapamide, so don't worry.", WRONG, "warning"),
    ("furosemide", "Furosemide leaves your potassium exactly where it is.", WRONG, "warning"),
    ("hydrochlorothiazide", "HCTZ leaves your potassium levels exactly as they were.", WRONG, "warning"),
    ("hydrochlorothiazide", "On hydrochlorothiazide your potassium stays exactly where it is.", WRONG, "warning"),
    ("pantoprazole", "Pantoprazole is sat on the shelf next to the Tums in every Walgreens.", WRONG, "warning"),
    ("pantoprazole", "You can pick pantoprazole up off the shelf at any US drugstore, like omeprazole.", WRONG, "warning"),
    ("pantoprazole", "Protonix sits right there on the shelf at any American drugstore.", WRONG, "warning"),
]

#: (drug, body, rule): wordings that must stay silent.
SHOULD_NOT = [
    # the likeness denied or turned
    (
        "buspirone",
        "Buspirone is not a milder version of the old nerve pills in your grandmother's handbag; it does not slow the brain down.",
        WRONG,
    ),
    ("buspirone", "Unlike the old nerve pills in your grandmother's handbag, buspirone does not slow the whole brain down.", WRONG),
    ("buspirone", "Buspirone is a milder option than the old nerve pills, and it is not habit-forming.", WRONG),
    # another medicine's
    ("buspirone", "Your grandmother's Valium was one of the old nerve pills that calm you by slowing the whole brain down.", WRONG),
    # a result, not an action; the action denied; another medicine's action
    ("bupropion", "Bupropion works about as well as most of the popular antidepressants for low mood.", WRONG),
    (
        "bupropion",
        "Bupropion works differently from most of the popular antidepressants: it acts on dopamine and noradrenaline, not the"
        " brain's feel-good chemical, serotonin.",
        WRONG,
    ),
    (
        "bupropion",
        "Sertraline tops up the brain's feel-good chemical, serotonin; bupropion works on dopamine and noradrenaline instead.",
        WRONG,
    ),
    ("bupropion", "Does bupropion work the same way as the popular antidepressants?", WRONG),
    # a strength compared; indapamide called gentle
    ("furosemide", "Furosemide is a much stronger sort of water tablet than indapamide.", WRONG),
    ("furosemide", "Indapamide is the gentle sort of water tablet; furosemide is much stronger.", WRONG),
    ("furosemide", "Furosemide is not the same gentle sort of water tablet as indapamide.", WRONG),
    # the potassium told to drop, denied, or to be checked
    ("hydrochlorothiazide", "Hydrochlorothiazide does not leave your potassium exactly where it is, so your doctor checks it.", WRONG),
    ("hydrochlorothiazide", "Spironolactone leaves your potassium exactly where it is; hydrochlorothiazide can lower it.", WRONG),
    ("furosemide", "Your doctor will check that your potassium stays exactly where it should be on furosemide.", WRONG),
    # the shelf abroad, another drug's, or denied
    ("pantoprazole", "In the UK, pantoprazole is sat on the shelf next to the Gaviscon in every supermarket.", WRONG),
    (
        "pantoprazole",
        "Omeprazole sits on the shelf next to the Tums at any drugstore; pantoprazole needs a prescription.",
        WRONG,
    ),
    ("pantoprazole", "You can't pick pantoprazole up off the shelf at a US drugstore, unlike omeprazole.", WRONG),
    ("pantoprazole", "Doctors pick pantoprazole when OTC omeprazole has not worked.", WRONG),
    ("pantoprazole", "Keep your pantoprazole on the shelf in the bathroom cabinet, away from the children.", WRONG),
]
