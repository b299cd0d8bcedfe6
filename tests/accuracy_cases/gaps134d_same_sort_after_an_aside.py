"""A drug put in another class by likening, with the writer's hedge set off after its name, from eval/holdout193 (fi02,
atenolol), as a class.

Class: the drug's name, then an aside of the writer's belief between commas ("as far as I can make out", "from what I gather",
"I think", "so I was told"), then "is the same sort of pill as" or "in the same family as" a medicine of another class ("Atenolol,
as far as I can make out, is the same sort of pill as the amlodipine he took for years"): the `wrong-class` kind's likening
wording now lets the aside stand between. Near misses: an aside that sets the drug apart ("unlike the amlodipine"), denied, a
medicine of its own class.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fi02)
    (
        "atenolol",
        "Atenolol, as far as I can make out, is the same sort of pill as the amlodipine he took for years: "
        "one of the calcium ones that open the blood vessels up. So really it's his old tablet with a new "
        "name, and Mum can stop fretting that he's on something strange.",
        MISSTATEMENT,
        "wrong-class",
        "warning",
    ),
    # an ARB likened to an ACE inhibitor
    (
        "losartan",
        "Losartan, from what I gather, is in the same family as lisinopril, so the cough might come back.",
        MISSTATEMENT,
        "wrong-class",
        "warning",
    ),
    # an SSRI likened to an SNRI
    (
        "sertraline",
        "Zoloft, I think, is the same type of antidepressant as Effexor, just a bit gentler.",
        MISSTATEMENT,
        "not-an-snri",
        "warning",
    ),
    # hearsay as the aside
    (
        "metoprolol",
        "Metoprolol, so I was told, is the same kind of drug as Norvasc.",
        MISSTATEMENT,
        "wrong-class",
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # set apart by the aside
    (
        "atenolol",
        "Atenolol, unlike the amlodipine he took for years, is a beta blocker: it slows the heart.",
        MISSTATEMENT,
        "wrong-class",
    ),
    # denied
    (
        "atenolol",
        "Atenolol, as far as I can make out, is not the same sort of pill as the amlodipine he took for years.",
        MISSTATEMENT,
        "wrong-class",
    ),
    # its own class
    (
        "atenolol",
        "Atenolol, as far as I can make out, is the same sort of pill as the metoprolol he took before: a beta blocker.",
        MISSTATEMENT,
        "wrong-class",
    ),
]
