"""Misstatements about what a drug is or what it kills, from the holdout56-58 scoring, each told in other words.

A blood-pressure medicine put in another class named by its lay short form: "one of those calcium blockers",
"basically a calcium blocker", "a calcium antagonist", "an ACE blocker", "one of the water tablets" (the
wrong-class `about` of every blood-pressure drug carrying it). Near misses: a denial ("isn't a calcium
blocker"), the class set against the right one ("a beta blocker, not a calcium blocker like amlodipine"), the
belief refuted by the next sentence, a drug taken alongside water tablets, amlodipine (which is one).

An antibacterial said to kill bacteria and a virus alike, the two named side by side after the drug's own verb:
"kills the germs behind infections, whether bacteria or a virus", "wipes out bacteria and viruses alike",
"works against viral infections as well as bacterial ones". Near misses: "bacteria, not viruses", a doctor
checking whether the cause is bacteria or a virus, "only when the cause is bacteria and not a virus", a
virus that "needs rest" told after the bacteria, bacteria and parasites.

An antifungal or antibacterial for vaginal infections said to clear the other germ's infection too, the two
asked as a doubt first and the same tablet then said to clear both or either after a word of reassurance
("Can't tell if it's thrush or that watery grey discharge? Relax, the same one tablet clears either"). Near
misses: the same tablet said not to clear it, the clinician working out which one it is, "does not treat
both", the signs told as another infection needing another medicine.

Each case asserts what an editor sees: the finding (item, severity) or its absence."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
CLASS = "wrong-class"
VIRUS = "antibiotics-for-viruses"
CIPRO_VIRUS = "not-for-viral-infections"
FLU_GERM = "treats-bacterial-infections"
METRO_GERM = "treats-yeast-infections"

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    ("metoprolol", "My pharmacist says metoprolol is basically a calcium blocker.", MISSTATEMENT, CLASS, "warning"),
    ("atenolol", "Atenolol is one of the water tablets, so take it in the morning.", MISSTATEMENT, CLASS, "warning"),
    ("losartan", "Losartan is really just an ACE blocker with a different name.", MISSTATEMENT, CLASS, "warning"),
    ("lisinopril", "Lisinopril is a calcium antagonist that relaxes the arteries.", MISSTATEMENT, CLASS, "warning"),
    (
        "propranolol",
        '"Yours is one of those calcium-channel blockers too," my aunt said. "Propranolol is one of those calcium blockers."',
        MISSTATEMENT,
        CLASS,
        "warning",
    ),
    (
        "amoxicillin",
        "Amoxicillin wipes out bacteria and viruses alike, so it is handy to keep in the cupboard.",
        MISSTATEMENT,
        VIRUS,
        "warning",
    ),
    ("doxycycline", "Doxy works against viral infections as well as bacterial ones.", MISSTATEMENT, VIRUS, "warning"),
    (
        "ciprofloxacin",
        "It kills the bugs behind most infections, be they bacteria or viruses.",
        MISSTATEMENT,
        CIPRO_VIRUS,
        "error",
    ),
    (
        "fluconazole",
        "Can't tell if it's thrush or that watery grey discharge? Relax, the same one tablet clears either.",
        MISSTATEMENT,
        FLU_GERM,
        "warning",
    ),
    (
        "fluconazole",
        "Worried it might be BV rather than thrush? No worries: the same pill sorts both.",
        MISSTATEMENT,
        FLU_GERM,
        "warning",
    ),
    (
        "metronidazole",
        "Can't tell whether it's BV or a thick white cottage-cheese discharge? Good news: the same tablet clears both.",
        MISSTATEMENT,
        METRO_GERM,
        "warning",
    ),
]

#: (drug in front matter, draft body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    ("propranolol", "Propranolol isn't a calcium blocker; it is a beta blocker.", MISSTATEMENT, CLASS),
    ("carvedilol", "Carvedilol is a beta blocker, not a calcium blocker like amlodipine.", MISSTATEMENT, CLASS),
    (
        "carvedilol",
        "Some readers think carvedilol is one of the calcium blockers. It is not: it is a beta blocker.",
        MISSTATEMENT,
        CLASS,
    ),
    ("carvedilol", "Carvedilol is often taken alongside water tablets.", MISSTATEMENT, CLASS),
    ("amlodipine", "Amlodipine is a calcium blocker that relaxes the arteries.", MISSTATEMENT, CLASS),
    ("ciprofloxacin", "Ciprofloxacin kills bacteria, not viruses such as the flu.", MISSTATEMENT, CIPRO_VIRUS),
    (
        "ciprofloxacin",
        "Before prescribing ciprofloxacin, your doctor will check whether the cause is bacteria or a virus.",
        MISSTATEMENT,
        CIPRO_VIRUS,
    ),
    (
        "ciprofloxacin",
        "It treats infections caused by bacteria, and a virus such as the flu needs rest and fluids.",
        MISSTATEMENT,
        CIPRO_VIRUS,
    ),
    ("amoxicillin", "Amoxicillin treats infections only when the cause is bacteria and not a virus.", MISSTATEMENT, VIRUS),
    (
        "doxycycline",
        "Doxycycline treats some infections caused by bacteria and parasites, such as malaria.",
        MISSTATEMENT,
        VIRUS,
    ),
    ("azithromycin", "Azithromycin can't tell a virus from bacteria, and it only kills bacteria.", MISSTATEMENT, VIRUS),
    (
        "fluconazole",
        "Not sure whether it's yeast or that fishy-smelling, thin grey discharge? If it's the grey discharge, the same tablet"
        " won't clear it: see your GP.",
        MISSTATEMENT,
        FLU_GERM,
    ),
    (
        "fluconazole",
        "Not sure whether it's thrush or a fishy-smelling discharge? Don't worry: our clinician will work out which one you have.",
        MISSTATEMENT,
        FLU_GERM,
    ),
    (
        "fluconazole",
        "Not sure whether it's yeast or bacterial vaginosis? Don't worry: the same tablet does not treat both, so we'll ask"
        " a few questions first.",
        MISSTATEMENT,
        FLU_GERM,
    ),
    (
        "metronidazole",
        "Not sure if it's BV or thrush? Don't worry, the same course doesn't treat both, so we check first.",
        MISSTATEMENT,
        METRO_GERM,
    ),
]
