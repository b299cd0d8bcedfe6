"""A drug put outside the family of a medicine of its own class (holdout76 av12), as a class.

"Strictly speaking, tramadol isn't in the morphine family at all": the shared not-its-class wordings now also read
the class by its medicines (the misstatement's `members`): not in the morphine family, not from the same family as
codeine, outside the opioid family, no relation to morphine, nothing to do with opioids. What is true stays quiet:
tramadol is not morphine, not as strong as it, not a pure opioid like it, not chemically related to it.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "not-an-opioid"

_TRAMADOL = "Tramadol treats moderate to severe pain. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "tramadol",
        _TRAMADOL + "Several members asked whether tramadol is gentler than other strong painkillers. Here is how it is often "
        "explained. Strictly speaking, tramadol isn't in the morphine family at all; it is a man-made pain reliever that "
        "works more like a mood tablet.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    ("tramadol", _TRAMADOL + "Tramadol doesn't belong to the codeine family, so it is a much safer choice.", MISSTATEMENT, ITEM, "error"),
    (
        "tramadol",
        _TRAMADOL + "My pharmacist explained that Ultram is not from the same family as morphine or oxycodone.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    ("tramadol", _TRAMADOL + "Tramadol sits outside the opioid family altogether.", MISSTATEMENT, ITEM, "error"),
    ("tramadol", _TRAMADOL + "Honestly, it's no relation to morphine, whatever the forums say.", MISSTATEMENT, ITEM, "error"),
    ("tramadol", _TRAMADOL + "Tramadol has nothing to do with opioids.", MISSTATEMENT, ITEM, "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("tramadol", _TRAMADOL + "Tramadol is not as strong as morphine, but it is still an opioid.", MISSTATEMENT, ITEM),
    ("tramadol", _TRAMADOL + "Tramadol is not a pure opioid like morphine; it also acts on serotonin.", MISSTATEMENT, ITEM),
    ("tramadol", _TRAMADOL + "Tramadol is in the same family as morphine and codeine.", MISSTATEMENT, ITEM),
    (
        "tramadol",
        _TRAMADOL + "Paracetamol isn't in the morphine family at all, so it is a gentler option than tramadol.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "tramadol",
        _TRAMADOL + "Tramadol is not chemically related to morphine, but it works on the same opioid receptors.",
        MISSTATEMENT,
        ITEM,
    ),
    ("tramadol", _TRAMADOL + "It is a myth that tramadol isn't in the morphine family.", MISSTATEMENT, ITEM),
    ("tramadol", _TRAMADOL + "Ibuprofen sits outside the opioid family, unlike tramadol.", MISSTATEMENT, ITEM),
]
