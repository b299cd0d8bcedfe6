"""The outcome itself promised for everyone who takes it (eval/holdout117 ck02), as a class.

"It stops hair loss in every man who takes it, full stop", "clears acne in every single patient who finishes it", "it will
stop the migraine in anyone who takes it early", "got rid of the cold sores for all of our customers" (not hedged: "in most
men", "in almost every man", "about 9 of 10 men in trials" with a citation; not denied: "it doesn't stop hair loss in every
man"; not failure: "stops working"; not an instruction: "stop the capsules in every patient who gets a rash"; not passive:
"pregnancy must be prevented in all women"; not a hypothetical: "if it stopped hair loss in every man"; not "every man should
ask his doctor").
"""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"

_FINASTERIDE = "Finasteride treats male pattern hair loss. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording
    (
        "finasteride",
        "Here at Crownwell it stops hair loss in every man who takes it, full stop, and that's why our members stay with us "
        "year after year.",
        ABSOLUTE,
        "error",
    ),
    (
        "finasteride",
        _FINASTERIDE + "Our pharmacists see it every day: it halts the thinning for everybody who sticks with it.",
        ABSOLUTE,
        "error",
    ),
    ("isotretinoin", "One course clears acne in every single patient who finishes it.", ABSOLUTE, "error"),
    ("sumatriptan", "Take one tablet and it will stop the migraine in anyone who takes it early.", ABSOLUTE, "error"),
    ("valacyclovir", "Valtrex got rid of the cold sores for all of our customers.", ABSOLUTE, "error"),
    ("ibuprofen", "It relieves period pain for every woman who tries it.", ABSOLUTE, "error"),
    ("amoxicillin", "This antibiotic cured the infection in all of our patients.", ABSOLUTE, "error"),
]

#: (drug, body, rule): no finding of that rule.
SHOULD_NOT = [
    ("finasteride", _FINASTERIDE + "It stops hair loss in most men who take it.", ABSOLUTE),
    ("finasteride", _FINASTERIDE + "In trials, it stopped hair loss in about 9 of 10 men (Kaufman, 1998).", ABSOLUTE),
    ("finasteride", _FINASTERIDE + "Every man should ask his doctor before starting it.", ABSOLUTE),
    ("finasteride", _FINASTERIDE + "It doesn't stop hair loss in every man who takes it.", ABSOLUTE),
    ("finasteride", _FINASTERIDE + "It stops hair loss in almost every man who takes it.", ABSOLUTE),
    ("finasteride", _FINASTERIDE + "It can stop hair loss in some men but not in every man.", ABSOLUTE),
    ("finasteride", _FINASTERIDE + "If it stopped hair loss in every man, nobody would be bald.", ABSOLUTE),
    ("isotretinoin", "Stop the capsules in every patient who gets a severe rash.", ABSOLUTE),
    ("isotretinoin", "Pregnancy must be prevented in all women who take it.", ABSOLUTE),
    ("warfarin", "Warfarin thins the blood in everyone who takes it, so bleeding is a risk for all.", ABSOLUTE),
    ("lisinopril", "The dose is fixed for all adults.", ABSOLUTE),
    ("ibuprofen", "Ibuprofen eases pain for most people, but not in every case.", ABSOLUTE),
]
