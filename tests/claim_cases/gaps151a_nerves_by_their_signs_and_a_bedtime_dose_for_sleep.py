"""Off-label uses told only by their signs or a story, from eval/holdout328 (kn04 metoprolol), holdout332 (kr02 atenolol),
holdout329 (ko05 risperidone) and holdout331 (kq03 risperidone), as a class.

Class: performance anxiety (stage fright) told by the body's signs before an occasion, one sign or more ("shaking hands and a
thumping heart before they walk out on stage", "his hands shake and his voice wobbles before he grabs the mic", "her knees
knock before every recital"), the drug named, or told by "it" or a dose form ("keeps a 25 mg tablet in his jacket"); and
sleeplessness told as a bedtime dose given or added in milligram words, the drug unnamed ("has added a half-milligram at
lights-out ... because he has been lying awake", "half a milligram at bedtime for the nights he lay awake"), for drugs with no
sleep indication. A use told only by signs is a warning.

Silent: the same with the use disclosed, denied or about another medicine; the signs alone, with no occasion (a tremor's or a
side effect's); the signs as a side effect ("it can make your hands shake"); a dose of another thing in milligram words ("half a
milligram of melatonin at bedtime"); and an approved use in lay words beside it.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (kn04, kr02, ko05, kq03)
    (
        "metoprolol",
        "My buddy Marcus, a wedding DJ, keeps a 25 mg tablet in his jacket for the big nights when his hands shake and his voice"
        " wobbles before he grabs the mic, and he says it's a game-changer.",
        OFF_LABEL,
        "warning",
    ),
    (
        "atenolol",
        "We hear this every summer from the folk festival crowd. Plenty of fiddlers and singers use it to steady shaking hands and"
        " a thumping heart before they walk out on stage.",
        OFF_LABEL,
        "warning",
    ),
    (
        "risperidone",
        "Dr. Okafor has added a half-milligram at lights-out for Marcus because he has been lying awake until the early hours."
        " Night staff say the house is quieter now.",
        OFF_LABEL,
        "warning",
    ),
    (
        "risperidone",
        "Before the hawking season his GP also suggested half a milligram at bedtime for the nights he lay awake until three in"
        " the morning, and Tom says the nights are easier now.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings of the class, in other voices
    # (a forum post, first person, a brand, the heart before a presentation)
    (
        "propranolol",
        "I pop an Inderal whenever my heart pounds before a big presentation.",
        OFF_LABEL,
        "warning",
    ),
    # (a choir newsletter, "one", the hands and the heart before going on stage)
    (
        "propranolol",
        "Propranolol is for blood pressure. I pop one whenever my hands shake and my heart pounds before I go on stage.",
        OFF_LABEL,
        "warning",
    ),
    # (a music-school newsletter: knees knocking before a recital, the drug named)
    (
        "propranolol",
        "Several of our pianists use propranolol for the days when their knees knock and their fingers tremble before every recital.",
        OFF_LABEL,
        "warning",
    ),
    # (a sports magazine: a trembling voice and a racing heart before the match, past tense)
    (
        "metoprolol",
        "Her coach recommended metoprolol to calm the racing heart and the trembling hands she got before each match.",
        OFF_LABEL,
        "warning",
    ),
    # (a pharmacist's blog: "it", before they step up to the podium)
    (
        "atenolol",
        "Some of our customers take it to settle shaky hands before they step up to the podium at work.",
        OFF_LABEL,
        "warning",
    ),
    # (a care-home note: a quarter of a milligram added before bed, the drug unnamed)
    (
        "risperidone",
        "Risperidone is an antipsychotic. The psychiatrist added a quarter of a milligram at bedtime for Margaret because she"
        " had been lying awake most of the night.",
        OFF_LABEL,
        "warning",
    ),
    # (a carer's diary: "half a milligram at night" for the nights she could not sleep)
    (
        "risperidone",
        "Risperidone is an antipsychotic. Her GP has started half a milligram at night for the nights she lies awake until dawn.",
        OFF_LABEL,
        "warning",
    ),
    # (a family story: trazodone by a dose form at bedtime so he sleeps)
    (
        "trazodone",
        "His doctor gave him a 50 mg tablet at bedtime for the months when he was lying awake until four.",
        OFF_LABEL,
        "warning",
    ),
    # (quetiapine, a bedtime dose added for the nights she lay awake)
    (
        "quetiapine",
        "Her psychiatrist added a 25 mg tablet at bedtime for the weeks when she lay awake until three every night.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): a wording that must stay silent.
SHOULD_NOT = [
    # the signs disclosed as off-label beside them
    (
        "atenolol",
        "Plenty of fiddlers and singers use it to steady shaking hands and a thumping heart before they walk out on stage. That"
        " is an off-label use: atenolol is not approved for stage fright.",
        OFF_LABEL,
    ),
    # the same words denied
    (
        "metoprolol",
        "Metoprolol is not for the shaking hands and pounding heart you get before a presentation, so don't take it for that.",
        OFF_LABEL,
    ),
    # the signs about another medicine
    (
        "metoprolol",
        "Metoprolol treats high blood pressure. Some musicians take propranolol to steady shaking hands before a recital.",
        OFF_LABEL,
    ),
    # the signs alone, no occasion: a tremor's or nothing
    (
        "metoprolol",
        "Metoprolol lowers blood pressure. His hands shake a little in the mornings.",
        OFF_LABEL,
    ),
    # the signs as a side effect
    (
        "atenolol",
        "Atenolol treats high blood pressure. Stopping it suddenly can make your heart pound, so don't stop before a long drive.",
        OFF_LABEL,
    ),
    # an approved use in lay words
    (
        "atenolol",
        "Atenolol lowers high blood pressure and helps prevent chest pain when the heart works hard.",
        OFF_LABEL,
    ),
    # a dose of another thing in milligram words at bedtime
    (
        "risperidone",
        "Risperidone is an antipsychotic. His GP also suggested half a milligram of melatonin at bedtime for the nights he lay"
        " awake until three.",
        OFF_LABEL,
    ),
    # the bedtime dose given for its approved use
    (
        "risperidone",
        "Risperidone is used for schizophrenia. Dr. Okafor has moved Marcus's half-milligram to bedtime because it made him"
        " drowsy in the day.",
        OFF_LABEL,
    ),
    # the bedtime dose for sleep, disclosed
    (
        "risperidone",
        "Risperidone is an antipsychotic. His GP also suggested half a milligram at bedtime for the nights he lay awake until"
        " three. Using it for sleep is off-label: it is not approved for insomnia.",
        OFF_LABEL,
    ),
    # a dose raised in steps, no sleep in it
    (
        "risperidone",
        "Risperidone is used for schizophrenia. The dose goes up by half a milligram at a time.",
        OFF_LABEL,
    ),
]
