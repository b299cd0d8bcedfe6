"""Migraine told by its signs, then a beta blocker given to keep the attacks from coming or to cut them down, pointing back
at them, from eval/holdout154 (dv01, atenolol) and eval/holdout158 (dz01, metoprolol), as a class.

Class: the headaches told by their aura ("started with a shimmering blank patch in her vision", "shimmering spots") or the
throbbing on one side, in the sentence before; then the medicine said to keep them from coming, away, or to cut them down,
by a pointing word, maybe with what they are ("to keep those spells from coming", "should cut those down too", "would help
stop them coming back", "could keep those attacks away"). Atenolol, metoprolol and lisinopril are not approved for migraine:
told in lay words, a warning; named ("She had migraines"), an error. Silent: propranolol (approved for migraine prevention),
a side effect kept away by something else, the keeping denied, an off-label use disclosed, another drug given for them, and
tablets cut down the middle.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (dv01)
    (
        "atenolol",
        "Our organist, Ruth, has another reason. For years she had the kind of headaches that started with a shimmering blank"
        " patch in her vision, then settled into a throbbing on one side and left her sick to her stomach in the dark of the"
        " vestry for the rest of the day. Her doctor put her on a small atenolol tablet every morning to keep those spells from"
        " coming, and she has had two this year instead of two a month.",
        OFF_LABEL,
        "warning",
    ),
    # the draft's own wording (dz01)
    (
        "metoprolol",
        "There was a second reason her doctor picked it. For years Dana had lost two or three days a month to pounding headaches"
        " on one side of her head, the kind that arrived with a shimmer at the edge of her vision and sent her to bed with the"
        " blinds down. He told her the same tablet should cut those down too, and so far it has: she counts one bad day since"
        " June.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings
    (
        "lisinopril",
        "He used to get headaches with zigzag lights before them, two or three a month. His GP said lisinopril would help stop"
        " them coming back.",
        OFF_LABEL,
        "warning",
    ),
    (
        "metoprolol",
        "Every few weeks I'd get a pounding on one side of my head and have to lie in a dark room. My doctor reckoned metoprolol"
        " could keep those attacks away.",
        OFF_LABEL,
        "warning",
    ),
    (
        "atenolol",
        "i get these one-sided headaches with shimmering spots in my vision. doc put me on atenolol to cut them down, and it has.",
        OFF_LABEL,
        "warning",
    ),
    # named, not told: an error
    (
        "atenolol",
        "She had migraines twice a month. Her neurologist said atenolol should cut those down.",
        OFF_LABEL,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # an approved use in lay words: propranolol prevents migraine
    (
        "propranolol",
        "She had throbbing one-sided headaches with flashing lights. Her doctor put her on propranolol to keep them from coming back.",
        OFF_LABEL,
    ),
    # a side effect kept away by something else
    (
        "atenolol",
        "Atenolol can cause headaches at first. Drinking plenty of water helps keep them away.",
        OFF_LABEL,
    ),
    # the keeping denied
    (
        "atenolol",
        "She had the kind of headaches that start with a shimmering blank patch in her vision. Her doctor said atenolol would not"
        " keep those spells from coming.",
        OFF_LABEL,
    ),
    # disclosed
    (
        "atenolol",
        "She had the kind of headaches that start with a shimmering blank patch in her vision. Her doctor put her on atenolol, an"
        " off-label use, to keep those spells from coming.",
        OFF_LABEL,
    ),
    # another drug given for them
    (
        "atenolol",
        "She gets throbbing one-sided headaches with flashing lights. Her neurologist added topiramate to keep them from coming,"
        " alongside her atenolol.",
        OFF_LABEL,
    ),
    # tablets cut, not attacks
    (
        "atenolol",
        "The 50 mg tablets are scored, and he has trouble with the big ones. His pharmacist can cut those down the middle.",
        OFF_LABEL,
    ),
]
