"""Minoxidil's regrowth said to stay without it, or not to need it any more (eval/holdout96 bp06: "most of our members
can put the foam back in the cupboard for good: the new growth stays put without it"): the cure kind. Not the regrowth
said to go without it, nor kept while it is used.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "cures-baldness"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "minoxidil",
        "After six months of nightly use, most of our members can put the foam back in the cupboard for good: the new "
        "growth stays put without it.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("minoxidil", "Once it has come through, your regrowth will hold up fine without the foam.", MISSTATEMENT, ITEM, "warning"),
    ("minoxidil", "By the second year the new hair doesn't need Rogaine any more.", MISSTATEMENT, ITEM, "warning"),
    ("minoxidil", "My results have stuck around without the solution since March.", MISSTATEMENT, ITEM, "warning"),
    ("minoxidil", "The regrown hairs remain even without it, my barber told me.", MISSTATEMENT, ITEM, "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("minoxidil", "The new growth won't stay without it: stop, and it falls out within months.", MISSTATEMENT, ITEM),
    ("minoxidil", "The new hair does not stay put without the foam.", MISSTATEMENT, ITEM),
    ("minoxidil", "The new growth stays put as long as you keep using the foam every night.", MISSTATEMENT, ITEM),
    ("minoxidil", "Without it, the new hair is usually lost within a few months.", MISSTATEMENT, ITEM),
    ("minoxidil", "The new hair needs the foam every day to stay.", MISSTATEMENT, ITEM),
]
