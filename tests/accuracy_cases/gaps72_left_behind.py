"""A statement opened by "it" after a medicine left behind (holdout74 at08), as a class.

"My GP switched me from sertraline ... So it's basically Zoloft's sleepy cousin": "it" is the drug taken now (the
article's), not the one switched from, so mirtazapine's wrong-class misstatement is reported. A statement about the
medicine left behind, named, stays about it.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

_MIRTAZAPINE = "Mirtazapine treats depression. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "mirtazapine",
        _MIRTAZAPINE + "My doctor moved me over from Zoloft last spring. Honestly it's basically Zoloft's sleepy cousin, same family.",
        MISSTATEMENT,
        "not-an-ssri",
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "mirtazapine",
        _MIRTAZAPINE + "My GP switched me from sertraline because of the side effects. It is a different kind of antidepressant.",
        MISSTATEMENT,
        "not-an-ssri",
    ),
]
