"""Another medicine told by how it is taken, then its own use, from eval/holdout212 (gb03, tadalafil), as a class.

Class: an interaction warning brings in another medicine by a taking or an example ("if you use any nitrate, like the little
spray or tablet", "with the patch", "any spray") and tells it by how it is taken ("you put under your tongue", "she wears",
"you carry") right before its own use ("for chest pain"): angina is the nitrate's use, told in a warning, not a use of the
drug the article is about. Silent there; still reported: the drug itself told as the tablet taken for it, the drug named in
the taking, and the drug taken for it by "it".
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drug itself described as the tablet taken for chest pain
    ("tadalafil", "Cialis is a little tablet you put under your tongue for chest pain.", OFF_LABEL, "error"),
    # the drug named in the taking
    ("tadalafil", "Some men use Cialis, the tablet they keep in the car, for chest pain.", OFF_LABEL, "error"),
    # "it" for the drug
    ("sildenafil", "A lot of older men tell me they take it for chest pain as well.", OFF_LABEL, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording (gb03)
    (
        "tadalafil",
        "Do NOT take Cialis if you use any nitrate, like the little spray or tablet you put under your tongue for chest pain, a"
        ' nitro patch, or isosorbide. That includes "poppers" (amyl nitrite).',
        OFF_LABEL,
    ),
    # new wordings, other voices
    ("sildenafil", "Never mix Viagra with the patch my dad wears on his chest for angina.", OFF_LABEL),
    (
        "tadalafil",
        "If you carry a spray you use under the tongue for chest pain, tell your doctor before you take tadalafil.",
        OFF_LABEL,
    ),
    ("sildenafil", "Sildenafil is not safe alongside the little pills some people dissolve under their tongue for angina.", OFF_LABEL),
    ("tadalafil", "Don't take tadalafil if you are on a nitrate you take for chest pain.", OFF_LABEL),
]
