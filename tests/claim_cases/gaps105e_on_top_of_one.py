"""A dose taken on top of an earlier tablet of its strength told with no amount (eval/holdout103 bw13), as a class.

- "half of a 10 mg tablet, on top of the whole one you took at bedtime" is 5 mg and 10 mg the same night (15 mg, above
  zolpidem's maximum); so are "a further 10 mg tablet ... on top of your usual one", "half a 10mg tab in addition to the
  one they had at bedtime", "half a 100 mg tablet on top of the one they had earlier that evening" (sildenafil).
- Silent: the total at or under the maximum ("half of a 5 mg tablet on top of the whole one"), said not to be taken
  ("Do not take ...", "don't take it on top of the whole one"), an alternative ("instead of the whole one"), another
  medicine's tablet ("on top of the one the doctor gave them for pain", "on top of your other tablets").
"""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

_ZOLPIDEM = "Zolpidem is a sleeping tablet for adults with insomnia. "
_SILDENAFIL = "Sildenafil treats erectile dysfunction. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "zolpidem",
        _ZOLPIDEM + "If you wake in the small hours and cannot drop off again, you can take half of a 10 mg tablet, on top "
        "of the whole one you took at bedtime, as long as you still have four hours left in bed.",
        ABOVE_MAX,
        "error",
    ),
    (
        "zolpidem",
        _ZOLPIDEM + "Waking at 3am is common; many of our readers pop half a 10mg tab in addition to the one they had at bedtime.",
        ABOVE_MAX,
        "error",
    ),
    ("zolpidem", _ZOLPIDEM + "If sleep does not come, a further 10 mg tablet can be taken on top of your usual one.", ABOVE_MAX, "error"),
    (
        "sildenafil",
        _SILDENAFIL + "If it wears off, some men take half a 100 mg tablet on top of the one they had earlier that evening.",
        ABOVE_MAX,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("zolpidem", _ZOLPIDEM + "Some people take half of a 5 mg tablet on top of the whole one they took at bedtime.", ABOVE_MAX),
    ("zolpidem", _ZOLPIDEM + "Do not take half of a 10 mg tablet on top of the whole one you took at bedtime.", ABOVE_MAX),
    ("zolpidem", _ZOLPIDEM + "Half of a 10 mg tablet is enough for most people; don't take it on top of the whole one.", ABOVE_MAX),
    (
        "zolpidem",
        _ZOLPIDEM + "If you wake in the night, you can take half of a 10 mg tablet instead of the whole one at bedtime.",
        ABOVE_MAX,
    ),
    ("zolpidem", _ZOLPIDEM + "Some people take a 5 mg tablet on top of the one the doctor gave them for pain.", ABOVE_MAX),
    ("zolpidem", _ZOLPIDEM + "Take one 10 mg tablet at bedtime, on top of your other tablets.", ABOVE_MAX),
    ("sildenafil", _SILDENAFIL + "Some men take half a 50 mg tablet on top of the whole one they had earlier.", ABOVE_MAX),
]
