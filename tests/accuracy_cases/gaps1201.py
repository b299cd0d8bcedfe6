"""Misstatements by wording class (gaps of 1 December): an interacting drink declared harmless with
a quantity and a casual verdict ("A Xanax and a couple of beers is no big deal", "an Ambien with a
glass or two of wine won't do you any harm", "a few glasses of wine is really nothing to worry
about"): the drink named in the plural counts as much as in the singular. Near misses: the verdict
denied ("is not fine"), quoted then refuted ("That is wrong"), handed to a doctor ("only if your
doctor says so"), a big deal. Each case is a draft in other words than the held-out sets', and
asserts what an editor sees: the finding (item, severity) or its absence."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ALCOHOL = "alcohol-cns-depressants"

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    ("alprazolam", "A Xanax and a couple of beers is no big deal.", MISSTATEMENT, ALCOHOL, "error"),
    ("zolpidem", "An Ambien with a glass or two of wine won't do you any harm.", MISSTATEMENT, "alcohol", "error"),
    ("diazepam", "Two Valium and a few beers never hurt anyone.", MISSTATEMENT, ALCOHOL, "error"),
    ("oxycodone", "Honestly, one oxycodone and a couple of lagers is no biggie.", MISSTATEMENT, "benzodiazepines-cns-depressants", "error"),
    ("lorazepam", "A lorazepam with a few glasses of wine is really nothing to worry about.", MISSTATEMENT, ALCOHOL, "error"),
    ("trazodone", "Trazodone with two or three ciders at the weekend won't do him any damage.", MISSTATEMENT, ALCOHOL, "warning"),
]

#: (drug in front matter, draft body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    ("alprazolam", "A Xanax and a couple of beers is not fine, whatever your mates say.", MISSTATEMENT, ALCOHOL),
    ("alprazolam", "People say a Xanax and a couple of beers is no big deal. That is wrong.", MISSTATEMENT, ALCOHOL),
    ("alprazolam", "A Xanax and a couple of beers is no big deal only if your doctor says so.", MISSTATEMENT, ALCOHOL),
    ("alprazolam", "A Xanax and a couple of beers is a big deal: the two slow your breathing.", MISSTATEMENT, ALCOHOL),
]
