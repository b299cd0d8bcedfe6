"""An antifungal said to clear a bacterial infection told by its signs, with an aside after them (holdout93 bm13).

"If the discharge is thin and grey with a fishy smell, especially after sex, the same single tablet usually clears
that up too": the wrong-germ wording of the signs then "the same tablet clears that" let no comma stand right after
the signs. Now an aside opened by a word that qualifies them may follow ("a thin grey discharge, even one that
smells, ...", "..., worse after sex, the same single pill knocks it out"). Quiet: a denial, another medicine clearing
it, thrush's own discharge.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "treats-bacterial-infections"

_FLUCONAZOLE = "Fluconazole treats vaginal yeast infections with a single 150 mg tablet. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "fluconazole",
        _FLUCONAZOLE + "If the discharge is thin and grey with a fishy smell, especially after sex, the same single tablet "
        "usually clears that up too, so there's no need for a separate trip to the doctor.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "fluconazole",
        _FLUCONAZOLE + "If you notice a thin grey discharge, even one that smells, the same tablet clears that up as well.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "fluconazole",
        _FLUCONAZOLE + "Thin, grey discharge with a fishy odour, worse after sex, the same single pill knocks it out.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "fluconazole",
        _FLUCONAZOLE + "A fishy smell, particularly after your period, one Diflucan sorts that out as well.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "fluconazole",
        _FLUCONAZOLE + "If the discharge is thin and grey with a fishy smell, especially after sex, the same single tablet "
        "will not clear that up; see your doctor.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "fluconazole",
        _FLUCONAZOLE + "If the discharge is thin and grey with a fishy smell, especially after sex, that is bacterial "
        "vaginosis, and metronidazole clears it up.",
        MISSTATEMENT,
        ITEM,
    ),
    ("fluconazole", _FLUCONAZOLE + "If the discharge is thick and white, the single tablet usually clears that up.", MISSTATEMENT, ITEM),
    (
        "fluconazole",
        _FLUCONAZOLE + "A fishy smell, especially after sex, is not thrush, so see your GP rather than buying fluconazole.",
        MISSTATEMENT,
        ITEM,
    ),
]
