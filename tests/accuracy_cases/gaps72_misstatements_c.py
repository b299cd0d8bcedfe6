"""Misstatement classes from the holdout72-74 scoring, each told in other words and voices.

An antibacterial said not to care which germ it is: a negation that says "whether or not", not "not" ("doxy won't
mind if it's a virus or bacteria", "it makes no difference to doxycycline whether the infection is viral or
bacterial", "No matter whether it's viral or bacterial, doxy will see it off"). Near misses: a real denial ("does not
work on viruses, whether it's a cold or flu"), a doctor who cares whether it is viral, indifference about something
else ("doesn't care whether you take it with food"), the claim refuted or called untrue.

A thiazide or loop diuretic called potassium-sparing in lay words ("It's the type of water pill that doesn't flush out
your potassium", "HCTZ actually spares potassium", "Lasix is the kind of water pill that holds on to your potassium").
Near misses: denied ("not the kind that hangs on to your potassium"), said of another water pill ("Unlike
spironolactone, which holds on to potassium, HCTZ can make it drop", a pill it is combined with), the true warning.

Lithium's blood tests told as finished with ("the level checks had served their purpose", "the GP signed him off the
blood tests", "took me off the lithium checks as soon as I was stable", the tests named and then "I could drop them
after the first year"). Near misses: the tests "did their job" by catching a high level, fewer tests ("off the weekly
blood tests"), the tests kept up for life.

Each case asserts what an editor sees: the finding (item, severity) or its absence."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    (
        "doxycycline",
        "Honestly, doxy won't mind if it's a virus or bacteria behind your sore throat.",
        MISSTATEMENT,
        "antibiotics-for-viruses",
        "warning",
    ),
    (
        "doxycycline",
        "It makes no difference to doxycycline whether the infection is viral or bacterial.",
        MISSTATEMENT,
        "antibiotics-for-viruses",
        "warning",
    ),
    ("doxycycline", "No matter whether it's viral or bacterial, doxy will see it off.", MISSTATEMENT, "antibiotics-for-viruses", "warning"),
    (
        "hydrochlorothiazide",
        "It's the type of water pill that doesn't flush out your potassium, which is handy.",
        MISSTATEMENT,
        "wrong-diuretic-class",
        "warning",
    ),
    (
        "hydrochlorothiazide",
        "My pharmacist says HCTZ actually spares potassium, unlike Lasix.",
        MISSTATEMENT,
        "wrong-diuretic-class",
        "warning",
    ),
    ("furosemide", "Lasix is the kind of water pill that holds on to your potassium.", MISSTATEMENT, "wrong-diuretic-class", "warning"),
    ("lithium", "Her psychiatrist told her the level checks had served their purpose.", MISSTATEMENT, "no-blood-tests-needed", "error"),
    ("lithium", "After two good years the GP signed him off the blood tests.", MISSTATEMENT, "no-blood-tests-needed", "error"),
    ("lithium", "My consultant took me off the lithium checks as soon as I was stable.", MISSTATEMENT, "no-blood-tests-needed", "error"),
    ("lithium", "About the bloods, my nurse said I could drop them after the first year.", MISSTATEMENT, "no-blood-tests-needed", "error"),
]

#: (drug in front matter, draft body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    ("doxycycline", "Doxycycline does not work on viruses, whether it's a cold or flu.", MISSTATEMENT, "antibiotics-for-viruses"),
    (
        "doxycycline",
        "Your doctor will care whether the bug is bacterial or viral, because doxycycline only treats bacteria.",
        MISSTATEMENT,
        "antibiotics-for-viruses",
    ),
    ("doxycycline", "Doxycycline doesn't care whether you take it with food or not.", MISSTATEMENT, "antibiotics-for-viruses"),
    (
        "doxycycline",
        "It is not true that doxycycline doesn't care whether the bug is viral or bacterial.",
        MISSTATEMENT,
        "antibiotics-for-viruses",
    ),
    (
        "hydrochlorothiazide",
        "Hydrochlorothiazide is not the kind that hangs on to your potassium; it can lower it.",
        MISSTATEMENT,
        "wrong-diuretic-class",
    ),
    (
        "hydrochlorothiazide",
        "Unlike spironolactone, which holds on to potassium, HCTZ can make it drop.",
        MISSTATEMENT,
        "wrong-diuretic-class",
    ),
    (
        "hydrochlorothiazide",
        "HCTZ is often combined with a water pill that keeps potassium, such as triamterene.",
        MISSTATEMENT,
        "wrong-diuretic-class",
    ),
    ("furosemide", "Furosemide, unlike spironolactone, does not keep your potassium.", MISSTATEMENT, "wrong-diuretic-class"),
    ("lithium", "The blood tests did their job and caught the high level before it harmed him.", MISSTATEMENT, "no-blood-tests-needed"),
    ("lithium", "The GP took me off the weekly blood tests; now I go every three months.", MISSTATEMENT, "no-blood-tests-needed"),
    ("lithium", "You will need blood tests every three months for as long as you take lithium.", MISSTATEMENT, "no-blood-tests-needed"),
]
