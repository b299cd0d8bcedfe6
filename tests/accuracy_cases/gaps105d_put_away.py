"""Stopping a drug that needs a taper told as putting the pills away (holdout105 by10), as a class.

"you can simply put the bottle away once things calm down": leave to stop is given by putting the bottle away, leaving
the pack in the cupboard or sticking the tablets back in the drawer, at will or once things are better, of a drug whose
label warns against stopping it abruptly (alprazolam's boxed warning). Storage advice, a denial, a stop under the
doctor's taper, a refuted claim and a supposition stay silent.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "safe-to-stop"

_XANAX = "Alprazolam treats anxiety and panic disorder. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "alprazolam",
        "Members who only use it on bad days told us stopping is easy. Daniel agrees that\nif you have only been taking "
        "it now and then, you can simply put the bottle away\nonce things calm down; tapering is for people on high doses.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "alprazolam",
        "Xanax helps panic. Once the attacks stop, it's fine to stick the pack back in the medicine cabinet whenever you like.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "alprazolam",
        _XANAX + "You can leave the tablets in the drawer as soon as life settles down again.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "alprazolam",
        _XANAX + "Our pharmacist says you're free to just put the Xanax away the moment you feel better.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "lorazepam",
        "Lorazepam treats anxiety. When everything quietens down you can simply leave the pills in the cupboard straight away.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
]

#: (drug, body, rule, item): no finding of that item.
SHOULD_NOT = [
    ("alprazolam", _XANAX + "You can put the bottle away where children can't reach it.", MISSTATEMENT, ITEM),
    ("alprazolam", _XANAX + "Keep the Xanax away from children and pets.", MISSTATEMENT, ITEM),
    (
        "alprazolam",
        _XANAX + "You cannot simply put the bottle away once things calm down; your doctor will lower the dose slowly.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "alprazolam",
        _XANAX + "You can put the bottle away once things calm down, as long as your doctor lowers the dose gradually first.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "alprazolam",
        _XANAX + "Some people think you can just put the bottle away once things calm down. That is not safe.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "alprazolam",
        _XANAX + "If you could simply put the bottle away once things calm down, stopping would be easy, but it is not.",
        MISSTATEMENT,
        ITEM,
    ),
]
