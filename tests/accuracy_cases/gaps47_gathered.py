"""Misstatement class from the miss of eval/holdout45 j12: a class statement that gathers the article's drug
with another by "they're both", "both are" or "the two pills are", where the other drug is the one named in the
sentence and the article's drug is only "it" or "mine" ("my uncle takes metoprolol and I asked if it was the
same thing, and the pharmacist said yes, they're both beta blockers", in an article about amlodipine). The
statement's owner had been read as the nearest drug, metoprolol, which is a beta blocker. Near misses: the
sentence gathers two other drugs, the gathering is denied, and the article's drug set apart from the other.

Also a pronoun after a semicolon: "Atenolol is what my uncle takes; it's a beta blocker" is about atenolol (the
owner had been left to the article's drug when a clause break stood between the pronoun and the drug named
before it), while "My blood pressure tablet is amlodipine; it's a beta blocker" is about amlodipine.

Each case asserts what an editor sees: the finding (item, severity) or its absence."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
WRONG_CLASS = "wrong-class"

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    (
        "amlodipine",
        "My dad is on atenolol, so I asked the nurse if mine was any different. She said no, they're both beta-blockers.",
        MISSTATEMENT,
        WRONG_CLASS,
        "warning",
    ),
    (
        "amlodipine",
        "Amlodipine keeps my pressure down. My wife takes lisinopril for hers and both of them are ACE inhibitors, so we share tips.",
        MISSTATEMENT,
        WRONG_CLASS,
        "warning",
    ),
    (
        "amlodipine",
        "My blood pressure tablet is amlodipine; it's a beta blocker, so it slows the heart.",
        MISSTATEMENT,
        WRONG_CLASS,
        "warning",
    ),
]

#: (drug in front matter, draft body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    ("amlodipine", "Amlodipine keeps my pressure down. Atenolol is what my uncle takes; it's a beta blocker.", MISSTATEMENT, WRONG_CLASS),
    (
        "amlodipine",
        "Amlodipine keeps my pressure down. My uncle takes metoprolol and atenolol; they're both beta blockers.",
        MISSTATEMENT,
        WRONG_CLASS,
    ),
    (
        "amlodipine",
        "My dad is on atenolol and I asked if mine was the same. The pharmacist said no, they're not both beta blockers: "
        "amlodipine is a calcium channel blocker.",
        MISSTATEMENT,
        WRONG_CLASS,
    ),
    (
        "amlodipine",
        "My dad is on metoprolol, a beta blocker. Amlodipine is different: it is a calcium channel blocker.",
        MISSTATEMENT,
        WRONG_CLASS,
    ),
]
