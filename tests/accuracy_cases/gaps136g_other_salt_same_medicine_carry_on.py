"""Metoprolol's two salts told as one medicine in other clothes, and the swap as nothing to act on, from eval/holdout213
(gc12, metoprolol), as a class.

Class: both products named (Toprol-XL where the Lopressor used to be), then the other one told as the same medicine
dressed differently ("one medicine wearing a different coat") or carried on with as always ("so you just carry on the way
you always have"). Metoprolol tartrate (LOPRESSOR, immediate release, usually twice daily) and succinate (TOPROL-XL,
extended release, once daily) have different labeled dosing: `tartrate-succinate-interchangeable`. Near misses: told to
call before carrying on, a new maker's bottle of the same product, the difference explained.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "tartrate-succinate-interchangeable"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (gc12)
    (
        "metoprolol",
        "I'll tell you what I tell my brother-in-law: when the pharmacy hands you a Toprol-XL bottle this month where the"
        " Lopressor used to be, that's one medicine wearing a different coat, so you just carry on the way you always have.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    # new wordings, other voices
    (
        "metoprolol",
        "Tartrate in the old box, succinate in the new one: it's the same medicine in a different jacket.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "metoprolol",
        "Mum's Lopressor came back from the chemist as Toprol XL this time, and she just kept on as normal.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "metoprolol",
        "If succinate tablets turn up where the tartrate ones were, don't fret, and you can carry on like you always did.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # call before carrying on
    (
        "metoprolol",
        "If the pharmacy hands you Toprol-XL where the Lopressor used to be, do not just carry on: call us, because the"
        " dosing is different.",
        MISSTATEMENT,
        ITEM,
    ),
    # a new maker's bottle of the same product
    (
        "metoprolol",
        "Your Toprol-XL may come from a new maker this month in a different coat of paint, and you carry on as before.",
        MISSTATEMENT,
        ITEM,
    ),
    # the difference explained
    (
        "metoprolol",
        "Lopressor and Toprol-XL are not one medicine in a different coat: the XL releases slowly and is taken once a day.",
        MISSTATEMENT,
        ITEM,
    ),
    # another drug's swap
    (
        "metoprolol",
        "When your lisinopril comes from a new supplier, it's one medicine wearing a different coat, so carry on as usual.",
        MISSTATEMENT,
        ITEM,
    ),
]
