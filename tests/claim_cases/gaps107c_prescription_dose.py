"""A dose told as the prescription dose held to the prescription label, not the OTC product named earlier (eval/holdout107
ca08, a false error), as a class.

- With no drug named in its sentence, a dose told as the prescription one ("Prescription doses are higher. For arthritis, a
  typical plan is 250 mg to 500 mg twice a day", "On prescription, the usual plan is 500 mg twice a day", "your doctor may
  prescribe 40 mg at bedtime") is the drug's (its entries without a product), not that of Aleve or Pepcid AC named in the
  paragraph before.
- Still held to the OTC label: an OTC dose ("Take three Aleve every 8 hours"), a dose told with no prescription ("Without a
  prescription, some people take 500 mg at once"); and a prescription dose above the prescription maximum still fires.
"""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

_NAPROXEN = (
    "Naproxen, the medicine in Aleve and in prescription Naprosyn, is an NSAID. The Aleve label allows one 220 mg tablet every 8 "
    "to 12 hours, and no more than three in 24 hours.\n\n"
)
_FAMOTIDINE = "Famotidine is sold as Pepcid AC for heartburn. Pepcid AC Maximum Strength is one 20 mg tablet, up to twice a day.\n\n"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("naproxen", _NAPROXEN + "Take three Aleve every 8 hours.", ABOVE_MAX, "error"),
    ("naproxen", _NAPROXEN + "Without a prescription, some people take 500 mg at once.", ABOVE_MAX, "error"),
    ("naproxen", _NAPROXEN + "You can buy it without a prescription. Some people take 660 mg at once.", ABOVE_MAX, "error"),
    ("naproxen", _NAPROXEN + "Prescription doses are higher. For arthritis, a typical plan is 1,000 mg twice a day.", ABOVE_MAX, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "naproxen",
        _NAPROXEN + "Prescription doses are higher. For arthritis, a typical plan is 250 mg to 500 mg twice a day, up to 1,500 mg "
        "a day for limited periods, under a doctor's eye.",
        ABOVE_MAX,
    ),
    ("naproxen", _NAPROXEN + "On prescription, the usual plan is 500 mg twice a day.", ABOVE_MAX),
    ("naproxen", _NAPROXEN + "For arthritis your doctor may prescribe 500 mg twice a day.", ABOVE_MAX),
    ("famotidine", _FAMOTIDINE + "For an ulcer, your doctor may prescribe 40 mg once a day at bedtime.", ABOVE_MAX),
]
