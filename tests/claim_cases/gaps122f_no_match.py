"""A named rival said not to come close for a use (left from earlier stops): "Paracetamol doesn't even come close for period
pain", "Paracetamol can't touch it for period pain", "Naproxen doesn't come close when it comes to a hangover headache". Near
misses: price or cost ("doesn't come close on price", "for value"), a harm not reached ("doesn't come close to causing ..."),
competing for something, a cited comparison, a subject that is no medicine."""

from __future__ import annotations

COMPARATIVE = "unsupported-claim.comparative"

_IBUPROFEN = "Ibuprofen is a painkiller for period pain and headaches. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("ibuprofen", _IBUPROFEN + "Paracetamol doesn't even come close for period pain.", COMPARATIVE, "error"),
    ("ibuprofen", _IBUPROFEN + "Paracetamol can't touch it for period pain.", COMPARATIVE, "error"),
    ("ibuprofen", _IBUPROFEN + "Aspirin can't touch it when it comes to cramps.", COMPARATIVE, "error"),
    ("ibuprofen", _IBUPROFEN + "Honestly, paracetamol just can't keep up for period pain.", COMPARATIVE, "error"),
    ("ibuprofen", _IBUPROFEN + "Naproxen doesn't come close when it comes to a hangover headache.", COMPARATIVE, "error"),
    ("ibuprofen", _IBUPROFEN + "Aspirin doesn't come anywhere near it for cramps.", COMPARATIVE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("ibuprofen", _IBUPROFEN + "Paracetamol doesn't come close on price.", COMPARATIVE),
    ("ibuprofen", _IBUPROFEN + "Paracetamol doesn't come close for value at the supermarket.", COMPARATIVE),
    ("ibuprofen", _IBUPROFEN + "Paracetamol doesn't come close to causing the stomach problems ibuprofen can.", COMPARATIVE),
    ("ibuprofen", _IBUPROFEN + "Aspirin can't compete for the same enzyme once ibuprofen is there.", COMPARATIVE),
    (
        "ibuprofen",
        _IBUPROFEN + "In a trial of period pain, paracetamol didn't come close for relief [2].",
        COMPARATIVE,
    ),
    ("ibuprofen", _IBUPROFEN + "Your score can't come close for a while.", COMPARATIVE),
    (
        "fluconazole",
        "Fluconazole treats thrush. Bacterial vaginosis is different: fluconazole can't touch it, so see your GP.",
        COMPARATIVE,
    ),
]
