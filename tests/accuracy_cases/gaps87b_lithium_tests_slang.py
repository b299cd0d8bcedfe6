"""Lithium's blood tests said to stop or be needed no longer once stable, told in slang, as a class (lithium
`no-blood-tests-needed`, shared kind `no-monitoring`; holdout87 bg05).

"After the first couple of years you're done with the vampire appointments": the level checks in slang ("the vampire
appointments", "needle pricks", "finger pricks", "the bloodwork", "labs", "blood draws") said to be over with ("you'll be
done with", "I'm through with"), to stop after a while told first ("After the first year the vampire visits stop"), to be
forgotten about or no more. Near misses: the tests told as a chore, a denial, the tests ending when lithium is stopped,
fewer tests (every three months), the same said of another drug, a claim refuted.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
NO_TESTS = "no-blood-tests-needed"

#: (drug, body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    (
        "lithium",
        "**oldhand72** replied: After the first couple of years you're done with the vampire appointments. My psych signed "
        "me off them in 2023 and I've been fine ever since.",
        MISSTATEMENT,
        NO_TESTS,
        "error",
    ),
    ("lithium", "Once you've been stable for a year you'll be done with the needle pricks.", MISSTATEMENT, NO_TESTS, "error"),
    ("lithium", "After the first year the vampire visits stop, so enjoy the freedom.", MISSTATEMENT, NO_TESTS, "error"),
    ("lithium", "My nurse says I'm through with the bloodwork now that my level has settled.", MISSTATEMENT, NO_TESTS, "error"),
    ("lithium", "No more vampire appointments once your dose is settled.", MISSTATEMENT, NO_TESTS, "error"),
    ("lithium", "Once you're settled on a dose, you can forget about the finger pricks.", MISSTATEMENT, NO_TESTS, "error"),
    ("lithium", "Once your level has been steady for a while, the blood draws are over.", MISSTATEMENT, NO_TESTS, "error"),
]

#: (drug, body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    ("lithium", "I'm on 900 mg a day. Every three months feels like a lot of needles.", MISSTATEMENT, NO_TESTS),
    ("lithium", "You'll never be done with the vampire appointments while you're on lithium.", MISSTATEMENT, NO_TESTS),
    ("lithium", "Once you stop lithium for good, the blood tests end.", MISSTATEMENT, NO_TESTS),
    ("lithium", "After the first week the blood tests stop being so frequent.", MISSTATEMENT, NO_TESTS),
    (
        "lithium",
        "After the first month the vampire visits stop being weekly and come every three months instead.",
        MISSTATEMENT,
        NO_TESTS,
    ),
    (
        "lithium",
        "Unlike lithium, sertraline needs no vampire appointments at all.",
        MISSTATEMENT,
        NO_TESTS,
    ),
    (
        "lithium",
        "Some people think you're done with the needle pricks after a couple of years. That isn't true: the checks go on "
        "for as long as you take lithium.",
        MISSTATEMENT,
        NO_TESTS,
    ),
]
