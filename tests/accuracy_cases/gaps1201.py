"""Misstatements by wording class (gaps of 1 December): an interacting drink declared harmless with
a quantity and a casual verdict ("A Xanax and a couple of beers is no big deal", "an Ambien with a
glass or two of wine won't do you any harm", "a few glasses of wine is really nothing to worry
about"): the drink named in the plural counts as much as in the singular, and the pair named in the
sentence before and pointed back at ("Alprazolam and alcohol? Mixing the two is really nothing to
worry about") is declared harmless together; two drugs said to share
a class only one of them is in ("Lisinopril and losartan are both ACE inhibitors", "Losartan, like
lisinopril, is an ACE inhibitor"): the misstatement of the one that is not. Near misses: the verdict
denied ("is not fine"), quoted then refuted ("That is wrong"), handed to a doctor ("only if your
doctor says so"), a big deal. Each case is a draft in other words than the held-out sets', and
asserts what an editor sees: the finding (item, severity) or its absence."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ALCOHOL = "alcohol-cns-depressants"
WRONG_CLASS = "wrong-class"
NOT_SSRI = "not-an-ssri"

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    ("alprazolam", "A Xanax and a couple of beers is no big deal.", MISSTATEMENT, ALCOHOL, "error"),
    ("zolpidem", "An Ambien with a glass or two of wine won't do you any harm.", MISSTATEMENT, "alcohol", "error"),
    ("diazepam", "Two Valium and a few beers never hurt anyone.", MISSTATEMENT, ALCOHOL, "error"),
    ("oxycodone", "Honestly, one oxycodone and a couple of lagers is no biggie.", MISSTATEMENT, "benzodiazepines-cns-depressants", "error"),
    ("lorazepam", "A lorazepam with a few glasses of wine is really nothing to worry about.", MISSTATEMENT, ALCOHOL, "error"),
    ("trazodone", "Trazodone with two or three ciders at the weekend won't do him any damage.", MISSTATEMENT, ALCOHOL, "warning"),
    # ... the two named in the sentence before and pointed back at
    ("alprazolam", "Alprazolam and alcohol? Mixing the two is really nothing to worry about.", MISSTATEMENT, ALCOHOL, "error"),
    ("lorazepam", "Lots of you ask about Ativan and a glass of wine. Honestly, the combination is fine.", MISSTATEMENT, ALCOHOL, "error"),
    (
        "oxycodone",
        "My surgeon gave me oxycodone, and I like a beer at night. Taking them together is no big deal, he said.",
        MISSTATEMENT,
        "benzodiazepines-cns-depressants",
        "error",
    ),
    # two drugs said to share a class only one of them is in: the wrong one's misstatement, in an
    # article about either (lisinopril's own wrong class is the ARBs: see the near misses)
    ("lisinopril", "Lisinopril and losartan are both ACE inhibitors.", MISSTATEMENT, WRONG_CLASS, "warning"),
    ("losartan", "Losartan and lisinopril are both ACE inhibitors.", MISSTATEMENT, WRONG_CLASS, "warning"),
    (
        "lisinopril",
        "Our pharmacist explains: losartan and lisinopril are both ACE inhibitors, so you only need one.",
        MISSTATEMENT,
        WRONG_CLASS,
        "warning",
    ),
    ("lisinopril", "Lisinopril and losartan are both ARBs.", MISSTATEMENT, WRONG_CLASS, "warning"),
    ("sertraline", "Sertraline and bupropion are both SSRIs.", MISSTATEMENT, NOT_SSRI, "warning"),
    ("bupropion", "Bupropion and Zoloft are both SSRIs, so they work the same way.", MISSTATEMENT, NOT_SSRI, "warning"),
    ("losartan", "Losartan, like lisinopril, is an ACE inhibitor.", MISSTATEMENT, WRONG_CLASS, "warning"),
    ("amlodipine", "Amlodipine, like atenolol, is a beta blocker.", MISSTATEMENT, WRONG_CLASS, "warning"),
]

#: (drug in front matter, draft body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    ("alprazolam", "A Xanax and a couple of beers is not fine, whatever your mates say.", MISSTATEMENT, ALCOHOL),
    ("alprazolam", "People say a Xanax and a couple of beers is no big deal. That is wrong.", MISSTATEMENT, ALCOHOL),
    ("alprazolam", "A Xanax and a couple of beers is no big deal only if your doctor says so.", MISSTATEMENT, ALCOHOL),
    ("alprazolam", "A Xanax and a couple of beers is a big deal: the two slow your breathing.", MISSTATEMENT, ALCOHOL),
    ("alprazolam", "Xanax and alcohol both slow your breathing. Mixing the two is dangerous.", MISSTATEMENT, ALCOHOL),
    ("alprazolam", "Xanax and alcohol? Is mixing the two fine?", MISSTATEMENT, ALCOHOL),
    ("alprazolam", "Xanax and alcohol? Some say mixing the two is fine. It isn't.", MISSTATEMENT, ALCOHOL),
    ("alprazolam", "Xanax and alcohol? Mixing the two is fine only if your doctor says so.", MISSTATEMENT, ALCOHOL),
    # the class right for both, or for the one it is said of, or not a class
    ("lisinopril", "Lisinopril and enalapril are both ACE inhibitors.", MISSTATEMENT, WRONG_CLASS),
    ("lisinopril", "Lisinopril is an ACE inhibitor; losartan is an ARB.", MISSTATEMENT, WRONG_CLASS),
    ("losartan", "Losartan and lisinopril are both blood pressure medicines, but losartan is an ARB.", MISSTATEMENT, WRONG_CLASS),
    ("lisinopril", "Lisinopril and losartan are not both ACE inhibitors: losartan is an ARB.", MISSTATEMENT, WRONG_CLASS),
    ("sertraline", "Sertraline and escitalopram are both SSRIs.", MISSTATEMENT, NOT_SSRI),
]
