"""Blood tests said to end once the dose is settled, told by their lay picture, or the level said to keep itself right on the
dose alone, from eval/holdout192 (fh09, lithium), as a class.

Class: after a while ("once your dose has settled", "after the first few months"), the end, the last or being done with the
tests, also told by rolling up the sleeve ("that's pretty much the end of rolling up your sleeve", "you're done with rolling up
your sleeve", "it's the last of the blood draws"); or a steady dose said to keep the level in range on its own or without
checks ("A steady dose keeps you in the right zone on its own", "the tablets kept him in the target range without any checks").
Lithium and warfarin need regular level checks (the `no-monitoring` kind, an error). Near misses: fewer tests, tests ended
after the drug is stopped, the tests making sure, the point denied, the end of one blood draw.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fh09)
    (
        "lithium",
        "Once your dose has settled, that's pretty much the end of rolling up your sleeve. A steady dose "
        "keeps you in the right zone on its own.",
        MISSTATEMENT,
        "no-blood-tests-needed",
        "error",
    ),
    # a peer's memory
    (
        "lithium",
        "After the first few months you're done with rolling up your sleeve, which was the best news I had all year.",
        MISSTATEMENT,
        "no-blood-tests-needed",
        "error",
    ),
    # hearsay from a nurse
    (
        "lithium",
        "once you're stable it's the last of the blood draws, my nurse said.",
        MISSTATEMENT,
        "no-blood-tests-needed",
        "error",
    ),
    # the same dose holding the level
    (
        "lithium",
        "Once you're on a steady dose, the same dose holds your level in range all by itself.",
        MISSTATEMENT,
        "no-blood-tests-needed",
        "error",
    ),
    # warfarin's range, a carer's voice
    (
        "warfarin",
        "Once Dad's number settled, the tablets kept him in the target range without any checks.",
        MISSTATEMENT,
        "no-inr-tests-needed",
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # fewer, not none
    (
        "lithium",
        "Once your dose has settled, that's the end of rolling up your sleeve every week; most people go every three months.",
        MISSTATEMENT,
        "no-blood-tests-needed",
    ),
    # after the drug is stopped
    (
        "lithium",
        "Once you stop lithium, that's the end of rolling up your sleeve.",
        MISSTATEMENT,
        "no-blood-tests-needed",
    ),
    # the tests make sure
    (
        "lithium",
        "A steady dose keeps you in the right zone, and the blood tests make sure it stays there.",
        MISSTATEMENT,
        "no-blood-tests-needed",
    ),
    # denied
    (
        "lithium",
        "A steady dose does not keep you in the right zone on its own: your level can change with a fever or a new medicine.",
        MISSTATEMENT,
        "no-blood-tests-needed",
    ),
    # the end of one draw
    (
        "lithium",
        "When the nurse is done, the end of the blood draw is the worst part for me.",
        MISSTATEMENT,
        "no-blood-tests-needed",
    ),
]
