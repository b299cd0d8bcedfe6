"""An antifungal said to clear a bacterial infection told by description, not by name, as a class (fluconazole
`treats-bacterial-infections`, shared kind `wrong-germ`; holdout87 bg01).

"If the itch turns out to be the other common kind of vaginal infection, the one caused by bacteria instead of yeast,
the same tablet clears that up as well": bacterial vaginosis told as the kind of infection bacteria cause ("the one
caused by bacteria instead of yeast", "the bacterial kind", "a bacterial vaginal infection"), with the same tablet or
the drug clearing it, in the sentence or in the next one ("... a bacterial vaginal infection. The same single tablet
knocks that out too"). Near misses: the same tablet said not to clear it, another medicine clearing it, the kind caused
by yeast, fluconazole said to treat only yeast, a question answered no.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
GERM = "treats-bacterial-infections"

#: (drug, body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    (
        "fluconazole",
        "My gyno explained this part and it saved me a second appointment. If the itch turns out to be the other common kind "
        "of vaginal infection, the one caused by bacteria instead of yeast, the same tablet clears that up as well. So one "
        "pill covers you either way.",
        MISSTATEMENT,
        GERM,
        "warning",
    ),
    (
        "fluconazole",
        "Some itches are the bacterial kind rather than thrush, and Diflucan clears the bacterial kind too.",
        MISSTATEMENT,
        GERM,
        "warning",
    ),
    (
        "fluconazole",
        "If it's the type of infection caused by bacteria, not yeast, one Diflucan sorts that out as well.",
        MISSTATEMENT,
        GERM,
        "warning",
    ),
    (
        "fluconazole",
        "Thrush is a yeast; the other kind is a bacterial vaginal infection. The same single tablet knocks that out too.",
        MISSTATEMENT,
        GERM,
        "warning",
    ),
    (
        "fluconazole",
        "Not every discharge is thrush: sometimes it's the infection that is caused by an overgrowth of bacteria. "
        "Luckily, the same pill gets rid of it.",
        MISSTATEMENT,
        GERM,
        "warning",
    ),
    (
        "fluconazole",
        "Fluconazole also works on the kind caused by bacteria, so you don't need two prescriptions.",
        MISSTATEMENT,
        GERM,
        "warning",
    ),
]

#: (drug, body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    (
        "fluconazole",
        "If it turns out to be the kind caused by bacteria instead of yeast, the same tablet won't clear it; you need an antibiotic.",
        MISSTATEMENT,
        GERM,
    ),
    (
        "fluconazole",
        "The other common kind of vaginal infection, the one caused by bacteria, needs a different medicine such as metronidazole.",
        MISSTATEMENT,
        GERM,
    ),
    ("fluconazole", "Fluconazole only treats the kind caused by yeast, not the bacterial kind.", MISSTATEMENT, GERM),
    (
        "fluconazole",
        "If it's the bacterial kind, your doctor will prescribe metronidazole, which clears that up instead.",
        MISSTATEMENT,
        GERM,
    ),
    ("fluconazole", "Whether the thrush is in your mouth or your vagina, the same tablet clears it up.", MISSTATEMENT, GERM),
    ("fluconazole", "Does the same tablet clear the bacterial kind too? No, it doesn't.", MISSTATEMENT, GERM),
    (
        "fluconazole",
        "Yeast infections are the kind caused by a fungus called Candida. One Diflucan clears that up in most women.",
        MISSTATEMENT,
        GERM,
    ),
]
