"""Misstatement classes from the holdout72-74 scoring, each told in other words and voices.

Tolerance denied of someone narrowed by how they take it: the person, then "on a normal dose", "taking it as
prescribed", "at the right dose", then the denial ("a kid on a normal dose won't end up needing more and more",
"people taking it as prescribed don't end up needing higher and higher doses", "children on the right dose won't
get hooked"). Near misses: the risk granted ("kids on a normal dose can still end up needing more"), a hedge
("people on high doses may end up needing more").

A drug put in a class it is not in by kinship with a medicine of that class, for every drug with the shared
wrong-class kind: a sibling or twin ("Think of Remeron as Prozac's drowsy little sister", "Zoloft is basically
Effexor's twin"), or a cousin with the same family told after it ("it's like Lexapro's cousin from the same
family", "a close cousin of Zoloft, from the same serotonin family"). Near misses: a denial ("not Zoloft's
cousin"), a cousin without the family ("Prozac's distant cousin, though it works on different receptors"), true
kin ("Lexapro is Celexa's younger sibling": Celexa is not of a wrong class for escitalopram).

A drug that takes days to work (omeprazole) taken as the symptom strikes, the symptom told first ("The moment the
heartburn hits, I pop a Prilosec", "If reflux flares up at night, just take a capsule"), or one dose said to bring
relief before an everyday task is done ("you'll be comfortable again by the time the kettle boils"). Near misses:
the daily course ("if heartburn comes on twice a week or more, take one capsule each morning for 14 days"), another
medicine taken at the onset (an antacid), relief "before you finish the course", a repeat course "as directed".

Each case asserts what an editor sees: the finding (item, severity) or its absence."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    (
        "methylphenidate",
        "Our doctor says people taking it as prescribed don't end up needing higher and higher doses.",
        MISSTATEMENT,
        "not-addictive",
        "warning",
    ),
    ("methylphenidate", "Children on the right dose won't get hooked, she promised.", MISSTATEMENT, "not-addictive", "error"),
    ("mirtazapine", "Think of Remeron as Prozac's drowsy little sister.", MISSTATEMENT, "not-an-ssri", "warning"),
    ("mirtazapine", "Honestly it's like Lexapro's cousin from the same family, just sleepier.", MISSTATEMENT, "not-an-ssri", "warning"),
    ("sertraline", "Zoloft is basically Effexor's twin.", MISSTATEMENT, "not-an-snri", "warning"),
    ("bupropion", "It is a close cousin of Zoloft, from the same serotonin family.", MISSTATEMENT, "not-an-ssri", "warning"),
    ("omeprazole", "The moment the heartburn hits, I pop a Prilosec and carry on.", MISSTATEMENT, "immediate-relief", "warning"),
    ("omeprazole", "If reflux flares up at night, just take a capsule, it sorts it quickly.", MISSTATEMENT, "immediate-relief", "warning"),
    (
        "omeprazole",
        "Pop one capsule and you'll be comfortable again by the time the kettle boils.",
        MISSTATEMENT,
        "immediate-relief",
        "warning",
    ),
]

#: (drug in front matter, draft body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    (
        "methylphenidate",
        "Kids on a normal dose can still end up needing more and more of it, so watch for signs.",
        MISSTATEMENT,
        "not-addictive",
    ),
    ("methylphenidate", "People on high doses may end up needing more and more of it.", MISSTATEMENT, "not-addictive"),
    ("mirtazapine", "It's not Zoloft's cousin at all; it works differently.", MISSTATEMENT, "not-an-ssri"),
    ("mirtazapine", "Some call it Prozac's distant cousin, though it works on different receptors.", MISSTATEMENT, "not-an-ssri"),
    ("escitalopram", "Lexapro is Celexa's younger sibling.", MISSTATEMENT, "not-an-snri"),
    (
        "omeprazole",
        "If heartburn comes on twice a week or more, take one capsule each morning for 14 days.",
        MISSTATEMENT,
        "immediate-relief",
    ),
    (
        "omeprazole",
        "When heartburn starts, take an antacid for quick relief; omeprazole takes a few days.",
        MISSTATEMENT,
        "immediate-relief",
    ),
    (
        "omeprazole",
        "Take one capsule each morning and you may feel better before you finish the course.",
        MISSTATEMENT,
        "immediate-relief",
    ),
    (
        "omeprazole",
        "If heartburn comes back after the course, take omeprazole as directed for another 14 days.",
        MISSTATEMENT,
        "immediate-relief",
    ),
]
