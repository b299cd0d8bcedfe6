"""No craving for the next dose, and no risk of addiction "at all", from eval/holdout184 (ez13, pregabalin) and
eval/holdout190 (ff11, sertraline), as a class.

Class: someone, the reader or a person named, said never to find themselves craving, itching for or counting down to the next
capsule, tablet or dose ("Ellen will never find herself craving the next capsule", "you won't find yourself craving another
capsule", "he'll never end up craving it"): an uncited claim of no dependence, unsupported-claim.dependency. And "no risk of
addiction at all", "no danger of him getting hooked whatsoever" are that rule's alone, not also an absolute claim (the
absolute rule keeps "no risk with it at all"). Silent: hedged ("most people"), under a condition, a food craved, a denial, and a
craving to report.
"""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"
DEPENDENCY = "unsupported-claim.dependency"

FF11 = (
    "No. Unlike sleeping pills or anxiety medicines like Xanax, sertraline carries no risk of addiction at all, so you never need"
    " to worry about becoming dependent on it."
)

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (ez13, ff11: a warning, sertraline's label warns of no abuse or dependence)
    (
        "pregabalin",
        "And unlike the tranquillisers her mother relied on, Ellen will never find herself craving the next capsule, says the"
        " clinic's nurse practitioner, who has prescribed it for a decade.",
        DEPENDENCY,
        "error",
    ),
    ("sertraline", FF11, DEPENDENCY, "warning"),
    # new wordings, other voices
    ("gabapentin", "You won't find yourself craving another capsule.", DEPENDENCY, "error"),
    ("tramadol", "He'll never end up craving it, the surgeon told us.", DEPENDENCY, "error"),
    ("zolpidem", "You don't catch yourself counting down to the next tablet.", DEPENDENCY, "error"),
    ("alprazolam", "She won't be itching for her next dose.", DEPENDENCY, "error"),
    # the absolute rule keeps a risk denied outright
    ("ibuprofen", "There's no risk with it at all.", ABSOLUTE, "error"),
]

#: (drug, body, rule): no finding of that rule.
SHOULD_NOT = [
    # no risk of addiction: the dependency rule's, not also an absolute claim
    ("sertraline", FF11, ABSOLUTE),
    ("gabapentin", "There's no danger of him getting hooked whatsoever.", ABSOLUTE),
    # hedged
    ("pregabalin", "Most people won't find themselves craving the next capsule.", DEPENDENCY),
    # a condition after it
    ("pregabalin", "You won't find yourself craving the next capsule if you keep to the prescribed dose.", DEPENDENCY),
    # a food
    ("pregabalin", "You won't find yourself craving sweets on it.", DEPENDENCY),
    # denied
    ("pregabalin", "Don't believe anyone who says you'll never find yourself craving the next capsule.", DEPENDENCY),
    # a craving to report
    ("pregabalin", "Tell your doctor if you find yourself craving the next capsule.", DEPENDENCY),
]
