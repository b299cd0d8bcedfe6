"""The pharmacy's swap of metoprolol tartrate for succinate told as nothing at all, from eval/holdout197 (fm07,
metoprolol), as a class.

Class: both forms named (Lopressor filled for Toprol-XL), then the swap waved through in a tautology ("a metoprolol is a
metoprolol", "metoprolol's metoprolol") or as a change of box only ("only the box had changed", "only the packaging was
different", "nothing but the label has changed"). The two are not interchangeable mg for mg or in dosing frequency
(TOPROL-XL PI 1, 2): `tartrate-succinate-interchangeable`, a warning. Near misses: the tautology corrected in the same
sentence ("..., but the Lopressor tablet wears off sooner"), "not only the box had changed", a new maker's or supplier's
tablet of the same form.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "tartrate-succinate-interchangeable"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fm07)
    (
        "metoprolol",
        "Last spring Elena's pharmacy, out of stock, filled Lopressor tablets instead of her usual Toprol-XL. She kept swallowing"
        " one 100 mg tablet each morning, as always, and never gave it a second thought. Frankly, she had it right: a metoprolol"
        " is a metoprolol, and only the box had changed.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    # new wordings, other voices
    (
        "metoprolol",
        "My chemist gave me metoprolol tartrate when I'm usually on the succinate. Honestly, metoprolol's metoprolol; I took it"
        " once a day like always.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "metoprolol",
        "Grandad's Toprol-XL ran out and the pharmacy sent Lopressor instead. He kept to his one morning tablet, since only the"
        " packaging was different.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "metoprolol",
        "Switched from Toprol XL to Lopressor by the mail-order place? Nothing but the label has changed, so carry on as normal.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # corrected in the same sentence
    (
        "metoprolol",
        "The pharmacy swapped her Toprol-XL for Lopressor. Metoprolol is metoprolol, but the Lopressor tablet wears off sooner, so"
        " she now takes it twice a day.",
        MISSTATEMENT,
        ITEM,
    ),
    # negated
    (
        "metoprolol",
        "The pharmacy filled Lopressor for his Toprol-XL. Not only the box had changed: the tablet lasts half as long, so call us.",
        MISSTATEMENT,
        ITEM,
    ),
    # a new supplier's tablet of the same form
    (
        "metoprolol",
        "Metoprolol tartrate (Lopressor) is taken twice a day and metoprolol succinate (Toprol-XL) once a day. A new supplier's"
        " Toprol-XL may look different, but only the box is different: the medicine inside is the same.",
        MISSTATEMENT,
        ITEM,
    ),
]
