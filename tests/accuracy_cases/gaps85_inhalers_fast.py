"""Albuterol inhalers emptied fast told as normal, nothing to see anyone about, as a class (holdout86 bf06; the label:
needing more than usual signals worsening asthma).

"Running through a whole one every couple of weeks in spring is just what pollen season does to asthma, so there's no
need to book anything": a whole inhaler used up in a week or two ("getting through a new inhaler every week", "emptying
your blue puffer twice a month", "go through inhalers fast") with a reassurance ("just what pollen season does", "no need
to book anything", "nothing to see the doctor about"). Near misses: the same use called not normal, a review advised,
how long an inhaler should last, "no need to book" for a technique check.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
MORE_USE = "more-use-is-normal"

#: (drug, body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    (
        "albuterol",
        "A reliever inhaler holds 200 puffs. Running through a whole one every couple of weeks in spring is just what pollen "
        "season does to asthma, so there's no need to book anything; grab a spare and keep it in your bag.",
        MISSTATEMENT,
        MORE_USE,
        "warning",
    ),
    (
        "albuterol",
        "Getting through a new inhaler every week during a cold is fine, nothing to see the doctor about.",
        MISSTATEMENT,
        MORE_USE,
        "warning",
    ),
    ("albuterol", "If you're emptying your blue puffer twice a month, don't worry, that's just winter.", MISSTATEMENT, MORE_USE, "warning"),
    (
        "albuterol",
        "We go through inhalers fast in this house during hay fever season and that's perfectly normal.",
        MISSTATEMENT,
        MORE_USE,
        "warning",
    ),
    (
        "albuterol",
        "Needing your reliever more and more? No need to make an appointment; just pick up another one.",
        MISSTATEMENT,
        MORE_USE,
        "warning",
    ),
]

#: (drug, body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    ("albuterol", "Going through a whole inhaler every couple of weeks is not normal: book an asthma review.", MISSTATEMENT, MORE_USE),
    ("albuterol", "If you are running through a whole one every couple of weeks, see your doctor soon.", MISSTATEMENT, MORE_USE),
    ("albuterol", "A reliever inhaler holds 200 puffs, which should last months; keep a spare in your bag.", MISSTATEMENT, MORE_USE),
    ("albuterol", "If you need your reliever more often than usual, don't wait: book an appointment.", MISSTATEMENT, MORE_USE),
    ("albuterol", "No need to book anything to get your technique checked: just drop in.", MISSTATEMENT, MORE_USE),
]
