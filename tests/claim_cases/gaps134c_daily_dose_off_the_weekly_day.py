"""Another medicine's daily dose kept off the weekly drug's day, whoever's day it is, as a class, from eval/holdout193
(fi04, methotrexate: a false error).

Class: a daily amount of the medicine taken beside a once-weekly drug (folic acid named in the sentences before) kept
off the weekly drug's day, the day told as someone's ("Many people take 1 mg every day except their methotrexate day",
"apart from their methotrexate day", "but not on his methotrexate day", "other than on your methotrexate day"): the other
medicine's dose, not a daily schedule of the weekly drug. dosage.weekly-taken-daily stays silent. Still reported: the
weekly drug's own amount taken every day except a named weekday ("methotrexate 7.5 mg every day, except on Sundays").
"""

from __future__ import annotations

WEEKLY = "dosage.weekly-taken-daily"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("methotrexate", "He takes methotrexate 7.5 mg every day, except on Sundays.", WEEKLY, "error"),
    ("methotrexate", "My aunt takes methotrexate 2.5 mg every day apart from Sunday.", WEEKLY, "error"),
    ("methotrexate", "For rheumatoid arthritis, take 7.5 mg of methotrexate every day.", WEEKLY, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording (fi04)
    (
        "methotrexate",
        "You will also take folic acid. It lowers side effects such as mouth sores. Take it as your doctor tells you. Many"
        " people take 1 mg every day except their methotrexate day.",
        WEEKLY,
    ),
    # new wordings, other voices
    (
        "methotrexate",
        "Folic acid helps with the side effects. Most of my patients take 1 mg daily apart from their methotrexate day.",
        WEEKLY,
    ),
    ("methotrexate", "Dad takes folic acid too: 5 mg every day, but not on his methotrexate day.", WEEKLY),
    ("methotrexate", "Your folic acid is usually 1 mg a day other than on your methotrexate day.", WEEKLY),
]
