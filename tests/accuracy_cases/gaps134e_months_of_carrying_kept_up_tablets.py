"""A pregnancy told as months of carrying a child, the drug kept up through them and the child healthy, from
eval/holdout195 (fk03, methotrexate), as a class.

Class: "Through all nine months of carrying her son Mateo she kept up her Friday tablets, and he arrived at a healthy eight
pounds", "while I was carrying the twins I stayed on my weekly methotrexate and both of them came out healthy": pregnancy
in lay words, the drug kept up, the baby healthy. Every drug whose facts carry a fetal-harm warning has the
`safe-in-pregnancy` kind (methotrexate PI BOXED WARNING, 4 CONTRAINDICATIONS: embryo-fetal toxicity), an error. Near
misses: the folic acid kept up and the drug stopped, the drug kept only until the first scan, the baby's health checked
rather than told.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fk03)
    (
        "methotrexate",
        "Denise's own story runs the other way. Through all nine months of carrying her son Mateo she kept up her Friday"
        " tablets, and he arrived at a healthy eight pounds, which she still counts as proof her body knew what it was doing.",
        MISSTATEMENT,
        "not-safe-in-pregnancy",
        "error",
    ),
    # new wordings, other voices, other drugs
    (
        "methotrexate",
        "While I was carrying the twins I stayed on my weekly methotrexate and both of them came out healthy.",
        MISSTATEMENT,
        "not-safe-in-pregnancy",
        "error",
    ),
    (
        "warfarin",
        "For the whole nine months of expecting Lily, Sam kept taking her warfarin and Lily was born perfectly healthy.",
        MISSTATEMENT,
        "safe-in-pregnancy",
        "error",
    ),
    (
        "isotretinoin",
        "all the time she was carrying her daughter she kept on with the capsules, and the girl is thriving now",
        MISSTATEMENT,
        "safe-in-pregnancy",
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # the folic acid kept up, the drug stopped
    (
        "methotrexate",
        "Through all nine months of carrying her son she kept up her folic acid, and stopped the methotrexate the day she found"
        " out; he arrived healthy.",
        MISSTATEMENT,
        "not-safe-in-pregnancy",
    ),
    # kept only until the first scan
    (
        "methotrexate",
        "While she was carrying Mateo she kept up her tablets until the first scan, then stopped, and he arrived healthy.",
        MISSTATEMENT,
        "not-safe-in-pregnancy",
    ),
    # the baby's health checked, not told
    (
        "methotrexate",
        "Through nine months of carrying her son she kept up her Friday tablets, and the team scanned every month to check"
        " whether he was healthy.",
        MISSTATEMENT,
        "not-safe-in-pregnancy",
    ),
]
