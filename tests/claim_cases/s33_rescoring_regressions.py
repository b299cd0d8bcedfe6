"""Two false errors the thirty-second stop's rescoring of every set found, as classes.

- eval/holdout26 h07 (sumatriptan): a medicine listed after the article's drug ("Using sumatriptan or painkillers for
  headaches on ten or more days a month") makes the use the group's, as it did before "using X or Y" could name
  another medicine; the drug's own tablets or pills ("I take sumatriptan tablets for headaches") stay its own use.
- eval/holdout147 do08 (metformin): a day's amount said of tablets ("The ceiling for standard tablets is 2,550 mg a
  day") is no tablet strength, so tablet counts elsewhere ("one tablet with breakfast and one with dinner") are not
  multiplied by it; a strength said of tablets ("the tablets are 850 mg") still is.
"""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"
OFF_LABEL = "off-label.undisclosed"

_METFORMIN = "Doctors usually start with 500 mg twice a day with meals and build up slowly.\n\n"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drug's own tablets for another trouble are still its use
    ("sumatriptan", "I take sumatriptan tablets for my tension headaches most days.", OFF_LABEL, "error"),
    ("metformin", "She takes metformin pills to lose weight before the wedding.", OFF_LABEL, "error"),
    # a strength said of tablets, counted past the maximum
    (
        "metformin",
        _METFORMIN + "My tablets are 850 mg. It's two with breakfast, one at lunch and two with dinner.",
        ABOVE_MAX,
        "error",
    ),
    (
        "metformin",
        _METFORMIN + "His tablets contain 1,000 mg each. He takes one with breakfast, one with lunch and one with dinner.",
        ABOVE_MAX,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's wording (h07) and other voices: another medicine listed after the drug
    (
        "sumatriptan",
        "Using sumatriptan or painkillers for headaches on ten or more days a month can make the headaches come more often.",
        OFF_LABEL,
    ),
    ("sumatriptan", "Taking sumatriptan and painkillers for headaches too often can cause more headaches.", OFF_LABEL),
    ("sumatriptan", "Relying on sumatriptan, antacids or painkillers for every headache is not a good plan.", OFF_LABEL),
    # the draft's wording (do08) and other voices: a day's amount said of tablets is no strength
    (
        "metformin",
        "The ceiling for standard tablets is 2,550 mg a day, split between meals.\n\n"
        '"It\'s one tablet with breakfast and one with dinner," he says.',
        ABOVE_MAX,
    ),
    (
        "metformin",
        "The most for the ordinary tablets is 2,550 mg per day. Mine is one tablet at breakfast and one at teatime.",
        ABOVE_MAX,
    ),
    (
        "metformin",
        "For the extended-release tablets the limit is 2,000 mg daily. I take one tablet with my evening meal and one at lunch.",
        ABOVE_MAX,
    ),
]
