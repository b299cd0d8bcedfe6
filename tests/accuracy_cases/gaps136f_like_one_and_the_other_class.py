"""A drug likened to a medicine of another class and "the other" ones of that class, from eval/holdout210 (fz12,
carvedilol), as a class.

Class: the drug said to work like, or be as with, a named medicine and "the other" (or "the rest of the") medicines of a
class it is not in ("It works like amlodipine and the other calcium blockers, relaxing the muscle in the walls of your
blood vessels"): the "other" puts the drug in that class. Carvedilol is a beta blocker with alpha-1 blocking activity,
losartan an angiotensin II receptor blocker: the shared `wrong-class` kind, a warning. Near misses: "unlike" them, denied,
the drug's own class, a list with no likening, another drug likened.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "wrong-class"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fz12)
    (
        "carvedilol",
        "Carvedilol (brand name Coreg) is a heart medicine. It works like amlodipine and the other calcium blockers, relaxing"
        " the muscle in the walls of your blood vessels so your heart does not have to push so hard.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    # new wordings, other voices
    ("carvedilol", "Coreg does the same job just like lisinopril and the rest of the ACE inhibitors.", MISSTATEMENT, ITEM, "warning"),
    (
        "carvedilol",
        "My cardiologist put it simply: as with Norvasc, Procardia and the other calcium channel blockers, carvedilol opens up"
        " the blood vessels.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("carvedilol", "Think of carvedilol this way: it acts like Lasix and other water pills, only gentler.", MISSTATEMENT, ITEM, "warning"),
    ("losartan", "Losartan works just like lisinopril and the other ACE inhibitors.", MISSTATEMENT, ITEM, "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # unlike them
    ("carvedilol", "Unlike amlodipine and the other calcium blockers, carvedilol slows the heart.", MISSTATEMENT, ITEM),
    # denied
    (
        "carvedilol",
        "Carvedilol does not work like amlodipine and the other calcium blockers; it is a beta blocker.",
        MISSTATEMENT,
        ITEM,
    ),
    # its own class
    ("carvedilol", "Carvedilol works like metoprolol and the other beta blockers.", MISSTATEMENT, ITEM),
    # a list, no likening
    (
        "carvedilol",
        "Your doctor may add amlodipine and the other calcium blockers later if carvedilol is not enough.",
        MISSTATEMENT,
        ITEM,
    ),
    # another drug likened
    (
        "carvedilol",
        "Carvedilol is a beta blocker. Amlodipine works like nifedipine and the other calcium blockers.",
        MISSTATEMENT,
        ITEM,
    ),
    ("losartan", "Losartan lowers blood pressure like lisinopril does, but it is an ARB, not an ACE inhibitor.", MISSTATEMENT, ITEM),
]
