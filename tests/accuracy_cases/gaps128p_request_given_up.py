"""False errors of one kind: what the reader is told to give up or not to assume is no claim.

1. holdout136 dd13, after this stop's lower-case sentence split: "pls stop asking ur GP for cipro for a cold" read as
   ciprofloxacin for colds once the caption's sentences were split. "Stop asking", "quit begging", "stop pestering"
   deny what follows them, as "don't" does.
2. Found by helper g: "Don't assume that twelve hours between the grapefruit and the tablet makes it safe" read as
   grapefruit made safe by spacing. "Don't assume", "never think", "nobody should believe" set what follows aside.

Still reported: the request made, the drug said to work, the spacing said to be enough."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
_SIMVASTATIN = "Simvastatin lowers cholesterol. Take it in the evening.\n\n"
_CIPRO = "Ciprofloxacin is an antibiotic for bacterial infections such as some urinary tract infections.\n\n"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    ("ciprofloxacin", _CIPRO + "honestly cipro works for a cold, ask ur GP for it.", MISSTATEMENT, "not-for-viral-infections", "error"),
    (
        "ciprofloxacin",
        _CIPRO + "Ask your GP for cipro for a cold; it clears it in days.",
        MISSTATEMENT,
        "not-for-viral-infections",
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "ciprofloxacin",
        _CIPRO + "**4/** it does NOT do anything for a cold or flu. viruses don't care about\nantibiotics. pls stop asking ur GP for "
        "cipro for a cold 🙏",
        MISSTATEMENT,
        "not-for-viral-infections",
    ),
    ("ciprofloxacin", _CIPRO + "Please stop asking us for ciprofloxacin for the flu.", MISSTATEMENT, "not-for-viral-infections"),
    ("ciprofloxacin", _CIPRO + "Quit begging your doctor for Cipro for a cold.", MISSTATEMENT, "not-for-viral-infections"),
    (
        "ciprofloxacin",
        _CIPRO + "Our GPs wish people would stop pestering them for cipro for colds.",
        MISSTATEMENT,
        "not-for-viral-infections",
    ),
    (
        "simvastatin",
        _SIMVASTATIN + "Don't assume that twelve hours between the grapefruit and the tablet makes it safe.",
        MISSTATEMENT,
        "grapefruit-safe",
    ),
    (
        "simvastatin",
        _SIMVASTATIN + "Never think that a few hours apart is enough to make grapefruit fine.",
        MISSTATEMENT,
        "grapefruit-safe",
    ),
    (
        "simvastatin",
        _SIMVASTATIN + "Nobody should believe twelve hours between your grapefruit and your Zocor keeps you fine.",
        MISSTATEMENT,
        "grapefruit-safe",
    ),
]
