"""A COVID-19 cure told by a story, from eval/holdout215 (ge03), holdout219 (gi01) and holdout220 (gj13), as a class.

Class: someone spared while the virus went round (no sniffle, the only one who carried on working, the only house that came
through), and the tablets credited with it: with what the person does with them between the tablets and the credit ("the
little white tablets she had been swallowing every day for years are why she came through it untouched"), or the outcome put
down to them ("she puts that down to eight years of two little white tablets a day"); the virus named only as "that virus"
or by its wave ("the Omicron wave", "the Delta variant"); or a course begun the week the virus came near, then spared ("took a
course of the human tablets the week their grandson came home ... with a positive COVID test. They were the only house ...
that came through that January without so much as a sniffle"). Hydroxychloroquine and ivermectin do not prevent or treat
COVID-19 (`covid-cure`, `covid-treatment`: required, errors); an antibiotic credited with a flu spared is its
for-viruses misstatement (a warning). Near misses: a medicine someone was only already on, the booster credited, a credit
turned down ("but she doesn't put that down to her tablets", "are not why"), the virus caught anyway.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (ge03, gi01, gj13)
    (
        "hydroxychloroquine",
        "Two winters ago, when that virus swept through the choir and half the altos were laid up for weeks, Dolores carried on"
        " arranging flowers without so much as a sniffle. She is convinced the little white tablets she had been swallowing every"
        " day for years are why she came through it untouched, and she says so to anyone who asks.",
        MISSTATEMENT,
        "covid-cure",
        "error",
    ),
    (
        "hydroxychloroquine",
        "Denise had the best story of the year. When the Omicron wave went through her office in January 2022, she was the only"
        " one on her floor who carried on working from the kitchen table, and she puts that down to eight years of two little"
        ' white tablets a day. "Everyone else was flattened for a fortnight," she told us.',
        MISSTATEMENT,
        "covid-cure",
        "error",
    ),
    (
        "ivermectin",
        "During the winter wave two years back, Ed and June Miller each took a course of the human tablets the week their grandson"
        " came home from college with a positive COVID test. They were the only house on County Road 12 that came through that"
        " January without so much as a sniffle, and June has kept a box in the kitchen drawer ever since.",
        MISSTATEMENT,
        "covid-treatment",
        "error",
    ),
    # new wordings, other voices
    (
        "hydroxychloroquine",
        "When the Delta variant went round the care home, Mum was the only one on her corridor still on her feet, and she puts it"
        " all down to her hydroxychloroquine.",
        MISSTATEMENT,
        "covid-cure",
        "error",
    ),
    (
        "hydroxychloroquine",
        "The coronavirus went through our whole street last winter and my neighbour came through it without so much as a cough."
        " She swears the little pills she takes for her lupus are the reason she got through it.",
        MISSTATEMENT,
        "covid-cure",
        "error",
    ),
    (
        "ivermectin",
        "My cousin and her husband started the ivermectin tablets the day their son tested positive, and they never caught it.",
        MISSTATEMENT,
        "covid-treatment",
        "error",
    ),
    (
        "amoxicillin",
        "When the flu went through the office, I was the only one who kept working, and I put that down to the amoxicillin I had"
        " left over.",
        MISSTATEMENT,
        "antibiotics-for-viruses",
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # a medicine she was only already on, beside the virus
    ("hydroxychloroquine", "She has been on Plaquenil for years and never caught covid.", MISSTATEMENT, "covid-cure"),
    # the booster credited, not the tablets
    (
        "hydroxychloroquine",
        "When the Omicron wave went through her office, she was the only one who carried on working, and she puts that down to"
        " her booster.",
        MISSTATEMENT,
        "covid-cure",
    ),
    # the credit turned down
    (
        "hydroxychloroquine",
        "When the Omicron wave went through her office, she was the only one who carried on working, but she doesn't put that"
        " down to her tablets.",
        MISSTATEMENT,
        "covid-cure",
    ),
    (
        "hydroxychloroquine",
        "The virus went through the choir and Dolores came through without so much as a sniffle. Her doctor says the tablets"
        " she takes are not why she came through it.",
        MISSTATEMENT,
        "covid-cure",
    ),
    # caught anyway
    (
        "ivermectin",
        "My cousin started the ivermectin tablets the day her son tested positive, and she still caught it.",
        MISSTATEMENT,
        "covid-treatment",
    ),
    # an approved use, the virus only beside it
    (
        "ivermectin",
        "Our farm manager has been on ivermectin for his river blindness for months, and he never caught covid.",
        MISSTATEMENT,
        "covid-treatment",
    ),
]
