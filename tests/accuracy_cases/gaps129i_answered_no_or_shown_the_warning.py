"""A stop-suddenly claim or question answered by a "no" or by the label's warning read out, from eval/holdout152 (dt08,
lorazepam) and eval/holdout156 (dx03, prednisone), two false errors, as a class.

Class: the sentence after a reported claim or question ("I asked whether he could just stop the lorazepam now", "Her
cousin on the phone insisted she could just quit once she feels better") refutes it when someone answers no ("Jen said no,
not all at once", "She told me no", "His doctor answered: absolutely not") or the writer reads or shows them the label's
warning ("I read her the part about the adrenal glands going to sleep", "I showed him the warning on the leaflet about
stopping suddenly"). Still reported: "said no alcohol" (a "no" that is not the answer), an answer yes, the instructions
read out, the claim made outright.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
_LORAZEPAM = "Lorazepam is a benzodiazepine for anxiety.\n\n"
_PREDNISONE = "Prednisone is a corticosteroid for inflammation.\n\n"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "lorazepam",
        _LORAZEPAM + "I asked whether he could just stop the lorazepam now. Jen said no alcohol while he is on it.",
        MISSTATEMENT,
        "safe-to-stop",
        "error",
    ),
    (
        "lorazepam",
        _LORAZEPAM + "I asked whether he could just stop the lorazepam now. Jen said yes, whenever he likes.",
        MISSTATEMENT,
        "safe-to-stop",
        "error",
    ),
    (
        "prednisone",
        _PREDNISONE + "My brother says you can just stop prednisone once you feel better. I read him the instructions on the box.",
        MISSTATEMENT,
        "safe-to-stop",
        "error",
    ),
    ("prednisone", _PREDNISONE + "You can just stop prednisone once you feel better.", MISSTATEMENT, "safe-to-stop", "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # the drafts' own wordings (dt08, dx03)
    (
        "lorazepam",
        _LORAZEPAM + "**Week 8.** Ray's scan was clear enough that the doctor is talking about a break. I asked whether he could just"
        " stop the lorazepam now. Jen said no, not all at once. After weeks of regular use, his body has adjusted to it, and"
        " stopping suddenly can cause withdrawal, shaking and even seizures.",
        MISSTATEMENT,
        "safe-to-stop",
    ),
    (
        "prednisone",
        _PREDNISONE + "**Thursday, week 4.** First step down, to 12.5 mg. The plan is a slow taper over many months. Her cousin on the"
        " phone insisted she could just quit once she feels better. I read her the part about the adrenal glands going to sleep."
        " She went quiet.",
        MISSTATEMENT,
        "safe-to-stop",
    ),
    # new wordings
    (
        "lorazepam",
        _LORAZEPAM + "I asked the pharmacist if I could just quit the Ativan once I felt better. She told me no.",
        MISSTATEMENT,
        "safe-to-stop",
    ),
    (
        "lorazepam",
        _LORAZEPAM + "My husband wondered whether he could stop taking lorazepam all at once. His doctor answered: absolutely not.",
        MISSTATEMENT,
        "safe-to-stop",
    ),
    (
        "prednisone",
        _PREDNISONE + "My brother says you can just stop prednisone once you feel better. I showed him the warning on the leaflet"
        " about stopping suddenly.",
        MISSTATEMENT,
        "safe-to-stop",
    ),
    (
        "prednisone",
        _PREDNISONE + "My brother says you can just stop prednisone once you feel better. We pointed him to the bit of the label that"
        " says to taper.",
        MISSTATEMENT,
        "safe-to-stop",
    ),
]
