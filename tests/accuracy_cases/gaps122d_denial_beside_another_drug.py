"""A denial about the article's drug that names another drug as the contrast (holdout119 cm12), as a class.

"You do not become dependent from it like from diazepam": the denial is about "it" (hydroxyzine); diazepam, named after
"like" and the statement's own preposition ("like from", "like on", "like with"), is what it is set against, as with "the
way people do with Valium", "unlike diazepam", "as you can become with diazepam". A denial said of the other drug still
fires: "You do not become dependent on diazepam", and a likeness that opens the sentence and is closed by a comma leaves
the drug after it the subject ("Like hydroxyzine, diazepam is not habit-forming").
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "not-addictive"

_HYDROXYZINE = "Hydroxyzine is an antihistamine. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    ("hydroxyzine", _HYDROXYZINE + "You do not become dependent on diazepam.", MISSTATEMENT, ITEM, "error"),
    ("hydroxyzine", _HYDROXYZINE + "Like hydroxyzine, diazepam is not habit-forming.", MISSTATEMENT, ITEM, "error"),
    ("hydroxyzine", _HYDROXYZINE + "Unlike hydroxyzine, Valium won't get you hooked.", MISSTATEMENT, ITEM, "error"),
    ("hydroxyzine", _HYDROXYZINE + "Like hydroxyzine, diazepam won't make you dependent.", MISSTATEMENT, ITEM, "error"),
    ("diazepam", "Diazepam is a benzodiazepine. You do not become dependent from it like from alcohol.", MISSTATEMENT, ITEM, "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "hydroxyzine",
        "Hydroxyzine (names: Atarax, Vistaril) is an antihistamine. It is not a benzodiazepine and it is not a controlled "
        "medicine. You do not become dependent from it like from diazepam.",
        MISSTATEMENT,
        ITEM,
    ),
    ("hydroxyzine", _HYDROXYZINE + "You don't get hooked on it like on Valium.", MISSTATEMENT, ITEM),
    ("hydroxyzine", _HYDROXYZINE + "It does not make you addicted, like with diazepam or Xanax.", MISSTATEMENT, ITEM),
    ("hydroxyzine", _HYDROXYZINE + "You can't get hooked on it the way people do with Valium.", MISSTATEMENT, ITEM),
    ("hydroxyzine", _HYDROXYZINE + "It won't make you dependent, as you can become with diazepam.", MISSTATEMENT, ITEM),
    ("hydroxyzine", _HYDROXYZINE + "Unlike diazepam, it is not habit-forming.", MISSTATEMENT, ITEM),
]
