"""Two tablets of different strengths joined by a bare "and", with the time both are taken, as a class (an end-of-stop
spot check of the thirty-fourth stop: "She takes one 54 mg tablet and one 36 mg tablet every morning" was silent).

Class: "one X mg tablet and one Y mg tablet", "a X mg tablet and a Y mg tablet", told with one time of day or schedule
after the second ("every morning", "each morning", "at breakfast") or before the first ("Every morning she swallows a
...", "At breakfast he takes one ..."): both are taken then, and the sum is held to the label's maximum. Before, a bare
"and" added the two only with a word such as "together". Still silent: strengths listed, alternatives ("or"), a dose
changed over time ("last month ... now"), doses of different people, and "instead".
"""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the spot check's own wording (methylphenidate ER: 72 mg a day at most)
    ("methylphenidate", "She takes one 54 mg tablet and one 36 mg tablet every morning.", ABOVE_MAX, "error"),
    # new wordings, other voices
    ("methylphenidate", "My son's dose is now a 54 mg tablet and a 27 mg tablet each morning before school.", ABOVE_MAX, "error"),
    ("methylphenidate", "Every morning she swallows a 54 mg tablet and a 36 mg tablet.", ABOVE_MAX, "error"),
    ("methylphenidate", "At breakfast he takes one 54 mg tablet and one 36 mg tablet with his juice.", ABOVE_MAX, "error"),
    ("citalopram", "Each morning I take one 40 mg tablet and one 20 mg tablet.", ABOVE_MAX, "error"),
    ("sertraline", "At night she has a 100 mg tablet and a 150 mg tablet.", ABOVE_MAX, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # within the label: 36 + 27 = 63 mg, 54 + 18 = 72 mg (the maximum itself)
    ("methylphenidate", "He now takes a 36 mg tablet and a 27 mg tablet each morning.", ABOVE_MAX),
    ("methylphenidate", "One 54 mg tablet and one 18 mg tablet at breakfast is what the doctor ordered.", ABOVE_MAX),
    # a dose changed over time, doses of different people, alternatives, a swap
    ("methylphenidate", "She took one 18 mg tablet last month and one 36 mg tablet every morning now.", ABOVE_MAX),
    ("methylphenidate", "Children take one 18 mg tablet, and adults one 54 mg tablet every morning.", ABOVE_MAX),
    ("methylphenidate", "Every morning she takes a 54 mg tablet or a 36 mg tablet.", ABOVE_MAX),
    ("methylphenidate", "Every morning she swallows a 36 mg tablet, and on bad days a 54 mg tablet instead.", ABOVE_MAX),
    # a range, not two tablets (eval/holdout82 bb01 and five other warfarin leaflets)
    ("warfarin", "Most people take between 2 mg and 10 mg once a day, at the same time each evening.", ABOVE_MAX),
    ("warfarin", "Doses run between a 2 mg tablet and a 10 mg tablet every evening.", ABOVE_MAX),
    # strengths listed
    ("methylphenidate", "The tablets come as 18 mg, 27 mg, 36 mg and 54 mg; most people take one every morning.", ABOVE_MAX),
    ("citalopram", "Citalopram comes as a 20 mg tablet and a 40 mg tablet, taken once a day.", ABOVE_MAX),
]
