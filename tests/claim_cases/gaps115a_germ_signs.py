"""An infection named by its germ or told by its signs, not its condition name, given a drug not approved for it
(eval/holdout110 cd04).

- C. difficile by its germ: "the bad germ Clostridioides", "C-diff".
- ... or by its signs: watery diarrhoea many times a day after antibiotics ("after a course of clindamycin, my mum had
  watery diarrhoea ten times a day"), "antibiotic-associated diarrhoea"; the giving may open the next sentence pointing
  back ("For this the doctor here gives metronidazole 500 mg").

Kept silent: diarrhoea as a side effect, the C. difficile warning ("If you get watery diarrhoea after antibiotics, call
your doctor"), the approved amoebic dysentery told with its bloody diarrhoea, "For this reason the doctor gives it only
when it is really needed", and a disclosed off-label use.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_METRONIDAZOLE = "Metronidazole treats trichomoniasis, amebiasis and anaerobic bacterial infections.\n\n"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording
    (
        "metronidazole",
        _METRONIDAZOLE + "When a person took other antibiotics before, sometimes the bowel is full of the\n"
        "bad germ Clostridioides and there is watery diarrhoea eight or ten times every\n"
        "day with stomach cramp. For this the doctor here gives metronidazole 500 mg\n"
        "three times each day for 10 days.",
        OFF_LABEL,
        "warning",
    ),
    # other germs, signs and voices
    (
        "metronidazole",
        _METRONIDAZOLE + "After a course of clindamycin, my mum had watery diarrhoea ten times a day, and the hospital put her on "
        "metronidazole.",
        OFF_LABEL,
        "warning",
    ),
    ("metronidazole", _METRONIDAZOLE + "We use metronidazole for antibiotic-associated diarrhoea.", OFF_LABEL, "warning"),
    ("metronidazole", _METRONIDAZOLE + "Her GP prescribed metronidazole for C-diff.", OFF_LABEL, "error"),
    ("metronidazole", _METRONIDAZOLE + "Metronidazole is given for Clostridioides infections of the gut.", OFF_LABEL, "error"),
    (
        "metronidazole",
        _METRONIDAZOLE + "He had frequent watery diarrhoea since the amoxicillin. For that, his doctor prescribed metronidazole.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): no finding of ``rule``.
SHOULD_NOT = [
    ("metronidazole", _METRONIDAZOLE + "Metronidazole can cause diarrhoea, nausea and a metallic taste.", OFF_LABEL),
    (
        "metronidazole",
        _METRONIDAZOLE + "If you get watery diarrhoea after antibiotics, call your doctor; it can be a sign of a bowel infection.",
        OFF_LABEL,
    ),
    ("metronidazole", _METRONIDAZOLE + "Metronidazole treats amoebic dysentery, which causes diarrhoea with blood.", OFF_LABEL),
    (
        "metronidazole",
        _METRONIDAZOLE + "In tests, metronidazole gave cancer to mice. For this reason the doctor gives it only when it is really needed.",
        OFF_LABEL,
    ),
    (
        "metronidazole",
        _METRONIDAZOLE + "Metronidazole is sometimes used off-label for C. diff, the germ behind watery diarrhoea after antibiotics.",
        OFF_LABEL,
    ),
    (
        "amoxicillin",
        "Amoxicillin treats ear infections and strep throat.\n\nIt can cause watery diarrhoea, even weeks after the course of "
        "antibiotics ends; for that, call your doctor.",
        OFF_LABEL,
    ),
]
