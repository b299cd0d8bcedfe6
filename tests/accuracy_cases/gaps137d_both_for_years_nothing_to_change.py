"""An interaction declared harmless by a story and its verdict, from eval/holdout215 (ge05), holdout216 (gf04), holdout217
(gg01) and holdout219 (gi09), as a class.

Class: someone told taking the drug and the interacting medicine or food for years, then a verdict that the pair went along
without a sound of trouble ("They've rubbed along together for three years without a squeak", "without a hitch") or that
there is nothing to change ("Ray sees no reason for anyone on both to think twice", "so there's no need to give up your
favourites", "don't let anyone talk you out of your favorite breakfast", "There's no reason for him to change a thing"); a
clinician's silence told in the story ("his cardiologist has never said a word about it") warns of nothing. Reported as the
drug's misstatement that names the interaction (clopidogrel's `ppi-fine`, sildenafil's `safe-with-nitrates`), else as the
interaction by its tier (simvastatin's grapefruit, warfarin's bleeding-risk drugs). Near misses: one of the two given up or
switched, the verdict left to the doctor, asked, a medicine with no interaction, a smooth stent with the warning after it.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (ge05, gg01, gf04, gi09)
    (
        "clopidogrel",
        "His heartburn tablet, on the other hand, never came up. His GP had him on omeprazole for years before the heart attack,"
        " and when the clopidogrel was added nobody saw any reason to touch it. \"They've rubbed along together for three years"
        ' without a squeak," he says.',
        MISSTATEMENT,
        "ppi-fine",
        "warning",
    ),
    (
        "clopidogrel",
        "Heartburn comes up at every meeting. Ray has taken his omeprazole each morning with his clopidogrel for six years, his"
        " cardiologist has never said a word about it, and Ray sees no reason for anyone on both to think twice. Members with"
        " reflux can talk it over with the pharmacist at their next refill.",
        MISSTATEMENT,
        "ppi-fine",
        "warning",
    ),
    (
        "simvastatin",
        "We know many of you heard that grapefruit and statins don't mix. Well, our own Bill Hutchins has started every morning"
        " for fifteen years with half a grapefruit sprinkled with sugar, right next to his little Zocor tablet, and at"
        " eighty-one he still out-walks the rest of the men's group on the Saturday hike. So don't let anyone talk you out of"
        " your favorite breakfast.",
        MISSTATEMENT,
        "grapefruit",
        "warning",
    ),
    (
        "simvastatin",
        "I know how many of you look forward to the fellowship breakfast. Our own Harold Whitcombe, who has been on simvastatin"
        " for eleven years, still starts every morning with half a pink grapefruit and a tall glass of the juice, and his"
        " numbers are the best they have ever been, so there's no need to give up your favourites.",
        MISSTATEMENT,
        "grapefruit",
        "warning",
    ),
    # new wordings, other voices
    (
        "sildenafil",
        "My uncle keeps a nitro spray in his jacket for his angina, and he takes his Viagra most weekends. He has done it for"
        " years without a hitch.",
        MISSTATEMENT,
        "safe-with-nitrates",
        "error",
    ),
    (
        "warfarin",
        "Dad has taken ibuprofen for his knees alongside his warfarin since 2015, and his GP has never once mentioned it. There's"
        " no reason for him to change a thing.",
        MISSTATEMENT,
        "bleeding-risk-drugs",
        "error",
    ),
    (
        "simvastatin",
        "Grandad has his grapefruit juice with his simvastatin every morning. Don't let anyone scare you off it.",
        MISSTATEMENT,
        "grapefruit",
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # one of the two switched or given up
    (
        "warfarin",
        "Dad took ibuprofen for his knees alongside his warfarin until his GP switched him to paracetamol. There's no reason for"
        " him to change a thing now.",
        MISSTATEMENT,
        "bleeding-risk-drugs",
    ),
    (
        "simvastatin",
        "Bill gave up grapefruit when he started his Zocor, and at eighty-one he still out-walks everyone, so don't let anyone"
        " talk you out of your statin.",
        MISSTATEMENT,
        "grapefruit",
    ),
    # the verdict left to the doctor, or asked
    (
        "clopidogrel",
        "Ray has taken omeprazole with his clopidogrel for six years. If your doctor agrees, there's no reason to think twice.",
        MISSTATEMENT,
        "ppi-fine",
    ),
    (
        "clopidogrel",
        "Ray has taken omeprazole with his clopidogrel for six years. Does that mean there's no reason to think twice?",
        MISSTATEMENT,
        "ppi-fine",
    ),
    # a medicine with no interaction
    ("clopidogrel", "Ray takes famotidine with his clopidogrel and sees no reason to think twice.", MISSTATEMENT, "ppi-fine"),
    # a smooth stent, the warning after it
    (
        "clopidogrel",
        "Ray's stent went in without a hitch, and his cardiologist told him to avoid omeprazole with his clopidogrel.",
        MISSTATEMENT,
        "ppi-fine",
    ),
]
