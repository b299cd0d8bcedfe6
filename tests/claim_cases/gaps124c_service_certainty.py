"""The service's speed and certainty are not health claims (eval/holdout80 az05, a telehealth page).

- People having the service's product, a prescription, a script, a refill, an order: "most members have a prescription at
  their pharmacy before their coffee gets cold", "you'll have a script in your inbox before the kettle boils".
- Getting approved or getting a prescription told as certain: "approval is basically a sure thing once you finish the form",
  "getting approved is basically a sure thing".

The same speed or certainty said of relief, of feeling better, or joined to it after the service's product, is still a claim:
"relief is a sure thing", "most people feel better before their coffee gets cold", "most members have a prescription and feel
better before their coffee gets cold".
"""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"
RAPID = "unsupported-claim.rapid-onset"

_HYDROXYZINE = "Hydroxyzine is an antihistamine used for anxiety and itching. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("hydroxyzine", _HYDROXYZINE + "Relief is a sure thing once you take the first tablet.", ABSOLUTE, "error"),
    ("hydroxyzine", _HYDROXYZINE + "Feeling calmer is basically a sure thing with this one.", ABSOLUTE, "error"),
    ("hydroxyzine", _HYDROXYZINE + "Most people feel better before their coffee gets cold.", RAPID, "error"),
    ("hydroxyzine", _HYDROXYZINE + "Most members have a prescription and feel better before their coffee gets cold.", RAPID, "error"),
    (
        "hydroxyzine",
        _HYDROXYZINE + "Order today: most customers have their refill, and the itch is gone before the kettle boils.",
        RAPID,
        "error",
    ),
    ("hydroxyzine", _HYDROXYZINE + "You'll have a script in your inbox and calm nerves before the kettle boils.", RAPID, "error"),
]

#: (drug, body, rule): no finding.
SHOULD_NOT = [
    # the draft's own wording
    (
        "hydroxyzine",
        _HYDROXYZINE + "Skip the waiting room: most members have a prescription at their pharmacy before their coffee gets cold, "
        "and approval is basically a sure thing once you finish the form.",
        RAPID,
    ),
    (
        "hydroxyzine",
        _HYDROXYZINE + "Skip the waiting room: most members have a prescription at their pharmacy before their coffee gets cold, "
        "and approval is basically a sure thing once you finish the form.",
        ABSOLUTE,
    ),
    ("hydroxyzine", _HYDROXYZINE + "You'll have a script in your inbox before the kettle boils.", RAPID),
    ("hydroxyzine", _HYDROXYZINE + "Most customers get their refill at the counter before their tea has gone cold.", RAPID),
    ("hydroxyzine", _HYDROXYZINE + "Patients usually receive their prescription by text before the kettle boils.", RAPID),
    ("hydroxyzine", _HYDROXYZINE + "Getting approved is basically a sure thing.", ABSOLUTE),
    ("hydroxyzine", _HYDROXYZINE + "Getting a prescription is pretty much a sure thing once a doctor has read your answers.", ABSOLUTE),
]
