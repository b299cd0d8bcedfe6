"""An interaction warned of by what the other medicine does to the drug's strength, told in the sentence after the
names (eval/holdout105 by08, a false error), as a class.

"Some medicines change how your body handles tramadol: the antibiotic erythromycin, ketoconazole ... Starting or
stopping one of them can make tramadol too strong or too weak, or bring on withdrawal." The result is a warning cue
(checks/lexicons/context.yml): the medicine made too strong or too weak, stronger or weaker, less effective, working
less well, kept from working, withdrawal brought on. Not a plain mention of the medicines with no consequence, "safe
with", nor a side effect on the reader or the body ("can make you feel weak", "can make your bones weaker").
"""

from __future__ import annotations

INTERACTIONS = "interactions.missing"
CYP = "cyp2d6-cyp3a4-interactions"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    ("tramadol", "Erythromycin is an antibiotic and ketoconazole treats fungal infections.", INTERACTIONS, CYP, "error"),
    ("tramadol", "Erythromycin and carbamazepine are safe with tramadol.", INTERACTIONS, CYP, "error"),
    ("tramadol", "Many people also take erythromycin. Tramadol can make you feel weak and sleepy.", INTERACTIONS, CYP, "error"),
    ("tramadol", "Carbamazepine is an epilepsy medicine. Over the years it can make your bones weaker.", INTERACTIONS, CYP, "error"),
    ("tramadol", "Ketoconazole treats thrush. Tramadol made me too dizzy to drive.", INTERACTIONS, CYP, "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "tramadol",
        "Some medicines change how your body handles tramadol: the antibiotic erythromycin, ketoconazole for fungal "
        "infections, quinidine for heart rhythm, and rifampin or carbamazepine. Starting or stopping one of them can make "
        "tramadol too strong or too weak, or bring on withdrawal.",
        INTERACTIONS,
        CYP,
    ),
    ("tramadol", "Erythromycin and ketoconazole are common. They can make the tablets work less well.", INTERACTIONS, CYP),
    ("tramadol", "Carbamazepine speeds up clearing. That can leave your dose far weaker than it should be.", INTERACTIONS, CYP),
    ("tramadol", "Quinidine and fluoxetine can make tramadol less effective for pain.", INTERACTIONS, CYP),
    ("tramadol", "If you begin a course of erythromycin, it can stop the medicine working properly.", INTERACTIONS, CYP),
    (
        "clopidogrel",
        "Omeprazole is a common heartburn pill. It can make clopidogrel much weaker at protecting your heart.",
        INTERACTIONS,
        "cyp2c19-inhibitors-ppis",
    ),
    (
        "tramadol",
        "Quitting carbamazepine while you are on tramadol can bring on withdrawal, as more of the tramadol is turned into its weaker form.",
        INTERACTIONS,
        CYP,
    ),
]
