"""A prescription-only drug told as bought in the store's remedy aisle, a box picked up there: "you can simply pick up a
box yourself in the heartburn aisle at the drugstore and pay for it with your groceries" (eval/holdout150 dr13; the shared
`over-the-counter` kind). Near misses: another remedy's box in that aisle, the aisle's boxes said not to be it, a pick-up
denied."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "otc-availability"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "pantoprazole",
        "**Cheaper?** Good news on that front. Once your doctor is happy with the plan, you won't need to keep going back for "
        "refills: you can simply pick up a box yourself in the heartburn aisle at the drugstore and pay for it with your groceries.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "pantoprazole",
        "These days I just grab a pack of it from the antacid shelf at Walmart when I do the weekly shop.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "pantoprazole",
        "My husband buys a couple of boxes in the indigestion aisle whenever we're at Target, so we never run out of Protonix.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "pantoprazole",
        "No more calling the doctor's office: pick up a bottle yourself on the stomach shelf next time you're at CVS.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "pantoprazole",
        "For the odd bout of heartburn after you stop, pick up a box of Tums in the heartburn aisle at the drugstore.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "pantoprazole",
        "Pantoprazole needs a prescription in the US; the boxes you see in the heartburn aisle are omeprazole or esomeprazole, "
        "not pantoprazole.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "pantoprazole",
        "Your pharmacist keeps it behind the counter: you can't pick up a box yourself in the heartburn aisle at the drugstore.",
        MISSTATEMENT,
        ITEM,
    ),
]
