"""Warnings and interactions given in lay or non-native words that were read as missing (false errors in eval/holdout123
cq07, cq09 and holdout124 cr09), as classes.

1. A statin's muscle warning (warning kind ``muscle-damage``): "if your muscles start aching or feeling weak for no
   reason ... call your doctor", "Rarely, statins break down muscle badly enough to hurt the kidneys" (cq07). Not
   "your muscles will feel stronger", "the muscles relax", exercise named alone.
2. Metronidazole's boxed animal-cancer warning with the drug named between: "In long-term studies in mice and rats,
   metronidazole caused cancer" (cr09). Not "mice and rats were used to test it".
3. A translated handout's prohibition: "Alcohol: no. Not beer, not wine ... Also not sleeping pills, other calming
   medicines or antihistamine that make sleepy, without to ask the doctor." (cq09). A sentence naming sleeping pills with
   no prohibition ("Sleeping pills are common in older people") still is not a warning. "Sleeping tablets" names a
   sleep medicine as "sleeping pills" does.
"""

from __future__ import annotations

MISSING = "safety-warnings.missing"
INTERACTION = "interactions.missing"

_ATORVASTATIN = "Atorvastatin lowers cholesterol. "
_METRONIDAZOLE = "Metronidazole treats bacterial vaginosis and trichomoniasis. "
_CLONAZEPAM = "Clonazepam treats panic disorder. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "atorvastatin",
        _ATORVASTATIN + "After a few months of the gym your muscles will feel stronger.",
        MISSING,
        "myopathy-rhabdomyolysis",
        "error",
    ),
    ("atorvastatin", _ATORVASTATIN + "Stretching helps the muscles relax after a long day.", MISSING, "myopathy-rhabdomyolysis", "error"),
    ("rosuvastatin", "Rosuvastatin lowers cholesterol. Exercise builds muscle.", MISSING, "myopathy-rhabdomyolysis", "error"),
    ("metronidazole", _METRONIDAZOLE + "Mice and rats were used in the early tests of the drug.", MISSING, "carcinogenicity", "error"),
    (
        "clonazepam",
        _CLONAZEPAM + "Sleeping pills are common in older people, and many take them for years.",
        INTERACTION,
        "alcohol-cns-depressants",
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # the drafts' own wording
    (
        "atorvastatin",
        _ATORVASTATIN + "If your muscles start aching or feeling weak for no reason (not gym-sore), call your doctor. Same if your "
        "pee turns dark like cola. Rarely, statins break down muscle badly enough to hurt the kidneys.",
        MISSING,
        "myopathy-rhabdomyolysis",
    ),
    (
        "metronidazole",
        _METRONIDAZOLE + "In long-term studies in mice and rats, metronidazole caused cancer. This hasn't been shown in people.",
        MISSING,
        "carcinogenicity",
    ),
    (
        "clonazepam",
        _CLONAZEPAM + "Alcohol: no. Not beer, not wine, not other drinks with alcohol. Also not sleeping pills, other calming "
        "medicines or antihistamine that make sleepy, without to ask the doctor.",
        INTERACTION,
        "alcohol-cns-depressants",
    ),
    # new wordings
    ("atorvastatin", _ATORVASTATIN + "Tell us if your muscles begin to hurt and you can't say why.", MISSING, "myopathy-rhabdomyolysis"),
    (
        "simvastatin",
        "Simvastatin lowers cholesterol. Call the surgery if your muscles feel unusually weak or tender.",
        MISSING,
        "myopathy-rhabdomyolysis",
    ),
    (
        "rosuvastatin",
        "Rosuvastatin lowers cholesterol. Very rarely, muscle tissue can break down, which harms the kidneys.",
        MISSING,
        "myopathy-rhabdomyolysis",
    ),
    ("metronidazole", _METRONIDAZOLE + "Given for a long time, rats and mice developed tumours.", MISSING, "carcinogenicity"),
    ("metronidazole", _METRONIDAZOLE + "In lab animals, high doses of the drug produced cancers.", MISSING, "carcinogenicity"),
    (
        "clonazepam",
        _CLONAZEPAM + "Wine or beer: never while you take these tablets.",
        INTERACTION,
        "alcohol-cns-depressants",
    ),
    (
        "clonazepam",
        _CLONAZEPAM + "Please do not take sleeping pills without asking your pharmacist first.",
        INTERACTION,
        "alcohol-cns-depressants",
    ),
    # "sleeping tablets" is a sleep medicine as "sleeping pills" is (every facts file naming sleep medicines)
    (
        "clonazepam",
        _CLONAZEPAM + "Please do not take other sleeping tablets without asking your pharmacist first.",
        INTERACTION,
        "alcohol-cns-depressants",
    ),
    (
        "clonazepam",
        _CLONAZEPAM + "Sleeping pills, no. And also not the allergy tablets that make you sleepy, without to ask the doctor.",
        INTERACTION,
        "alcohol-cns-depressants",
    ),
]
