"""A short-term drug kept on for as long as it keeps working, from eval/holdout222 (gl07, phentermine), as a class.

Class: the person on it, staying on it or free to keep taking it "as long as" the scale keeps moving, the pounds keep
coming off, it is still working ("As long as the scale keeps heading in the right direction, I'm on it, and so far that's
been over two years"): an open end tied to results, not a term. Phentermine alone is approved only for short-term use
(INDICATIONS AND USAGE); cyclobenzaprine for two to three weeks: the `long-term` kind (a warning). Near misses: as long as
the doctor advises, another thing kept up, a short course told with the label's limit.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "not-for-long-term-use"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (gl07)
    (
        "phentermine",
        (
            '**[01:20]** The number one question in the comments: "Carla, aren\'t you supposed to come off it?" '
            "Nope. My doctor and I talked about it and we just keep renewing the prescription every visit. As "
            "long as the scale keeps heading in the right direction, I'm on it, and so far that's been over two "
            "years."
        ),
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    # new wordings, other voices
    ("phentermine", "She'll stay on phentermine as long as the pounds keep coming off.", MISSTATEMENT, ITEM, "warning"),
    # so long as it's working
    ("phentermine", "So long as it's still working, he can keep taking it.", MISSTATEMENT, ITEM, "warning"),
    # for as long as she keeps losing
    ("phentermine", "My sister is staying on Adipex for as long as she keeps losing.", MISSTATEMENT, ITEM, "warning"),
    # sticking with it
    ("phentermine", "As long as the weight is still coming off, I'm sticking with it.", MISSTATEMENT, ITEM, "warning"),
    # another short-term drug
    ("cyclobenzaprine", "It's fine to stay on it as long as it keeps working.", MISSTATEMENT, ITEM, "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # the doctor's term
    ("phentermine", "Stay on it only as long as your doctor advises, usually a few weeks.", MISSTATEMENT, ITEM),
    # another thing kept up
    ("phentermine", "As long as the scale keeps moving, I'm on my walking plan every morning.", MISSTATEMENT, ITEM),
    # the short course, the limit told
    (
        "phentermine",
        (
            "As long as the weight keeps coming off in the first weeks, your doctor may keep you on it for the "
            "short course; it is not for long-term use."
        ),
        MISSTATEMENT,
        ITEM,
    ),
]
