"""Dosage from eval/holdout188 fd02 (acetaminophen), holdout189 fe12 (hydrocodone-acetaminophen) and holdout190 ff03 (aspirin),
as a class: tablets counted with no amount and kept up around the clock, the strength named paragraphs away or as the bottle's.

- A count taken every so many hours and said to go on day and night ("two of the tablets every four hours, day and night", "a
  pair every three hours, around the clock", "24/7", "even through the night"): every dose the hours allow is taken, so a
  combination's tablets are held to the strength's own day (5/325: 8 tablets, 40 mg of hydrocodone), not read as the label's
  as-needed wording ("1 or 2 tablets every 4 to 6 hours", its ceiling said apart); the tablets told as a share of those named
  before ("two of the tablets") and counts had or given ("has a pair every three hours", "we give him two every four hours").
- A count at each of several clock times after one "at" ("two at 6, 10, 2 and 6, then two at 10 and two more at 2 in the
  morning": twelve), given ("giving her two at ..."); a list alone is read when it goes round the clock (an hour after a later
  one) or says its half of the day.
- Kept silent: the label's as-needed schedule with its ceiling, a schedule within the maximum around the clock, one at the
  maximum, another product's tablets, a schedule forbidden, a list of rising numbers (ages or sizes as likely as hours).
"""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

_NORCO = "The surgeon sent him home with hydrocodone and acetaminophen, the generic of Norco, 5 mg/325 mg tablets.\n\n"
_CAPLETS = "The pharmacist went through the box with me. Each Extra Strength caplet is 500 mg.\n\n"
_ASPIRIN = "For aches and fever, adults take one or two 325 mg tablets every four hours, and no more than twelve tablets in a day.\n\n"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (fd02, fe12, ff03)
    (
        "acetaminophen",
        _CAPLETS + "## Wednesday\n\nBad night. The night nurse from the agency said Mum could have two of the Extra Strength caplets,"
        " so I've been giving her two at 6, 10, 2 and 6, then two at 10 and two more at 2 in the morning whenever she wakes up sore.",
        ABOVE_MAX,
        "error",
    ),
    (
        "hydrocodone-acetaminophen",
        _NORCO + "**Tuesday.** The label says 1 or 2 tablets every 4 to 6 hours as needed, and no more than 8 tablets a day.\n\n"
        "His discharge sheet from the night nurse reads differently: two of the tablets every four hours, day and night, until his"
        " follow-up. I set alarms on my phone and we stuck to that.",
        ABOVE_MAX,
        "warning",
    ),
    (
        "aspirin",
        _ASPIRIN + "Our own Eileen told me her trick for the worst days of her back. She keeps the 325 mg bottle by the kettle and has"
        ' a pair every three hours, around the clock, "so the pain never gets a foothold."',
        ABOVE_MAX,
        "warning",
    ),
    # other voices
    (
        "hydrocodone-acetaminophen",
        _NORCO + "The hospice nurse has us give him two every four hours, round the clock.",
        ABOVE_MAX,
        "warning",
    ),
    (
        "hydrocodone-acetaminophen",
        _NORCO + "Mom takes two of her tablets every 4 hours 24/7 so the pain never comes back.",
        ABOVE_MAX,
        "warning",
    ),
    (
        "ibuprofen",
        "Her ibuprofen tablets are 400 mg each.\n\nWe give her two every four hours, even through the night.",
        ABOVE_MAX,
        "error",
    ),
    ("acetaminophen", _CAPLETS + "What works for my back: I take two at 8, 12, 4 and 8, then two more at midnight.", ABOVE_MAX, "error"),
    ("acetaminophen", _CAPLETS + "Grandad has a couple every three hours, day and night, and swears by it.", ABOVE_MAX, "error"),
    ("acetaminophen", _CAPLETS + "The carer gave him two at 7 am, 11 am, 3 pm and 7 pm, and another two at 11 pm.", ABOVE_MAX, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the label's as-needed wording, its ceiling said: no day's total
    ("hydrocodone-acetaminophen", _NORCO + "Give one or two tablets every 4 to 6 hours as needed, no more than 8 in a day.", ABOVE_MAX),
    ("hydrocodone-acetaminophen", _NORCO + "His sheet says two of the tablets every four hours if the pain is bad.", ABOVE_MAX),
    # around the clock, within the maximum, or at it
    ("aspirin", _ASPIRIN + "She keeps the 325 mg bottle by the kettle and has one every four hours, around the clock.", ABOVE_MAX),
    ("acetaminophen", _CAPLETS + "We give her two every six hours, day and night.", ABOVE_MAX),
    ("acetaminophen", _CAPLETS + "I've been giving her one at 6, 10, 2 and 6.", ABOVE_MAX),
    # another product's tablets
    ("acetaminophen", _CAPLETS + "Her neighbour takes two Advil every four hours, day and night.", ABOVE_MAX),
    # forbidden
    ("hydrocodone-acetaminophen", _NORCO + "Never give him two every four hours, day and night.", ABOVE_MAX),
    # rising numbers: ages or sizes as likely as hours
    ("acetaminophen", _CAPLETS + "The grandchildren came round and she had three at 4, 6 and 9, all in the garden.", ABOVE_MAX),
]
