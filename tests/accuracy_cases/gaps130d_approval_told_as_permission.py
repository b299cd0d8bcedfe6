"""An approval the drug does not have, told as the regulator's permission or green light, the regulator maybe in lay words,
the approved-for kind in other words: "In the United States, the government office for medicines has also given its
permission to use quetiapine as a medicine for people who cannot sleep" (eval/holdout161 ec06; quetiapine
`insomnia-approved`, whose `about` now also says the sleeplessness as what the people cannot do) and "the FDA gave Paxil
the green light for depressed teenagers years ago, she said" (eval/holdout162 ed04; paroxetine `approved-for-children`, now
of the approved-for kind, its `about` the children and teenagers). The kind's wordings read the regulator through a new
fragment, `regulator` ("the FDA", "the US medicines agency", "the government office for medicines", "the drug regulator"),
and a new wording tells the approval as permission given or the use allowed ("has given its permission to use", "gave
permission for it to be used in", "has allowed Seroquel to be prescribed for", "lets doctors prescribe it for"). Near misses:
the permission denied, permission for an approved use, the green light for adults, another drug's, and the claim refuted."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (ec06, ed04)
    (
        "quetiapine",
        "In the United States, the government office for medicines has also given its permission to use quetiapine as a"
        " medicine for people who cannot sleep, so some patients of the clinic receive a small dose at night for this reason.",
        MISSTATEMENT,
        "insomnia-approved",
        "warning",
    ),
    (
        "paroxetine",
        "My neighbor's son started it at 15, and she showed me the leaflet the pediatrician gave her: the FDA gave Paxil the green"
        " light for depressed teenagers years ago, she said, so she never thought twice about it. Worth knowing if you've got a"
        " kid who's struggling.",
        MISSTATEMENT,
        "approved-for-children",
        "warning",
    ),
    # new wordings
    (
        "quetiapine",
        "Good to know: the US medicines agency has allowed Seroquel to be prescribed for insomnia since 2010.",
        MISSTATEMENT,
        "insomnia-approved",
        "warning",
    ),
    (
        "paroxetine",
        "Back in the nineties the drug regulator gave permission for paroxetine to be used in children, and it still is.",
        MISSTATEMENT,
        "approved-for-children",
        "warning",
    ),
    (
        "trazodone",
        "the government agency for medicines lets doctors prescribe trazodone for sleep problems, so ask for it!!",
        MISSTATEMENT,
        "insomnia-approved",
        "warning",
    ),
    (
        "prazosin",
        "The medicines regulator has granted its approval to use prazosin for nightmares, which is why the VA hands it out.",
        MISSTATEMENT,
        "approved-for-ptsd-nightmares",
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # the permission denied
    (
        "quetiapine",
        "The government office for medicines has not given its permission to use quetiapine for people who cannot sleep.",
        MISSTATEMENT,
        "insomnia-approved",
    ),
    # permission for an approved use
    (
        "quetiapine",
        "The government office for medicines has given its permission to use quetiapine for schizophrenia and bipolar disorder.",
        MISSTATEMENT,
        "insomnia-approved",
    ),
    # the green light for adults
    (
        "paroxetine",
        "The FDA gave Paxil the green light for adults with depression years ago.",
        MISSTATEMENT,
        "approved-for-children",
    ),
    # another drug's approval
    (
        "paroxetine",
        "The FDA gave Prozac the green light for depressed teenagers years ago; Paxil never got it.",
        MISSTATEMENT,
        "approved-for-children",
    ),
    # refuted
    (
        "paroxetine",
        "My neighbor said the FDA gave Paxil the green light for depressed teenagers. That isn't true: it is not approved for"
        " anyone under 18.",
        MISSTATEMENT,
        "approved-for-children",
    ),
]
