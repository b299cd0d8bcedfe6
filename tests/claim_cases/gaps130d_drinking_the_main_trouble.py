"""Heavy drinking told in lay words, too much poured or drunk every evening, then the prescription written for people whose
main trouble is the drinking, the drug not named in that sentence, from eval/holdout164 (ef08, varenicline), as a class.

Class: the drinking told as a habit ("pouring themselves too much wine every evening", "drinking one too many most nights")
or as the people's own trouble after "whose" ("for some people whose main trouble is the drinking", "patients whose real
problem is the drinking"), the medicine given by a prescription or script written for them ("she now writes the
prescription for ..."), its name told before. Varenicline, gabapentin and baclofen are not approved for alcohol use
disorder: told in lay words, a warning. Silent: naltrexone (approved for alcohol dependence), too much water every day, the
prescription never written for them, the use disclosed, and another drug written for the drinking.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (ef08)
    (
        "varenicline",
        "The clinic's addiction specialist, who asked us not to print her name, has noticed something else over the years."
        " Several of her patients who were also pouring themselves too much wine every evening found the pull of the bottle"
        " faded along with the cigarettes, and she now writes the prescription for some people whose main trouble is the"
        ' drinking. "We\'re seeing people cut from a bottle a night to a glass at the weekend," she says.',
        OFF_LABEL,
        "warning",
    ),
    # new wordings
    (
        "gabapentin",
        "Our GP has kept a stock of gabapentin samples for years. Lately he writes the script for patients whose real problem"
        " is the drinking, too.",
        OFF_LABEL,
        "warning",
    ),
    (
        "baclofen",
        "My sister was drinking one too many most nights. Her doctor started her on baclofen last spring.",
        OFF_LABEL,
        "warning",
    ),
    (
        "varenicline",
        "Dad had been pouring himself far too much whisky every evening since he retired. His GP put him on Chantix and the"
        " bottle has stayed in the cupboard.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # an approved use in lay words: naltrexone is approved for alcohol dependence
    (
        "naltrexone",
        "Naltrexone has been around for decades. Our addiction specialist now writes the prescription for some people whose main"
        " trouble is the drinking.",
        OFF_LABEL,
    ),
    # too much water, not drink
    (
        "baclofen",
        "He was drinking too much water every day after his operation. His doctor started him on baclofen for the spasms in his legs.",
        OFF_LABEL,
    ),
    # the prescription never written for them
    (
        "varenicline",
        "Varenicline helps smokers quit. She never writes the prescription for people whose main trouble is the drinking.",
        OFF_LABEL,
    ),
    # disclosed
    (
        "varenicline",
        "Varenicline is approved to help people stop smoking. Off-label, she now writes the prescription for some people whose"
        " main trouble is the drinking, though it is not FDA-approved for alcohol use disorder.",
        OFF_LABEL,
    ),
    # another drug written for the drinking
    (
        "varenicline",
        "Varenicline helps smokers quit. For people whose main trouble is the drinking, she writes the prescription for"
        " naltrexone instead.",
        OFF_LABEL,
    ),
]
