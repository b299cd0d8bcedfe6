"""Warnings given in lay words that were read as missing (false errors in eval/holdout134 db05, holdout137 de01 and
de08), as classes.

1. A benzodiazepine's boxed opioid interaction told by what the mix does to breathing or by the deaths it has caused:
   "Taking lorazepam with opioids (codeine, ...) can slow or stop your breathing, and people have died" (db05). Not an
   opioid named for its own use ("Many people take oxycodone for back pain"), nor a death that is no harm of the mix.
2. Furosemide's boxed warning told as too big an amount flushing out water and salt: "taken in too big an amount, it can
   flush out so much water and salt that your body runs dry" (de01). Not the water and salt it is meant to clear.
3. Metronidazole's boxed animal-cancer warning with "gave": "In studies with mice and rats, metronidazole gave cancer"
   (de08). Not mice and rats named without cancer.
"""

from __future__ import annotations

MISSING = "safety-warnings.missing"
INTERACTION = "interactions.missing"

_LORAZEPAM = "Lorazepam treats anxiety. Do not drink alcohol or take sleeping pills with it.\n\n"
_FUROSEMIDE = "Furosemide is a water pill for swelling and high blood pressure.\n\n"
_METRONIDAZOLE = "Metronidazole treats bacterial vaginosis and trichomoniasis.\n\n"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    ("lorazepam", _LORAZEPAM + "Many people take oxycodone for back pain.", INTERACTION, "opioids", "error"),
    ("lorazepam", _LORAZEPAM + "Oxycodone helps your breathing after surgery.", INTERACTION, "opioids", "error"),
    ("lorazepam", _LORAZEPAM + "Her grandfather, who took morphine for years, died last spring.", INTERACTION, "opioids", "error"),
    (
        "furosemide",
        _FUROSEMIDE + "It helps your body flush out the extra water and salt that cause the swelling.",
        MISSING,
        "profound-diuresis",
        "error",
    ),
    ("furosemide", _FUROSEMIDE + "Take it in the morning so you are not up at night.", MISSING, "profound-diuresis", "error"),
    ("metronidazole", _METRONIDAZOLE + "In studies with mice and rats, it was given in the food.", MISSING, "carcinogenicity", "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "lorazepam",
        _LORAZEPAM + "Taking lorazepam with opioids (codeine, oxycodone, hydrocodone, morphine, tramadol, or cough syrup with codeine) can"
        " slow or stop your breathing, and people have died.",
        INTERACTION,
        "opioids",
    ),
    ("lorazepam", _LORAZEPAM + "Lorazepam and oxycodone together can slow or stop your breathing.", INTERACTION, "opioids"),
    ("lorazepam", _LORAZEPAM + "Mixed with opioid painkillers, it can kill.", INTERACTION, "opioids"),
    ("lorazepam", _LORAZEPAM + "Taking it with codeine: people have died.", INTERACTION, "opioids"),
    (
        "furosemide",
        _FUROSEMIDE + "Taken in too big an amount, it can flush out so much water and salt that your body runs dry.",
        MISSING,
        "profound-diuresis",
    ),
    ("furosemide", _FUROSEMIDE + "Too large a dose can wash the water and salts right out of you.", MISSING, "profound-diuresis"),
    ("furosemide", _FUROSEMIDE + "If you take too high a dose, it may drain your body of fluid.", MISSING, "profound-diuresis"),
    ("metronidazole", _METRONIDAZOLE + "In studies with mice and rats, metronidazole gave cancer.", MISSING, "carcinogenicity"),
    ("metronidazole", _METRONIDAZOLE + "In tests on rats, the drug gave them cancer.", MISSING, "carcinogenicity"),
    ("metronidazole", _METRONIDAZOLE + "Lab animals on high doses for months got tumours.", MISSING, "carcinogenicity"),
]
