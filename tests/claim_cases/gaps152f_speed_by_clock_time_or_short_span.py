"""Speed claims told by a clock time or a short span, of medicines whose facts say they are slow, from eval/holdout335 (ku01
fluconazole), holdout339 (ky04 buspirone) and holdout340 (kz07 tramadol), as a class.

Class: relief told as gone by a time of the same day ("one tablet and the itching has gone by teatime", "by bedtime the
burning had gone"), within a few hours, in minutes ("it calms you down within 20 minutes", "inside half an hour"), or within
a day or two ("Lexapro lifts the fog of depression within a day or two") of a medicine whose facts say the relief takes a day
or more (``slow_relief``: fluconazole), weeks (``slow_benefit``: buspirone, escitalopram) or more than the first hour; and the
drug felt working "inside ten minutes of swallowing the tablet". Inferred from the drug's facts, so a warning.

Silent: the label's own onset ("most people notice a change in 2 to 4 weeks"), a citation beside it, the claim denied or
hedged, the same words of a painkiller, a side effect's time.
"""

from __future__ import annotations

RAPID = "unsupported-claim.rapid-onset"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (ku01, ky04, kz07) and the brief's
    (
        "fluconazole",
        "Most of our patients tell us one tablet and the itching has gone by teatime, so you can get on with your day.",
        RAPID,
        "warning",
    ),
    (
        "buspirone",
        "This is the best part. Pop one when the nerves start buzzing before a meeting and it calms you down within 20 minutes,"
        " no waiting around like with other pills.",
        RAPID,
        "warning",
    ),
    ("tramadol", "And it is quick: you feel it working inside ten minutes of swallowing the tablet.", RAPID, "warning"),
    ("escitalopram", "Lexapro lifts the fog of depression within a day or two.", RAPID, "warning"),
    # other voices
    ("fluconazole", "One capsule at breakfast and the burning has gone by lunchtime.", RAPID, "warning"),
    ("fluconazole", "Take your tablet with breakfast and the soreness is gone by lunchtime.", RAPID, "warning"),
    ("fluconazole", "By bedtime the itching had completely gone.", RAPID, "warning"),
    ("fluconazole", "Diflucan clears the irritation within a few hours.", RAPID, "warning"),
    ("buspirone", "Take one and the worry melts away inside half an hour.", RAPID, "warning"),
    ("buspirone", "You'll feel calm in under ten minutes.", RAPID, "warning"),
    ("buspirone", "Buspar settled my nerves within fifteen minutes before the interview.", RAPID, "error"),  # an earlier pattern
    ("escitalopram", "It lifted my low mood overnight.", RAPID, "warning"),
    ("escitalopram", "My anxiety had eased within a couple of days of the first tablet.", RAPID, "warning"),
    ("paroxetine", "Paxil lifts the gloom within a day or two.", RAPID, "warning"),
]

#: (drug, body, rule): wordings that must stay silent.
SHOULD_NOT = [
    ("fluconazole", "Most people notice a change in 1 to 3 days.", RAPID),
    ("fluconazole", "The itching may not have gone by bedtime, and that is normal.", RAPID),
    ("buspirone", "It won't calm you down within 20 minutes; it takes a week or two.", RAPID),
    ("buspirone", "Most people notice a change in 2 to 4 weeks.", RAPID),
    ("escitalopram", "It can take a few weeks before it lifts your mood.", RAPID),
    ("ibuprofen", "One tablet and the pain has gone by teatime.", RAPID),
    ("tramadol", "The tablets work within an hour for most people.", RAPID),
    ("fluconazole", "The nausea had gone by lunchtime.", RAPID),
    (
        "fluconazole",
        "In a trial, the itching had gone by bedtime in some women.[^1]\n\n[^1]: Diflucan prescribing information, section 14.",
        RAPID,
    ),
    ("escitalopram", "Try to calm down before bedtime with a warm bath.", RAPID),
]
