"""A misstatement told as someone's idea, belief or claim and called wrong in the same sentence (eval/holdout91 bk11's
false error: "Your neighbour's idea that tramadol isn't a real opioid is wrong."): refuted, not made. The idea left
standing, or called wrong only for some, is still the statement.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "tramadol",
        "My neighbour's idea that tramadol isn't a real opioid made me feel better about taking it.",
        MISSTATEMENT,
        "not-an-opioid",
        "error",
    ),
    ("lorazepam", "The claim that lorazepam isn't addictive is one I hear a lot.", MISSTATEMENT, "not-addictive", "error"),
    (
        "clonazepam",
        "My doctor's advice that it is safe to stop clonazepam whenever you like is what I followed.",
        MISSTATEMENT,
        "safe-to-stop",
        "error",
    ),
    (
        "lorazepam",
        "The idea that lorazepam isn't addictive is wrong for most people, but not everyone.",
        MISSTATEMENT,
        "not-addictive",
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("tramadol", "It is an opioid. Your neighbour's idea that tramadol isn't a real opioid is wrong.", MISSTATEMENT, "not-an-opioid"),
    ("lorazepam", "The claim that lorazepam isn't addictive is simply not true.", MISSTATEMENT, "not-addictive"),
    (
        "clonazepam",
        "His belief that you can stop clonazepam whenever you like has been thoroughly debunked.",
        MISSTATEMENT,
        "safe-to-stop",
    ),
    (
        "oxycodone",
        "The notion that oxycodone won't get you hooked couldn't be further from the truth.",
        MISSTATEMENT,
        "not-addictive",
    ),
]
