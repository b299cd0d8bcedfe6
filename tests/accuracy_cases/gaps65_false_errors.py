"""False errors from eval/holdout66-67 on required items and misstatements.

- A required warning told in lay verbs: "Hydroxychloroquine can weaken the heart muscle over time and can
  upset the heart's electrical rhythm, and that can be fatal" (holdout66 al01) gives the cardiac warning.
  An article that never speaks of the heart still misses it.
- A misstatement quoted and then answered by a speaker told in a few words before a colon, with a word of
  emphasis: '"People told me it's not addictive if you're really in pain," he says. The specialist shakes her
  head: "That simply isn't true."' (holdout67 am12). Left standing, or answered with a yes, it is still reported.
"""

from __future__ import annotations

WARNING = "safety-warnings.missing"
MISSTATEMENT = "accuracy.misstatement"

_HCQ = "Hydroxychloroquine is used for lupus, rheumatoid arthritis and malaria. "
_OXY = "Oxycodone is a strong opioid painkiller. Some of Alan's friends had reassured him. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "hydroxychloroquine",
        _HCQ + "Most people feel few side effects: an upset stomach or a headache.",
        WARNING,
        "cardiac-effects",
        "error",
    ),
    (
        "oxycodone",
        _OXY + '"People told me it\'s not addictive if you\'re really in pain," he says. His brother nods: "That is how it works."',
        MISSTATEMENT,
        "not-addictive",
        "error",
    ),
]

#: (drug, body, rule, item): wording that must stay silent.
SHOULD_NOT = [
    (
        "hydroxychloroquine",
        _HCQ + "It can weaken the heart muscle over time and can upset the heart's electrical rhythm, and that can be fatal.",
        WARNING,
        "cardiac-effects",
    ),
    ("hydroxychloroquine", _HCQ + "Rarely it damages the heart, or disturbs your heart's rhythm.", WARNING, "cardiac-effects"),
    (
        "oxycodone",
        _OXY + "\"People told me it's not addictive if you're really in pain,\" he says. The specialist shakes her head: "
        '"That simply isn\'t true. Pain does not protect anyone from addiction."',
        MISSTATEMENT,
        "not-addictive",
    ),
]
