"""Bupropion given the SSRIs' action on serotonin, by its name or a pronoun, as a class.

'"Like Lexapro and Zoloft, it keeps more serotonin sitting in the gaps between nerve cells," she said' (holdout76
av04, a quoted psychiatrist left standing) puts bupropion among the SSRIs by what it is said to do: keep, leave or
boost more serotonin, block its reuptake, stop it being soaked back up. Not a denial, not the SSRI's own action
told of the SSRI, not serotonin named as what it does not touch, not the interaction of taking it with an SSRI.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "not-an-ssri"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "bupropion",
        'A psychiatrist walked us through why it feels different to many people. "Like Lexapro and Zoloft, it keeps more '
        'serotonin sitting in the gaps between nerve cells," she said, "just without the flat, heavy feeling people complain about."',
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "bupropion",
        "Wellbutrin works a lot like Prozac: it stops serotonin being soaked back up by your nerve cells.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("bupropion", "Bupropion blocks the reuptake of serotonin, so more of it stays in the brain.", MISSTATEMENT, ITEM, "warning"),
    ("bupropion", "In short, this medicine leaves extra serotonin around for your brain to use.", MISSTATEMENT, ITEM, "warning"),
    (
        "bupropion",
        "My doctor explained that it basically lets more serotonin build up between the nerve cells.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "bupropion",
        "Unlike Lexapro and Zoloft, it doesn't keep more serotonin around; it works on dopamine and noradrenaline.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "bupropion",
        "SSRIs such as Zoloft keep more serotonin in the gaps between nerve cells; bupropion works on dopamine and noradrenaline instead.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "bupropion",
        "Lexapro is an SSRI: it keeps more serotonin sitting in the gaps between nerve cells. Bupropion works differently.",
        MISSTATEMENT,
        ITEM,
    ),
    ("bupropion", "Bupropion blocks the reuptake of dopamine and noradrenaline, not serotonin.", MISSTATEMENT, ITEM),
    ("bupropion", "It does not block the reuptake of serotonin, which is why it rarely causes sexual side effects.", MISSTATEMENT, ITEM),
    (
        "bupropion",
        "Taking it with an SSRI can raise serotonin levels, so tell your doctor about every antidepressant you use.",
        MISSTATEMENT,
        ITEM,
    ),
]
