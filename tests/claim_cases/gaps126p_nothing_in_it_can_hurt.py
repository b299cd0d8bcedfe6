"""Nothing in the medicine that can do harm: "there is nothing in it that can hurt a child" (eval/holdout130 cx03) and "There's
nothing in it that's going to do anything bad to you" (eval/holdout127 cu13) are absolute claims, as "it won't do you any harm"
is. Near misses: another verb, a condition after, a question, a promise nobody can make, and harm a child can do to it."""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "albuterol",
        "Some parents worry about the medicine itself. Please don't: it has been used in schools for decades and there is"
        " nothing in it that can hurt a child.",
        ABSOLUTE,
        "error",
    ),
    (
        "famotidine",
        "Honestly, it's one of the most harmless things in your gym bag. There's nothing in it that's going to do anything bad"
        " to you, so it's an easy win.",
        ABSOLUTE,
        "error",
    ),
    ("amoxicillin", "Rest easy, mums: there's nothing in this syrup that could ever harm your baby.", ABSOLUTE, "error"),
    ("cetirizine", "I checked, and there is nothing in these little tablets which would do you any harm.", ABSOLUTE, "error"),
    ("ibuprofen", "Bottom line? Nothing at all in it is going to damage your body.", ABSOLUTE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("cetirizine", "There is nothing in it that can help a blocked nose, so add a spray.", ABSOLUTE),
    ("amoxicillin", "There's nothing in the syrup that can hurt your child if you stick to the measured dose.", ABSOLUTE),
    ("albuterol", "Is there nothing in it that can hurt a child?", ABSOLUTE),
    ("albuterol", "No one can promise there is nothing in it that can hurt a child.", ABSOLUTE),
    ("ibuprofen", "There's nothing in it that a child can easily open, because the cap is child-resistant.", ABSOLUTE),
]
