"""A count of tablets said to hold an amount states their total, not each tablet's (eval/holdout124 cr02, a false error on a
clean draft).

"Eight tablets contain 2,600 mg of acetaminophen. From all your medicines together, never take more than 4,000 mg in a day."
was read as eight tablets of 2,600 mg (20,800 mg). As a class, a verb of holding or totalling between the count and the
amount ("contain", "hold", "give you", "provide", "add up to", "come to", "is") makes the amount the tablets' total, and so
does a total said right after tablets counted at their strength ("Six 200 mg tablets add up to 1,200 mg": not a dose of
1,200 mg taken at once). "Two tablets are 500 mg each" stays the amount of each.

Still firing: tablets counted at a strength and taken ("ten 500 mg tablets a day", "3 tablets of 400 mg three times a day",
"eight tablets of 650 mg a day")."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("acetaminophen", "Some people take ten 500 mg tablets a day.", ABOVE_MAX, "error"),
    ("ibuprofen", "Take 3 tablets of 400 mg three times a day.", ABOVE_MAX, "error"),
    ("acetaminophen", "My mum takes eight tablets of 650 mg a day.", ABOVE_MAX, "error"),
    ("acetaminophen", "Some take two 500 mg tablets every 4 hours, which is 6,000 mg a day.", ABOVE_MAX, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording
    (
        "hydrocodone-acetaminophen",
        "- Your tablets are 5 mg/325 mg. Each one has 5 mg of hydrocodone and 325 mg of acetaminophen.\n"
        "- Take 1 or 2 tablets every 4 to 6 hours, only when you need them.\n- Do not take more than 8 tablets in 24 hours.\n\n"
        "## Watch your acetaminophen\n\nEight tablets contain 2,600 mg of acetaminophen. From all your medicines together, "
        "never take more than 4,000 mg in a day.",
        ABOVE_MAX,
    ),
    # new wordings: a box's arithmetic, a pharmacist's aside, a forum sum
    ("ibuprofen", "Six tablets contain 1,200 mg, the most the box allows in a day.", ABOVE_MAX),
    ("acetaminophen", "Six tablets provide 1,950 mg in all.", ABOVE_MAX),
    ("ibuprofen", "Four tablets is 800 mg, and that's the most you should take at one time.", ABOVE_MAX),
    ("ibuprofen", "Six 200 mg tablets add up to 1,200 mg, the most the box allows in a day.", ABOVE_MAX),
    ("acetaminophen", "Ten of the 325 mg tablets come to 3,250 mg.", ABOVE_MAX),
]
