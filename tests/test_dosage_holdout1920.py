"""Doses by wording class, from what holdout19/holdout20 missed or flagged wrongly: a time told
relative to a meal is no second dose ("each morning, before breakfast or an hour or two after it"),
while a real repeat still counts ("repeat after two hours if the migraine comes back"); how a dose
is taken between the amount and how often ("8 mg under your tongue every three hours", "with a
glass of water", "dissolved in water"); a dose doubled ("double up on your usual 10 mg tablet",
"twice your usual 10 mg"), but not the label's "never double up"; tablets of a named strength
counted again later in the day ("a 2 mg bar in the morning and another two at night"), against
the maximum of the use named; a once-weekly strength said in the passive to be taken daily
("The 90mg capsule is taken once a day"); and how often told in the next cell of a table row
("| 6 tablets (15 mg) | each morning with breakfast |"). Each case asserts what the writer would see: the
finding with its rule and severity, or none."""

from __future__ import annotations

import pytest
from rule_runner import findings

ABOVE_MAX = "dosage.above-max"
WEEKLY = "dosage.weekly-taken-daily"

#: (drug, body, rule, severities): a time relative to a meal is not a repeat; real repeats count.
MEAL_TIMES = [
    ("phentermine", "The usual dose is one 37.5 mg tablet each morning, before breakfast or an hour or two after it.", ABOVE_MAX, []),
    ("phentermine", "Take one 37.5 mg tablet daily, before breakfast or 1 to 2 hours after it.", ABOVE_MAX, []),
    ("phentermine", "Adults take 37.5 mg once a day, either before breakfast or one to two hours after breakfast.", ABOVE_MAX, []),
    ("phentermine", "Swallow the 37.5 mg capsule in the morning, 30 minutes before or two hours after a meal.", ABOVE_MAX, []),
    ("phentermine", "Most people take 37.5 mg an hour before food or two hours after.", ABOVE_MAX, []),
    ("phentermine", "You'll take 37.5mg each day - before breakfast, or a couple of hours after it.", ABOVE_MAX, []),
    ("phentermine", "Take 37.5 mg before breakfast and another 37.5 mg two hours after lunch.", ABOVE_MAX, ["error"]),
    ("phentermine", "Take one 37.5 mg tablet in the morning and another one two hours after lunch.", ABOVE_MAX, ["error"]),
    ("sumatriptan", "Take 150 mg when the migraine starts and repeat after two hours if it comes back.", ABOVE_MAX, ["error"]),
    ("sumatriptan", "Take 150 mg; if the headache returns, the dose can be repeated in 2 hours.", ABOVE_MAX, ["error"]),
    ("sumatriptan", "Take 100 mg at the start of the migraine and repeat after two hours if the migraine comes back.", ABOVE_MAX, []),
    ("ibuprofen", "Take 4 tablets of 400 mg now and take another 4 tablets 4 hours later.", ABOVE_MAX, ["error"]),
]

#: How the dose is taken, between the amount and how often.
MANNER = [
    ("ondansetron", "If the sickness keeps coming, pop another 8 mg under your tongue every three hours.", ABOVE_MAX, ["error"]),
    ("ondansetron", "Let 8 mg melt on your tongue every 4 hours until the nausea settles.", ABOVE_MAX, ["error"]),
    ("ondansetron", "Give 8 mg dissolved in water every three hours.", ABOVE_MAX, ["error"]),
    ("cetirizine", "Take 10 mg with a glass of water three times a day.", ABOVE_MAX, ["error"]),
    ("ibuprofen", "Take 800 mg with food every four hours.", ABOVE_MAX, ["error"]),
    ("ondansetron", "Give 8 mg by mouth with a sip of water every 4 hours.", ABOVE_MAX, ["error"]),
    ("ondansetron", "The 8 mg wafer goes under the tongue every three hours.", ABOVE_MAX, ["error"]),
    ("ondansetron", "Pop an 8 mg tablet on your tongue and let it dissolve, three times a day.", ABOVE_MAX, []),
    ("ondansetron", "Take 8 mg with or without food twice a day.", ABOVE_MAX, []),
    ("ondansetron", "Take 8 mg under your tongue every 8 hours.", ABOVE_MAX, []),
    ("cetirizine", "Take 10 mg with a glass of water once a day.", ABOVE_MAX, []),
]

