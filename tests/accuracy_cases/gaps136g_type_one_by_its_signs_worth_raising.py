"""A drug the label excludes in type 1 diabetes put forward to the readers who have it, type 1 told by its lay names,
from eval/holdout211 (ga06, glipizide), as a class.

Class: the reader's condition told first in an "if" clause, by a lay name for type 1 ("that childhood kind of diabetes",
"the kind where the pancreas gave up making insulin"), then the drug called worth raising, trying or able to help: "So if
you have been living with that childhood kind of diabetes, glipizide is a tablet worth bringing up at your next visit."
Glipizide is indicated only for type 2 diabetes (label 1 INDICATIONS AND USAGE, Limitations of Use): `type-1-diabetes`
(excluded use, a warning). Near misses: the drug said not to be worth it or not for them, type 2 named, a hope it will
not help.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "type-1-diabetes"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (ga06)
    (
        "glipizide",
        "Her new doctor added glipizide to her injections last spring, and she tells me her numbers have never looked"
        " better. So if you have been living with that childhood kind of diabetes, glipizide is a tablet worth bringing up"
        " at your next visit.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    # new wordings, other voices
    (
        "glipizide",
        "If your child has type 1, Glucotrol might be worth asking about.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "glipizide",
        "For anyone with the kind of diabetes where the pancreas stops making insulin, glipizide could help.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "glipizide",
        "if u have juvenile diabetes like me, glipizide is definitely worth a try",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # not worth it
    (
        "glipizide",
        "If you have that childhood kind of diabetes, glipizide is not worth asking about: it only works in type 2.",
        MISSTATEMENT,
        ITEM,
    ),
    # type 2
    (
        "glipizide",
        "If you have type 2 diabetes and your sugars are creeping up, glipizide is a tablet worth bringing up at your next visit.",
        MISSTATEMENT,
        ITEM,
    ),
    # will not help
    (
        "glipizide",
        "If you have type 1 diabetes, glipizide won't help, because your pancreas makes no insulin for it to work on.",
        MISSTATEMENT,
        ITEM,
    ),
    # not for you
    (
        "glipizide",
        "If your son has the childhood kind of diabetes, glipizide is not for him.",
        MISSTATEMENT,
        ITEM,
    ),
]
