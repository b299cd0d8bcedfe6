"""A medicine credited with keeping clots from forming in the heart's quivering upper chamber, atrial fibrillation's stroke
prevention in lay words, from eval/holdout166 (eh11, clopidogrel), as a class.

Class: the drug said to keep, stop or prevent clots forming in the upper chamber of the heart, the atrium or the heart
itself ("clopidogrel with her daily aspirin is what keeps clots from forming in that jittery upper chamber of her heart",
"Plavix stops clots forming in the upper chambers of his heart"), maybe after the rhythm told by its signs; a second drug
taken along with it ("with her daily aspirin") leaves the use to the first. Clopidogrel and aspirin are not approved for
atrial fibrillation: told in lay words, a warning. Silent: apixaban (approved for atrial fibrillation), clots kept from a
stent or the heart's arteries, the effect denied, the use disclosed, and another drug taken with aspirin for it.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (eh11)
    (
        "clopidogrel",
        "All sorts of people. One of my regulars, Mrs. Kaur, has had a heart that flutters and skips out of step for years."
        " After two falls, her cardiologist didn't want her on a stronger anticoagulant, so clopidogrel with her daily aspirin is"
        " what keeps clots from forming in that jittery upper chamber of her heart. She's been steady on it for three years.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings
    (
        "clopidogrel",
        "Grandad's pulse has been all over the place for a year. These days Plavix stops clots forming in the upper chambers of his heart.",
        OFF_LABEL,
        "warning",
    ),
    (
        "clopidogrel",
        "My heart skips out of step most days. The cardiologist says clopidogrel with my usual aspirin is what stops clots"
        " collecting in the atrium.",
        OFF_LABEL,
        "warning",
    ),
    (
        "aspirin",
        "at 84 mum wont go on warfarin so a baby aspirin every morning is what keeps a clot from forming in her quivering heart",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the second drug's own use, after a comma or at once: not the first drug's
    ("baclofen", "Tell your doctor if you take baclofen with sucralfate, for stomach ulcers, or with sleeping pills.", OFF_LABEL),
    # the second drug's use told in brackets after it (holdout104 bx05, holdout111 ce05)
    (
        "ondansetron",
        "Never take ondansetron together with apomorphine (a medicine for Parkinson's disease, Apokyn or Kynmobi). The blood"
        " pressure can fall very low and you can faint.",
        OFF_LABEL,
    ),
    (
        "tizanidine",
        "It is forbidden to take tizanidine with fluvoxamine (a medicine for depression and obsessions) or with ciprofloxacin"
        " (an antibiotic).",
        OFF_LABEL,
    ),
    ("clopidogrel", "Do not take clopidogrel along with omeprazole (used to treat heartburn).", OFF_LABEL),
    ("clopidogrel", "He takes clopidogrel with omeprazole for the heartburn his aspirin gave him.", OFF_LABEL),
    ("metformin", "She takes metformin alongside her sertraline, to treat the depression that came with the diagnosis.", OFF_LABEL),
    # an approved use in lay words: apixaban is approved for atrial fibrillation
    (
        "apixaban",
        "Her heart flutters out of step. Eliquis is what keeps clots from forming in the upper chamber of her heart.",
        OFF_LABEL,
    ),
    # clots kept from the stent in the heart's arteries
    (
        "clopidogrel",
        "After his stent, clopidogrel with his daily aspirin is what keeps clots from forming in his heart arteries.",
        OFF_LABEL,
    ),
    # the effect denied
    (
        "clopidogrel",
        "Clopidogrel does not stop clots forming in the upper chamber of the heart, which is why she takes apixaban as well.",
        OFF_LABEL,
    ),
    # disclosed
    (
        "clopidogrel",
        "Clopidogrel is not FDA-approved for atrial fibrillation, so this is an off-label use: for Mrs. Kaur it is what keeps"
        " clots from forming in the upper chamber of her heart.",
        OFF_LABEL,
    ),
    # another drug, taken with aspirin, keeps them away
    (
        "clopidogrel",
        "Clopidogrel is for his stent. Warfarin with his daily aspirin is what keeps clots from forming in the upper chamber of his heart.",
        OFF_LABEL,
    ),
]
