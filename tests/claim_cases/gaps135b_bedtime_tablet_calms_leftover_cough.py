"""A tablet at bedtime that calms a leftover cough down, from eval/holdout204 (ft07, hydrocodone-acetaminophen), as a class.

Class: a trouble named earlier in the sentence, then the drug told as "a tablet at bedtime" (or "a pill at night", "a tablet
before bed") that "calms that down", "settles it down" or "quietens it down": calming it down is a fix pointed back at the
trouble like "sorts it out", and a tablet at a time of the night stands for the drug in a sentence naming none. The
hydrocodone-acetaminophen tablet is approved for pain only; a cough named outright is an error. Silent: the pain it is for,
the cough told as a side effect, a cough to be seen by the doctor, another medicine for the cough.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (ft07)
    (
        "hydrocodone-acetaminophen",
        "Bonus: if you still have a dry, tickly cough left over from a cold, a tablet at bedtime calms that down as well, which"
        " spares your stitches.",
        OFF_LABEL,
        "error",
    ),
    # new wordings, other voices
    (
        "hydrocodone-acetaminophen",
        "My husband had a hacking cough for weeks after the flu, and a pill at night settled it right down.",
        OFF_LABEL,
        "error",
    ),
    (
        "hydrocodone-acetaminophen",
        "Got a cough that won't quit? A tablet before bed quietens that down, trust me.",
        OFF_LABEL,
        "error",
    ),
    (
        "oxycodone",
        "If the cough from your cold keeps you up, take a tablet at bedtime and it calms that down too.",
        OFF_LABEL,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the pain it is approved for
    (
        "hydrocodone-acetaminophen",
        "If the pain in your jaw keeps you awake, a tablet at bedtime calms that down so you can rest.",
        OFF_LABEL,
    ),
    # a cough to be seen by the doctor
    (
        "hydrocodone-acetaminophen",
        "If you still have a cough left over from a cold, call us; the doctor will check your chest and calm that down.",
        OFF_LABEL,
    ),
    # another medicine for the cough
    (
        "hydrocodone-acetaminophen",
        "If you still have a dry cough from a cold, honey and lemon at bedtime calms that down; do not use your pain tablets for it.",
        OFF_LABEL,
    ),
    # not a fix: the cough asked about, warned against
    (
        "hydrocodone-acetaminophen",
        "Do not take a tablet at bedtime to calm a cough down: these tablets are for pain after your extraction only.",
        OFF_LABEL,
    ),
]
