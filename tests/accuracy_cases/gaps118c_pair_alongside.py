"""An interacting medicine said to go well with the drug, by likeness (holdout116 cj10), as a class.

"your GP can add omeprazole or esomeprazole once a day. These protect the stomach lining and sit well alongside
clopidogrel, so the two can be taken together for as long as you need": the pair said to sit or go well together, to
be compatible, also by a pronoun opening the next sentence that points back at the medicine named before it, is the
interaction declared harmless; a time it may go on for ("for as long as you need") is no condition handed to a
clinician. Pantoprazole said to be fine, a denial, the sentence before setting omeprazole aside and a pronoun in a
sentence that does not name the drug stay silent.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "ppi-fine"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "clopidogrel",
        "Some people get indigestion on clopidogrel. If this happens, your GP can add omeprazole or esomeprazole once a day. "
        "These protect the stomach lining and sit well alongside clopidogrel, so the two can be taken together for as long as "
        "you need.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "clopidogrel",
        "Heartburn on Plavix? Many cardiologists add Nexium. They're perfectly compatible with Plavix.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "clopidogrel",
        "Your pharmacist may suggest omeprazole for the reflux. Both tablets go well with your clopidogrel, morning or night.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("clopidogrel", "Omeprazole is completely compatible with clopidogrel, so keep taking both.", MISSTATEMENT, ITEM, "warning"),
    (
        "clopidogrel",
        "A daily Prilosec keeps the acid down. These two get on nicely with clopidogrel for as long as you need them.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "clopidogrel",
        "If you need a stomach protector, your doctor will usually choose pantoprazole. It sits well alongside clopidogrel.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "clopidogrel",
        "Your GP may mention omeprazole. It does not sit well alongside clopidogrel, so ask about another choice.",
        MISSTATEMENT,
        ITEM,
    ),
    ("clopidogrel", "Omeprazole is not compatible with clopidogrel: it weakens its effect.", MISSTATEMENT, ITEM),
    (
        "clopidogrel",
        "Your doctor will avoid omeprazole and esomeprazole and use pantoprazole instead. These sit well alongside clopidogrel.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "clopidogrel",
        "Clopidogrel can upset the stomach, so omeprazole is sometimes considered. They are fine to take with food.",
        MISSTATEMENT,
        ITEM,
    ),
    ("clopidogrel", "Pantoprazole and clopidogrel are compatible and can be taken together for as long as you need.", MISSTATEMENT, ITEM),
]
