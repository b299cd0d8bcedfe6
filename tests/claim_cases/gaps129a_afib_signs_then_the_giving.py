"""Atrial fibrillation told by its signs, the heart skipping, racing or fluttering out of rhythm, then a medicine given
that is not approved for it, from eval/holdout153 (du04, clopidogrel), as a class.

Class: the heartbeat told as out of step, out of rhythm, all over the place or with no rhythm to it ("his heart has been
skipping and racing out of step", "Mum's pulse had been all over the place", "My heart would flutter with no rhythm to it",
"his heartbeat had been jumping about out of rhythm"), then the doctor starting the drug in the next sentence. Clopidogrel is
approved for acute coronary syndrome, a recent heart attack or stroke and peripheral arterial disease, metoprolol for
hypertension, angina, heart attack and heart failure: neither for atrial fibrillation; told in lay words, a warning. Silent:
apixaban (approved for nonvalvular atrial fibrillation), a heart racing after the stairs, another drug started for the rhythm,
the use disclosed, and a bass player out of step.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (du04)
    (
        "clopidogrel",
        "**CALLER (RAY):** Hi, Loretta. My dad's eighty-one. For a couple of years his heart has been skipping and racing out of"
        " step, and some nights he can feel it fluttering in his chest. His new doctor started him on Plavix so no clot forms in"
        " his heart and travels to his brain. That sounds right to you?",
        OFF_LABEL,
        "warning",
    ),
    # new wordings
    (
        "clopidogrel",
        "Mum's pulse had been all over the place since the spring, and she kept feeling dizzy. Her GP put her on clopidogrel to"
        " stop a clot forming.",
        OFF_LABEL,
        "warning",
    ),
    (
        "clopidogrel",
        "My heart would flutter with no rhythm to it, sometimes for hours. The cardiologist started me on Plavix last month.",
        OFF_LABEL,
        "warning",
    ),
    (
        "metoprolol",
        "For months his heartbeat had been jumping about out of rhythm. His doctor started him on metoprolol to slow it down.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # an approved use in lay words
    (
        "apixaban",
        "For a couple of years his heart has been skipping and racing out of step. His new doctor started him on Eliquis so no"
        " clot forms in his heart.",
        OFF_LABEL,
    ),
    # a racing heart with no rhythm lost
    (
        "clopidogrel",
        "His heart was racing after the stairs, so he sat down for a while. After his stent, his doctor started him on clopidogrel.",
        OFF_LABEL,
    ),
    # another drug started for the rhythm
    (
        "clopidogrel",
        "His heart has been skipping and racing out of step for years. His doctor started him on apixaban for that, and the"
        " clopidogrel is for his stent.",
        OFF_LABEL,
    ),
    # disclosed
    (
        "clopidogrel",
        "For a couple of years his heart has been skipping and racing out of step. His doctor started him on clopidogrel, which is"
        " not approved for atrial fibrillation, an off-label choice.",
        OFF_LABEL,
    ),
    # not a heart
    (
        "clopidogrel",
        "The drummer in our band keeps time perfectly, but the bass player is always out of step. After his heart attack, his"
        " doctor started him on Plavix.",
        OFF_LABEL,
    ),
]
