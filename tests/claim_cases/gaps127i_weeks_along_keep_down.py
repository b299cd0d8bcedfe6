"""Morning sickness told by its signs, from eval/holdout141 (di06, ondansetron), as a class: an off-label use.

Class: the pregnancy dated in weeks "along", "gone" or "pregnant", then the sickness told as food or water not kept down
("eleven weeks along and can't keep even water down most mornings"), and a doctor giving the drug a sentence or two later.
Still silent: weeks "along" in something else (a chemo course, a new job), or "can't keep" anything but food down.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (di06)
    (
        "ondansetron",
        "My daughter-in-law is eleven weeks along and can't keep even water down most mornings. She has lost weight and is"
        " miserable. Her doctor gave her ondansetron. Is that normal?",
        OFF_LABEL,
        "warning",
    ),
    ("ondansetron", "I'm nine weeks along and can't keep anything down. My GP prescribed ondansetron.", OFF_LABEL, "warning"),
    (
        "ondansetron",
        "At ten weeks gone she was throwing up every morning, so the midwife prescribed ondansetron.",
        OFF_LABEL,
        "warning",
    ),
    ("ondansetron", "She's 8 weeks pregnant and cannot keep food down. Her doctor has put her on ondansetron.", OFF_LABEL, "warning"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "ondansetron",
        "She is eleven weeks along and can't keep her eyes open at work. Her doctor gave her ondansetron before her chemo.",
        OFF_LABEL,
    ),
    (
        "ondansetron",
        "Eleven weeks along in her chemo course, she couldn't keep anything down, so her oncologist gave her ondansetron.",
        OFF_LABEL,
    ),
    (
        "ondansetron",
        "He's three weeks along with the new job and can't keep up. His doctor gave him ondansetron after surgery.",
        OFF_LABEL,
    ),
]
