"""The medicine's flow or supply told stopping by itself, a thing the subject of a sudden stop (a pump's medicine, the
flow into the spine, a patch's dose, the supply when a pharmacy runs short), is a warning of what can go wrong, not leave
to stop the drug (safe-to-stop): "If a pump runs low, the alarm goes off, or the catheter kinks, the medicine can stop
abruptly." (eval/holdout159 ea13). Near misses, still the misstatement: a person on the drug given leave ("People on the
pump can stop it suddenly"), a stop at will said of the medicine ("The medicine can stop whenever you feel better"), the
patches stopped all at once, and "anyone on medication like this" told they can stop it overnight."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    ("baclofen", "People on the pump can stop it suddenly with no harm.", MISSTATEMENT, "safe-to-stop", "error"),
    ("baclofen", "The medicine can stop whenever you feel better.", MISSTATEMENT, "safe-to-stop", "error"),
    ("baclofen", "Good news: the medicine is gentle, so you can stop it suddenly.", MISSTATEMENT, "safe-to-stop", "error"),
    ("clonidine", "It's fine to stop the patches all at once if your skin gets sore.", MISSTATEMENT, "safe-to-stop", "error"),
    ("clopidogrel", "Anyone on medication like this can stop it overnight without trouble.", MISSTATEMENT, "safe-to-stop", "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "baclofen",
        "A few of our players have a baclofen pump. If a pump runs low, the alarm goes off, or the catheter kinks, the "
        "medicine can stop abruptly. That can cause high fever, confusion, muscle rigidity and a rebound in spasms.",
        MISSTATEMENT,
        "safe-to-stop",
    ),
    (
        "baclofen",
        "When the pump battery runs flat, the flow of baclofen into the spinal fluid may stop suddenly; this is an emergency.",
        MISSTATEMENT,
        "safe-to-stop",
    ),
    (
        "baclofen",
        "Your baclofen pump needs its refills. If the pump's battery dies, it can stop abruptly, so learn the low-battery alarm.",
        MISSTATEMENT,
        "safe-to-stop",
    ),
    (
        "clonidine",
        "Clonidine also comes as a weekly skin patch. If the patch peels off in the shower, your dose could stop all at once.",
        MISSTATEMENT,
        "safe-to-stop",
    ),
    (
        "clopidogrel",
        "Clopidogrel keeps your stent open. If your pharmacy runs short, your supply can stop overnight, so order repeats a week ahead.",
        MISSTATEMENT,
        "safe-to-stop",
    ),
]
