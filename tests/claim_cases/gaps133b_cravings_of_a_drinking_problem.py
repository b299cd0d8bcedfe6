"""Bare cravings told after a drinking problem, an opioid habit or smoking in their sentence are that trouble's, not
"addiction", from eval/holdout186 (fb11, baclofen), as a class.

Class: "the cravings" named with no object after the trouble they belong to ("Plenty of people with a drinking problem get
baclofen from their doctor to quiet the cravings", "For heavy drinkers, some doctors prescribe baclofen to take the edge off the
cravings", "his drinking problem was out of hand, so his GP gave him baclofen for the cravings", "People coming off heroin
... get gabapentin to ease the cravings"): the use is of alcohol use disorder (or opioid use disorder), told in lay words, a
warning; it was an error of "addiction", which the scorer and a disclosure of alcohol use disorder did not match. Bare cravings
alone are lay words now (a warning). Silent: the use disclosed as alcohol use disorder, a drug approved for it (naltrexone),
the cravings of quitting smoking for bupropion and varenicline, and another medicine given for the cravings.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fb11)
    (
        "baclofen",
        "Plenty of people with a drinking problem get baclofen from their doctor to quiet the cravings. I'm glad he's doing"
        " better, and I hope he keeps working with his doctor.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices
    (
        "baclofen",
        "For heavy drinkers, some doctors prescribe baclofen to take the edge off the cravings.",
        OFF_LABEL,
        "warning",
    ),
    (
        "baclofen",
        "My husband's drinking problem was out of hand, so his GP gave him baclofen for the cravings.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        "People coming off heroin and other opioids sometimes get gabapentin to ease the cravings.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # disclosed as the drinking's use: the cravings are alcohol use disorder's
    (
        "baclofen",
        "Plenty of people with a drinking problem get baclofen from their doctor to quiet the cravings. Using baclofen for"
        " alcohol use disorder is off-label.",
        OFF_LABEL,
    ),
    # a drug approved for it
    (
        "naltrexone",
        "Lots of people with alcohol use disorder take naltrexone because it dulls the cravings.",
        OFF_LABEL,
    ),
    # the cravings of quitting smoking: approved
    ("bupropion", "Smokers trying to quit often get bupropion to quiet the cravings.", OFF_LABEL),
    ("varenicline", "People who want to stop smoking take varenicline to take the edge off the cravings.", OFF_LABEL),
    # another medicine given for them
    (
        "baclofen",
        "People with a drinking problem often get naltrexone from their doctor to quiet the cravings.",
        OFF_LABEL,
    ),
]
