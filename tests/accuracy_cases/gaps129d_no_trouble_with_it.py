"""An interacting food, drink or medicine declared no trouble, no concern or not an issue with the drug: the harmless
lexicon's reassurance in more words: "Our parish nurse, Joan, says the grapefruit worry is mostly about a handful of
older heart pills, so the grapefruit halves at the Tuesday men's breakfast are no trouble for those of you on
simvastatin." (eval/holdout156 dx01; simvastatin's grapefruit, reported at its tier as before). Near misses: no trouble
for others but a problem with the drug, a medicine the drug has no interaction with, a question, a deferral to the
doctor, and a reassurance asked and answered."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "simvastatin",
        "Our parish nurse, Joan, says the grapefruit worry is mostly about a handful of older heart pills, so the grapefruit "
        "halves at the Tuesday men's breakfast are no trouble for those of you on simvastatin.",
        MISSTATEMENT,
        "grapefruit",
        "warning",
    ),
    (
        "alprazolam",
        "A glass of wine at dinner is no concern with your Xanax, the nurse told us.",
        MISSTATEMENT,
        "alcohol-cns-depressants",
        "error",
    ),
    (
        "warfarin",
        "Ibuprofen for the odd headache is not an issue while you're on warfarin.",
        MISSTATEMENT,
        "bleeding-risk-drugs",
        "error",
    ),
    (
        "sertraline",
        "St John's wort is no trouble at all alongside sertraline, my naturopath says.",
        MISSTATEMENT,
        "serotonergic-drugs",
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "simvastatin",
        "Grapefruit is no trouble for most people, but it is a problem with simvastatin.",
        MISSTATEMENT,
        "grapefruit",
    ),
    ("simvastatin", "Is grapefruit really no trouble with simvastatin?", MISSTATEMENT, "grapefruit"),
    ("warfarin", "Paracetamol is no trouble with warfarin at the usual dose.", MISSTATEMENT, "bleeding-risk-drugs"),
    ("warfarin", "Ibuprofen is not an issue with warfarin only if your doctor says so.", MISSTATEMENT, "bleeding-risk-drugs"),
    (
        "alprazolam",
        "Alcohol with alprazolam is no concern? It is: the two together can stop your breathing.",
        MISSTATEMENT,
        "alcohol-cns-depressants",
    ),
]
