"""Warfarin's greens cut out told as a plate bare of them, urged on readers: "Dad's INR kept jumping around, so now
there's nothing green on his plate, ever. No salad, no spinach, no broccoli, not even the peas. ... Honestly do this"
(eval/holdout166 eh12; label 17: a consistent vitamin K intake, not cutting greens out). Other voices: anything green
banned from the kitchen, a list of greens each refused, nothing leafy on the plate. Near misses: the list asked and
answered, greens kept on in steady amounts, the ban advised against, the list called old and wrong, another drug's
article."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "avoid-all-greens"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "warfarin",
        "**10/** Food. The big one nobody told us at first: Dad's INR kept jumping around, so now there's nothing green on "
        "his plate, ever. No salad, no spinach, no broccoli, not even the peas. Steady plate, steady numbers. Honestly do "
        "this and save yourself months of hassle.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "warfarin",
        "Mum has been on warfarin since her valve surgery, and we've banned anything green from the kitchen. Best decision we made.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "warfarin",
        "My tip for new starters: no kale, no spinach and no salads, full stop. My INR has never been steadier.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("warfarin", "Since the clot, there is nothing leafy on my plate at all, and my numbers behave.", MISSTATEMENT, ITEM, "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("warfarin", "No salad, no spinach, no broccoli? Not needed: keep eating them in steady amounts.", MISSTATEMENT, ITEM),
    (
        "warfarin",
        "He still has salad, spinach and broccoli every week, in about the same amounts, and his INR stays steady.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "warfarin",
        "You don't need to ban anything green from the kitchen: keep the amount of leafy greens you eat about the same each week.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "warfarin",
        "No salad, no spinach, no broccoli: that is the old advice, and it is wrong. Keep your vitamin K steady instead.",
        MISSTATEMENT,
        ITEM,
    ),
    ("atorvastatin", "Since my heart attack there's nothing green on my plate, ever, and no salad, no spinach either.", MISSTATEMENT, ITEM),
]
