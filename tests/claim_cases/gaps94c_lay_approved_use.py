"""An approved use named in lay words is that approved use (eval/holdout94 bn01, a false error).

Duloxetine's chronic musculoskeletal pain (chronic low back pain, osteoarthritis pain) told by where it has ached
for long: "long-lasting aches in the lower back or in arthritic knees"; arthritis told by the joints it sits in
("arthritic knees") approves the pain placed in it for a drug approved for arthritis ("the ache of arthritic hips"
on meloxicam). Still reported: a fresh strain on duloxetine, pain in arthritic joints on a drug not approved for
arthritis, the pain of another condition.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_DULOXETINE = "Duloxetine treats depression and anxiety. "
_MELOXICAM = "Meloxicam is an anti-inflammatory medicine. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("duloxetine", _DULOXETINE + "Duloxetine is used for aches in the lower back after a fall last week.", OFF_LABEL, "error"),
    ("pregabalin", "Pregabalin treats nerve pain. Pregabalin is used for aches in arthritic knees.", OFF_LABEL, "error"),
    ("meloxicam", _MELOXICAM + "Meloxicam is used for the pain of shingles.", OFF_LABEL, "error"),
    ("duloxetine", _DULOXETINE + "Duloxetine is used for aches from rheumatoid arthritis.", OFF_LABEL, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "duloxetine",
        "Your doctor may prescribe duloxetine for:\n\n- low mood that does not lift (depression)\n"
        "- long-lasting aches in the lower back or in arthritic knees\n- fibromyalgia, where muscles and joints ache all over",
        OFF_LABEL,
    ),
    ("duloxetine", _DULOXETINE + "It can also help with the nagging ache of worn, arthritic knees.", OFF_LABEL),
    ("duloxetine", _DULOXETINE + "Duloxetine is also used for ongoing pain in her hips.", OFF_LABEL),
    ("duloxetine", _DULOXETINE + "My GP put me on duloxetine for a stubborn, dull ache in my lower back.", OFF_LABEL),
    ("meloxicam", _MELOXICAM + "Meloxicam is used for long-lasting aches in arthritic knees.", OFF_LABEL),
    ("meloxicam", _MELOXICAM + "Meloxicam eases the ache of arthritic hips.", OFF_LABEL),
    ("naproxen", "Naproxen is a pain reliever. Naproxen eases stiffness in arthritic fingers.", OFF_LABEL),
]
