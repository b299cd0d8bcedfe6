"""False error (holdout136 dd13, after this stop's lower-case sentence split): a request the reader is told to give up
is no claim: "pls stop asking ur GP for cipro for a cold" read as ciprofloxacin for colds once the caption's sentences
were split. "Stop asking", "quit begging", "stop pestering" deny what follows them, as "don't" does.

Still reported: the request made, or the drug said to work."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
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
]
