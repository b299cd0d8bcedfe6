"""Scabies told by its signs over two sentences, the itch first and then where "it" started and when it was worst, then
ivermectin given, from eval/holdout155 (dw05, ivermectin), as a class.

Class: the itch or scratching told in one sentence, then the next pointing back at it ("It started between his fingers and
along his belt line, it was worst once he lay down at night", "The rash began on his wrists and was always worse in bed",
"the itching started between my fingers and got way worse when i got into bed"): the burrows' places and the night itch of
scabies, then the tablets given. Oral ivermectin is approved for strongyloidiasis and river blindness, not scabies: told in
lay words, a warning. Silent: an itch between the toes, one worse in the sun, an itch gone by morning, the use disclosed,
and another treatment given for it.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (dw05)
    (
        "ivermectin",
        "Our hired man, Luis, spent most of October scratching. It started between his fingers and along his belt line, it was"
        " worst once he lay down at night, and within a couple of weeks his wife had it too. The doctor at the county clinic gave"
        " them both ivermectin tablets, one dose and a second a week later, and by Halloween they were sleeping through.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings
    (
        "ivermectin",
        "My son came home from camp itching like mad. The rash began on his wrists and was always worse in bed. Our GP prescribed"
        " ivermectin, two doses a week apart.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ivermectin",
        "Grandpa couldn't stop scratching after his stay in the care home. It spread between his fingers and round his waistband"
        " and kept him up every night. So the nurse practitioner gave him ivermectin tablets.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ivermectin",
        "me and my flatmate were scratching for weeks. the itching started between my fingers and got way worse when i got into"
        " bed. the clinic gave us both ivermectin.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # between the toes, not the fingers
    (
        "ivermectin",
        "Luis spent most of October scratching. It started between his toes and was worst at night. The doctor gave him"
        " ivermectin tablets.",
        OFF_LABEL,
    ),
    # worse in the sun, not at night
    (
        "ivermectin",
        "Luis spent most of October scratching. It started between his fingers and was worst in the sun. The doctor gave him"
        " ivermectin tablets.",
        OFF_LABEL,
    ),
    # disclosed
    (
        "ivermectin",
        "Luis spent most of October scratching. It started between his fingers and along his belt line, it was worst once he lay"
        " down at night. The doctor gave him ivermectin tablets, which are not approved for scabies in the US, off-label.",
        OFF_LABEL,
    ),
    # another treatment given for it
    (
        "ivermectin",
        "Luis spent most of October scratching. It started between his fingers and along his belt line, it was worst once he lay"
        " down at night. The doctor gave him a steroid cream for eczema.",
        OFF_LABEL,
    ),
    (
        "ivermectin",
        "The itch started between his fingers after he worked with the pour-on, and it was gone by morning. The vet said"
        " ivermectin pour-on is for cattle only.",
        OFF_LABEL,
    ),
]
