"""Migraine told by its signs, with a cold cloth laid on, from eval/holdout168 (ej08, amitriptyline), as a class.

Class: migraine told by its signs (the throbbing on one side, feeling sick, lying in a dark room) where the person lies with
something cold on them ("lying in a dark room with a cold flannel over my eyes", "a cold compress on her forehead", "an ice
pack and a cold drink"), then the medicine given. What is laid on or drunk cold is no cold (the illness), which had taken the
use from the migraine; amitriptyline is approved only for depression, so the migraine told in lay words is a warning.
Silent: a real cold or flu ("a bad cold", "a head cold"), for which the same article gives nothing, or migraine disclosed as
off-label; and an approved use in lay words (low mood) next to a cold compress.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (ej08)
    (
        "amitriptyline",
        "Hi! I used to lose two days a week to these headaches, the throbbing on one side, feeling sick, lying in a dark room with a"
        " cold flannel over my eyes. My doctor started me on 10 mg of amitriptyline every night, and I haven't had a bad one in five"
        " weeks.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices
    (
        "amitriptyline",
        "My wife gets these pounding headaches and has to lie in a dark room with a cold compress on her forehead. Her neurologist"
        " prescribed amitriptyline at bedtime.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        "Headaches with vomiting, a cold towel on the back of his neck, the curtains shut all afternoon. His GP put him on a small"
        " dose of amitriptyline to keep them away.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        "She takes amitriptyline to keep away the one-sided headaches that used to send her to bed with a cold cloth over her eyes.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # disclosed as off-label
    (
        "amitriptyline",
        "I used to lie in a dark room with a cold flannel over my eyes through these throbbing headaches. My doctor started me on"
        " 10 mg of amitriptyline every night, an off-label use for migraine prevention.",
        OFF_LABEL,
    ),
    # the approved use, a cold compress beside it
    (
        "amitriptyline",
        "Amitriptyline is used to treat depression. If you feel hot and flushed, a cold flannel on your forehead can help.",
        OFF_LABEL,
    ),
    # a cold drink in advice, nothing given for it
    (
        "amitriptyline",
        "Amitriptyline can make your mouth dry; sip a cold drink or suck sugar-free sweets.",
        OFF_LABEL,
    ),
    # an ice pack after an injury, the drug given for low mood
    (
        "amitriptyline",
        "After the fall she kept a cold pack on her knee. Her doctor prescribed amitriptyline for her depression.",
        OFF_LABEL,
    ),
]
