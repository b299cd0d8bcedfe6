"""An infection said to be cleared within a day, hours or overnight ("It clears a chest infection inside a day", eval/holdout133
da08): no antibiotic's label says so (a course runs for days); inferred, a warning. Near misses: hedged, a week, denied, the
infection as the subject of a time to finish the course."""

from __future__ import annotations

RAPID = "unsupported-claim.rapid-onset"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "doxycycline",
        '"Doxy is brilliant," says Graham, who leads the Thursday group. "It clears a chest infection inside a day. I\'ve seen it '
        'happen on three trips now."',
        RAPID,
        "warning",
    ),
    ("amoxicillin", "It knocks out strep overnight.", RAPID, "warning"),
    ("nitrofurantoin", "It gets rid of a UTI in under 24 hours.", RAPID, "warning"),
    ("azithromycin", "Honestly, it killed my sinus infection in a matter of hours.", RAPID, "warning"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("doxycycline", "It may clear a mild infection within a day.", RAPID),
    ("doxycycline", "It clears most chest infections within a week.", RAPID),
    ("doxycycline", "It doesn't clear a chest infection inside a day.", RAPID),
    ("doxycycline", "Take it for the full seven days, even if the infection seems to clear within a day.", RAPID),
]
