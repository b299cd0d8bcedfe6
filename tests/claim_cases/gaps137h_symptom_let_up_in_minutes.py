"""A symptom said to have let up or cleared up within minutes, or within hours of the first dose, from eval/holdout221 (gk06,
cetirizine) and holdout219 (gi03, metronidazole), as a class.

Class: a symptom of an allergy or an infection in lay words (sneezing, a runny nose, streaming eyes, a discharge and its smell,
itching, burning, stinging), alone or two of them, said to have let up, cleared up, settled, dried up or gone, within minutes
(a few, or ten or fewer, or any number "flat"), or within hours of the first dose or tablet: "the sneezing has usually let up in
about ten minutes flat", "Most people find the discharge and smell have cleared up within a few hours of the first tablet" (the
research aim "find the ..." of `ignore_before` no longer takes in what people find). Silent: hedged with a longer time ("within
an hour", "within 30 minutes"), days, a condition or a denial, and a side effect wearing off.
"""

from __future__ import annotations

RAPID = "unsupported-claim.rapid-onset"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (gk06, gi03)
    (
        "cetirizine",
        "**BEV:** People ask me if it works quickly. It sure does: the sneezing has usually let up in about ten minutes flat.",
        RAPID,
        "error",
    ),
    (
        "metronidazole",
        "Take it with food to help with nausea, and finish the whole course even once you feel better. Most people find the"
        " discharge and smell have cleared up within a few hours of the first tablet, so you'll know quickly that it's working.",
        RAPID,
        "error",
    ),
    # new wordings, other voices
    ("loratadine", "Pop one in the morning and the runny nose dries up within a couple of minutes.", RAPID, "error"),
    ("fluconazole", "For most women the itching and burning have settled within hours of the very first capsule.", RAPID, "error"),
    ("nitrofurantoin", "In my experience the stinging has completely gone within a few hours of the first dose.", RAPID, "error"),
    ("fexofenadine", "Honestly? The sneezing and the streaming eyes let up in five minutes.", RAPID, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("cetirizine", "The sneezing usually lets up within an hour or so.", RAPID),
    ("cetirizine", "The sneezing usually lets up within 30 minutes.", RAPID),
    ("metronidazole", "If the discharge hasn't cleared up within a few days, go back to the clinic.", RAPID),
    ("metronidazole", "The discharge has usually cleared up within a few days of finishing the course.", RAPID),
    ("cetirizine", "The drowsiness has usually let up within a few minutes of waking.", RAPID),
    ("metronidazole", "Don't expect the discharge to have cleared up within a few hours of the first tablet.", RAPID),
]
