"""Diphenhydramine given to young children to make them sleep, as a class (the Drug Facts:
"do not use to make a child sleepy"; the sleep aids are not for children under 12):

- a dose given before a trip or bedtime "so the kids sleep" ("a spoonful before a long flight so
  the kids sleep the whole way", "we dose the little ones before the drive so they nod off");
- a product recommended for children who will not settle ("great for toddlers who fight bedtime",
  "works for little ones who won't go down for naps").

Near misses: the label's warning itself, advice never to do it, an adult taking it to sleep, a
child's allergy dose by the label, children named with another medicine's use."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
CHILD_SLEEP = "safe-for-young-children-sleep"

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    (
        "diphenhydramine",
        "Benadryl is a lifesaver: a spoonful before a long flight so the kids sleep the whole way.",
        MISSTATEMENT,
        CHILD_SLEEP,
        "error",
    ),
    (
        "diphenhydramine",
        "We give a dose of the children's Benadryl before the drive so that the little ones nod off.",
        MISSTATEMENT,
        CHILD_SLEEP,
        "error",
    ),
    ("diphenhydramine", "Diphenhydramine is great for toddlers who fight bedtime.", MISSTATEMENT, CHILD_SLEEP, "error"),
    ("diphenhydramine", "Many parents swear by Benadryl for little ones who won't go down for naps.", MISSTATEMENT, CHILD_SLEEP, "error"),
    (
        "diphenhydramine",
        "A squirt of the kids' allergy liquid at bedtime so your toddler sleeps through is an old trick.",
        MISSTATEMENT,
        CHILD_SLEEP,
        "error",
    ),
    ("diphenhydramine", "It also helps with kids who resist going to bed on holiday.", MISSTATEMENT, CHILD_SLEEP, "error"),
]

#: (drug in front matter, draft body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    ("diphenhydramine", "Do not use diphenhydramine to make a child sleepy.", MISSTATEMENT, CHILD_SLEEP),
    (
        "diphenhydramine",
        "Never give Benadryl before a flight so the kids sleep: it can make them agitated, and it is unsafe in young children.",
        MISSTATEMENT,
        CHILD_SLEEP,
    ),
    (
        "diphenhydramine",
        "Adults take 50 mg at bedtime so that they sleep through; it is not for children under 12.",
        MISSTATEMENT,
        CHILD_SLEEP,
    ),
    (
        "diphenhydramine",
        "For children 6 to 11 with hay fever, give 12.5 to 25 mg every 4 to 6 hours, as the label says.",
        MISSTATEMENT,
        CHILD_SLEEP,
    ),
    (
        "diphenhydramine",
        "Melatonin is sometimes tried for children who fight bedtime; ask your paediatrician. Diphenhydramine treats allergies.",
        MISSTATEMENT,
        CHILD_SLEEP,
    ),
    ("diphenhydramine", "Do not use Benadryl for toddlers who fight bedtime: talk to your doctor instead.", MISSTATEMENT, CHILD_SLEEP),
]
