"""A day's tablets of a combination strength named before, held to that strength's own maximum (miss in eval/holdout133
da05): "The tablet we give in the clinic is of 5 mg/325 mg." then "You can repeat this every 4 hours, also in the night,
so until 12 tablets in one day" (60 mg of hydrocodone; the 5/325 tablets: not more than 8 a day, 40 mg; NORCO PI 2). The
facts tell the hydrocodone entries apart by strength (``strengths_mg``), so a day's tablets said in words is compared with
the entry of the strength named, not the 10/325 tablets' 60 mg. A schedule multiplied out ("1 or 2 tablets every 4 to 6
hours", the 5/325 label's own words, its ceiling said apart) is still compared with every strength's. Near misses: that
schedule with its ceiling in the next list item, eight tablets, the 10/325 tablets' six, a day's tablets forbidden.

Each case is the body of one article about one drug; the assertion is what its writer would see."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"
_DRUG = "hydrocodone-acetaminophen"

#: (drug, body, rule, severity): a dose the writer must see.
SHOULD = [
    (
        _DRUG,
        "The tablet we give in the clinic is of 5 mg/325 mg.\n\nTake 2 tablets together when the pain is strong. You can repeat "
        "this every 4 hours, also in the night, so until 12 tablets in one day if the pain continue.",
        ABOVE_MAX,
        "warning",
    ),
    (_DRUG, "Your tablets are 5/325. On a bad day you can take up to 10 tablets a day.", ABOVE_MAX, "warning"),
    (_DRUG, "He was sent home with Norco 5/325. He ended up taking eleven tablets in one day.", ABOVE_MAX, "warning"),
    (_DRUG, "The pharmacy filled 5 mg/325 mg tablets for her. Some weeks she takes nine tablets a day.", ABOVE_MAX, "warning"),
]

#: (drug, body, rule): no such finding.
SHOULD_NOT = [
    (
        _DRUG,
        "- Your tablets are 5 mg/325 mg. Each one has 5 mg of hydrocodone and 325 mg of acetaminophen.\n"
        "- Take 1 or 2 tablets every 4 to 6 hours, only when you need them.\n- Do not take more than 8 tablets in 24 hours.",
        ABOVE_MAX,
    ),
    (_DRUG, "Your tablets are 5/325. Never take more than 8 tablets a day.", ABOVE_MAX),
    (_DRUG, "Your tablets are 10/325. Take no more than 6 tablets in one day.", ABOVE_MAX),
    (_DRUG, "Your tablets are 5/325. Don't ever take 12 tablets in one day.", ABOVE_MAX),
]