#: A dose doubled, and the label's advice not to.
DOUBLED = [
    ("cetirizine", "On bad pollen days, just double up on your usual 10 mg tablet.", ABOVE_MAX, ["error"]),
    ("cetirizine", "If the sneezing is bad, take a double dose of your 10 mg tablet.", ABOVE_MAX, ["error"]),
    ("cetirizine", "Hay fever sufferers can take twice your usual 10 mg.", ABOVE_MAX, ["error"]),
    ("cetirizine", "I ended up doubling up to 2 tablets of 10 mg.", ABOVE_MAX, ["error"]),
    ("cetirizine", "Take 10 mg once a day; on really bad days, double it.", ABOVE_MAX, ["error"]),
    ("loratadine", "If one isn't enough, double up on the usual 10 mg tablet.", ABOVE_MAX, ["error"]),
    ("cetirizine", "Take 10 mg once a day. Do not take a double dose to make up for a missed one.", ABOVE_MAX, []),
    ("cetirizine", "Take one 10 mg tablet a day; never double up.", ABOVE_MAX, []),
    ("cetirizine", "Take 10 mg a day. Don't double the dose if you forget one.", ABOVE_MAX, []),
    ("cetirizine", "Take your 10 mg tablet once a day and don't double up if you miss one.", ABOVE_MAX, []),
    ("cetirizine", "Start at 5 mg; your doctor may double the dose to 10 mg.", ABOVE_MAX, []),
    ("cetirizine", "Take 5 mg once a day; on bad days double it.", ABOVE_MAX, []),
]

#: Tablets of a named strength counted again later the same day, against the named use's maximum.
ANOTHER = [
    ("alprazolam", "For her anxiety, my sister takes a 2 mg bar in the morning and another two at night.", ABOVE_MAX, ["error"]),
    ("alprazolam", "For anxiety he takes a 2 mg tablet at breakfast and two more before bed.", ABOVE_MAX, ["error"]),
    ("alprazolam", "For anxiety she has one 2 mg tablet at 8, then a further one at lunch and another two later.", ABOVE_MAX, ["error"]),
    ("alprazolam", "For anxiety, take one 2 mg tablet in the morning and another two later.", ABOVE_MAX, ["error"]),
    (
        "alprazolam",
        "For his anxiety he takes one 2 mg bar after breakfast, another after lunch and two more at bedtime.",
        ABOVE_MAX,
        ["error"],
    ),
    ("alprazolam", "For anxiety I take a 1 mg tablet in the morning and another one at night.", ABOVE_MAX, []),
    ("alprazolam", "For anxiety, she has a 1 mg tablet at breakfast and then another two before bed.", ABOVE_MAX, []),
    ("alprazolam", "For anxiety, take one 2 mg tablet in the morning and a further one at lunch.", ABOVE_MAX, []),
    ("alprazolam", "For anxiety, take one 2 mg tablet in the morning and another two the next day.", ABOVE_MAX, []),
]

#: A once-weekly strength said, in the passive or of no one, to be taken every day.
PASSIVE_WEEKLY = [
    ("fluoxetine", "The 90mg capsule is taken once a day with breakfast.", WEEKLY, ["error"]),
    ("fluoxetine", "The 90 mg capsule should be taken once a day.", WEEKLY, ["error"]),
    ("fluoxetine", "Fluoxetine 90 mg is swallowed every morning.", WEEKLY, ["error"]),
    ("fluoxetine", "People take the 90 mg one every day.", WEEKLY, ["error"]),
    ("fluoxetine", "The 90 mg capsule is taken once a week.", WEEKLY, []),
    ("fluoxetine", "The 90 mg capsule is not taken every day; it is taken once a week.", WEEKLY, []),
    ("fluoxetine", "Unlike the 20 mg capsule, which is taken every day, the 90 mg capsule is swallowed once a week.", WEEKLY, []),
    ("fluoxetine", "The 20 mg capsule is taken once a day.", WEEKLY, []),
]


HEAD = "| Medicine | Dose | When to take it |\n|---|---|---|\n"
#: How often told in the next cell of a table row.
TABLE_ROWS = [
    ("methotrexate", HEAD + "| Methotrexate 2.5 mg tablets | 6 tablets (15 mg) | each morning with breakfast |", WEEKLY, ["error"]),
    ("methotrexate", HEAD + "| Methotrexate | 15 mg | every day |", WEEKLY, ["error"]),
    ("fluoxetine", HEAD + "| Fluoxetine weekly capsule | 90 mg | once a day |", WEEKLY, ["error"]),
    ("cetirizine", HEAD + "| Cetirizine | 10 mg | three times a day |", ABOVE_MAX, ["error"]),
    ("methotrexate", HEAD + "| Methotrexate 2.5 mg tablets | 6 tablets (15 mg) | once a week, on Mondays |", WEEKLY, []),
    ("methotrexate", HEAD + "| Methotrexate | 15 mg | Monday mornings |", WEEKLY, []),
    ("methotrexate", HEAD + "| Methotrexate | 15 mg | once a week |\n| Folic acid 5 mg tablets | 1 tablet | each morning |", WEEKLY, []),
    ("cetirizine", HEAD + "| Cetirizine | 10 mg | once a day |", ABOVE_MAX, []),
]


@pytest.mark.parametrize(("drug", "body", "rule", "expected"), MEAL_TIMES + MANNER + DOUBLED + ANOTHER + PASSIVE_WEEKLY + TABLE_ROWS)
def test_dose_wording_classes(drug: str, body: str, rule: str, expected: list[str]) -> None:
    assert findings(drug, body, rule) == expected
