"""A season's or holiday's break from a drug that must be tapered told as what people do, from eval/holdout198 (fn08,
lamotrigine), as a class.

Class: a group, a relative or "I" leaving, dropping, parking or skipping the drug "over the break", "for the summer" or "over
Christmas" ("plenty of students simply leave lamotrigine behind over the break rather than sorting out refills"), with no
harm or plan told after it. Every drug whose facts carry a taper warning has the `safe-to-stop` kind (LAMICTAL PI 2.1, 5.9:
taper over at least 2 weeks, withdrawal seizures), at that warning's tier. Near misses: the harm told after it, the break
forbidden, the tablets forgotten and a refill to order, the drug taken through the break.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "safe-to-stop"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fn08)
    (
        "lamotrigine",
        "**Heading home for the summer?** Once your moods have been steady for a couple of semesters, plenty of students simply"
        " leave lamotrigine behind over the break rather than sorting out refills, and pick it back up in the fall if they need"
        " to.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    # new wordings, other voices, other drugs
    ("lamotrigine", "Lots of us park the tablets for the summer holidays and start again in September.", MISSTATEMENT, ITEM, "warning"),
    ("carvedilol", "My dad just drops his Coreg over Christmas, says his heart deserves a holiday too.", MISSTATEMENT, ITEM, "error"),
    (
        "sertraline",
        "once exams are over, many students leave their sertraline behind for the summer break.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # the harm told after it
    (
        "lamotrigine",
        "Some students stop lamotrigine over the summer break and end up having a seizure at home.",
        MISSTATEMENT,
        ITEM,
    ),
    # forbidden
    ("lamotrigine", "Don't leave your lamotrigine behind over the break: pack a month's supply.", MISSTATEMENT, ITEM),
    # forgotten, a refill to order
    (
        "lamotrigine",
        "Many students leave their lamotrigine behind over the break, so order a refill to your home address before you go.",
        MISSTATEMENT,
        ITEM,
    ),
    # taken through the break
    ("lamotrigine", "Plenty of students take lamotrigine through the summer break without any trouble.", MISSTATEMENT, ITEM),
]
