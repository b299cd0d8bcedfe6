"""A racing heart or a panicky body told as settled within minutes or seconds (eval/holdout105 by10, a miss), as a
class: an uncited speed claim, inferred from a story (a warning).

- The heart, pulse, breathing or chest settling, or the pounding or shaking gone, within minutes or seconds, told
  either way round: "within a couple of minutes my heart has slowed right down", "my heart rate came right down in a
  few minutes", "her breathing settled almost immediately", "the shaking was gone in five minutes flat".
- Not a side effect ("within minutes my heart was racing"), a harm ("breathing can slow down within minutes", "her
  breathing had stopped"), hours or a hedged course ("your heart rate usually settles within an hour"), nor cited.
"""

from __future__ import annotations

RAPID = "unsupported-claim.rapid-onset"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "alprazolam",
        'One member, Lucy, keeps a tablet in her purse for the days the tram is packed. "When my chest starts pounding, I let one '
        'dissolve under my tongue and within a couple of minutes my heart has slowed right down," she says.',
        RAPID,
        "warning",
    ),
    ("alprazolam", "I take half a tablet at the first flutter and my heart rate comes right down in a few minutes.", RAPID, "warning"),
    ("lorazepam", "Within minutes the thumping in my chest had stopped and I could finish the meeting.", RAPID, "warning"),
    ("propranolol", "Before my talk I took one, and the shaking was gone in five minutes flat.", RAPID, "warning"),
    ("alprazolam", "Her breathing settled almost immediately after the tablet, her mum says.", RAPID, "warning"),
    ("diazepam", "In a few seconds my racing heart steadied, like someone had turned a dial.", RAPID, "warning"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("alprazolam", "Within minutes of the first dose my heart was racing and I felt sick, so I rang the pharmacy.", RAPID),
    ("alprazolam", "Taken with opioids, breathing can slow down within minutes. Call 911 if someone is hard to wake.", RAPID),
    ("alprazolam", "Within minutes her breathing had stopped and she would not wake.", RAPID),
    ("propranolol", "Your heart rate usually settles within an hour or two of a dose.", RAPID),
    ("alprazolam", "Within an hour my heart had slowed down and I could sleep.", RAPID),
    ("alprazolam", "It can take a couple of minutes before my heart slows down, and often much longer.", RAPID),
    (
        "alprazolam",
        "In a small trial, the racing heart settled within minutes of a dissolving tablet for most people.[1]\n\n"
        "[1]: https://example.org/trial",
        RAPID,
    ),
]
