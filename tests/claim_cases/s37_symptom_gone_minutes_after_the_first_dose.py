"""A window of twenty minutes or less counted from the first dose, told first, then the trouble gone (the thirty-sixth stop's
spot check, cetirizine), as a class.

Class: "within minutes of", "within a quarter of an hour of", "within ten minutes of", "ten minutes after" the first tablet,
capsule or dose (or "swallowing the first tablet"), then a symptom said to have dried up, stopped, let up, cleared or gone. The
older patterns read the symptom first ("the runny nose dries up within a couple of minutes") or a dose the writer takes ("ten
minutes after I swallow it"). Silent: a hedge ("usually"), an hour or longer, a side effect starting, a denial.
"""

from __future__ import annotations

RAPID = "unsupported-claim.rapid-onset"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("cetirizine", "Within a quarter of an hour of the first tablet my runny nose had dried up.", RAPID, "error"),
    ("loratadine", "Within minutes of swallowing the first tablet, the itching had stopped completely.", RAPID, "error"),
    ("fexofenadine", "Ten minutes after the very first dose the sneezing had let up and Dan could finally mow the lawn.", RAPID, "error"),
    ("fluconazole", "She swears that within twenty minutes of her first capsule the burning had just gone.", RAPID, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("cetirizine", "Within minutes of the first tablet the sneezing usually eases.", RAPID),
    ("cetirizine", "Within an hour of the first tablet my runny nose had dried up.", RAPID),
    ("amoxicillin", "Within minutes of the first dose her lips began to swell, so we called 911.", RAPID),
    ("cetirizine", "Don't expect that within minutes of the first tablet the sneezing has stopped.", RAPID),
    ("cetirizine", "Two or three days after the first tablet, the sneezing had let up.", RAPID),
]
