"""Off-label use given by a dose taken "on those nights" (or days) just told: the trouble is told as the nights or days it
comes ("For the nights I am staring at the ceiling until 3."), and the next sentence has the medicine taken on those
nights, the drug maybe named only by the look of its tablets, "the little white ones" (holdout153 du10). Trouble told in
lay words is a warning, named an error. Near misses: the nights of an approved use, the nights told as a side effect, days
that name no trouble, and something else done on those nights."""

from __future__ import annotations

SHOULD = [
    (
        "alprazolam",
        "Dr. Ng gave me a new tablet, alprazolam 0.25 mg.\n\n"
        "For the nights I am staring at the ceiling until 3. "
        "She said take one of the little white ones at bedtime on those nights and I will be fine.",
        "off-label.undisclosed",
        "warning",
    ),
    (
        "alprazolam",
        "My husband has alprazolam 0.25 mg.\n\nSome nights he lies awake until four. He takes half a tablet of it on those nights.",
        "off-label.undisclosed",
        "warning",
    ),
    (
        "alprazolam",
        "I keep alprazolam 0.25 mg in the drawer.\n\nThere are weeks when I just can't switch off at night and I have trouble sleeping. "
        "I use it only on those nights.",
        "off-label.undisclosed",
        "error",
    ),
    (
        "sertraline",
        "Our reader Tom has sertraline 50 mg.\n\nHe gets migraines every few weeks. He takes an extra sertraline tablet on those days.",
        "off-label.undisclosed",
        "error",
    ),
    (
        "sertraline",
        "My dad is on sertraline 50 mg.\n\nSome weeks he has bad migraines. He takes two of the small white tablets on those days.",
        "off-label.undisclosed",
        "error",
    ),
]

SHOULD_NOT = [
    # an approved use: the panic attacks come some nights
    (
        "alprazolam",
        "My husband has alprazolam 0.25 mg.\n\nSome nights he has panic attacks. He takes one of the little white ones on those nights.",
        "off-label.undisclosed",
    ),
    # the nights told as a side effect
    (
        "alprazolam",
        "Alprazolam 0.25 mg can cause headaches at first. Take it with a glass of water on those nights.",
        "off-label.undisclosed",
    ),
    # days that name no trouble
    (
        "alprazolam",
        "My husband has alprazolam 0.25 mg for his anxiety.\n\nHe works long shifts on Mondays and Fridays. "
        "He takes his tablets with breakfast on those days.",
        "off-label.undisclosed",
    ),
    # something else done on those nights
    (
        "alprazolam",
        "My husband has alprazolam 0.25 mg for his anxiety.\n\nSome nights he lies awake until four. He reads a book on those nights.",
        "off-label.undisclosed",
    ),
    # another medicine taken on those nights
    (
        "alprazolam",
        "My husband has alprazolam 0.25 mg for his anxiety.\n\nSome nights he lies awake until four. "
        "He takes a melatonin gummy on those nights.",
        "off-label.undisclosed",
    ),
]
