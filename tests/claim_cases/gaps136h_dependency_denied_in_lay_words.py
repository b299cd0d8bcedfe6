"""Dependency denied in lay words, from eval/holdout208 (fx01, citalopram) and holdout214 (gd04, baclofen), as a class.

Class: a claim that a medicine cannot hook anyone, told without the words "addiction" or "dependence" as a plain fact: nothing in
it for someone's body or brain to get hooked on ("There is nothing in citalopram for the body to get hooked on"); nothing about
it or in it that gets its claws or hooks into you ("Nothing about baclofen gets its claws into you"); and the medicine taken or
used without a worry or fear about getting hooked or about addiction, told as its gift ("He likes that he can take it without
worrying about getting hooked"). An error where the label warns of dependence or withdrawal. Silent: a question, a denial of
the claim, a condition after it, a worry told as real, and what cannot be done without that worry.
"""

from __future__ import annotations

DEPENDENCY = "unsupported-claim.dependency"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording
    (
        "citalopram",
        'That question kept Marisol awake more than anything. "There is nothing in citalopram for the body to get hooked on," the'
        ' psychiatrist told her. "No cravings, no chasing a bigger dose to get the same lift."',
        DEPENDENCY,
        "error",
    ),
    ("baclofen", '"Nothing about baclofen gets its claws into you."', DEPENDENCY, "error"),
    ("baclofen", "He likes that he can take it without worrying about getting hooked.", DEPENDENCY, "error"),
    # new wordings, other voices
    ("pregabalin", "Nothing in these capsules will sink its hooks into you.", DEPENDENCY, "error"),
    ("citalopram", "There's nothing in them for your brain to get addicted to.", DEPENDENCY, "error"),
    ("tramadol", "You can use it every night without fear of becoming dependent.", DEPENDENCY, "error"),
    ("zolpidem", "Mum takes her tablets for months without a worry about addiction.", DEPENDENCY, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # a condition after it
    ("baclofen", "You can take it without worrying about getting hooked, as long as you keep to the dose.", DEPENDENCY),
    # a question
    ("baclofen", "Is there nothing in baclofen for the body to get hooked on?", DEPENDENCY),
    # the claim denied
    ("baclofen", "Don't believe anyone who says nothing about baclofen gets its claws into you.", DEPENDENCY),
    # the worry told as real
    ("baclofen", "He worries about getting hooked, so he takes it only when the spasms are bad.", DEPENDENCY),
    # what cannot be done without the worry
    ("baclofen", "You can't take it for long without worrying about getting hooked.", DEPENDENCY),
]
