"""False errors from the second wave of blind sets (eval/holdout127 cu10, holdout128 cv09, holdout129 cw06), as classes.

- An age range before a dose is no tablet count: "Children aged 6 to 14 take one 5 mg chewable tablet" is one 5 mg
  tablet, not fourteen (cw06). A count with words that describe the tablets ("two little white 5 mg tablets") still counts.
- A question reported without its question mark, answered no: "Every winter someone asks whether a higher dose would help
  shift the festive pounds. The answer is no." (cv09) claims no use. Unanswered, or answered yes, it still does; an
  imperative "Ask your doctor whether ..." is no question.
- Being off the other medicine first, and the harm the mix sets off, warn: "You must be completely off all opioids ...
  before you start. If opioids are still in your system, naltrexone can set off sudden, severe withdrawal" (cu10).
"""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"
OFF_LABEL = "off-label.undisclosed"
INTERACTIONS = "interactions.missing"

_MONTELUKAST = "Montelukast prevents asthma attacks and eases hay fever. "
_LEVOTHYROXINE = "Levothyroxine replaces the thyroid hormone your body is missing (hypothyroidism). "
_NALTREXONE = "Naltrexone helps people stay off opioids and alcohol after they have stopped. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("montelukast", _MONTELUKAST + "Children aged 6 to 14 take two 5 mg chewable tablets once a day.", ABOVE_MAX, "error"),
    ("montelukast", _MONTELUKAST + "Adults take two little 10 mg tablets every evening.", ABOVE_MAX, "error"),
    (
        "levothyroxine",
        _LEVOTHYROXINE + "Every winter someone asks whether a higher dose would help shift the festive pounds. The answer is yes.",
        OFF_LABEL,
        "error",
    ),
    ("levothyroxine", _LEVOTHYROXINE + "A higher dose helps shift the festive pounds.", OFF_LABEL, "error"),
    (
        "naltrexone",
        _NALTREXONE + "Many of our members used opioids for years before they came to us.",
        INTERACTIONS,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the drafts' own wording
    (
        "montelukast",
        _MONTELUKAST + "Children aged 6 to 14 take one 5 mg chewable tablet once a day, usually in the evening. Younger children, "
        "aged 2 to 5, have the 4 mg chewable or the granules.",
        ABOVE_MAX,
    ),
    (
        "levothyroxine",
        _LEVOTHYROXINE + "Every winter someone asks whether a higher dose would help shift the festive pounds. The answer is no. If "
        "your thyroid levels are normal, levothyroxine does nothing useful for weight.",
        OFF_LABEL,
    ),
    (
        "naltrexone",
        _NALTREXONE + "You must be completely off all opioids (heroin, fentanyl, prescription painkillers, tramadol, methadone or "
        "buprenorphine) for at least 7 to 10 days before you start. If opioids are still in your system, naltrexone can set off "
        "sudden, severe withdrawal that may need hospital care.",
        INTERACTIONS,
    ),
    # new wordings
    ("montelukast", _MONTELUKAST + "Kids 2 to 5 have one 4 mg chewable at bedtime.", ABOVE_MAX),
    ("montelukast", _MONTELUKAST + "Teenagers aged 15 to 17 take a 10 mg tablet each evening.", ABOVE_MAX),
    (
        "levothyroxine",
        _LEVOTHYROXINE + "Patients often ask if it can help them lose weight. The short answer: no.",
        OFF_LABEL,
    ),
    (
        "levothyroxine",
        _LEVOTHYROXINE + "A reader wants to know whether the tablets would help her slim down for a wedding. Nope: with normal "
        "thyroid levels they only strain the heart.",
        OFF_LABEL,
    ),
    (
        "naltrexone",
        _NALTREXONE + "You need to be off every opioid painkiller for a week or more first. Taking it too soon may bring on withdrawal.",
        INTERACTIONS,
    ),
]
