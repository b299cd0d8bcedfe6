"""False-error class (twenty-eighth stop, helper h): a "take it without a second thought" drawn, in the same sentence,
from a no-addiction claim ("Nobody gets hooked on a muscle relaxer, so you can take it for your back without a second
thought", holdout152 dt13): the freedom is the no-dependence claim's conclusion, and unsupported-claim.dependency
reports that claim (an error, or a warning for a drug whose label has no dependence warning); the absolute rule does not
report it a second time.

Still reported as absolute: the same freedom with another reason, or with none."""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"
DEPENDENCY = "unsupported-claim.dependency"

DRAFT = (
    "And the good news? You're never going to end up needing this stuff. Nobody gets hooked on a muscle relaxer, so you can "
    "take it for your back without a second thought."
)
OTHERS = [
    ("cyclobenzaprine", "It isn't habit-forming, so you can take it without a second thought."),
    ("cyclobenzaprine", "There's no risk of getting addicted, which means you can pop one without a moment's hesitation."),
    ("zolpidem", "Nobody gets hooked on sleeping pills like this, so you can take one every night without thinking twice."),
    ("tizanidine", "You won't get dependent on it, so you can use it without any worry."),
]

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the no-dependence claim itself, at its rule's severity
    ("cyclobenzaprine", DRAFT, DEPENDENCY, "warning"),
    ("zolpidem", OTHERS[2][1], DEPENDENCY, "error"),
    # the freedom with another reason, or none
    ("cyclobenzaprine", "It's gentle on the stomach, so you can take it without a second thought.", ABSOLUTE, "error"),
    ("cyclobenzaprine", "You can take it for your back without a second thought.", ABSOLUTE, "error"),
    ("zolpidem", "It wears off by morning, so you can take one every night without thinking twice.", ABSOLUTE, "error"),
]

#: (drug, body, rule): must stay silent.
SHOULD_NOT = [("cyclobenzaprine", DRAFT, ABSOLUTE)] + [(drug, body, ABSOLUTE) for drug, body in OTHERS]
