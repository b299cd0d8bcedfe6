"""A pregnancy told in one sentence, then the drug kept up "right through" it and the baby fine in the next, told as a
story that reassures: "I found out I was expecting in second year, and my consultant was pretty relaxed. I just kept going
with my Sunday tablets right through, and my daughter is now a healthy, noisy toddler" (eval/holdout188 fd12; methotrexate
`not-safe-in-pregnancy`, of the safe-in-pregnancy kind, which now has a wording running from the pregnancy into the next
sentence; the check reads a sentence keeping something up "right through" with the sentence before it). Near misses: the
drug stopped and folic acid kept up, prenatal vitamins kept up, the pregnancy lost, the tablets kept up through exams
before a pregnancy."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fd12)
    (
        "methotrexate",
        'On our student panel last term, final-year law student Imogen described her\nown experience: "I found out I was'
        " expecting in second year, and my consultant\nwas pretty relaxed. I just kept going with my Sunday tablets right"
        ' through,\nand my daughter is now a healthy, noisy toddler."',
        MISSTATEMENT,
        "not-safe-in-pregnancy",
        "error",
    ),
    # new wordings, other drugs with the same kind of fact
    (
        "methotrexate",
        "My cousin found out she was pregnant at 30. She carried on with her weekly injections right through, and her baby was"
        " born perfectly healthy.",
        MISSTATEMENT,
        "not-safe-in-pregnancy",
        "error",
    ),
    (
        "warfarin",
        "She was expecting her second when the clot was found. She stayed on the tablets all the way through and had a healthy baby girl.",
        MISSTATEMENT,
        "safe-in-pregnancy",
        "error",
    ),
    (
        "lisinopril",
        "I got pregnant at 38 and nobody warned me. I continued taking it right through, and my son is absolutely fine.",
        MISSTATEMENT,
        "safe-in-pregnancy",
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # stopped; folic acid kept up
    (
        "methotrexate",
        "I found out I was pregnant and stopped my tablets that day. I kept going with the folic acid right through, and my"
        " daughter is healthy.",
        MISSTATEMENT,
        "not-safe-in-pregnancy",
    ),
    # prenatal vitamins kept up
    (
        "methotrexate",
        "I found out I was expecting in second year. I kept going with my prenatal vitamins right through, and my daughter is"
        " now a healthy toddler.",
        MISSTATEMENT,
        "not-safe-in-pregnancy",
    ),
    # the pregnancy lost
    (
        "methotrexate",
        "I found out I was expecting in second year. I kept going with my tablets right through, and sadly we lost the baby at 14 weeks.",
        MISSTATEMENT,
        "not-safe-in-pregnancy",
    ),
    # through exams, before a pregnancy
    (
        "methotrexate",
        "Before I was pregnant I was on it for years. I kept going with my tablets right through my final exams, and my"
        " daughter came later.",
        MISSTATEMENT,
        "not-safe-in-pregnancy",
    ),
]
