"""A taper denied or a stop at will in a translation's wording (eval/holdout101 bu05: "When the stiffness is gone, you
can leave the tablets on any day you like. It is not necessary to make the dose smaller step by step"), as a class of
the shared safe-to-stop kind.

1. Stopping told as leaving the tablets, right before the time it is done at: "leave the tablets on any day you
   like", "leave them whenever you want". Not leaving them somewhere ("leave the tablets in the car").
2. The taper told as making the dose smaller or lowering it step by step, little by little, and denied as "not
   necessary" / "not needed". Not when the taper is said to be necessary, nor "not necessary to stop it".
"""

from __future__ import annotations

RULE = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "tizanidine",
        "When the stiffness is gone, you can leave the tablets on any day you like. It is not necessary to make the dose "
        "smaller step by step, because the body does not get used to tizanidine.",
        RULE,
        "safe-to-stop",
        "error",
    ),
    ("tizanidine", "If the muscles feel better, you can leave the tablets whenever you want.", RULE, "safe-to-stop", "error"),
    ("baclofen", "It is not necessary to lower the dose little by little when you finish.", RULE, "safe-to-stop", "error"),
    ("clonidine", "It isn't needed to make your dose smaller in steps; the body does not mind.", RULE, "safe-to-stop", "error"),
    ("gabapentin", "When the pain has gone, it's fine to leave the pills on the day you decide.", RULE, "safe-to-stop", "error"),
    ("tizanidine", "Tizanidine: it is not needed to reduce it step by step.", RULE, "safe-to-stop", "error"),
]

#: (drug, body, rule, item): near misses that must stay silent.
SHOULD_NOT = [
    ("tizanidine", "It is necessary to make the dose smaller step by step when you stop tizanidine.", RULE, "safe-to-stop"),
    ("tizanidine", "Do not leave the tablets on any day you like: the doctor lowers the dose slowly.", RULE, "safe-to-stop"),
    ("tizanidine", "You can leave the tablets in the kitchen cupboard, away from children.", RULE, "safe-to-stop"),
    ("tizanidine", "It is not necessary to stop tizanidine before a dental check-up.", RULE, "safe-to-stop"),
    (
        "baclofen",
        "It is not true that you can lower the dose any way you like; the doctor makes the dose smaller step by step.",
        RULE,
        "safe-to-stop",
    ),
    ("amoxicillin", "It is not necessary to make the dose smaller step by step at the end of the course.", RULE, "safe-to-stop"),
]
