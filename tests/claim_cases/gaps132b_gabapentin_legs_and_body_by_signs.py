"""Restless legs and fibromyalgia told by their signs and gabapentin given for them, from eval/holdout176 (er02) and
eval/holdout182 (ex09), as a class.

Class: restless legs told by the urge felt in the legs themselves ("that jumpy, crawling urge in his legs", "the restless
urge deep in my calves"), settled by the drug ("the evening capsule should settle ..."); fibromyalgia told by the whole body
felt bruised for years ("For years she felt as if her whole body was bruised", "for as long as I can remember I have felt
like my entire body was one big bruise"), or by a hug that makes the person wince with sleep that does not refresh ("A hug
from her granddaughter could make her wince, and she woke each morning more worn out than when she went to bed"), then the
drug started. Gabapentin is approved for postherpetic neuralgia and partial-onset seizures (not RLS: only gabapentin
enacarbil, Horizant); told by signs, a warning. Silent: a bruised body after a fall or a race, a wince from a cracked rib,
the urge denied or disclosed, an urge to do something else.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_GABAPENTIN = "Gabapentin treats nerve pain after shingles. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (er02, ex09)
    (
        "gabapentin",
        _GABAPENTIN + "She also said the evening capsule should settle that jumpy, crawling urge in his legs that has had him pacing"
        " the landing at two in the morning for years, and it has.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        _GABAPENTIN + "For years she felt as if her whole body was bruised, as though she had run a marathon she never ran. A hug"
        " from her granddaughter could make her wince, and she woke each morning more worn out than when she went to bed. Last"
        " spring her rheumatologist started her on gabapentin, 300 mg at bedtime.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices
    (
        "gabapentin",
        _GABAPENTIN + "My neurologist said a bedtime dose of gabapentin would settle the restless urge deep in my calves.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        _GABAPENTIN + "Mum has had an itchy, creeping urge in her legs every evening for years, so her GP started her on gabapentin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        _GABAPENTIN + "For as long as I can remember I have felt like my entire body was one big bruise. My doctor put me on"
        " gabapentin last year.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        _GABAPENTIN + "He felt as though his whole body was battered, for years on end, and his GP prescribed gabapentin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        _GABAPENTIN + "A gentle hug would make her wince, and she woke up more tired than when she went to bed. Her rheumatologist"
        " gave her gabapentin.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # side effects that "often settle", listed under the lead-in: they settle, the drug settles nothing (holdout87 bg04, bg07)
    ("gabapentin", _GABAPENTIN + "These are common and often settle:\n\n- headache\n- trouble sleeping\n", OFF_LABEL),
    ("gabapentin", _GABAPENTIN + "Dizziness and trouble sleeping are common at first; they usually settle in a week or two.", OFF_LABEL),
    ("gabapentin", _GABAPENTIN + "Most of these settle: a headache, an upset stomach, trouble sleeping.", OFF_LABEL),
    # a bruised body after a fall, the drug given for its approved use
    (
        "gabapentin",
        _GABAPENTIN + "After the fall she felt as if her whole body was bruised, so her doctor gave her gabapentin for the shingles pain.",
        OFF_LABEL,
    ),
    # ... or after a race, for two days
    ("gabapentin", _GABAPENTIN + "For two days she felt as if her whole body was bruised after the race.", OFF_LABEL),
    # a wince from a cracked rib
    (
        "gabapentin",
        _GABAPENTIN + "A hug could make him wince after he cracked a rib, so the doctor gave him gabapentin for the shingles pain.",
        OFF_LABEL,
    ),
    # the urge denied and disclosed
    (
        "gabapentin",
        _GABAPENTIN + "Gabapentin does not settle the urge in your legs; it is not approved for restless legs syndrome, so that"
        " would be off-label.",
        OFF_LABEL,
    ),
    # disclosed in the next sentence
    (
        "gabapentin",
        _GABAPENTIN + "Some doctors prescribe gabapentin for that crawling urge in the legs. That is an off-label use.",
        OFF_LABEL,
    ),
    # an urge to do something else
    (
        "gabapentin",
        _GABAPENTIN + "The urge to run was in his legs, and gabapentin helps the burning nerve pain after shingles.",
        OFF_LABEL,
    ),
]
