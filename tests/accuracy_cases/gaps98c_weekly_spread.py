"""Methotrexate's weekly dose spread over several days of the week, told as a tip or a story (eval/holdout95 bo01:
"He now splits his four tablets up and swallows one each morning from Monday to Thursday"): the daily-dosing
misstatement, an error (the boxed warning names deaths from daily dosing). Not a warning against it, not the label's
divided dose given hours apart, not folic acid on the other days.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "daily-dosing"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "methotrexate",
        "Tom Reyes, 34, who has psoriasis, found his own fix. He now splits his four tablets up and swallows one each "
        "morning from Monday to Thursday, which he says is far kinder on his stomach than taking them together.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    ("methotrexate", "If the tablets upset your stomach, spread them out over a few days.", MISSTATEMENT, ITEM, "error"),
    ("methotrexate", "My rheumatologist is fine with me taking two on Monday and two on Tuesday.", MISSTATEMENT, ITEM, "error"),
    ("methotrexate", "She takes one tablet a day for four days and then has the rest of the week off.", MISSTATEMENT, ITEM, "error"),
    ("methotrexate", "Lots of our readers divide their weekly tablets across the week to dodge the nausea.", MISSTATEMENT, ITEM, "error"),
    ("methotrexate", "Trexall is easier on the gut if you stagger the pills over three days.", MISSTATEMENT, ITEM, "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("methotrexate", "Never spread your methotrexate tablets over several days of the week.", MISSTATEMENT, ITEM),
    (
        "methotrexate",
        "Your doctor may split the weekly dose into three parts taken 12 hours apart.",
        MISSTATEMENT,
        ITEM,
    ),
    ("methotrexate", "Take one folic acid tablet a day from Monday to Saturday, but not on methotrexate day.", MISSTATEMENT, ITEM),
    ("methotrexate", "Take all four tablets together on the same day each week, for example every Monday.", MISSTATEMENT, ITEM),
    (
        "methotrexate",
        "People have died after splitting the weekly dose over several days by mistake.",
        MISSTATEMENT,
        ITEM,
    ),
    ("metformin", "He takes one tablet each morning from Monday to Sunday.", MISSTATEMENT, ITEM),
]
