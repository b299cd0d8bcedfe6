"""Misstatement classes from the holdout59-61 scoring, each told in other words and voices.

A drug whose level must be checked by blood tests (lithium, warfarin) with the tests told as no longer mattering
("once the dose was right the blood tests stopped mattering", "my level checks don't really matter any more", "INR
checks are no longer necessary"), or the writer's own long gap told approvingly ("I haven't had a lithium level
check since 2021 and I feel great", "she hasn't been for her bloods in over two years"). Near misses: "they never
stop mattering", a gap of days ("since Monday"), a gap told as dangerous or booked, the belief refuted.

A drug that only controls hair loss (minoxidil) said to be put away for good once the hair is back ("my crown had
filled in, so I could put the bottle away for good", "once the follicles are awake you can stop the foam for good"),
or the follicles said to be switched back on for good ("Rogaine switches the roots back on permanently"). Near
misses: stopping for good for another reason (itching), stopping for good with the hair then lost, a denial.

A use said to be licensed by telling what kind of treatment the drug is ("risperidone is the usual licensed medicine
for aggression in Alzheimer's", "an officially approved option for dementia-related agitation"), or the other way
round ("the standard licensed treatment for agitation in dementia is risperidone"). Near misses: the approved use
(irritability in autism), a denial, "a licensed treatment for schizophrenia, not for dementia".

A regulator's approval told in idiom for a use only a sibling brand has ("the FDA gave Ozempic the green light for
shedding pounds", "regulators okayed Ozempic for losing the extra kilos", "the FDA rubber-stamped Ozempic", "signed
off on Mounjaro for weight loss"). Near misses: the sibling brand (Wegovy), "never signed off", the approved use with
weight loss as a side effect.

Each case asserts what an editor sees: the finding (item, severity) or its absence."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    (
        "lithium",
        "Once they got my dose right, the blood tests stopped mattering, so I quit going.",
        MISSTATEMENT,
        "no-blood-tests-needed",
        "error",
    ),
    ("lithium", "My level checks don't really matter any more now that I'm stable.", MISSTATEMENT, "no-blood-tests-needed", "error"),
    ("lithium", "I haven't had a lithium level check since 2021 and I feel great.", MISSTATEMENT, "no-blood-tests-needed", "error"),
    ("lithium", "She hasn't been for her bloods in over two years, and she's doing fine.", MISSTATEMENT, "no-blood-tests-needed", "error"),
    (
        "minoxidil",
        "After eighteen months my crown had filled in, so I could put the bottle away for good.",
        MISSTATEMENT,
        "cures-baldness",
        "warning",
    ),
    ("minoxidil", "Once the follicles are awake again you can stop using the foam for good.", MISSTATEMENT, "cures-baldness", "warning"),
    ("minoxidil", "Rogaine switches the roots back on permanently.", MISSTATEMENT, "cures-baldness", "warning"),
    (
        "risperidone",
        "According to the care home manager, risperidone is the usual licensed medicine for aggression in Alzheimer's.",
        MISSTATEMENT,
        "approved-for-dementia",
        "error",
    ),
    (
        "risperidone",
        "Her GP said Risperdal is an officially approved option for dementia-related agitation.",
        MISSTATEMENT,
        "approved-for-dementia",
        "error",
    ),
    (
        "risperidone",
        "The standard licensed treatment for agitation in dementia is risperidone, the consultant told us.",
        MISSTATEMENT,
        "approved-for-dementia",
        "error",
    ),
    (
        "semaglutide",
        "The FDA gave Ozempic the green light for shedding pounds back in 2021.",
        MISSTATEMENT,
        "ozempic-not-approved-for-weight-loss",
        "warning",
    ),
    (
        "semaglutide",
        "Regulators okayed Ozempic for losing the extra kilos ages ago.",
        MISSTATEMENT,
        "ozempic-not-approved-for-weight-loss",
        "warning",
    ),
    (
        "semaglutide",
        "Honestly, the FDA rubber-stamped Ozempic for weight loss years back.",
        MISSTATEMENT,
        "ozempic-not-approved-for-weight-loss",
        "warning",
    ),
    (
        "warfarin",
        "I haven't bothered with an INR test since last spring and my clotting is fine.",
        MISSTATEMENT,
        "no-inr-tests-needed",
        "error",
    ),
    (
        "tirzepatide",
        "The FDA signed off on Mounjaro for weight loss last year.",
        MISSTATEMENT,
        "mounjaro-not-approved-for-weight-loss",
        "warning",
    ),
]

#: (drug in front matter, draft body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    ("lithium", "The blood tests matter most in the first months, and they never stop mattering.", MISSTATEMENT, "no-blood-tests-needed"),
    ("lithium", "I haven't had a lithium test since Monday.", MISSTATEMENT, "no-blood-tests-needed"),
    (
        "lithium",
        "I haven't had a level check since 2023, which my psychiatrist says is dangerous, so I booked one.",
        MISSTATEMENT,
        "no-blood-tests-needed",
    ),
    (
        "lithium",
        "Some people think the level checks stop mattering once the dose is found, but that is wrong.",
        MISSTATEMENT,
        "no-blood-tests-needed",
    ),
    ("minoxidil", "She stopped the foam for good because of the itching.", MISSTATEMENT, "cures-baldness"),
    (
        "minoxidil",
        "You can put the can away for good, but the new hair will fall out within a few months.",
        MISSTATEMENT,
        "cures-baldness",
    ),
    ("minoxidil", "You can't put the bottle away for good: the hair goes when you stop.", MISSTATEMENT, "cures-baldness"),
    ("risperidone", "Risperidone is the standard licensed treatment for irritability in autism.", MISSTATEMENT, "approved-for-dementia"),
    ("risperidone", "Risperidone is not a licensed treatment for dementia agitation.", MISSTATEMENT, "approved-for-dementia"),
    ("risperidone", "Risperidone is a licensed treatment for schizophrenia, not for dementia.", MISSTATEMENT, "approved-for-dementia"),
    ("semaglutide", "The FDA signed off on Wegovy for weight loss in 2021.", MISSTATEMENT, "ozempic-not-approved-for-weight-loss"),
    (
        "semaglutide",
        "The FDA never signed off on Ozempic for weight loss; that was Wegovy.",
        MISSTATEMENT,
        "ozempic-not-approved-for-weight-loss",
    ),
    (
        "semaglutide",
        "The FDA signed off on Ozempic for type 2 diabetes, and weight loss is a side effect.",
        MISSTATEMENT,
        "ozempic-not-approved-for-weight-loss",
    ),
]
