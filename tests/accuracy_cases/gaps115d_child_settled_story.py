"""A young child given a sedating antihistamine so that they would sleep, told as a grandparent's or parent's story and
endorsed as a harmless way to settle a child (eval/holdout113 cg03: "she gave her two-year-old granddaughter a teaspoon of
the children's liquid so the little girl would sleep through the journey", "A few drops at bedtime, she says, is a
harmless way to settle a toddler on a long day of travel"), as a class of the shared sedate-child kind.

1. A dose given "so (that) the child would/could/'d sleep, nap, settle".
2. A dose (or the drug) endorsed as a way, trick or tip to settle, calm or get a young child to sleep.
Not a dose for a child's hives or itch, not a spoonful of honey or milk, not the label's "do not give it to make a
child sleepy", not a syringe as a way to get the dose into a toddler, not a negation.
"""

from __future__ import annotations

RULE = "accuracy.misstatement"
ITEM = "safe-for-young-children-sleep"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "diphenhydramine",
        "Before a nine-hour flight to visit her son, she gave her two-year-old granddaughter a teaspoon of the children's "
        "liquid so the little girl would sleep through the journey.",
        RULE,
        ITEM,
        "error",
    ),
    (
        "diphenhydramine",
        "A few drops at bedtime, she says, is a harmless way to settle a toddler on a long day of travel.",
        RULE,
        ITEM,
        "error",
    ),
    ("diphenhydramine", "We slipped our son half a tablet so he'd nap on the plane.", RULE, ITEM, "error"),
    ("diphenhydramine", "I give the twins a dose of Benadryl so they can settle on the overnight ferry.", RULE, ITEM, "error"),
    ("diphenhydramine", "Half a tablet is the easiest way to get the kids to sleep on a long drive.", RULE, ITEM, "error"),
    ("diphenhydramine", "Benadryl is a gentle trick for calming a fussy baby on a flight.", RULE, ITEM, "error"),
    (
        "diphenhydramine",
        "My mother-in-law swears a spoonful of the kids' syrup is the best way to settle the grandkids before a long car trip.",
        RULE,
        ITEM,
        "error",
    ),
]

#: (drug, body, rule, item): near misses that must stay silent.
SHOULD_NOT = [
    ("diphenhydramine", "Do not give it to make a child sleepy.", RULE, ITEM),
    ("diphenhydramine", "Grandma gave the kids a spoonful of honey so they would settle before bed.", RULE, ITEM),
    ("diphenhydramine", "A spoonful of warm milk is a harmless way to settle a toddler.", RULE, ITEM),
    ("diphenhydramine", "We gave our son a dose for his hives so he could sleep.", RULE, ITEM),
    ("diphenhydramine", "Never give a child a dose so they will sleep on a plane.", RULE, ITEM),
    ("diphenhydramine", "A syringe is a good way to get a toddler to take the dose.", RULE, ITEM),
    ("diphenhydramine", "The children's liquid is a safe way to ease a child's itchy hives in children 6 and over.", RULE, ITEM),
    ("diphenhydramine", "It is not a safe way to settle a toddler on a flight.", RULE, ITEM),
    (
        "diphenhydramine",
        "For a child aged 6 to 11 with hay fever, the dose is 5 to 10 mL of the children's liquid every 4 to 6 hours.",
        RULE,
        ITEM,
    ),
]
