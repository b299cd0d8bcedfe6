"""A prescription-only drug put on a shop's open shelf by the shop that stocks it (holdout104 bx07), as a class.

"Every big drugstore has pantoprazole 20 mg on the shelf by the heartburn stuff, right next to the Prilosec": a shop
(drugstore, supermarket, Walgreens) said to have, sell or carry the drug on its shelf, beside its own remedies or in a
remedy aisle is the drug told as sold without a prescription. A shelf behind the pharmacy counter, a country where it
is sold so, another drug on the shelf, a denial and a refuted claim stay silent.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

_PPI = "Pantoprazole treats GERD. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "pantoprazole",
        _PPI + "Every big drugstore has pantoprazole 20 mg on the shelf by the heartburn stuff, right next to the Prilosec, "
        "so just grab a box on your way out.",
        MISSTATEMENT,
        "otc-availability",
        "warning",
    ),
    (
        "pantoprazole",
        _PPI + "Walgreens sells Protonix right next to the Nexium, so you can skip the doctor.",
        MISSTATEMENT,
        "otc-availability",
        "warning",
    ),
    (
        "pantoprazole",
        _PPI + "Most supermarkets now stock boxes of pantoprazole in the heartburn aisle.",
        MISSTATEMENT,
        "otc-availability",
        "warning",
    ),
    (
        "pantoprazole",
        _PPI + "These days most drugstores sell it on the shelf by the heartburn stuff.",
        MISSTATEMENT,
        "otc-availability",
        "warning",
    ),
    (
        "pantoprazole",
        _PPI + "Pantoprazole 20 mg is sold over the counter at any drugstore.",
        MISSTATEMENT,
        "otc-availability",
        "warning",
    ),
    (
        "phentermine",
        "Phentermine is a short-term weight-loss medicine. Any big supermarket carries phentermine in the diet aisle.",
        MISSTATEMENT,
        "not-a-supplement",
        "warning",
    ),
]

#: (drug, body, rule, item): no finding of that item.
SHOULD_NOT = [
    (
        "pantoprazole",
        _PPI + "The store keeps it on the shelf behind the pharmacy counter, and you need a prescription.",
        MISSTATEMENT,
        "otc-availability",
    ),
    (
        "pantoprazole",
        _PPI + "In the UK, every supermarket has pantoprazole 20 mg on the shelf next to the Gaviscon.",
        MISSTATEMENT,
        "otc-availability",
    ),
    (
        "pantoprazole",
        _PPI + "Every drugstore has omeprazole on the shelf next to the Tums; pantoprazole needs a prescription.",
        MISSTATEMENT,
        "otc-availability",
    ),
    (
        "pantoprazole",
        _PPI + "No drugstore has pantoprazole on the shelf next to the Prilosec; it needs a prescription.",
        MISSTATEMENT,
        "otc-availability",
    ),
    (
        "pantoprazole",
        _PPI + "You might think the drugstore sells pantoprazole next to the Prilosec. It does not.",
        MISSTATEMENT,
        "otc-availability",
    ),
]
