"""Guarantees and speed about the service, not the medicine (eval/holdout122 cp05, two false errors): the approval, a delivery,
a prescription or an order ("approval is practically guaranteed", "next-day delivery is pretty much guaranteed", "your
prescription is ready before your coffee gets cold"), people sorted or approved by the service ("no appointments, no small
talk: ... most members are sorted before their coffee gets cold"): sales language, not a health claim. Still claims: relief
guaranteed, members feeling better before their coffee gets cold, the medicine's speed beside a delivery promise."""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"
RAPID = "unsupported-claim.rapid-onset"

_FAMOTIDINE = "Famotidine reduces stomach acid. "
_PAGE = "No appointments, no small talk: approval is practically guaranteed, and most members\nare sorted before their coffee gets cold."

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("famotidine", _FAMOTIDINE + "Relief is practically guaranteed.", ABSOLUTE, "error"),
    ("famotidine", _FAMOTIDINE + "Most members feel better before their coffee gets cold.", RAPID, "error"),
    ("famotidine", _FAMOTIDINE + "Heartburn gone in minutes, and delivery is guaranteed.", RAPID, "error"),
    ("famotidine", _FAMOTIDINE + "Delivery is fast and it works within minutes.", RAPID, "error"),
    ("famotidine", _FAMOTIDINE + "Sign up today: the burning is gone in minutes.", RAPID, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("famotidine", _FAMOTIDINE + _PAGE, ABSOLUTE),
    ("famotidine", _FAMOTIDINE + _PAGE, RAPID),
    ("famotidine", _FAMOTIDINE + "Your prescription is ready before your coffee gets cold.", RAPID),
    ("famotidine", _FAMOTIDINE + "Approval is all but guaranteed.", ABSOLUTE),
    ("famotidine", _FAMOTIDINE + "Next-day delivery is pretty much guaranteed.", ABSOLUTE),
    ("famotidine", _FAMOTIDINE + "Fill in the questionnaire and you're approved within minutes.", RAPID),
]
