"""Stopping at once told as fine in slang (eval/holdout83 bc06, a member's post left standing: "I've dropped Effexor
flat three times when a refill ran late, felt a bit off for a day, that's it. No need to drag it out over weeks like
my doctor wanted."), as a class of the shared `safe-to-stop` kind.

1. The taper named by its length, denied: "no need to drag it out over weeks", "no need to string it out", "you don't
   have to spread the coming off over a month", "no need to go slow".
2. A sudden stop told as one's own with no harm after it: "dropped Effexor flat ..., that's it", "I quit it cold
   turkey, no problems at all", "stopped it dead ... and felt fine", "stopped the capsules outright and never looked
   back".

Near misses kept silent: a doctor's taper described ("Your doctor will drag it out over a few weeks"), a sudden stop
with harm told after it, a doctor's stop, a post refuted by the reply after it.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "safe-to-stop"
DRUG = "venlafaxine"

_DRAFT = (
    "rob_1978: \"Honestly the brain zaps stuff is overblown. When I'm done with a med, I'm done. I've dropped Effexor "
    "flat three times when a refill ran late, felt a bit off for a day, that's it. No need to drag it out over weeks like "
    'my doctor wanted."'
)

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (DRUG, _DRAFT, MISSTATEMENT, ITEM, "warning"),
    (DRUG, "Honestly there's no need to string it out, just stop the Effexor when you're ready.", MISSTATEMENT, ITEM, "warning"),
    (DRUG, "You don't have to spread the coming off over a month like the leaflet says.", MISSTATEMENT, ITEM, "warning"),
    (DRUG, "No need to go slow with this one, I came off in a weekend.", MISSTATEMENT, ITEM, "warning"),
    (DRUG, "I quit Effexor cold turkey, no problems at all.", MISSTATEMENT, ITEM, "warning"),
    (DRUG, "I stopped it dead when I ran out and felt fine after a day.", MISSTATEMENT, ITEM, "warning"),
    (DRUG, "We stopped the capsules outright and never looked back.", MISSTATEMENT, ITEM, "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (DRUG, "Your doctor will drag it out over a few weeks to avoid withdrawal, which feels slow but matters.", MISSTATEMENT, ITEM),
    (DRUG, "I dropped Effexor flat when a refill ran late and the brain zaps were awful for two weeks.", MISSTATEMENT, ITEM),
    (DRUG, "My GP stopped it suddenly because of the rash, and I was fine.", MISSTATEMENT, ITEM),
    (DRUG, "I stopped it cold turkey once and the dizziness lasted a month, but I'm fine now.", MISSTATEMENT, ITEM),
    (
        DRUG,
        'rob_1978: "No need to drag it out over weeks like my doctor wanted." Reply from the pharmacist: That is not true. '
        "Effexor must be tapered over weeks.",
        MISSTATEMENT,
        ITEM,
    ),
]
