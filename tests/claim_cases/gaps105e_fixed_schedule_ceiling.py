"""A titration target beside a fixed schedule above the maximum is no ceiling (eval/holdout104 bx13), as a class: "up
to" as the particle of a verb of stepping up ("built up to", "worked up to", "titrated up to", "build you up to") names
the dose reached, so the schedule beside it is multiplied out, as after a usual dose.

- "the dose is built up to 400 to 800 mg a day in two doses. On the ward, some patients are put on a 300 mg tablet three
  times a day" (900 mg of quetiapine); "worked up to 600 mg a day ... two 200 mg tablets three times daily"; "We
  usually build you up to 100 mg a day. Some people end up on 100 mg three times a day" (sertraline); "titrated up to
  20 mg a day. My psychiatrist has me on 10 mg three times a day" (escitalopram).
- Silent: the total at the maximum ("a 200 mg tablet four times a day" = 800 mg), a ceiling said as one ("No more than
  20 mg a day", "Do not take more than 400 mg a day": it governs the schedule beside it), a warning not to, another
  drug's dose (lithium), a use whose maximum is higher (pregabalin 600 mg a day for nerve pain after shingles).
"""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

_QUETIAPINE = "Quetiapine treats schizophrenia and bipolar disorder. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "quetiapine",
        _QUETIAPINE + "Bipolar highs: the dose is built up to 400 to 800 mg a day in two doses. On the ward, some patients are "
        "put on a 300 mg tablet three times a day to settle a severe high quickly.",
        ABOVE_MAX,
        "error",
    ),
    (
        "quetiapine",
        _QUETIAPINE + "The dose is worked up to 600 mg a day over a week. Some stay on two 200 mg tablets three times daily.",
        ABOVE_MAX,
        "error",
    ),
    (
        "sertraline",
        "Sertraline treats depression and OCD. We usually build you up to 100 mg a day. Some people end up on 100 mg three times a day.",
        ABOVE_MAX,
        "error",
    ),
    (
        "escitalopram",
        "Escitalopram treats depression. The dose is titrated up to 20 mg a day. My psychiatrist has me on 10 mg three times a day.",
        ABOVE_MAX,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "quetiapine",
        _QUETIAPINE + "The dose is built up to 400 to 800 mg a day. Some patients take a 200 mg tablet four times a day.",
        ABOVE_MAX,
    ),
    ("escitalopram", "Escitalopram treats depression. No more than 20 mg a day. Take 10 mg three times a day.", ABOVE_MAX),
    (
        "tramadol",
        "Tramadol treats pain. Do not take more than 400 mg a day. Our clinic often prescribes 150 mg four times a day.",
        ABOVE_MAX,
    ),
    ("quetiapine", _QUETIAPINE + "Do not take 300 mg three times a day. The dose is built up to 800 mg a day.", ABOVE_MAX),
    (
        "quetiapine",
        _QUETIAPINE + "The dose is built up to 800 mg a day. If you also take lithium, it is usually 300 mg three times a day.",
        ABOVE_MAX,
    ),
    (
        "pregabalin",
        "Pregabalin treats nerve pain after shingles. For nerve pain after shingles, the dose is built up to 600 mg a day. "
        "Many take 200 mg three times a day for nerve pain after shingles.",
        ABOVE_MAX,
    ),
]
