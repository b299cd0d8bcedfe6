"""Sleeplessness and night-time distress told by their signs, the drug given for them by its dose or form, from
eval/holdout147 (do02, mirtazapine), eval/holdout150 (dr12, tizanidine) and eval/holdout149 (dq04, prazosin), as a class:
an off-label use for insomnia or nightmares.

Class: the nights told by what is done in them ("up and down the corridor half the night", "pacing the landing most of the
night", "unable to settle", "lying there wide awake"), the GP giving "a small 7.5 mg tablet at bedtime because ..." or "half
a 4 mg tablet at bedtime on the nights ..."; nightmares told by coming to "bolt upright, soaked through, his heart going
like a drum", then the prescriber's giving opened by its year ("In 2022 his psychiatrist suggested ... prazosin"). Still
silent: the night staff walking the corridor, unable to settle into the home, sitting bolt upright by day, the giving in a
year for the approved use.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_MARCUS = (
    "For most of the decade after he left the Army, where he served as a combat medic, Marcus did not so much sleep as wait"
    " for the same scene to arrive. Around three in the morning it would: the dust, the crackle of the radio, the truck ahead"
    " of his lifting off the road. He would come to sitting bolt upright, soaked through, his heart going like a drum and his"
    " wife's hand on his arm. \"I stopped telling people about it,\" he says. \"What do you say? I'm forty-one and I'm scared"
    " of my own pillow.\"\n\nIn 2022 his psychiatrist at the veterans' clinic suggested something Marcus had never heard of,"
    " prazosin, one capsule at bedtime, raised a milligram at a time over several weeks."
)

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (do02)
    (
        "mirtazapine",
        "Mirtazapine is an antidepressant for depression.\n\nDr. Okafor, our visiting GP, has also started two residents on a"
        " small 7.5 mg tablet at bedtime because they were up and down the corridor half the night, unable to settle and calling"
        " for the night staff from two until dawn. The night team tells us both now sleep through until the breakfast trolley"
        " comes round.",
        OFF_LABEL,
        "warning",
    ),
    (
        "mirtazapine",
        "The home's GP started Mrs Hale on a 7.5 mg tablet at night because she was pacing the landing most of the night.",
        OFF_LABEL,
        "warning",
    ),
    (
        "mirtazapine",
        "Our doctor put Arthur on a small 15 mg tablet at bedtime because he was wandering the ward all night long.",
        OFF_LABEL,
        "warning",
    ),
    (
        "mirtazapine",
        "Dr. Lee started him on a 7.5 mg tablet at bedtime because he was unable to settle at night and kept calling for the nurses.",
        OFF_LABEL,
        "warning",
    ),
    # the draft's own wording (dr12)
    (
        "tizanidine",
        "Tizanidine is approved for spasticity.\n\nPlenty of my regulars have figured out a way to put that to work: half a 4 mg"
        " tablet at bedtime on the nights they've been lying there wide awake since eleven, and they finally get a proper night's"
        " rest. Honestly, I think that's a sensible use for something that's already in the cabinet.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tizanidine",
        "She takes half a 2 mg tablet at bedtime on the nights she's lying in bed wide awake, and she gets a proper night's rest.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tizanidine",
        "A few of my patients take a 4 mg tablet at night when they lie in the dark wide awake for hours.",
        OFF_LABEL,
        "warning",
    ),
    # the draft's own wording (dq04)
    ("prazosin", _MARCUS, OFF_LABEL, "warning"),
    (
        "prazosin",
        "After the crash, most nights she would wake bolt upright, drenched, her heart pounding. In 2019 her doctor started her on"
        " prazosin at bedtime.",
        OFF_LABEL,
        "warning",
    ),
    (
        "prazosin",
        "Since the tour he'd sit bolt upright in a cold sweat, heart hammering, two or three times a week. In early 2021 his GP put"
        " him on prazosin.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "mirtazapine",
        "The night nurses walk up and down the corridor half the night checking on residents. Dr. Okafor started two residents on"
        " mirtazapine for low mood.",
        OFF_LABEL,
    ),
    (
        "mirtazapine",
        "Dr. Lee started him on a 15 mg tablet because he was unable to settle into the home and had stopped eating.",
        OFF_LABEL,
    ),
    (
        "tizanidine",
        "Tizanidine can leave some people lying there wide awake instead of drowsy, so tell your prescriber.",
        OFF_LABEL,
    ),
    (
        "prazosin",
        "His blood pressure was 168/100 at two checks. In 2022 his psychiatrist at the veterans' clinic suggested prazosin, one"
        " capsule at bedtime.",
        OFF_LABEL,
    ),
    (
        "prazosin",
        "He sat bolt upright when the doctor came in, his heart pounding. In 2020 his doctor started him on prazosin.",
        OFF_LABEL,
    ),
]
