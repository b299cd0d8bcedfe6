"""Ciprofloxacin's boxed peripheral neuropathy warning told with the nerves as the object of the damage, from
eval/holdout316 (kb05, a ski-touring forum's moderator note), as a class.

Class: the boxed warning (peripheral neuropathy, may be permanent: label BOXED WARNING; 5 WARNINGS AND PRECAUTIONS) told
as what the medicine does to the nerves: "It can damage the nerves in the arms and legs, sometimes permanently", "harm to
the nerves of your hands and feet", "the nerves in your feet can be damaged". Still missing (reported): nerves named with
no harm ("it works on the bacteria, not the nerves"), damage to the tendons alone.
"""

from __future__ import annotations

WARNINGS = "safety-warnings.missing"
NEUROPATHY = "peripheral-neuropathy"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    ("ciprofloxacin", "Cipro works on the bacteria, not on your nerves.", WARNINGS, NEUROPATHY, "error"),
    ("ciprofloxacin", "It can damage the tendons, most often the Achilles tendon.", WARNINGS, NEUROPATHY, "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording (kb05)
    (
        "ciprofloxacin",
        "- **Nerves.** It can damage the nerves in the arms and legs, sometimes permanently. Stop it and get help if you get"
        " pain, burning, tingling or numbness.",
        WARNINGS,
        NEUROPATHY,
    ),
    # new wordings, other voices
    ("ciprofloxacin", "Rarely, cipro causes lasting harm to the nerves of your hands and feet.", WARNINGS, NEUROPATHY),
    ("ciprofloxacin", "The leaflet says the nerves in your feet can be damaged, so tell the doctor.", WARNINGS, NEUROPATHY),
    ("ciprofloxacin", "My GP warned me it may injure nerves, sometimes for good.", WARNINGS, NEUROPATHY),
]
