"""A woman taking a man's finasteride, told as a story and left standing (holdout101 bu12), as a class.

"Dev's mother-in-law, 61, borrowed his pack ... and has been taking one of his tablets most mornings since": a woman of
the household (wife, aunt, gran, sister-in-law, a name's mother-in-law) borrowing, pinching or taking the man's own
tablets is the drug the label keeps from women (the `for-women` kind). A woman who reminds him or collects his pills, a
prohibition, a supposition, a question, a correction after it and another medicine for her stay silent.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "not-for-women"

_FINASTERIDE = "Finasteride treats hair loss in men. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "finasteride",
        _FINASTERIDE + "Dev's mother-in-law, 61, borrowed his pack after reading last year's issue and has been taking one of "
        "his tablets most mornings since; her parting is noticeably fuller and she is delighted.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "finasteride",
        _FINASTERIDE + "My wife has been pinching a few of my pills for her thinning crown and swears it works.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "finasteride",
        "Propecia is a hair-loss pill for men. His aunt started on his leftover tablets last spring, and her hair has never "
        "looked thicker.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "finasteride",
        _FINASTERIDE + "After seeing his results, Tom's sister-in-law helped herself to his supply and now takes one a day.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "finasteride",
        _FINASTERIDE + "My gran took half of my Propecia prescription back home with her and is delighted with her new growth.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("finasteride", _FINASTERIDE + "His wife makes sure he is taking his tablets every morning.", MISSTATEMENT, ITEM),
    ("finasteride", _FINASTERIDE + "My wife picks up my pills from the pharmacy on Fridays.", MISSTATEMENT, ITEM),
    ("finasteride", _FINASTERIDE + "His mother-in-law took his tablets back to the pharmacy when he stopped.", MISSTATEMENT, ITEM),
    (
        "finasteride",
        _FINASTERIDE + "His wife must never handle his tablets, especially if she could be pregnant.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "finasteride",
        _FINASTERIDE + "If his mother-in-law borrowed his pack, she could be putting a pregnancy at risk.",
        MISSTATEMENT,
        ITEM,
    ),
    ("finasteride", _FINASTERIDE + "What if my wife took some of my tablets for her thinning parting?", MISSTATEMENT, ITEM),
    (
        "finasteride",
        _FINASTERIDE + "Dev's mother-in-law borrowed his pack after reading last year's issue. Her GP soon put her right: it "
        "is not a medicine for women.",
        MISSTATEMENT,
        ITEM,
    ),
    ("finasteride", _FINASTERIDE + "My wife uses minoxidil foam for her thinning parting.", MISSTATEMENT, ITEM),
]
