"""Dependence denied for a group of a benzodiazepine's users, or its warning said to be only for others (eval/holdout112
cf12: "Our seizure patients who take it for years stay on the same dose and never come to crave it, so this worry is
mainly for people who take it for nerves"), as a class.

1. Users set apart by use, dose or time, said after what they do never to crave it, depend on it or get hooked.
2. The addiction risk or its (boxed) warning said to be only for others: misusers, another use, high doses ("mainly":
   inferred, a warning).
Not "some people come to crave it", not the warning said to apply to everyone, not "not only for people who misuse it",
not a hypothetical ("if you take it for years and never get hooked"), not a caution that they can become dependent.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "not-addictive"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "clonazepam",
        "**2. Misuse and addiction.** Clonazepam can be misused, and some people become addicted. Our seizure patients who "
        "take it for years stay on the same dose and never come to crave it, so this worry is mainly for people who take it "
        "for nerves.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    ("alprazolam", "People on a low dose keep to it and don't get hooked.", MISSTATEMENT, ITEM, "error"),
    ("lorazepam", "Patients who take it for sleep use it as prescribed and never become addicted.", MISSTATEMENT, ITEM, "error"),
    ("clonazepam", "The addiction warning really only applies to people who misuse it.", MISSTATEMENT, ITEM, "error"),
    ("diazepam", "Dependence is just a concern for people on high doses.", MISSTATEMENT, ITEM, "error"),
    ("alprazolam", "The boxed warning is mostly aimed at people who take it recreationally.", MISSTATEMENT, ITEM, "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("clonazepam", "Some people come to crave it; tell us if you do.", MISSTATEMENT, ITEM),
    ("clonazepam", "The addiction warning applies to everyone who takes it, whatever the reason.", MISSTATEMENT, ITEM),
    ("alprazolam", "The boxed warning is not only for people who misuse it: anyone can become dependent.", MISSTATEMENT, ITEM),
    ("lorazepam", "Patients who take it for years can become dependent and should never stop it suddenly.", MISSTATEMENT, ITEM),
    ("clonazepam", "If you take it for years and never come to crave it, still taper it with your doctor.", MISSTATEMENT, ITEM),
    ("diazepam", "The risk of dependence is higher for people on high doses or long courses.", MISSTATEMENT, ITEM),
]
