"""A use disclosed as not on the drug's own approved list, from eval/holdout149 (dq07, azithromycin; a false error), as a class.

Class: the condition said not to be on the drug's (or "its") approved list or among its approved uses ("acne isn't on
azithromycin's approved list", "Acne is not among its approved uses", "Rosacea isn't on the official list") discloses that
use in its section, also for a reader's question in the paragraph before ("My dermatologist brought up azithromycin for my
acne. Is that normal?"). Still reported: a list of something else ("not on the list of things to avoid", "my list of
worries"), another condition on the approved list.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "azithromycin",
        "My dermatologist prescribed azithromycin for my acne.\n\nAcne isn't on the list of things to avoid while you take it.",
        OFF_LABEL,
        "error",
    ),
    (
        "azithromycin",
        "My dermatologist prescribed azithromycin for my acne.\n\nChlamydia is on azithromycin's approved list.",
        OFF_LABEL,
        "error",
    ),
    ("azithromycin", "Azithromycin is used for acne. Acne isn't on my list of worries.", OFF_LABEL, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording (dq07)
    (
        "azithromycin",
        "**Q. My dermatologist brought up azithromycin for my acne. Is that normal? (Spotty at Fifty)**\n\nA. Some"
        " dermatologists do use it for acne, usually when other antibiotics don't suit. That is an off-label use: acne isn't on"
        " azithromycin's approved list, so ask what the plan is and how long the course will run.",
        OFF_LABEL,
    ),
    # new wordings
    (
        "azithromycin",
        "My dermatologist prescribed azithromycin for my acne.\n\nAcne is not among its approved uses, so ask how long to take it.",
        OFF_LABEL,
    ),
    (
        "azithromycin",
        "Her doctor gave her azithromycin for rosacea.\n\nRosacea isn't on the official list for this antibiotic.",
        OFF_LABEL,
    ),
    (
        "azithromycin",
        "Some dermatologists prescribe azithromycin for acne.\n\nBe aware that acne is not part of azithromycin's approved uses.",
        OFF_LABEL,
    ),
]
