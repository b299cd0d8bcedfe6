"""No hooking, said of whom it would hook or of what in it would, as a dependency claim, from eval/holdout168 (ej07,
pregabalin) and eval/holdout170 (el05, quetiapine), as a class.

Class: "there's nothing in it that'll get you hooked": the thing in the medicine that would hook, make or leave someone
addicted or dependent, denied; and "there's no chance of her ending up hooked on it": no chance, risk or danger of a named
person (or "that he'll") getting, becoming or ending up hooked. An error for a drug whose label warns of abuse or
dependence (pregabalin, alprazolam, tramadol), a warning for one whose label does not (quetiapine). Silent: asked, warned
against, with a condition after it, corrected in the same sentence, a leaflet that says nothing, a chance that is real,
and no chance of something else.
"""

from __future__ import annotations

DEPENDENCY = "unsupported-claim.dependency"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (ej07, el05)
    (
        "pregabalin",
        'Harold, who has been on it for three years, said his shooting pains are "about half what they were". He added that'
        " he was nervous at first after his brother's trouble with pain pills, \"but this one is different, there's nothing in"
        " it that'll get you hooked.\"",
        DEPENDENCY,
        "error",
    ),
    (
        "quetiapine",
        "\"First proper night's sleep in a year,\" Carol says. And unlike the sleeping pills she'd tried before, there's no"
        " chance of her ending up hooked on it.",
        DEPENDENCY,
        "warning",
    ),
    # new wordings, other voices
    ("alprazolam", "There is nothing in these tablets that can make anyone addicted.", DEPENDENCY, "error"),
    ("gabapentin", "Honestly, there's nothing about it which would leave your body dependent.", DEPENDENCY, "error"),
    ("tramadol", "There's no danger that he'll become dependent on it.", DEPENDENCY, "error"),
    ("quetiapine", "There's no risk of your son getting addicted to it, the nurse told us.", DEPENDENCY, "warning"),
    ("diazepam", "At that dose there's zero chance of Mum ending up hooked.", DEPENDENCY, "error"),
]

#: (drug, body, rule): no finding of that rule.
SHOULD_NOT = [
    # asked
    ("pregabalin", "Is there really nothing in it that'll get you hooked?", DEPENDENCY),
    # warned against
    ("pregabalin", "Don't believe anyone who tells you there's nothing in it that'll get you hooked.", DEPENDENCY),
    # with its condition
    ("pregabalin", "There's nothing in it that will get you hooked if you stick to the dose your doctor gave you.", DEPENDENCY),
    ("quetiapine", "There's no chance of her ending up hooked if she takes it for a week, the doctor said.", DEPENDENCY),
    # corrected in the same sentence
    (
        "pregabalin",
        "He thought there was nothing in it that could get him hooked, but the pharmacist set him straight: pregabalin can be misused.",
        DEPENDENCY,
    ),
    # what the leaflet says, not a claim
    ("pregabalin", "Nothing in the leaflet says it will get you hooked, but ask your pharmacist.", DEPENDENCY),
    # not hooking
    ("pregabalin", "There's nothing in it that'll get you better overnight.", DEPENDENCY),
    # a real chance, of other pills
    ("quetiapine", "There is a real chance of her ending up hooked on the sleeping pills she used before.", DEPENDENCY),
    # no chance of something else
    ("quetiapine", "There's no chance of her dose going up without a check-up.", DEPENDENCY),
]
