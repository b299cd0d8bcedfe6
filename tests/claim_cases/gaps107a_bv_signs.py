"""Bacterial vaginosis told by its signs, as a class (eval/holdout106 bz07): the discharge thin and grey, or grey with a
fishy smell, with the word "discharge" left to a heading or the sentence before ("Mine was thin and grey and had that
fishy smell, worse after my period. No itching at all. I still had a Diflucan left from last spring, took it, ..."), then
fluconazole taken from a supply left over from before. A warning: the condition is read from its signs. Near misses:
thrush's own signs (thick white discharge, itching: fluconazole's approved use), a fishy smell from the kitchen, a grey
face, BV treated with another medicine, the supply kept but not taken."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_FLUCONAZOLE = "Fluconazole treats vaginal yeast infections.\n\n"

#: (drug, body, rule, severity): a use the writer must see.
SHOULD = [
    # the draft's own wording
    (
        "fluconazole",
        _FLUCONAZOLE + "Mine was thin and grey and had that fishy smell, worse after my period. No itching at all. I still had"
        " a Diflucan left from last spring, took it, and it was gone by the weekend.",
        OFF_LABEL,
        "warning",
    ),
    (
        "fluconazole",
        _FLUCONAZOLE + "The discharge was watery and greyish, with a smell of fish after sex. I found an old fluconazole tablet"
        " in the bathroom cabinet from last year and took it.",
        OFF_LABEL,
        "warning",
    ),
    (
        "fluconazole",
        _FLUCONAZOLE + "It was grey with a fishy whiff. So I took the Diflucan from my last prescription.",
        OFF_LABEL,
        "warning",
    ),
    (
        "fluconazole",
        _FLUCONAZOLE + "Thin, grey and smelling of fish after every period: that was me for a year. I swallowed one of the"
        " leftover Diflucan tablets and it cleared.",
        OFF_LABEL,
        "warning",
    ),
    (
        "fluconazole",
        _FLUCONAZOLE + "A fishy odour and a thin grey discharge again. We had a couple of fluconazole spare from my sister's"
        " prescription, and I took one.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): no such finding.
SHOULD_NOT = [
    (
        "fluconazole",
        _FLUCONAZOLE + "My itching was awful and the discharge was thick and white. I still had a Diflucan left from last"
        " spring, took it, and it was gone by the weekend.",
        OFF_LABEL,
    ),
    (
        "fluconazole",
        _FLUCONAZOLE + "The fish I cooked left a fishy smell in the kitchen. I still had a Diflucan left from last spring,"
        " took it, and it was gone by the weekend.",
        OFF_LABEL,
    ),
    ("fluconazole", _FLUCONAZOLE + "Her face looked grey and tired. I still had a Diflucan left from last spring, took it.", OFF_LABEL),
    (
        "fluconazole",
        _FLUCONAZOLE + "The discharge was thin and grey with a fishy smell. My GP said it was BV, not thrush, and prescribed"
        " metronidazole.",
        OFF_LABEL,
    ),
    (
        "fluconazole",
        _FLUCONAZOLE + "The discharge was thin and grey with a fishy smell. I still have a Diflucan left over, but I did not"
        " take it and saw my GP instead.",
        OFF_LABEL,
    ),
]
