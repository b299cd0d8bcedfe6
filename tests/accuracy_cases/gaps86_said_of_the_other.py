"""A denial of dependence for the article's drug, set against another drug that causes it (eval/holdout85 be09: "you
can't get hooked on it the way people do on Valium or Xanax"), as a class: the comparison after the statement ("the
way people do on X", "like you can with X", "as they do to X", "unlike X", "the way X does") names the other drug as
the one that does cause it, so the other drug gets no misstatement; the article's drug gets it when it has one.

Still reported: the other drug as the statement's own subject ("You can't get hooked on Xanax the way people do on
Valium" is said of Xanax), a drug given as an example ("no risk of getting hooked with drugs like Xanax"), "the way"
that is no comparison ("I hate the way Xanax makes me feel, but it's not addictive"), and the article's own drug set
against another ("You can't get hooked on it the way people do on heroin" in an alprazolam article).
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "not-addictive"

_BACLOFEN = "Baclofen relaxes tight muscles.\n\n"
_BE09 = (
    "**stiffknees_paula:** That's brilliant, Gordon. And the best bit is you can't get hooked on it the way people do on Valium or Xanax."
)

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    ("baclofen", _BACLOFEN + "You can't get hooked on Xanax the way people do on Valium.", MISSTATEMENT, ITEM, "error"),
    ("baclofen", _BACLOFEN + "There's no risk of getting hooked with drugs like Xanax.", MISSTATEMENT, ITEM, "error"),
    ("baclofen", _BACLOFEN + "I hate the way Xanax makes me feel, but it's not addictive.", MISSTATEMENT, ITEM, "error"),
    ("alprazolam", "Alprazolam treats anxiety.\n\nYou can't get hooked on it the way people do on heroin.", MISSTATEMENT, ITEM, "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("baclofen", _BACLOFEN + _BE09, MISSTATEMENT, ITEM),
    ("baclofen", _BACLOFEN + "You can't get hooked on it like you can with Xanax.", MISSTATEMENT, ITEM),
    ("baclofen", _BACLOFEN + "You can't get hooked on it unlike Xanax.", MISSTATEMENT, ITEM),
    ("baclofen", _BACLOFEN + "It isn't addictive the way Valium is.", MISSTATEMENT, ITEM),
    ("baclofen", _BACLOFEN + "People don't get addicted to it as they do to Valium.", MISSTATEMENT, ITEM),
    ("baclofen", _BACLOFEN + "You won't get dependent on it the same way you can on Valium, Ativan or Xanax.", MISSTATEMENT, ITEM),
]
