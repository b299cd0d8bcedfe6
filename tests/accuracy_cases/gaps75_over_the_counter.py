"""A prescription-only drug said to be sold without a prescription, as a class (shared kind `over-the-counter`).

"In the US it's sold right off the shelf: it's on the same aisle as Prilosec and Nexium" (holdout75 au07) puts
pantoprazole, prescription-only in the US, on the store's open shelves; so do "available over the counter", "an
over-the-counter heartburn medicine", "in the heartburn aisle", "no prescription needed", "OTC Protonix". Not a
denial, not the other drug of a comparison ("Unlike omeprazole, which is sold over the counter"), not where it is
sold so ("In the UK, pantoprazole 20 mg is available over the counter"), not the "OTC phentermine alternatives".
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
PANTOPRAZOLE = "otc-availability"
PHENTERMINE = "not-a-supplement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "pantoprazole",
        "Here's the good part. In the US it's sold right off the shelf: it's on the same aisle as Prilosec and Nexium at "
        "pretty much every Walgreens and CVS, so you can pick up a box with your groceries.",
        MISSTATEMENT,
        PANTOPRAZOLE,
        "warning",
    ),
    (
        "pantoprazole",
        "Pantoprazole is now an over-the-counter heartburn medicine, so you can skip the doctor.",
        MISSTATEMENT,
        PANTOPRAZOLE,
        "warning",
    ),
    ("pantoprazole", "You'll find Protonix in the heartburn aisle at most supermarkets.", MISSTATEMENT, PANTOPRAZOLE, "warning"),
    ("pantoprazole", "Good news: you don't need a prescription for pantoprazole.", MISSTATEMENT, PANTOPRAZOLE, "warning"),
    (
        "pantoprazole",
        "Pantoprazole tablets, no prescription needed, are the cheapest way to tame reflux.",
        MISSTATEMENT,
        PANTOPRAZOLE,
        "warning",
    ),
    ("pantoprazole", "Grab a box of pantoprazole off the shelf next time you're at CVS.", MISSTATEMENT, PANTOPRAZOLE, "warning"),
    ("phentermine", "Phentermine is sold over the counter at most drugstores now.", MISSTATEMENT, PHENTERMINE, "warning"),
    ("phentermine", "You can buy phentermine without a prescription from our partner.", MISSTATEMENT, PHENTERMINE, "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("pantoprazole", "Pantoprazole is not available over the counter in the US; you need a prescription.", MISSTATEMENT, PANTOPRAZOLE),
    ("pantoprazole", "Unlike omeprazole, which is sold over the counter, pantoprazole needs a prescription.", MISSTATEMENT, PANTOPRAZOLE),
    (
        "pantoprazole",
        "In the UK, pantoprazole 20 mg is available over the counter from pharmacies for heartburn.",
        MISSTATEMENT,
        PANTOPRAZOLE,
    ),
    ("pantoprazole", "Pantoprazole is sold without a prescription in some countries, but not in the US.", MISSTATEMENT, PANTOPRAZOLE),
    ("pantoprazole", "Ask your pharmacist before taking any over-the-counter antacid alongside pantoprazole.", MISSTATEMENT, PANTOPRAZOLE),
    ("pantoprazole", "Store pantoprazole on a shelf away from heat and moisture.", MISSTATEMENT, PANTOPRAZOLE),
    ("pantoprazole", "Can you buy pantoprazole over the counter? No: in the US it is prescription-only.", MISSTATEMENT, PANTOPRAZOLE),
    (
        "pantoprazole",
        "If you have been taking Prilosec from the heartburn aisle, your doctor may switch you to prescription pantoprazole.",
        MISSTATEMENT,
        PANTOPRAZOLE,
    ),
    ("phentermine", "These OTC phentermine alternatives are herbal blends with no proven effect.", MISSTATEMENT, PHENTERMINE),
]
