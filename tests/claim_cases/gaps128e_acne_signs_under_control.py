"""Acne told by its signs, then the drug given "to get those under control", from eval/holdout150 (dr02, spironolactone), as a class.

Class: deep, sore lumps or spots along the chin and jaw before a period, then the prescriber (also by the name patients
call them: "my derm") putting the person on the drug to get them under control or keep them in check, pointing back at the
signs; also in a caption thread written in lower case, where a full stop before a lower-case word ends a sentence.
Spironolactone is approved for heart failure, high blood pressure, edema and primary hyperaldosteronism: acne is off its
label, told in lay words: a warning. Silent: the blood pressure or the potassium brought under control, a side effect kept
in check, and "under control" said of something done for the drug, not by it.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (dr02)
    (
        "spironolactone",
        "**2/** why I'm on it: since about 24 I'd get deep, sore lumps along my chin and jaw that showed up like clockwork the"
        " week before my period and left purple marks for weeks after. creams, two rounds of antibiotic pills, a small fortune in"
        " serums, nothing stuck. my derm finally put me on spiro to get those under control, 50 mg every morning.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings
    (
        "spironolactone",
        "Every month I'd get painful lumps along my jaw before my period. My GP put me on spironolactone to keep them in check.",
        OFF_LABEL,
        "warning",
    ),
    (
        "spironolactone",
        "She gets deep, sore spots along her chin every month. Her derm started her on spironolactone last spring.",
        OFF_LABEL,
        "warning",
    ),
    (
        "spironolactone",
        "I'd had cystic spots along my jaw for years; my dermatologist prescribed spironolactone to bring them under control.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the approved use brought under control
    (
        "spironolactone",
        "My blood pressure was high for years. My GP put me on spironolactone to get it under control.",
        OFF_LABEL,
    ),
    # the drug's own effect kept under control by something else
    (
        "spironolactone",
        "Spironolactone can push your potassium up. Your doctor will check your blood to keep it under control.",
        OFF_LABEL,
    ),
    (
        "spironolactone",
        "Spironolactone can make you pee a lot at first. Taking it in the morning helps keep that in check.",
        OFF_LABEL,
    ),
    # a lower-case caption about the approved use
    (
        "spironolactone",
        "ok so my heart failure got worse last year. my cardiologist put me on spironolactone to get it under control. it helped.",
        OFF_LABEL,
    ),
]
