"""A dependence or addiction risk played down rather than denied (eval/holdout118 cl13), as a class.

"Oxycodone is very unlikely to leave you hooked", "highly unlikely that you'll become addicted", "hardly anyone who takes
Norco ... gets hooked", "almost nobody ends up addicted", "the chance of getting hooked is tiny", "people very rarely become
dependent" (not "you can get hooked, even at the prescribed dose"; not a cited rate; not plain "unlikely to become addicted if
you take it for a few days"; not with a condition after: "very unlikely ... as long as"; not refuted; not "small but real"; not
a question; not another effect: "hardly anyone gets a rash").
"""

from __future__ import annotations

DEPENDENCY = "unsupported-claim.dependency"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording, under "Will I get hooked?" with the boxed warning in the next paragraph
    (
        "oxycodone",
        "Used for a few days after an operation like yours, oxycodone is very unlikely to leave you hooked. You can take it "
        "with confidence.\n\nEven so, oxycodone has a boxed warning because anyone who takes it can become addicted.",
        DEPENDENCY,
        "error",
    ),
    ("tramadol", "Tramadol is a mild painkiller, so it's highly unlikely that you'll become addicted.", DEPENDENCY, "error"),
    ("hydrocodone-acetaminophen", "Hardly anyone who takes Norco after a dental extraction gets hooked.", DEPENDENCY, "error"),
    ("alprazolam", "Almost nobody ends up addicted to Xanax at the doses we prescribe.", DEPENDENCY, "error"),
    ("oxycodone", "For surgical pain, the chance of getting hooked is tiny.", DEPENDENCY, "error"),
    ("diazepam", "People very rarely become dependent on diazepam.", DEPENDENCY, "error"),
    ("zolpidem", "It is extremely unlikely to make you dependent.", DEPENDENCY, "error"),
]

#: (drug, body, rule): no finding of that rule.
SHOULD_NOT = [
    ("oxycodone", "You can get hooked, even at the prescribed dose.", DEPENDENCY),
    (
        "oxycodone",
        "In one large study, about 6% of people given opioids after surgery were still taking them a year later (Brummett, 2017).",
        DEPENDENCY,
    ),
    ("tramadol", "You are unlikely to become addicted if you take it for a few days as your doctor says.", DEPENDENCY),
    ("oxycodone", "It is very unlikely to get you hooked as long as you take it for only a few days.", DEPENDENCY),
    ("oxycodone", "It is not true that hardly anyone gets addicted: anyone who takes it can become addicted.", DEPENDENCY),
    ("oxycodone", "The risk of addiction is small but real, and it grows the longer you take it.", DEPENDENCY),
    ("oxycodone", "The risk of getting hooked is higher if you have ever misused drugs.", DEPENDENCY),
    ("lorazepam", "Is it very unlikely to get me hooked?", DEPENDENCY),
    ("sertraline", "Hardly anyone who takes it gets a rash.", DEPENDENCY),
]
