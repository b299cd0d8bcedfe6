"""A cluster headache told only by its signs, from eval/holdout131 (cy02, lithium), as a class.

Class: the drilling, boring or stabbing pain behind or around one eye ("a drilling, one-sided pain behind my left eye",
"a boring pain around his right eye"), or a red-hot poker pushed into one eye, then the drug given or pointed at for it
(lithium is approved for bipolar I disorder only). Lay words: a warning, for headache (not the bare "pain"). Silent: the
signs with the drug kept on for its approved use, the use disclosed as off-label, the pain as the drug's own side effect,
a pressure behind both eyes at a screen, a hot poker felt from shampoo in the eye.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (cy02)
    (
        "lithium",
        "Slightly different story. For years, every autumn, I'd get these attacks: a drilling, one-sided pain behind my left"
        " eye, eye streaming, nose blocked, always around 2 am, night after night for six weeks. Pacing the kitchen stuff. My"
        " neurologist put me on lithium, 300 mg three times a day, and this autumn the attacks barely showed up.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings: another adjective and side, a red-hot poker, a general voice pointing back
    (
        "lithium",
        "Every spring my husband gets a boring pain around his right eye that wakes him at the same hour each night. His"
        " neurologist started him on lithium.",
        OFF_LABEL,
        "warning",
    ),
    (
        "lithium",
        "She says it is like a red-hot poker being pushed into one eye, for an hour at a time, night after night. Her"
        " specialist put her on lithium.",
        OFF_LABEL,
        "warning",
    ),
    (
        "lithium",
        "Some people get an excruciating, stabbing pain behind one eye, with the eye on that side streaming, for weeks at a"
        " time. Doctors sometimes prescribe lithium for this.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "lithium",
        "Dad gets a drilling pain behind his left eye every autumn. His psychiatrist keeps him on lithium for his bipolar disorder.",
        OFF_LABEL,
    ),
    ("lithium", "My neurologist prescribed lithium off-label for the drilling pain behind my left eye.", OFF_LABEL),
    ("lithium", "Lithium gave me a drilling pain behind my left eye for the first week.", OFF_LABEL),
    (
        "lithium",
        "After a day at the screen I feel a heavy pressure behind both eyes. My psychiatrist started me on lithium for bipolar"
        " disorder years ago.",
        OFF_LABEL,
    ),
    (
        "lithium",
        "It felt like a hot poker in my eye when I got shampoo in it. My psychiatrist started me on lithium for my bipolar disorder.",
        OFF_LABEL,
    ),
]
