"""High potassium told in lay words counts as the hyperkalaemia warning (eval/holdout186 fb06: a false error on a clean
draft), as a class.

The warning told as potassium "that climbs too high" or "which can build up" (a relative clause between the word and what
it does), and spironolactone's monitoring told the other way round ("your doctor checks your potassium"). Still missing:
potassium as food or a mineral the body needs, or salt substitutes that contain it, with nothing said of it rising.
"""

from __future__ import annotations

MISSING = "safety-warnings.missing"

_SPIRO = "Spironolactone is a water pill for heart failure, high blood pressure and swelling.\n\n"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    ("spironolactone", _SPIRO + "Bananas and oranges are rich in potassium that your body needs.", MISSING, "hyperkalemia", "error"),
    ("spironolactone", _SPIRO + "Potassium, a mineral that keeps nerves working, is in many foods.", MISSING, "hyperkalemia", "error"),
    ("spironolactone", _SPIRO + "Ask before you buy salt substitutes that contain potassium.", MISSING, "hyperkalemia", "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording (fb06)
    (
        "spironolactone",
        _SPIRO + "Spironolactone makes your body hold on to potassium, and potassium that climbs too high can cause a dangerous,"
        " uneven heartbeat.",
        MISSING,
        "hyperkalemia",
    ),
    # other voices
    ("spironolactone", _SPIRO + "Your potassium, which can creep up on this tablet, is worth knowing about.", MISSING, "hyperkalemia"),
    (
        "losartan",
        "Losartan treats high blood pressure. Losartan can leave some people with potassium that rises too high, so ask"
        " before using salt substitutes.",
        MISSING,
        "hypotension-renal-potassium",
    ),
    (
        "lisinopril",
        "Lisinopril treats high blood pressure. It keeps potassium in the body, and potassium which builds up can upset the"
        " heart's rhythm.",
        MISSING,
        "hyperkalemia-renal",
    ),
    ("spironolactone", _SPIRO + "That's why your nurse checks your potassium with a blood test every few months.", MISSING, "hyperkalemia"),
]
