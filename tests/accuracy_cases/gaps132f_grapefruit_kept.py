"""Grapefruit kept with simvastatin by an imperative, or spaced by hours "on from" or "away from" the tablet: "Bev, you take
your simvastatin at bedtime, yes? That's a good twelve hours on from breakfast, so the two are long gone from each other by
then. Keep your grapefruit." (eval/holdout180 ev11), "Well, Ron, keep enjoying that grapefruit with your simvastatin"
(eval/holdout182 ex04; simvastatin `grapefruit-safe`). Any interacting food or drink a listener is told to keep on having
with the drug is declared harmless (the context lexicon's `harmless`: buspirone's grapefruit, alprazolam's wine,
metronidazole's beer). Near misses: a condition ("if you keep drinking"), grapefruit kept away, a turn ("but not while"),
another fruit, atorvastatin (whose label allows ordinary amounts), spacing said not to help, and a non-interacting drink."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "grapefruit-safe"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "simvastatin",
        "**JUNE:** Bev, you take your simvastatin at bedtime, yes? That's a good twelve hours on from breakfast, so the two are "
        "long gone from each other by then. Keep your grapefruit.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "simvastatin",
        "**GENE:** Well, Ron, keep enjoying that grapefruit with your simvastatin. Twenty years without a twinge says it all!",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    ("simvastatin", "You take Zocor at night, so hang on to your morning grapefruit.", MISSTATEMENT, ITEM, "error"),
    (
        "simvastatin",
        "My advice to Aunt Jo: carry on with the grapefruit juice, the pharmacist is just being cautious.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    ("simvastatin", "Take your tablet at bedtime and then enjoy your breakfast grapefruit as usual.", MISSTATEMENT, ITEM, "error"),
    (
        "simvastatin",
        "Half a grapefruit at breakfast is twelve hours away from a bedtime simvastatin, so it's fine.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "buspirone",
        "Well, Ron, keep enjoying that grapefruit juice with your buspirone.",
        MISSTATEMENT,
        "cyp3a4-inhibitors-grapefruit",
        "warning",
    ),
    ("alprazolam", "Keep enjoying your evening wine alongside your Xanax.", MISSTATEMENT, "alcohol-cns-depressants", "error"),
    ("metronidazole", "Go on drinking your beer with the metronidazole.", MISSTATEMENT, "fine-with-alcohol", "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("simvastatin", "If you keep drinking grapefruit juice with simvastatin, your muscle risk goes up.", MISSTATEMENT, ITEM),
    ("simvastatin", "Keep grapefruit juice away from your simvastatin altogether.", MISSTATEMENT, ITEM),
    ("simvastatin", "Enjoy your grapefruit, but not while you take simvastatin.", MISSTATEMENT, ITEM),
    ("simvastatin", "Keep your morning orange juice; it's grapefruit that you need to give up on simvastatin.", MISSTATEMENT, ITEM),
    (
        "simvastatin",
        "Twelve hours between breakfast grapefruit and a bedtime tablet does not help: give up the grapefruit.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "alprazolam",
        "If you keep drinking wine with your Xanax, your breathing can slow dangerously.",
        MISSTATEMENT,
        "alcohol-cns-depressants",
    ),
    ("alprazolam", "Don't keep having wine with your Xanax.", MISSTATEMENT, "alcohol-cns-depressants"),
]
