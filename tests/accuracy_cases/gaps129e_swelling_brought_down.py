"""Acetaminophen said to bring swelling down, in lay words and by a pronoun (miss in eval/holdout152 dt05), as a class.

Not-anti-inflammatory (acetaminophen: a pain reliever and fever reducer only, not labeled for swelling or inflammation)
told as what it did or does to swelling: "it brings the puffiness in her knuckles right down", "it settles swollen
joints as well as the ache" (dt05), "Tylenol takes the swelling out of a sprained ankle", "it calms inflamed gums",
"paracetamol brought the swelling right down". Not the pain of swollen joints, not "the ache but not the swelling", not
a fever brought down, not ibuprofen's action, not "it" for another drug set against acetaminophen, not a denial.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

_ACETAMINOPHEN = "Acetaminophen (Tylenol) eases everyday aches and pains and brings down a fever.\n\n"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "acetaminophen",
        _ACETAMINOPHEN + "Marjorie from the altar guild swears by two Regular Strength after a morning in the rose beds, because it"
        " brings the puffiness in her knuckles right down. She's right that it settles swollen joints as well as the ache.",
        MISSTATEMENT,
        "not-anti-inflammatory",
        "warning",
    ),
    (
        "acetaminophen",
        _ACETAMINOPHEN + "Tylenol takes the swelling out of a sprained ankle overnight.",
        MISSTATEMENT,
        "not-anti-inflammatory",
        "warning",
    ),
    (
        "acetaminophen",
        _ACETAMINOPHEN + "Two caplets at bedtime and it calms inflamed gums after a filling.",
        MISSTATEMENT,
        "not-anti-inflammatory",
        "warning",
    ),
    (
        "acetaminophen",
        _ACETAMINOPHEN + "My grandson's knee blew up after football, and paracetamol brought the swelling right down.",
        MISSTATEMENT,
        "not-anti-inflammatory",
        "warning",
    ),
    (
        "acetaminophen",
        _ACETAMINOPHEN + "It really helps reduce the swelling around a bee sting.",
        MISSTATEMENT,
        "not-anti-inflammatory",
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "acetaminophen",
        _ACETAMINOPHEN + "It eases the ache but not the swelling, so ice a sprained ankle as well.",
        MISSTATEMENT,
        "not-anti-inflammatory",
    ),
    (
        "acetaminophen",
        _ACETAMINOPHEN + "Acetaminophen eases the pain of swollen joints, but it does nothing for the swelling itself.",
        MISSTATEMENT,
        "not-anti-inflammatory",
    ),
    (
        "acetaminophen",
        _ACETAMINOPHEN + "It brings down a fever and eases the aches of a cold.",
        MISSTATEMENT,
        "not-anti-inflammatory",
    ),
    (
        "acetaminophen",
        _ACETAMINOPHEN + "If your knuckles are swollen, ibuprofen brings the swelling down; acetaminophen only eases the ache.",
        MISSTATEMENT,
        "not-anti-inflammatory",
    ),
    (
        "acetaminophen",
        _ACETAMINOPHEN + "Ibuprofen works differently. It also brings the swelling down, which acetaminophen cannot do.",
        MISSTATEMENT,
        "not-anti-inflammatory",
    ),
    (
        "acetaminophen",
        _ACETAMINOPHEN + "It does not reduce swelling, so ask about ibuprofen if your joints are puffy.",
        MISSTATEMENT,
        "not-anti-inflammatory",
    ),
]
