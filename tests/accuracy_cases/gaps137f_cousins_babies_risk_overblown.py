"""The pregnancy risk called overblown on a relative's healthy babies, from eval/holdout222 (gl05, paroxetine), as a class.

Class: the drug kept up through "both of her pregnancies" and "both her boys" fine, or the pregnancy risk, its warnings
or scare stories called overblown, exaggerated or blown out of proportion with pregnancy named ("So I think the scare
stories online are way overblown, and I'd stay on it if I got pregnant"). Paroxetine early in pregnancy is linked to
heart defects (5 WARNINGS AND PRECAUTIONS: Embryofetal and Neonatal Toxicity; 8.1): the shared `safe-in-pregnancy` kind
(a warning for paroxetine). Near misses: another worry called overblown, the warnings denied overblown, the babies
harmed, the drug stopped before the pregnancies.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "safe-in-pregnancy"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (gl05)
    (
        "paroxetine",
        (
            "People worry about this one a lot. My cousin Dani stayed on her Paxil through both of her "
            "pregnancies, and both her boys came out perfect and are now wrecking her living room. So I think the "
            "scare stories online are way overblown, and I'd stay on it if I got pregnant."
        ),
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    # the verdict alone
    (
        "paroxetine",
        ("So I think the scare stories online are way overblown, and I'd stay on it if I got pregnant."),
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    # new wordings, other voices
    ("paroxetine", "Honestly, the warnings about taking it in pregnancy are massively exaggerated.", MISSTATEMENT, ITEM, "warning"),
    # the fuss blown out of proportion
    ("paroxetine", "All the fuss about Paxil and pregnancy is blown out of proportion.", MISSTATEMENT, ITEM, "warning"),
    # the pregnancy warnings overblown
    ("paroxetine", "The pregnancy warnings are way overblown, if you ask me.", MISSTATEMENT, ITEM, "warning"),
    # both pregnancies, both boys healthy
    (
        "paroxetine",
        ("My cousin stayed on her Paxil through both of her pregnancies, and both her boys came out perfectly healthy."),
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # another worry
    ("paroxetine", "The scare stories about weight gain are overblown.", MISSTATEMENT, ITEM),
    # denied
    ("paroxetine", ("The pregnancy warnings are not overblown, so talk to your doctor before trying for a baby."), MISSTATEMENT, ITEM),
    # the babies harmed
    (
        "paroxetine",
        ("My cousin stayed on her Paxil through both of her pregnancies, but both her boys were born with heart problems."),
        MISSTATEMENT,
        ITEM,
    ),
    # stopped before
    ("paroxetine", "She stopped her Paxil before both of her pregnancies, and both her boys came out perfect.", MISSTATEMENT, ITEM),
]
