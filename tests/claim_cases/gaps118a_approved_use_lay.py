"""An approved use told in lay words, then pointed back at (eval/holdout117 ck09).

Levothyroxine's pituitary TSH suppression after surgery and radioiodine for thyroid cancer, told as "for some thyroid
cancers, to keep the cancer from being stimulated to grow again", "to keep her TSH low", "cancer of the thyroid": the
approved use, not levothyroxine for cancer. A condition pointed back at by its own word ("the cancer") after an approved
use's synonym that holds that word is that use. Other cancers still count: "to fight the cancer in her liver", "the
cancer in the breast" (set in another place), "for cancer prevention".
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("levothyroxine", "Her oncologist put her on levothyroxine to fight the cancer in her liver.", OFF_LABEL, "error"),
    (
        "levothyroxine",
        "Levothyroxine is used for thyroid cancer, and some doctors also give it to treat the cancer in the breast.",
        OFF_LABEL,
        "error",
    ),
    ("levothyroxine", "Some people take levothyroxine for cancer prevention.", OFF_LABEL, "error"),
    ("levothyroxine", "A naturopath told her levothyroxine would treat her cancer.", OFF_LABEL, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording
    (
        "levothyroxine",
        "Levothyroxine is also used after surgery and radioactive iodine for some thyroid cancers, to keep the cancer from "
        "being stimulated to grow again.",
        OFF_LABEL,
    ),
    (
        "levothyroxine",
        "After her thyroid was removed for cancer, she takes levothyroxine at a slightly higher dose to keep her TSH low so "
        "the cancer does not come back.",
        OFF_LABEL,
    ),
    ("levothyroxine", "People treated for cancer of the thyroid take Synthroid afterwards to keep the TSH suppressed.", OFF_LABEL),
    ("levothyroxine", "Her oncologist put her on levothyroxine for papillary thyroid carcinoma after surgery.", OFF_LABEL),
    (
        "levothyroxine",
        "It is also prescribed for thyroid cancer after surgery; the higher dose keeps the cancer from coming back.",
        OFF_LABEL,
    ),
]
