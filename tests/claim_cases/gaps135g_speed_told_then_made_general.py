"""A speed told in a story, then made general, from eval/holdout202 (fr10, lithium), as a class.

Class: after a quick recovery told in a story ("By the third day on lithium she was herself again"), the writer makes it the rule
with "that fast", "that quickly" or "so fast" ("It works that fast once the dose is right", "It really does work that fast", "The
tablets kick in that quickly"): a speed claim with no source, inferred from the sentence before it, so a warning. Silent: denied,
wished or asked ("It doesn't work that fast", "I wish it worked that fast", "Does it work that fast?"), and a subject that is no
medicine at all ("No mood stabiliser works that fast").
"""

from __future__ import annotations

RAPID = "unsupported-claim.rapid-onset"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fr10)
    (
        "lithium",
        "**6 January.** Honestly, a different woman. By the third day on lithium she was herself again, sleeping, laughing at the"
        " quiz shows. It works that fast once the dose is right.",
        RAPID,
        "warning",
    ),
    # new wordings, other voices
    ("lithium", "She was calm again on the second day. It really does work that fast.", RAPID, "warning"),
    ("sertraline", "By day two I felt brighter. The tablets kick in that quickly.", RAPID, "warning"),
    ("quetiapine", "He slept the whole night through. This medicine works so fast.", RAPID, "warning"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("lithium", "It can take one to three weeks to work. It doesn't work that fast.", RAPID),
    ("lithium", "I wish it worked that fast. It took three weeks.", RAPID),
    ("lithium", "Does it work that fast? No: give it a few weeks.", RAPID),
    ("lithium", "No mood stabiliser works that fast.", RAPID),
]
