"""Grapefruit told as something a simvastatin taker need not give up, or the two said not to bother each other, also as
good news answering what the sentence before asked about (eval/holdout214 gd09: "Several of you asked about the grapefruit
halves at the Tuesday breakfast bar. Good news: you don't have to say goodbye to them. Take your tablet with dinner and the
two won't bother each other."). Near misses: the grapefruit given up, the statin kept while the juice goes, the spacing
doubted."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "grapefruit-safe"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "simvastatin",
        "Several of you asked about the grapefruit halves at the Tuesday breakfast bar. Good news: you don't have to say goodbye"
        " to them. Take your tablet with dinner and the two won't bother each other.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    ("simvastatin", "Love grapefruit? You won't need to give up your morning juice on Zocor.", MISSTATEMENT, ITEM, "error"),
    (
        "simvastatin",
        "Dad worried about his grapefruit. The short answer: he needn't part with his breakfast grapefruit at all.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("simvastatin", "Grapefruit juice raises simvastatin levels. You will have to give up the juice, sadly.", MISSTATEMENT, ITEM),
    (
        "simvastatin",
        "If you love grapefruit, you don't have to give up your statin: ask about pravastatin, which grapefruit doesn't affect.",
        MISSTATEMENT,
        ITEM,
    ),
    ("simvastatin", "Bob asked about grapefruit. Sorry, Bob: you will have to say goodbye to it.", MISSTATEMENT, ITEM),
]
