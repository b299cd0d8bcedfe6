"""Safe even with other medicines ("harmless even alongside a long list of other tablets", eval/holdout150 dr04), and
wordings that are not absolute claims: a cure or a fix denied in the perfect ("Methotrexate hasn't fixed me", eval/holdout144
dl12; "Topiramate hasn't cured anything", eval/holdout150 dr06), harm denied with a risk conceded after it ("the drug does
not harm them, but it can build up if they are failing", eval/holdout147 do08). Near misses: hedged, asked, negated, safe
for a group or with food; harm denied with nothing conceded stays a claim."""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "acetaminophen",
        "For our oldest and frailest residents it is the gentle choice, harmless even alongside a long list of other tablets.",
        ABSOLUTE,
        "error",
    ),
    ("acetaminophen", "Mum's GP says it's safe even when combined with her other prescriptions.", ABSOLUTE, "error"),
    ("ibuprofen", "Honestly, it's innocuous even on top of all his heart pills.", ABSOLUTE, "error"),
    ("acetaminophen", "Paracetamol is safe with any other medicine you take.", ABSOLUTE, "error"),
    ("ibuprofen", "The tablets won't harm your baby.", ABSOLUTE, "error"),
    ("ibuprofen", "It does you no harm at all, but you can buy it cheaper online.", ABSOLUTE, "error"),
    ("methotrexate", "Methotrexate has fixed me for good.", ABSOLUTE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("acetaminophen", "It is usually safe with other medicines, but check with your pharmacist.", ABSOLUTE),
    ("acetaminophen", "Ask your pharmacist whether it is safe alongside your other tablets.", ABSOLUTE),
    ("acetaminophen", "It isn't harmless, even alongside just one or two other tablets.", ABSOLUTE),
    ("acetaminophen", "It is safe even for children over three months, at the right dose.", ABSOLUTE),
    (
        "methotrexate",
        "Methotrexate hasn't fixed me and it isn't for everyone. But I'm working, I'm\nknitting again, and my hands look like hands.",
        ABSOLUTE,
    ),
    (
        "topiramate",
        "Topiramate hasn't cured anything, Raman is quick to add. \"But I've got my Fridays back, and most of my Saturdays.\"",
        ABSOLUTE,
    ),
    ("sertraline", "It hadn't cured her, but the fog had lifted.", ABSOLUTE),
    (
        "metformin",
        "The kidneys clear metformin from the body; the drug does not harm them, but it can build up if they are failing.",
        ABSOLUTE,
    ),
    ("ibuprofen", "The tablets won't harm your baby, though they can make you feel sick.", ABSOLUTE),
    ("ibuprofen", "It does you no harm, but it may upset your stomach.", ABSOLUTE),
]
