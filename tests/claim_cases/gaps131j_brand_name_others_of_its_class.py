"""As good as the brand-name others of its class, as a comparative claim, from eval/holdout172 (en08, simvastatin), as a
class.

Class: "it lowers cholesterol just as well as the pricier brand-name statins": an equality with other medicines of its
class, plural, named by brand ("brand-name", "branded") and a class noun, is a comparison with other drugs, uncited (an
error). A brand word that names the drug's own brand is not: "the brand-name statin" (Zocor, one), "the branded tablets",
"the brand-name version", and "as well as" meaning "and". Silent too when cited.
"""

from __future__ import annotations

COMPARATIVE = "unsupported-claim.comparative"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (en08)
    (
        "simvastatin",
        "For most people it lowers cholesterol just as well as the pricier brand-name statins, and it's kinder to your muscles too.",
        COMPARATIVE,
        "error",
    ),
    # new wordings, other voices
    ("sertraline", "Honestly, the cheap generic works every bit as well as the big brand-name antidepressants.", COMPARATIVE, "error"),
    ("amlodipine", "It brings blood pressure down just as well as the expensive branded blockers.", COMPARATIVE, "error"),
    ("cetirizine", "Our own-label tablets work just as well as the fancy brand-name antihistamines.", COMPARATIVE, "error"),
]

#: (drug, body, rule): no finding of that rule.
SHOULD_NOT = [
    # its own brand, one
    ("simvastatin", "Generic simvastatin lowers cholesterol just as well as the brand-name statin.", COMPARATIVE),
    ("simvastatin", "It works just as well as the branded tablets.", COMPARATIVE),
    ("simvastatin", "It lowers cholesterol just as well as the brand-name version.", COMPARATIVE),
    # cited
    ("simvastatin", "It lowers cholesterol just as well as the pricier brand-name statins [2].", COMPARATIVE),
    # "as well as" meaning "and", asked
    ("simvastatin", "Take it as well as your other brand-name statins? No: never take two statins together.", COMPARATIVE),
]
