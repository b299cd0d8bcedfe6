"""Dosage from eval/holdout118 cl10, as a class: a dose every so many hours with a count of doses in the day said
after it, the strength named before a count of one.

- "the 8 mg wafer: one every six hours while the sickness lasts, so up to four in 24 hours" (ondansetron, 32 mg >
  24 mg): a count after the tablets' strength read with the hours ("the 8 mg tablets, one every four hours"), and
  a count of doses said after the hours governs them ("every four hours, up to three in 24 hours": three doses),
  read as its schedule, not as a ceiling in tablets beside it.
- Kept silent: every eight hours (24 mg), a count that keeps the day within the label ("every six hours, up to three
  in 24 hours"), the one-off 16 mg before an operation, the chemotherapy course, a smaller strength, a forbidden
  schedule.
"""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

_ONDANSETRON = "Ondansetron (Zofran) prevents nausea and vomiting after chemotherapy or surgery.\n\n"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "ondansetron",
        _ONDANSETRON + "For the vomiting patients above, our clinicians usually prescribe the 8 mg wafer: one every six hours "
        "while the sickness lasts, so up to four in 24 hours.",
        ABOVE_MAX,
        "error",
    ),
    ("ondansetron", _ONDANSETRON + "Adults take the 8 mg tablets, one every four hours while sick.", ABOVE_MAX, "error"),
    ("ondansetron", _ONDANSETRON + "The usual plan is 8 mg every six hours, no more than four doses a day.", ABOVE_MAX, "error"),
    ("ondansetron", _ONDANSETRON + "Use the 8 mg tablets: one every 6 hours, up to 4 times in 24 hours.", ABOVE_MAX, "error"),
    # the hours allow three doses, the count four: a pharmacist looks
    ("ondansetron", _ONDANSETRON + "Give 8 mg every eight hours, at most four times a day.", ABOVE_MAX, "warning"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("ondansetron", _ONDANSETRON + "We prescribe the 8 mg wafer: one every eight hours while the sickness lasts.", ABOVE_MAX),
    ("ondansetron", _ONDANSETRON + "We prescribe the 8 mg wafer: one every six hours, so up to three in 24 hours.", ABOVE_MAX),
    ("ondansetron", _ONDANSETRON + "Take 8 mg every four hours if needed, no more than three doses a day.", ABOVE_MAX),
    ("ondansetron", _ONDANSETRON + "Before an operation: 16 mg an hour before the anaesthetic.", ABOVE_MAX),
    (
        "ondansetron",
        _ONDANSETRON + "Before chemotherapy: 8 mg half an hour before treatment and 8 mg eight hours later, then 8 mg twice a day "
        "for one to two days.",
        ABOVE_MAX,
    ),
    ("ondansetron", _ONDANSETRON + "Our nurses give the 4 mg wafer: one every six hours, up to four in 24 hours.", ABOVE_MAX),
    ("ondansetron", _ONDANSETRON + "Never take the 8 mg wafer every six hours: no more than three in 24 hours.", ABOVE_MAX),
]
