"""An antibiotic started as a cold or flu begins, the start told first (holdout78 ax03), as a class.

"the second that scratchy throat and runny nose show up, I start a Z-Pak": the shared for-viruses wordings had the
drug taken "at the first sign of a cold" with the verb first; now also the moment first ("At the first sign of a cold I
take azithromycin", "Whenever the kids come down with the flu, we ask the GP for a course of amoxicillin"). An
infection told between ("turns into an ear infection", "strep test", "green phlegm"), a denial, "take it easy", the
drug kept for a bacterial infection and the illness over stay quiet.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "antibiotics-for-viruses"

_AZITHROMYCIN = "Azithromycin treats bacterial infections. "
_AMOXICILLIN = "Amoxicillin treats bacterial infections. "
_DOXYCYCLINE = "Doxycycline treats bacterial infections. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "azithromycin",
        _AZITHROMYCIN + "My own rule, and my whole family's: the second that scratchy throat and runny nose show up, I start a Z-Pak and "
        "whatever bug it is has packed its bags by the weekend. Beats lying in bed for a week.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "azithromycin",
        _AZITHROMYCIN + "At the first sign of a cold I take azithromycin, and I'm back at work in two days.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "amoxicillin",
        _AMOXICILLIN + "Whenever the kids come down with the flu, we ask the GP for a course of amoxicillin.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "doxycycline",
        _DOXYCYCLINE + "The moment a stuffy nose and the sniffles start, my husband reaches for his doxycycline.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "azithromycin",
        _AZITHROMYCIN + "As soon as a cold turns into an ear infection, start azithromycin as prescribed.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "azithromycin",
        _AZITHROMYCIN + "At the first sign of a cold, take it easy and drink plenty of fluids; azithromycin will not help.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "azithromycin",
        _AZITHROMYCIN + "Whenever a runny nose shows up, do not start a Z-Pak: antibiotics do nothing for colds.",
        MISSTATEMENT,
        ITEM,
    ),
    ("amoxicillin", _AMOXICILLIN + "As soon as the strep test comes back positive, we start amoxicillin.", MISSTATEMENT, ITEM),
    (
        "azithromycin",
        _AZITHROMYCIN
        + "Every time I catch a cold I take paracetamol and rest; I keep azithromycin for when the doctor says it is bacterial.",
        MISSTATEMENT,
        ITEM,
    ),
    ("azithromycin", _AZITHROMYCIN + "As soon as the flu is over, I take my azithromycin again for my chest.", MISSTATEMENT, ITEM),
]
