"""A boxed warning given in lay words, read as given (eval/holdout175 eq08, eval/holdout182 ex02: false errors), as a class.

Class 1, a denial put to the reader and called false: when the article quotes someone denying the risk ("My cousin told me
lorazepam isn't habit-forming if you only take it at night. True?") and the answer says it is false ("Not true, I'm
afraid."), the article does not deny the risk, so the warning told after it counts in any statement ("Lorazepam carries
the FDA's boxed warning, the strongest there is, about abuse, misuse and addiction"). Still missing: a denial left standing
or answered yes, then only a bare mention of the topic.

Class 2, stopping suddenly told in lay words: coming off or stopping the drug's class or its tablets "in one go", "all at
once", "cold turkey" (up to three words between: "Coming off a beta blocker in one go can make chest pain much worse"),
and the dose lowered over weeks by a prescriber ("she lowered her dose over about two weeks"). Still missing: the blood
pressure lowered over weeks (what it does), stopping it at once for a rash.
"""

from __future__ import annotations

MISSING = "safety-warnings.missing"

_LORAZEPAM = (
    "Lorazepam treats anxiety disorders. Do not stop it suddenly; withdrawal can cause seizures. Never take it with opioids:"
    " together they can stop your breathing.\n\n"
)
_ATENOLOL = "Atenolol is a beta blocker for high blood pressure and angina.\n\n"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # a denial left standing, then a bare mention
    ("lorazepam", _LORAZEPAM + "Lorazepam isn't habit-forming. A common worry is addiction.", MISSING, "abuse-addiction", "error"),
    # a denial answered yes
    (
        "lorazepam",
        _LORAZEPAM + "My cousin told me lorazepam isn't habit-forming at night. True?\n\nYes, more or less. People still ask about"
        " addiction, though.",
        MISSING,
        "abuse-addiction",
        "error",
    ),
    # what it does over weeks, not a taper
    ("atenolol", _ATENOLOL + "Atenolol lowers your blood pressure over a few weeks.", MISSING, "abrupt-cessation", "error"),
    # stopping it at once told as the advice for a rash
    ("atenolol", _ATENOLOL + "If you get a rash, stop taking it at once and call your doctor.", MISSING, "abrupt-cessation", "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # the drafts' own wording (eq08)
    (
        "lorazepam",
        _LORAZEPAM + "**MARIA:** We had a text from Dee in Millbrook. She says, \"My cousin told me lorazepam isn't habit-forming"
        " if you only take it at night. True?\"\n\n**SAMUEL:** Not true, I'm afraid. Lorazepam carries the FDA's boxed"
        " warning, the strongest there is, about abuse, misuse and addiction.",
        MISSING,
        "abuse-addiction",
    ),
    # new wordings, other voices
    (
        "lorazepam",
        _LORAZEPAM + "My neighbour says Ativan is not addictive. That's wrong. It carries a boxed warning, the FDA's strongest,"
        " about addiction.",
        MISSING,
        "abuse-addiction",
    ),
    (
        "lorazepam",
        _LORAZEPAM + "Someone in our group said lorazepam isn't habit-forming. True?\n\nNo. The label's boxed warning, the"
        " strongest kind there is, covers misuse and addiction.",
        MISSING,
        "abuse-addiction",
    ),
    (
        "lorazepam",
        _LORAZEPAM + "I used to think lorazepam wasn't habit-forming, but that's not right. The box on the label, the most serious"
        " warning there is, names abuse and addiction.",
        MISSING,
        "abuse-addiction",
    ),
    # the drafts' own wording (ex02)
    (
        "atenolol",
        _ATENOLOL + "This is the big one. Coming off a beta blocker in one go can make chest pain much worse and can even bring on"
        " a heart attack. When my doctor changed my meds, she lowered the atenolol over about two weeks.",
        MISSING,
        "abrupt-cessation",
    ),
    # new wordings, other voices
    ("atenolol", _ATENOLOL + "Stopping your heart tablets all at once can bring on chest pain.", MISSING, "abrupt-cessation"),
    ("atenolol", _ATENOLOL + "Quitting the heart pill cold turkey is how people end up back in the ER.", MISSING, "abrupt-cessation"),
    (
        "atenolol",
        _ATENOLOL + "When Dad changed medicines, his cardiologist lowered his dose over about two weeks.",
        MISSING,
        "abrupt-cessation",
    ),
    ("atenolol", _ATENOLOL + "Your doctor will reduce the tablets over a couple of weeks.", MISSING, "abrupt-cessation"),
]
