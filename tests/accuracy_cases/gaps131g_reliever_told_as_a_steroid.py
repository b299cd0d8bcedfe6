"""A reliever (albuterol) told as a steroid in lay words, the wrong-class kind: called "my little steroid hit" with a fond
word after the possessive ("My Ventolin is basically my little steroid hit before a race", eval/holdout167 ei01), named
the steroid one ("My nephew calls his the steroid puffer", eval/holdout170 el06), or given a steroid's work on the
swelling by its names or as the blue or reliever inhaler ("the blue inhaler is what settles the swelling in my chest",
"Ventolin brings the swelling down"). Albuterol is a bronchodilator, not a corticosteroid (label 12.1). Near misses: the
preventer told as the steroid that calms the swelling (a pronoun may be the preventer), the claim denied, the blue
inhaler told as what opens the airways, and the steroid-free wording."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (ei01, el06)
    (
        "albuterol",
        'Mags, who has run the Boxing Day 10K eleven years in a row, put it like this: "My Ventolin is basically my little'
        " steroid hit before a race. It's what settles the swelling in my chest so I can push.\"",
        MISSTATEMENT,
        "not-a-steroid",
        "warning",
    ),
    (
        "albuterol",
        "**LOU:** My nephew calls his the steroid puffer. He says it brings the swelling down inside his chest, and that's why"
        " the wheeze lets go. Fair way to put it, Coach?",
        MISSTATEMENT,
        "not-a-steroid",
        "warning",
    ),
    # new wordings
    (
        "albuterol",
        "Honestly the blue inhaler is what settles the swelling in my lungs after a cold run.",
        MISSTATEMENT,
        "not-a-steroid",
        "warning",
    ),
    (
        "albuterol",
        "ProAir quickly brings the airway swelling down, which is why you can breathe again.",
        MISSTATEMENT,
        "not-a-steroid",
        "warning",
    ),
    (
        "albuterol",
        "My grandson calls his reliever puffer the little steroid one, and he takes it before football.",
        MISSTATEMENT,
        "not-a-steroid",
        "warning",
    ),
    ("albuterol", "For me, salbutamol is just my trusty steroid before every parkrun.", MISSTATEMENT, "not-a-steroid", "warning"),
    ("albuterol", "Ventolin calms the inflammation in your airways within minutes.", MISSTATEMENT, "not-a-steroid", "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "albuterol",
        "Your brown preventer inhaler is a steroid. It calms the swelling in your airways over a few weeks, while albuterol"
        " relaxes the muscles for quick relief.",
        MISSTATEMENT,
        "not-a-steroid",
    ),
    (
        "albuterol",
        "Albuterol does not bring the swelling down; it relaxes the tight muscles around your airways.",
        MISSTATEMENT,
        "not-a-steroid",
    ),
    ("albuterol", "The blue inhaler is what opens up your airways when they clamp down.", MISSTATEMENT, "not-a-steroid"),
    ("albuterol", "My Ventolin is my steroid-free backup, and the brown one is my daily steroid.", MISSTATEMENT, "not-a-steroid"),
    ("albuterol", "Most people call the brown one the steroid inhaler, and the blue one the reliever.", MISSTATEMENT, "not-a-steroid"),
]
