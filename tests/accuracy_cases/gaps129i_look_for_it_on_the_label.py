"""The hidden-acetaminophen interaction warned of by telling the reader to look for the name on the labels, or by the
doubled dose it comes to, from eval/holdout157 (dy02, acetaminophen; a false error), as a class.

Class: 'Look for "acetaminophen" or "APAP" on every label in the cabinet', "Hunt for paracetamol on the back of each box",
"Search the packets for APAP" (looking for the name on the labels), and the dose it comes to: "If two of your medicines both
contain it, you are taking it twice", "you'd be getting a double dose". Still reported: other things looked for ("the
expiry date on every label"), looking for the products in the aisle, a dose taken twice a day.
"""

from __future__ import annotations

INTERACTION = "interactions.missing"
OTHER = "other-acetaminophen-products"
_APAP = "Acetaminophen relieves pain and fever.\n\n"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "acetaminophen",
        _APAP + "Acetaminophen is in many cold and flu remedies, and NyQuil works fast. Look for the expiry date on every label.",
        INTERACTION,
        OTHER,
        "error",
    ),
    (
        "acetaminophen",
        _APAP + "Acetaminophen is in many cold and flu remedies. You are taking it twice a day for your back.",
        INTERACTION,
        OTHER,
        "error",
    ),
    (
        "acetaminophen",
        _APAP + "Acetaminophen is in many cold and flu remedies; look for them in the pharmacy aisle.",
        INTERACTION,
        OTHER,
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording (dy02)
    (
        "acetaminophen",
        _APAP + "This is the part I most want you to hear. Acetaminophen is tucked into a great many cold and flu remedies,"
        " night-time pain relievers and cough syrups, and into prescription painkillers such as Percocet and Norco. Look for"
        ' "acetaminophen" or "APAP" on every label in the cabinet. If two of your medicines both contain it, you are taking it'
        " twice.",
        INTERACTION,
        OTHER,
    ),
    # new wordings
    (
        "acetaminophen",
        _APAP + "Paracetamol is in lots of cold and flu sachets. Hunt for paracetamol on the back of each box you own.",
        INTERACTION,
        OTHER,
    ),
    ("acetaminophen", _APAP + "Tylenol Cold has acetaminophen in it as well. Search the packets for APAP.", INTERACTION, OTHER),
    (
        "acetaminophen",
        _APAP + "Acetaminophen is in NyQuil and Percocet too. Take one of those with your Tylenol and you'd be getting a double dose.",
        INTERACTION,
        OTHER,
    ),
    (
        "acetaminophen",
        _APAP + "Acetaminophen is in lots of cold medicines. If two of your medicines both contain it, you are taking it twice.",
        INTERACTION,
        OTHER,
    ),
]
