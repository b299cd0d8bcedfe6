"""Nerves said to be calmed, settled or steadied by the medicine itself, with no use verb ("The tablets calm his nerves too",
"It steadies Dad's nerves as well"), as a class: an outcome of anxiety told of a medicine not approved for it, a warning for
a pharmacist (the older lay wordings needed a use verb: "takes it to calm his nerves"). From the thirty-sixth stop's
left-overs (holdout210 fz01 tells the same second purpose as a doctor's hope, "might settle Mum's nerves", which stays
hedged). Silent: hedged ("some people find", "if", "might") and a medicine approved for anxiety. Left: an opening "Honestly," or
"Frankly," drops the use."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("propranolol", "He takes propranolol for his blood pressure. The tablets calm his nerves too.", OFF_LABEL, "warning"),
    ("propranolol", "Dad takes propranolol for his heart. It steadies Dad's nerves as well, he says.", OFF_LABEL, "warning"),
    (
        "gabapentin",
        "Mum takes gabapentin for the nerve pain after shingles.\n\nShe has always been a worrier. The capsules settle her nerves in"
        " general.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("propranolol", "He takes propranolol for his blood pressure. Some people find the tablets settle their nerves.", OFF_LABEL),
    ("propranolol", "He takes propranolol for his blood pressure. If the tablets calm your nerves, tell your doctor.", OFF_LABEL),
    ("buspirone", "Buspirone is used for anxiety. The tablets calm your nerves over a few weeks.", OFF_LABEL),
    # the nerves of nerve pain (holdout159 ea01)
    (
        "pregabalin",
        "No. It won't do much for a sprained ankle or a tension headache. It calms nerves that are firing when they shouldn't.",
        OFF_LABEL,
    ),
    ("pregabalin", "For the burning feet of diabetes, it calms your nerves that are misfiring.", OFF_LABEL),
]
