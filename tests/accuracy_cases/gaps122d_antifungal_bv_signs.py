"""An antifungal said to clear a bacterial infection told by its signs (holdout119 cm13), as a class.

"Some of you describe a different discharge, thinner and watery, with a smell that gets worse after sex. The same single
tablet will see to that as well": bacterial vaginosis told by its signs (a smell worse after sex, a thin or watery discharge
with a smell) said to be cleared by fluconazole. Near misses stay silent: the smell sent to another medicine, thrush told
by its signs (the approved use), a thin discharge with no smell, the claim denied.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "treats-bacterial-infections"

_FLUCONAZOLE = "Fluconazole is an antifungal. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "fluconazole",
        _FLUCONAZOLE + '**"What about the other kind?"** Some of you describe a different discharge, thinner and watery, with a '
        "smell that gets worse after sex. The same single tablet will see to that as well, so there's no need for a separate visit.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "fluconazole",
        _FLUCONAZOLE + "If the discharge is thin and watery and smells worse after sex, one Diflucan clears that up too.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "fluconazole",
        _FLUCONAZOLE + "A runny discharge with a strong odour after intercourse? Same pill sorts that out as well.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("fluconazole", _FLUCONAZOLE + "Diflucan also works for a watery discharge that smells off after sex.", MISSTATEMENT, ITEM, "warning"),
    (
        "fluconazole",
        _FLUCONAZOLE + "If your discharge smells stronger after sex, a single Diflucan sees to that too.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("fluconazole", _FLUCONAZOLE + "That smell is more likely bacterial vaginosis, which needs a different medicine.", MISSTATEMENT, ITEM),
    ("fluconazole", _FLUCONAZOLE + "A thick, white, itchy discharge is thrush, and one tablet clears it.", MISSTATEMENT, ITEM),
    (
        "fluconazole",
        _FLUCONAZOLE + "A thin, watery discharge with a smell that gets worse after sex is more likely bacterial vaginosis, and "
        "fluconazole will not clear it.",
        MISSTATEMENT,
        ITEM,
    ),
    ("fluconazole", _FLUCONAZOLE + "A thin discharge with no smell is normal, and the tablet is only for thrush.", MISSTATEMENT, ITEM),
    ("fluconazole", _FLUCONAZOLE + "If the smell gets worse after sex, see your GP: fluconazole will not clear that.", MISSTATEMENT, ITEM),
]
