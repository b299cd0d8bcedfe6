"""Getting baclofen out of the body told as the liver's job, the kidneys given a rest, from eval/holdout200 (fp08,
baclofen), as a class.

Class: clearing, getting rid of or breaking down the drug "is the liver's job", "your liver's department", "falls to the
liver", or the liver named and the kidneys then said to "get a rest". Baclofen is excreted mainly unchanged by the
kidneys, 70-80 % of a dose (label 12.3 Pharmacokinetics): `liver-clearance`, a warning. Near misses: the kidneys' job,
the liver's job denied, another substance cleared by the liver, the kidneys said to do the work.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "liver-clearance"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fp08)
    (
        "baclofen",
        "**March 20.** Bloods came back. His kidneys are only working at about half speed, which is one reason Dr. Amin"
        " was glad to choose baclofen: clearing it out is the liver's job, so his kidneys get a rest.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    # new wordings, other voices
    (
        "baclofen",
        "Getting rid of baclofen is mostly your liver's department, so weak kidneys are no obstacle.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "baclofen",
        "With Mum's kidney trouble the nurse said breaking it down falls to the liver anyway.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "baclofen",
        "Baclofen is handled by the liver, so your kidneys get a break.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # the kidneys' job, the fact
    (
        "baclofen",
        "Clearing it out is the kidneys' job, so his dose was kept low while his kidneys were working at half speed.",
        MISSTATEMENT,
        ITEM,
    ),
    # the liver's job denied
    (
        "baclofen",
        "Clearing baclofen out is not the liver's job; the kidneys do most of it, so tell your doctor about kidney trouble.",
        MISSTATEMENT,
        ITEM,
    ),
    # another substance
    (
        "baclofen",
        "Breaking down alcohol is your liver's job, which is one more reason to skip the wine while on baclofen.",
        MISSTATEMENT,
        ITEM,
    ),
]
