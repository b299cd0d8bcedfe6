"""A drink the drug interacts with allowed "on it", as a class (an interaction declared harmless).

"You can still have your Friday beers on it" (holdout75 au13, varenicline) allows alcohol while on the drug: the
word that ties the drink to the drug may now be "on it", "on these tablets" or "on" the drug's name, after the
drink, in the reassurance's own clause ("you can keep having a couple of pints on these tablets", "your wine on
Chantix"); varenicline's alcohol is now named in the lay words the other drugs' is ("beers", "pints", "a glass of
red"). Not a denial, not a tie in another clause ("..., but drink less on it"), not "on the weekend".
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "fine-with-alcohol"  # (the interaction "alcohol" declared harmless: varenicline's misstatement)

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "varenicline",
        "And yes, you can still have your Friday beers on it. My buddy never cut back once on Chantix and never noticed a thing.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("varenicline", "Good news for the pub crowd: you can keep having a couple of pints on these tablets.", MISSTATEMENT, ITEM, "warning"),
    ("varenicline", "Feel free to have a glass of red on it at the weekend.", MISSTATEMENT, ITEM, "warning"),
    ("varenicline", "You can still enjoy your wine on Chantix.", MISSTATEMENT, ITEM, "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("varenicline", "You can't have your Friday beers on it without feeling the effects more, so cut back.", MISSTATEMENT, ITEM),
    ("varenicline", "You can still have your Friday beers, but drink less on it until you know how it affects you.", MISSTATEMENT, ITEM),
    ("varenicline", "You can have a beer on the weekend, but keep track of how you feel.", MISSTATEMENT, ITEM),
    ("varenicline", "You can still have a drink, but go easy on it for the first few weeks.", MISSTATEMENT, ITEM),
    ("varenicline", "Only if your doctor says so can you still have a beer on it.", MISSTATEMENT, ITEM),
]
