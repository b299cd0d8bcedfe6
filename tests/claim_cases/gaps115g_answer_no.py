"""A question answered "No." before the warning, from eval/holdout115 (ci11, a false error).

- "No." before a word ends its sentence (an abbreviation of "number" only before a digit: "No. 5"), so the negation
  does not reach the warning after it: "## Can you just stop it?" / "No. Stopping suddenly can bring on seizures."
- A warning really denied or absent is still reported: "No, stopping suddenly is fine", "No. It is fine to stop it
  whenever you like."
"""

from __future__ import annotations

WARNINGS = "safety-warnings.missing"

#: The article's other warnings (suicidal thoughts, slowed breathing), given, so only the stop-suddenly one is at stake.
_OTHERS = (
    "Like other seizure medicines, it can cause suicidal thoughts in a few people. With opioids it can slow your breathing dangerously.\n\n"
)

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("gabapentin", _OTHERS + "## Can you just stop it?\n\nYes. It is fine to stop it whenever you like.", WARNINGS, "error"),
    ("gabapentin", _OTHERS + "Can I stop it once the pain is gone? No. Ask your doctor about your next refill.", WARNINGS, "error"),
    ("gabapentin", _OTHERS + "**Do I need to taper?** No. You can quit any time.", WARNINGS, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording
    (
        "gabapentin",
        _OTHERS + "## Can you just stop it?\n\nNo. Stopping suddenly can bring on seizures, even in people who take it for pain. "
        "Your doctor will lower the dose over at least a week.",
        WARNINGS,
    ),
    ("gabapentin", _OTHERS + "**Is it OK to quit cold turkey?** No. Coming off it all at once can trigger fits.", WARNINGS),
    ("gabapentin", _OTHERS + "Can I just drop it when I feel better? No. Your doctor will bring the dose down slowly.", WARNINGS),
    ("gabapentin", _OTHERS + "Q: Safe to stop overnight?\n\nA: No. Stopping abruptly can cause seizures.", WARNINGS),
]
