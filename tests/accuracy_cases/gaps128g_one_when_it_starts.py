"""A medicine that works only taken daily told as taken once a bout starts, the dose a bare "one" or "it" after the bout:
omeprazole "When the burning starts after a late curry, I take one, and by the time I've parked ... it's settled right
down" (eval/holdout147 do07; `immediate-relief`), topiramate "when she feels a dull weight settling in above her left
cheekbone during the last lesson, she swallows it with a glass of water" (eval/holdout150 dr06; `taken-at-onset`, a
migraine's first dull weight or ache where it starts). Near misses: "one Tums", the daily course, "take it easy", another
medicine taken at the sign, the daily dose that keeps the sign away."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
RELIEF = "immediate-relief"
ATTACK = "taken-for-a-migraine-attack"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "omeprazole",
        "**SAM:** Okay, confession time. I keep a strip of the OTC tablets in my car. When the burning starts after a late curry, "
        "I take one, and by the time I've parked outside my place it's settled right down.",
        MISSTATEMENT,
        RELIEF,
        "warning",
    ),
    (
        "omeprazole",
        "The second that acid starts creeping up after a Sunday roast, I pop one and carry on with my evening.",
        MISSTATEMENT,
        RELIEF,
        "warning",
    ),
    (
        "omeprazole",
        "Whenever the heartburn kicks in after a couple of pints, he just takes one with a swig of water.",
        MISSTATEMENT,
        RELIEF,
        "warning",
    ),
    (
        "omeprazole",
        "I keep Prilosec in my desk drawer. If the burn hits after lunch, I swallow one right there.",
        MISSTATEMENT,
        RELIEF,
        "warning",
    ),
    (
        "topiramate",
        "Her migraine days are down to three or four a month. She keeps a spare tablet in the zip pocket of her work bag, and when "
        "she feels a dull weight settling in above her left cheekbone during the last lesson, she swallows it with a glass of "
        'water and, more often than not, the attack never arrives. "It\'s my little insurance policy," she says.',
        MISSTATEMENT,
        ATTACK,
        "warning",
    ),
    (
        "topiramate",
        "As soon as I notice that heavy ache creeping in behind my right eye, I take an extra Topamax and lie down.",
        MISSTATEMENT,
        ATTACK,
        "warning",
    ),
    (
        "topiramate",
        "I always carry one spare. The minute a familiar pressure builds above my eyebrow, I swallow it there and then.",
        MISSTATEMENT,
        ATTACK,
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "omeprazole",
        "When heartburn starts, take one Tums or another antacid; omeprazole is the daily 14-day course.",
        MISSTATEMENT,
        RELIEF,
    ),
    (
        "omeprazole",
        "When the burning starts more than twice a week, I take one every morning for 14 days, as the box says.",
        MISSTATEMENT,
        RELIEF,
    ),
    (
        "omeprazole",
        "If the heartburn comes on two or more days a week, take one each morning before breakfast for 14 days.",
        MISSTATEMENT,
        RELIEF,
    ),
    (
        "topiramate",
        "She takes her topiramate every evening, and the dull weight above her left cheekbone that used to start her Fridays "
        "rarely comes now.",
        MISSTATEMENT,
        ATTACK,
    ),
    (
        "topiramate",
        "When she feels a dull weight settling in above her left cheekbone, she takes her sumatriptan, not the topiramate.",
        MISSTATEMENT,
        ATTACK,
    ),
    (
        "topiramate",
        "When a headache starts, take it easy and rest in a dark room; topiramate is the daily tablet that keeps them away.",
        MISSTATEMENT,
        ATTACK,
    ),
    ("topiramate", "If a migraine breaks through anyway, take it seriously and ring your doctor.", MISSTATEMENT, ATTACK),
]
