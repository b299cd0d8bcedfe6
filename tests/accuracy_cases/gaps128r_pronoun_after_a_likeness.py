"""False error (holdout145 dm12): a boxed warning given in a later clause of a sentence whose subject is the drug as "it",
after a likeness to another drug: "It works on the same receptors as morphine, it's a controlled substance, and it can
lead to addiction, misuse and overdose" was read as said of morphine, so tramadol's addiction warning read as missing.
A clause opened by the pronoun after the likeness is the pronoun's drug; "the same receptors as" is a likeness.

Still missing: the harm said of the other drug ("... as morphine, which can lead to addiction"), or of it by name."""

from __future__ import annotations

MISSING = "safety-warnings.missing"
_TRAMADOL = "Tramadol is an opioid painkiller for moderate to severe pain.\n\n"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "tramadol",
        _TRAMADOL + "It works on the same receptors as morphine, which can lead to addiction and overdose.",
        MISSING,
        "addiction-abuse-misuse",
        "error",
    ),
    ("tramadol", _TRAMADOL + "It is milder than morphine. Morphine can lead to addiction.", MISSING, "addiction-abuse-misuse", "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "tramadol",
        _TRAMADOL + "It works on the same receptors as morphine, it's a controlled substance, and it can lead to addiction, "
        "misuse and overdose, even when you take it exactly as prescribed.",
        MISSING,
        "addiction-abuse-misuse",
    ),
    (
        "tramadol",
        _TRAMADOL + "It acts much like codeine, and it can be habit-forming even at prescribed doses.",
        MISSING,
        "addiction-abuse-misuse",
    ),
    (
        "tramadol",
        _TRAMADOL + "It hits the same targets as oxycodone; it can cause addiction and misuse.",
        MISSING,
        "addiction-abuse-misuse",
    ),
]
