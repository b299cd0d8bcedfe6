"""A statin that may be taken at any time said to work only at night, told as a morning dose spent before the night's
work: "a statin swallowed at breakfast would be spent long before that shift began", "Taking it with my cornflakes would
have been money down the drain" (eval/holdout146 dn01; the shared `night-only` kind: the statin itself as the dose, a
breakfast food after "with my", "would have been"). Near misses: a morning dose said to work as well, or to be fine."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "must-take-at-night"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "atorvastatin",
        "Graham started on 20 mg. His GP was firm about one thing: the tablet was to go down after his evening meal. The body, "
        "she told him, makes most of its cholesterol in the small hours, and a statin swallowed at breakfast would be spent long "
        'before that shift began. "Taking it with my cornflakes would have been money down the drain, according to her," he recalls.',
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "atorvastatin",
        "Your liver does its cholesterol-making overnight, so a Lipitor taken with your muesli would be long gone by bedtime.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "rosuvastatin",
        "My cardiologist said swallowing it with my morning coffee would have been a waste of a tablet, because the liver only "
        "gets busy after dark.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "atorvastatin",
        "Honestly, a statin popped at breakfast has pretty much done nothing by the time your liver gets going at night.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "atorvastatin",
        "A statin swallowed at breakfast works just as well as one taken at night, so pick whatever time you'll remember.",
        MISSTATEMENT,
        ITEM,
    ),
    ("atorvastatin", "Taking it with my cornflakes is easier to remember, and my pharmacist says that's fine.", MISSTATEMENT, ITEM),
    ("atorvastatin", "A statin swallowed at breakfast would not be wasted: atorvastatin lasts all day.", MISSTATEMENT, ITEM),
    (
        "atorvastatin",
        "Taking it with my cornflakes would have been fine too, the pharmacist said, but I like the bedtime routine.",
        MISSTATEMENT,
        ITEM,
    ),
]
