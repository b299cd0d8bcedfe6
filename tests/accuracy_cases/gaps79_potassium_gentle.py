"""A loop or thiazide diuretic said to go easy on potassium (holdout82 bb10), as a class.

"Its big advantage, Margaret's cardiologist told her, is that it is gentle on the body's potassium": furosemide and
hydrochlorothiazide lower potassium; calling them gentle on it, potassium-friendly, or saying they don't touch it,
makes them potassium-sparing in lay words. A denial, another drug that spares potassium, a comparison ("not as much
as") and gentleness about something else stay silent.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "wrong-diuretic-class"

_FUROSEMIDE = "Furosemide treats swelling. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "furosemide",
        _FUROSEMIDE + "Its big advantage, Margaret's cardiologist told her, is that it is gentle on the body's potassium, "
        "so she has never needed to think about bananas or supplements while taking it.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("furosemide", _FUROSEMIDE + "Lasix is easy on your potassium, my GP said.", MISSTATEMENT, ITEM, "warning"),
    ("furosemide", _FUROSEMIDE + "This water pill doesn't touch your potassium at all.", MISSTATEMENT, ITEM, "warning"),
    ("furosemide", _FUROSEMIDE + "It's potassium-friendly, so no bananas needed.", MISSTATEMENT, ITEM, "warning"),
    (
        "hydrochlorothiazide",
        "HCTZ treats high blood pressure. HCTZ is kind to your potassium, so you needn't worry.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("furosemide", _FUROSEMIDE + "Furosemide is not gentle on your potassium; your doctor will check your blood.", MISSTATEMENT, ITEM),
    ("furosemide", _FUROSEMIDE + "Spironolactone is gentle on potassium, so it is often added to furosemide.", MISSTATEMENT, ITEM),
    (
        "furosemide",
        _FUROSEMIDE + "At low doses it doesn't lower potassium as much as people fear, but your levels are still checked.",
        MISSTATEMENT,
        ITEM,
    ),
    ("furosemide", _FUROSEMIDE + "Try to be gentle on yourself; eat foods rich in potassium.", MISSTATEMENT, ITEM),
]
