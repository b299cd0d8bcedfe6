"""Early Lyme disease told by its signs, from eval/holdout120 (cn02), as a class.

A tick bite, then a pink or red patch spreading out with a paler centre, like a target or a bull's-eye, and the
drug given for it (amoxicillin: the US label has no Lyme indication), also when the clinician's look was from afar,
at the photos sent or on a video call ("Our clinician reviewed his photos on the video call and started him on
amoxicillin"), or when the rash is told in an "if" or "when" clause ("When a tick bite turns into a spreading red
rash, doctors often prescribe amoxicillin"). Not another drug's use after a tick bite, not amoxicillin's own rash,
not advice to see a doctor about the rash, not a disclosed use, not a tick bite with no rash and the drug given for
something else.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (cn02)
    (
        "amoxicillin",
        "Last June a member called us from a campsite in Wisconsin. He had pulled a tick off the back of his knee two weeks"
        " earlier, and now a pink patch with a paler centre, like a target, had spread to the size of his palm. He felt achy"
        " and feverish. Our clinician reviewed his photos on the video call and started him on amoxicillin three times a day"
        " for two weeks. By the time he got home the patch had faded.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings: the look from afar, the rash told another way, an "if" or "when" clause
    (
        "amoxicillin",
        "She sent us photos of a red ring that had spread out from a tick bite on her shoulder. Our doctor looked at the"
        " pictures she had sent and prescribed amoxicillin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amoxicillin",
        "My son got bitten by a tick at summer camp, and a week later he had a big red circle on his thigh that kept growing,"
        " with a clear centre like a target. The paediatrician saw him over a video link and gave him amoxicillin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amoxicillin",
        "When a tick bite turns into a spreading red rash, doctors often prescribe amoxicillin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amoxicillin",
        "After a weekend hiking in Connecticut, Maya found a tick on her calf. A few days later a red ring, pale in the middle"
        " like a bull's-eye, had spread around the bite. Her GP prescribed amoxicillin for three weeks.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): a near miss that must stay silent.
SHOULD_NOT = [
    # another drug's use after a tick bite
    (
        "amoxicillin",
        "After a tick bite, doxycycline is the usual choice. Amoxicillin is mostly used for ear, nose and throat infections.",
        OFF_LABEL,
    ),
    # amoxicillin's own rash
    (
        "amoxicillin",
        "Some people get an itchy red rash on amoxicillin. If a rash spreads or blisters, stop taking it and call us.",
        OFF_LABEL,
    ),
    # advice to see a doctor about the rash, the drug's approved use
    (
        "amoxicillin",
        "If you notice a bull's-eye rash after a tick bite, see a doctor: it may be Lyme disease. Amoxicillin is used for ear infections.",
        OFF_LABEL,
    ),
    # disclosed
    (
        "amoxicillin",
        "Amoxicillin is not approved in the US for Lyme disease, but doctors use it off-label for a bull's-eye rash after a"
        " tick bite in young children.",
        OFF_LABEL,
    ),
    # a tick bite with no rash, the drug given for something else
    (
        "amoxicillin",
        "He had a tick bite last summer and never got a rash. This spring his GP gave him amoxicillin for a chest infection.",
        OFF_LABEL,
    ),
    # the look at photos, the drug given for an approved use
    (
        "amoxicillin",
        "Her ear had been throbbing for two days and the eardrum looked red and bulging. Our clinician reviewed her photos on the"
        " video call and started her on amoxicillin.",
        OFF_LABEL,
    ),
]
