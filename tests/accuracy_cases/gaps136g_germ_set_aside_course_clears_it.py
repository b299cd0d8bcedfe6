"""Any illness at all, the germ set aside between commas ("bacterial or viral"), then the antibacterial clearing it, from
eval/holdout207 (fw04, ciprofloxacin), as a class.

Class: an antibacterial's course said to see off whatever the reader has, the question of bacteria or a virus waved
aside in the middle of the sentence ("Whatever is making you ill over there, bacterial or viral, a couple of days of
cipro will usually see it off"). Antibacterials treat only bacterial infections (label 1 INDICATIONS AND USAGE):
ciprofloxacin's `not-for-viral-infections` (required: an error), the other antibacterials' `antibiotics-for-viruses`
(a warning). Near misses: the aside followed by only the bacterial kind, by a denial, by advice to ask first; the
question asked with "whether" and no aside; another drug.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
CIPRO = "not-for-viral-infections"
OTHERS = "antibiotics-for-viruses"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fw04)
    (
        "ciprofloxacin",
        "Good question, and our most common one. Whatever is making you ill over there, bacterial or viral, a couple of"
        " days of cipro will usually see it off, so start the course and see how you feel.",
        MISSTATEMENT,
        CIPRO,
        "error",
    ),
    # new wordings, other voices
    (
        "azithromycin",
        "Any bug you pick up on the trip, viral or bacterial, a Z-Pak knocks it out in three days.",
        MISSTATEMENT,
        OTHERS,
        "warning",
    ),
    (
        "amoxicillin",
        "honestly whatever the kids bring home from school - virus or bacteria - amoxicillin clears it up in a couple of days",
        MISSTATEMENT,
        OTHERS,
        "warning",
    ),
    (
        "doxycycline",
        "Whatever you come down with on the farm, viral or not, doxy will soon sort it out.",
        MISSTATEMENT,
        OTHERS,
        "warning",
    ),
    (
        "ciprofloxacin",
        "If you fall ill abroad, bacterial or viral, your Cipro will take care of it.",
        MISSTATEMENT,
        CIPRO,
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # only the bacterial kind responds
    (
        "ciprofloxacin",
        "Whatever is making you ill, bacterial or viral, only the bacterial kind responds to cipro.",
        MISSTATEMENT,
        CIPRO,
    ),
    # denied
    (
        "ciprofloxacin",
        "Whatever you pick up over there, bacterial or viral, cipro will not see off a virus.",
        MISSTATEMENT,
        CIPRO,
    ),
    # advice to ask first
    (
        "amoxicillin",
        "Whatever the illness, viral or bacterial, ask your doctor before amoxicillin is started.",
        MISSTATEMENT,
        OTHERS,
    ),
    # the question asked, no aside, and the drug treating only the bacterial kind
    (
        "ciprofloxacin",
        "Whether it is bacterial or viral, cipro treats only the bacterial kind, so see a doctor first.",
        MISSTATEMENT,
        CIPRO,
    ),
    # the aside, then the drug treating only the bacterial one
    (
        "doxycycline",
        "A fever on the trip, viral or bacterial, needs a doctor: doxycycline treats only bacteria.",
        MISSTATEMENT,
        OTHERS,
    ),
]
