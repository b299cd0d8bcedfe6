"""An interaction declared harmless reported as the drug's misstatement that names it (clopidogrel's ppi-fine: "It's
fine to take omeprazole and Plavix together"), as a class: a misstatement's `interaction` takes every shared wording of
that interaction declared fine, safe or a good pairing (the nitrates of sildenafil and tadalafil, the alcohol of
metronidazole and varenicline), with its correct fact and tier; the interaction finding stays where the warning is absent.

Not negated, asked, left to the doctor, or another medicine of the class declared fine (pantoprazole with Plavix).
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
INTERACTION = "interactions.missing"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    ("clopidogrel", "It's fine to take omeprazole and Plavix together.", MISSTATEMENT, "ppi-fine", "warning"),
    # ... and the interaction itself, named but not warned of
    ("clopidogrel", "It's fine to take omeprazole and Plavix together.", INTERACTION, "cyp2c19-inhibitors-ppis", "warning"),
    ("clopidogrel", "You can take Nexium while you're on clopidogrel, it's fine.", MISSTATEMENT, "ppi-fine", "warning"),
    ("clopidogrel", "Esomeprazole and clopidogrel make a good pairing for people with a stent.", MISSTATEMENT, "ppi-fine", "warning"),
    ("sildenafil", "A nitroglycerin spray alongside your Viagra is perfectly fine.", MISSTATEMENT, "safe-with-nitrates", "error"),
    ("metronidazole", "A glass of wine with metronidazole is fine, honestly.", MISSTATEMENT, "fine-with-alcohol", "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("clopidogrel", "It is not fine to take omeprazole and Plavix together: ask about pantoprazole.", MISSTATEMENT, "ppi-fine"),
    ("clopidogrel", "Is it fine to take omeprazole and Plavix together?", MISSTATEMENT, "ppi-fine"),
    ("clopidogrel", "Pantoprazole is usually fine with Plavix, unlike omeprazole.", MISSTATEMENT, "ppi-fine"),
    ("clopidogrel", "Take omeprazole and Plavix together only if your doctor says it's fine.", MISSTATEMENT, "ppi-fine"),
    ("clopidogrel", "Famotidine and clopidogrel are fine together; omeprazole is not.", MISSTATEMENT, "ppi-fine"),
    ("sildenafil", "Nitroglycerin and Viagra are never safe together.", MISSTATEMENT, "safe-with-nitrates"),
]
