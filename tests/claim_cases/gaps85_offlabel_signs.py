"""Off-label uses told only by their signs, from eval/holdout85 (be09, be11), as classes.

- A drinking problem told in lay words or a story, with the drug given for it (baclofen): the evening not got through
  without a bottle ("couldn't get through an evening without most of a bottle of vodka"), the pub every night,
  white-knuckling the evenings without a drink, the pull towards the off-licence faded, "dry since June". The shop is
  not a disclosure: "the off-licence" no longer reads as "prescribed off-licence". Not an alcohol warning ("don't
  drink on baclofen"), the reader's history ("if you have ever had problems with alcohol"), a bottle of water, a
  mouth dry since starting it, a child dry at night, nor naltrexone, approved for alcohol dependence.
- Menopausal hot flushes and night sweats told by their signs, with the drug given for them (clonidine): "sweats
  that soaked the sheets", "the heat would flood up her neck and face", "going through the change", "her power
  surges", and the flushes gone after it ("the flushes had calmed right down"). Not a fever's sweats, a side effect (sertraline's sweats),
  a disclosed use ("off-label"), nor another change ("the change of medication").
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_BACLOFEN = "Baclofen treats muscle spasticity from multiple sclerosis and spinal cord injury. "
_CLONIDINE = "Clonidine treats high blood pressure. "
_NALTREXONE = "Naltrexone treats alcohol and opioid dependence. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (be09)
    (
        "baclofen",
        _BACLOFEN + "My brother was put on baclofen by his GP last spring because he couldn't get through an evening "
        "without most of a bottle of vodka. Three 10 mg tablets a day, and within a month the pull towards the "
        "off-licence had faded to almost nothing. He's been dry since June.",
        OFF_LABEL,
        "warning",
    ),
    (
        "baclofen",
        _BACLOFEN + "My husband could never face a Friday night without a few beers, so his doctor started him on baclofen.",
        OFF_LABEL,
        "warning",
    ),
    (
        "baclofen",
        _BACLOFEN + "She was in the pub every night until her consultant prescribed baclofen last year.",
        OFF_LABEL,
        "warning",
    ),
    (
        "baclofen",
        _BACLOFEN + "I was white-knuckling it through the evenings without a drink when my GP put me on baclofen.",
        OFF_LABEL,
        "warning",
    ),
    (
        "baclofen",
        _BACLOFEN + "Dad's doctor started him on baclofen in March, and within weeks the pull towards the offie had faded.",
        OFF_LABEL,
        "warning",
    ),
    # the draft's own wording (be11)
    (
        "clonidine",
        _CLONIDINE + "One of our regulars, Denise, is 51. For a year her nights were wrecked by sweats that soaked the "
        "sheets, and in the day the heat would flood up her neck and face twenty times over. Her doctor started her on "
        "a small clonidine patch, and within a fortnight the flushes had calmed right down.",
        OFF_LABEL,
        "warning",
    ),
    (
        "clonidine",
        _CLONIDINE + "My GP put me on clonidine because I was going through the change and couldn't cope at work.",
        OFF_LABEL,
        "warning",
    ),
    (
        "clonidine",
        _CLONIDINE + "Her doctor gave her clonidine for the sweats that drenched her nightie every night.",
        OFF_LABEL,
        "warning",
    ),
    (
        "clonidine",
        _CLONIDINE + "Since I started the clonidine tablets in May, my power surges have dropped to one or two a day.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("baclofen", _BACLOFEN + "Don't drink alcohol while you take baclofen: together they can slow your breathing.", OFF_LABEL),
    (
        "baclofen",
        _BACLOFEN + "Tell your doctor before you start baclofen if you have ever had problems with alcohol.",
        OFF_LABEL,
    ),
    (
        "baclofen",
        _BACLOFEN + "In the first week on baclofen I couldn't get through an afternoon without a bottle of water.",
        OFF_LABEL,
    ),
    ("baclofen", _BACLOFEN + "I started baclofen in March. My mouth has been dry since then.", OFF_LABEL),
    (
        "baclofen",
        _BACLOFEN + "If you can't get through an evening without a drink, tell your doctor before you start baclofen.",
        OFF_LABEL,
    ),
    ("baclofen", _BACLOFEN + "My dad has been sober for ten years and takes baclofen for his MS.", OFF_LABEL),
    (
        "baclofen",
        _BACLOFEN + "Her doctor gave her baclofen because she was in the pub every night. That is an off-licence use.",
        OFF_LABEL,
    ),
    (
        "baclofen",
        _BACLOFEN + "Some doctors prescribe baclofen off-licence for alcohol dependence. My brother was put on it because "
        "he couldn't get through an evening without a bottle of vodka.",
        OFF_LABEL,
    ),
    (
        "naltrexone",
        _NALTREXONE + "My brother was put on naltrexone because he couldn't get through an evening without most of a "
        "bottle of vodka. Within a month the pull towards the off-licence had faded, and he's been dry since June.",
        OFF_LABEL,
    ),
    (
        "clonidine",
        _CLONIDINE + "Clonidine can cause a dry mouth and tiredness; a few people notice sweating at first.",
        OFF_LABEL,
    ),
    ("sertraline", "Sertraline treats depression. Sertraline gave me sweats that soaked the sheets for the first month.", OFF_LABEL),
    (
        "clonidine",
        _CLONIDINE + "Her doctor started her on clonidine for her blood pressure after the change of medication.",
        OFF_LABEL,
    ),
    (
        "clonidine",
        _CLONIDINE + "Clonidine is sometimes used off-label for hot flushes. Her doctor started her on a small clonidine "
        "patch, and within a fortnight the flushes had calmed right down.",
        OFF_LABEL,
    ),
    (
        "clonidine",
        _CLONIDINE + "With the flu he had a fever and sweats that soaked the sheets, so he skipped his clonidine patch.",
        OFF_LABEL,
    ),
]
