"""Two false errors of holdout80, as classes.

1. A pronoun used after a sentence naming a device stands for the device: "Always carry your blue reliever inhaler.
   Use it if you are wheezing, coughing or short of breath." (az10) is the inhaler taken at an attack, not montelukast.
   "Take montelukast every evening. Use it if you are wheezing, too." is still the misstatement.
2. Duloxetine's approved chronic musculoskeletal pain in lay words: "long-lasting aches in muscles and joints such as
   chronic low back pain or knee arthritis" (az02), "ongoing pain in the muscles and joints". A pulled muscle is still
   not approved."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("montelukast", "Take montelukast every evening. Use it if you are wheezing, too.", MISSTATEMENT, "error"),
    ("duloxetine", "My doctor gave me duloxetine for a pulled muscle in my calf.", OFF_LABEL, "warning"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "montelukast",
        "Montelukast is taken every evening. Always carry your blue reliever inhaler. Use it if you are wheezing, coughing or "
        "short of breath.",
        MISSTATEMENT,
    ),
    (
        "duloxetine",
        "Duloxetine is approved for depression and for long-lasting aches in muscles and joints such as chronic low back pain "
        "or knee arthritis.",
        OFF_LABEL,
    ),
    ("duloxetine", "Duloxetine also helps ongoing pain in the muscles and joints.", OFF_LABEL),
]
