"""A speed of onset told in lay words, from eval/holdout176 (er05, ondansetron), holdout178 (et07, metformin) and
holdout182 (ex07, sumatriptan), as a class.

Class: the medicine said to be at work the moment it is in ("It gets to work almost as soon as it has melted"), its action
on the body done at once ("clears the headache immediately"), the minutes counted from the dose first and then the result
("ten minutes after I swallow it the pounding is just gone"), and a reading seen to fall within the first day or two ("Most
people see their fasting numbers drop within the first day or two of starting"), uncited in the paragraph: errors. Silent: a
hedge, a denial, an instruction, a side effect after the dose, a time course in weeks, and a cited claim.
"""

from __future__ import annotations

RAPID = "unsupported-claim.rapid-onset"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (er05, et07, ex07)
    ("ondansetron", "It gets to work almost as soon as it has melted, so you can start the sips of fluid straight away.", RAPID, "error"),
    ("metformin", "Pretty quickly! Most people see their fasting numbers drop within the first day or two of starting.", RAPID, "error"),
    (
        "sumatriptan",
        "When an attack starts, I take one 50 mg tablet with a big glass of water. Honestly, ten minutes after I swallow it the"
        " pounding is just gone, like someone flipped a switch.",
        RAPID,
        "error",
    ),
    # new wordings, other voices
    ("zolpidem", "The great thing is it kicks in the second it hits your tongue.", RAPID, "error"),
    ("sumatriptan", "In my experience it clears the headache immediately.", RAPID, "error"),
    ("ondansetron", "Mum swears by it: it stops the vomiting straight away.", RAPID, "error"),
    ("lisinopril", "You'll watch your blood pressure readings come down within a couple of days.", RAPID, "error"),
    ("glipizide", "I saw my sugar levels drop within hours of the first tablet.", RAPID, "error"),
    ("ibuprofen", "Five minutes after you take one, your back stops aching.", RAPID, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # denied or hedged
    ("ondansetron", "It doesn't work as soon as it has melted; give it half an hour before the first sips.", RAPID),
    ("sumatriptan", "It may clear the headache immediately in some people, but most wait an hour.", RAPID),
    # an instruction
    ("sumatriptan", "Take it as soon as the headache starts, with a glass of water.", RAPID),
    ("sumatriptan", "Wait ten minutes after you take it, then lie down in a dark room.", RAPID),
    # a side effect after the dose
    ("sumatriptan", "Twenty minutes after you take it, you may feel a bit dizzy.", RAPID),
    # a person's act, the medicine stopped
    ("metformin", "She stopped the tablets immediately and rang her doctor.", RAPID),
    # a time course in weeks, or hedged
    ("metformin", "Most people see their fasting numbers drop within the first few weeks.", RAPID),
    ("glipizide", "You may see your sugar drop within hours, so keep some glucose tablets with you.", RAPID),
    # cited
    (
        "metformin",
        "Most people see their fasting numbers drop within the first day or two of starting.[^1]\n\n[^1]: Smith et al., 2020.",
        RAPID,
    ),
]
