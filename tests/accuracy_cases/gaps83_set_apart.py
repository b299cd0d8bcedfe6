"""A drug set apart as no relative of the article's ("Buspirone is not a benzodiazepine. It is not related to alprazolam
or diazepam, ... In studies reviewed for its label it showed no potential for abuse and did not cause the dependence seen
with those medicines.", eval/holdout83 bc10, a clean draft): "it" after that is the article's drug, not the last one
named, so diazepam is given no misstatement.

Still reported: a relative named and the pronoun about the article's drug that does carry the risk ("Klonopin is closely
related to diazepam. It is not addictive."), and the drug's own denial.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

_BUSPIRONE = (
    "## Not what people expect\n\nBuspirone is not a benzodiazepine. It is not related to alprazolam or diazepam, it is not a "
    "sedative, and it is not a controlled substance. In studies reviewed for its label it showed no potential for abuse and did "
    "not cause the dependence seen with those medicines.[^1]"
)

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    ("clonazepam", "Klonopin is closely related to diazepam. It is not addictive.", MISSTATEMENT, "not-addictive", "error"),
    ("diazepam", "Diazepam is a benzodiazepine. It is not addictive.", MISSTATEMENT, "not-addictive", "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("buspirone", _BUSPIRONE, MISSTATEMENT, "not-addictive"),
    ("buspirone", "Buspirone is different from diazepam. It does not cause dependence in studies.[^1]", MISSTATEMENT, "not-addictive"),
    ("buspirone", "Buspirone is not similar to Xanax. It is not habit-forming.[^1]", MISSTATEMENT, "not-addictive"),
    ("buspirone", "Buspirone is unrelated to Valium. It will not make you dependent.[^1]", MISSTATEMENT, "not-addictive"),
]
