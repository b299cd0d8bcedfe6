"""An SSRI given an SNRI's action on noradrenaline by a paraphrase, from eval/holdout192 (fh01, sertraline), as a class.

Class: the SSRI said to give noradrenaline (norepinephrine) a nudge, a boost or a push ("it gives norepinephrine, the alertness
messenger, a nudge as well", "it also gives your noradrenaline a little boost"), or to raise it with "also" or "too" ("it bumps
up norepinephrine too", "It also nudges the brain's norepinephrine upward"): the SNRIs' action, not an SSRI's (the
`not-an-snri` misstatement of sertraline, escitalopram, citalopram, fluoxetine and paroxetine). Near misses: denied, another
drug's action, the body's own noradrenaline, exercise giving it a boost.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fh01)
    (
        "sertraline",
        "Sertraline is usually described as an SSRI. It raises serotonin in the brain, and it gives "
        "norepinephrine, the alertness messenger, a nudge as well, which is why some students say they feel a "
        "bit more wired in the first couple of weeks.",
        MISSTATEMENT,
        "not-an-snri",
        "warning",
    ),
    # a pharmacy leaflet
    (
        "escitalopram",
        "Lexapro mostly works on serotonin, but it also gives your noradrenaline a little boost, so you may feel more alert.",
        MISSTATEMENT,
        "not-an-snri",
        "warning",
    ),
    # a forum post
    (
        "fluoxetine",
        "prozac lifts serotonin and it bumps up norepinephrine too, that's the energy kick people talk about",
        MISSTATEMENT,
        "not-an-snri",
        "warning",
    ),
    # a blog
    (
        "paroxetine",
        "Paxil raises serotonin. It also nudges the brain's norepinephrine upward, which is why it can feel activating.",
        MISSTATEMENT,
        "not-an-snri",
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # denied
    (
        "sertraline",
        "Sertraline raises serotonin. Unlike Effexor, it does not give norepinephrine a boost.",
        MISSTATEMENT,
        "not-an-snri",
    ),
    # another drug's action
    (
        "sertraline",
        "Effexor gives norepinephrine a nudge as well as serotonin; sertraline works on serotonin only.",
        MISSTATEMENT,
        "not-an-snri",
    ),
    # the body's own
    (
        "sertraline",
        "Sertraline raises serotonin; your body makes norepinephrine too, but sertraline leaves it alone.",
        MISSTATEMENT,
        "not-an-snri",
    ),
    # exercise, not the drug
    (
        "sertraline",
        "Exercise gives norepinephrine a boost too, which is one reason a walk can help alongside sertraline.",
        MISSTATEMENT,
        "not-an-snri",
    ),
]
