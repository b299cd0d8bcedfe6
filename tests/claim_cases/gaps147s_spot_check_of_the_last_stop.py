"""Five classes my own spot check after the forty-fifth stop still missed, and one false warning it noticed:

- a tension headache told by its signs, with the signs it lacks listed between commas ("a tight band squeezing round my head
  all afternoon, nothing throbbing, no sickness, so I took one of my sumatriptan");
- a sleep dose taken by splitting a tablet ("On the nights my brain won't shut off I break a 50 in half");
- aspirin for a child with an article and a state before the child ("For a teething baby with a temperature, crush a quarter
  of a baby aspirin");
- a PDE5 inhibitor working whatever the mood, told by "standing to attention";
- tablets called by a bare strength in one sentence and counted "three of them" in the next, needed by the writer
  (sumatriptan's 25, 50 and 100 mg tablets are now in its facts);
- silent: what another trouble does to the sleep ("If the itching keeps me awake, I take one 25 mg tablet" of hydroxyzine is
  the itch's use, approved), the absent signs ended by "no longer", a tablet broken for swallowing, aspirin for a baby's
  heart defect given by a cardiologist, a supply of tablets needed for a trip.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"
MISSTATEMENT = "accuracy.misstatement"
ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "sumatriptan",
        "It felt like a tight band squeezing round my head all afternoon, nothing throbbing, no sickness, so I took one of my sumatriptan.",
        OFF_LABEL,
        "warning",
    ),
    (
        "sumatriptan",
        "Mine come as a band of pressure across the forehead by four o'clock, no aura, no sick feeling, so I take one of my 50s.",
        OFF_LABEL,
        "warning",
    ),
    ("trazodone", "On the nights my brain won't shut off I break a 50 in half and I'm gone within the hour.", OFF_LABEL, "warning"),
    ("trazodone", "When I can't sleep, I snap one of my 50s in half.", OFF_LABEL, "warning"),
    ("aspirin", "For a teething baby with a temperature, crush a quarter of a baby aspirin into some milk.", MISSTATEMENT, "error"),
    ("aspirin", "For your poorly toddler with a fever, half a baby aspirin is plenty.", MISSTATEMENT, "error"),
    (
        "tadalafil",
        "Take one Cialis on Friday and you'll be standing to attention all weekend, whether you're in the mood or not.",
        MISSTATEMENT,
        "warning",
    ),
    (
        "sumatriptan",
        "My tablets are the 100s. Some days I need three of them before the attack finally lets go.",
        ABOVE_MAX,
        "error",
    ),
    ("sumatriptan", "He has the 100 mg ones, and on a bad day he needs three of them.", ABOVE_MAX, "error"),
]

#: (drug, body, rule): must stay silent.
SHOULD_NOT = [
    ("hydroxyzine", "If the itching keeps me awake, I take one 25 mg tablet.", OFF_LABEL),
    ("hydroxyzine", "When the hives keep her awake, she takes one 25 mg tablet at bedtime.", OFF_LABEL),
    (
        "sumatriptan",
        "My migraine was easing by teatime, no longer throbbing, so I took one of my sumatriptan to finish it off.",
        OFF_LABEL,
    ),
    ("trazodone", "If the tablet is too big to swallow, I break it in half.", OFF_LABEL),
    ("aspirin", "For a baby with a heart defect, the cardiologist may give a quarter of a tablet.", MISSTATEMENT),
    (
        "tadalafil",
        "Cialis won't keep you standing to attention whether you're in the mood or not; you still need arousal.",
        MISSTATEMENT,
    ),
    ("sumatriptan", "You will need three of them for the trip, so ask for a repeat before you fly.", ABOVE_MAX),
    ("sumatriptan", "I take one of the 50s and, if it comes back, another two hours later.", ABOVE_MAX),
]
