"""Missed class (twenty-eighth stop, helper g): no dependence said as there being nothing in the medicine to get hooked
on: "there's nothing in varenicline you can end up hooked on" (eval/holdout155 dw08, set against nicotine gum), "there is
nothing in these tablets that your body can become dependent on", "nothing in it to get addicted to", "there's nothing
addictive about it". A warning for a drug whose label warns of no dependence (varenicline), an error for one that does.

Still silent: asked, set aside as another's word, advice with its condition, and "nothing" as the subject of another
verb."""

from __future__ import annotations

DEPENDENCY = "unsupported-claim.dependency"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "varenicline",
        "And unlike nicotine gum, which plenty of people end up chewing for years, there's nothing in varenicline you can end up "
        "hooked on.",
        DEPENDENCY,
        "warning",
    ),
    ("varenicline", "There is nothing in these tablets that your body can become dependent on.", DEPENDENCY, "warning"),
    ("sertraline", "Honestly, there's nothing addictive about it.", DEPENDENCY, "warning"),
    ("alprazolam", "Trust me, there's nothing in these little pills you could end up addicted to.", DEPENDENCY, "error"),
    ("tramadol", "There's nothing in it to get addicted to, my mate says, and he's right.", DEPENDENCY, "error"),
]

#: (drug, body, rule): must stay silent.
SHOULD_NOT = [
    ("varenicline", "Is there nothing in it you can get hooked on?", DEPENDENCY),
    ("alprazolam", "Don't believe anyone who says there's nothing in it to get hooked on.", DEPENDENCY),
    ("varenicline", "There's nothing in it you can get hooked on, as long as you stick to the 12 weeks.", DEPENDENCY),
    ("nicotine", "Nothing in the gum stops you getting hooked on nicotine.", DEPENDENCY),
]
