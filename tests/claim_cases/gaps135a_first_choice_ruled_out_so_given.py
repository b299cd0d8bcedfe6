"""Signs told, then a prescriber who could not give a first choice giving the drug instead, from eval/holdout200 (fp02,
venlafaxine), as a class.

Class: a trouble told by its signs in one sentence (hot flushes and night sweats: "woken at 3 a.m. by heat that rose up her
chest and neck and left her sheets soaked"), then the prescriber who could not, would not or did not want to give a first
choice ("could not prescribe hormones because of her family history", "wouldn't give me HRT", "didn't want to risk hormones"),
"so" she or he suggested, prescribed or started the drug: the drug is given for the trouble told before. Venlafaxine,
gabapentin and clonidine are not approved for menopausal hot flushes; told in lay words, a warning. Silent: the first choice
ruled out and something else (no drug) suggested, the approved use told before it, and the drug itself ruled out.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fp02)
    (
        "venlafaxine",
        "For a year she had been woken at 3 a.m. by heat that rose up her chest and neck and left her sheets soaked, ten or twelve"
        " times a day and night. Her gynecologist could not prescribe hormones because of her family history, so she suggested a"
        ' low dose of venlafaxine instead. "Within a month I was sleeping through," Carol says.',
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices
    (
        "gabapentin",
        "I was getting hot flushes twenty times a day and soaking the bed at night. My GP wouldn't give me HRT because of my family"
        " history, so he put me on gabapentin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "venlafaxine",
        "The heat would surge up my neck and face a dozen times a day. My doctor didn't want to risk hormones with my clotting"
        " history, so she prescribed Effexor.",
        OFF_LABEL,
        "warning",
    ),
    (
        "clonidine",
        "Every night I'd wake up drenched, and in the day the heat rushed up my face out of nowhere. My doctor was not happy to use"
        " hormones at my age, so she started me on clonidine.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the first choice ruled out, no drug given instead
    (
        "venlafaxine",
        "I was getting hot flushes twenty times a day and soaking the bed at night. My GP wouldn't give me HRT after my breast"
        " cancer, so he suggested a cooling pillow and a fan.",
        OFF_LABEL,
    ),
    # the approved use told before it
    (
        "venlafaxine",
        "I'd been low and tearful for months and couldn't enjoy anything. My GP couldn't prescribe sertraline because of my other"
        " tablets, so she suggested venlafaxine instead.",
        OFF_LABEL,
    ),
    # the drug itself ruled out
    (
        "gabapentin",
        "I was getting hot flushes twenty times a day and soaking the bed at night. My GP wouldn't give me gabapentin after my"
        " fall, so he suggested HRT instead.",
        OFF_LABEL,
    ),
]
