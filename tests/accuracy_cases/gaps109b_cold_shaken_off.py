"""An antibacterial offered or taken to shake off or get over a cold or flu told by its signs or its name (eval/holdout108
cb05: "If your stuffy nose, sore throat and cough have hung around for a week and you are sick of it, a Z-Pak is the
quickest way to finally shake it off and get back to work"), as a class of the shared for-viruses kind.

1. The course as the quickest or best way to shake it off, see it off or get over it, after the illness told by its signs in
   a series ("stuffy nose, sore throat and cough") or by its name.
2. The way to get over it named first: "the quickest way to shake off a winter cold is a Z-Pak".
3. Given to help someone get over or recover from it: "prescribes doxycycline to help you get over the flu".
Not a denial ("a Z-Pak is not the way to shake it off", "won't help you shake it off"), not a bacterial infection told
after the cold ("turns into sinusitis", "earache", "pneumonia"), not rest and fluids as the quickest way.
"""

from __future__ import annotations

RULE = "accuracy.misstatement"
ITEM = "antibiotics-for-viruses"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "azithromycin",
        "If your stuffy nose, sore throat and cough have hung around for a week and you are sick of it, a Z-Pak is the "
        "quickest way to finally shake it off and get back to work.",
        RULE,
        ITEM,
        "warning",
    ),
    (
        "amoxicillin",
        "Had a cold for ten days and couldn't shift it, so a course of amoxicillin was the fastest way to get over it.",
        RULE,
        ITEM,
        "warning",
    ),
    ("doxycycline", "Our clinic prescribes doxycycline to help you get over the flu faster.", RULE, ITEM, "warning"),
    ("azithromycin", "The quickest way to shake off a winter cold is a Z-Pak.", RULE, ITEM, "warning"),
    (
        "amoxicillin",
        "Runny nose, a tickly cough, a week of it: a short course of amoxicillin is the best way to see it off.",
        RULE,
        ITEM,
        "warning",
    ),
]

#: (drug, body, rule, item): near misses that must stay silent.
SHOULD_NOT = [
    ("azithromycin", "Antibiotics don't help a cold, so a Z-Pak is not the way to shake it off.", RULE, ITEM),
    ("azithromycin", "A cold sometimes turns into sinusitis; a Z-Pak is the quickest way to clear that up.", RULE, ITEM),
    ("azithromycin", "After a cold, some people get pneumonia, and azithromycin is given to help them get over it.", RULE, ITEM),
    ("azithromycin", "The quickest way to get over a cold is rest and fluids; a Z-Pak will not help.", RULE, ITEM),
    ("azithromycin", "A stuffy nose and cough for a week? That's a cold: a Z-Pak won't help you shake it off.", RULE, ITEM),
    ("amoxicillin", "A cold, then earache: amoxicillin is the quickest way to shake it off.", RULE, ITEM),
]
