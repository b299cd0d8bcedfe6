"""Cold hands, fingers, toes or feet are not a cold (the illness), as a class (eval/holdout107 ca13): a heading
"Amlodipine For Cold Fingers" over a Raynaud's story is a use for Raynaud's phenomenon (a warning: told in lay words),
not for cough and cold. Near misses: a cold (the illness) denied as a use, cold and flu remedies taken alongside, cold
sores on a drug approved for them, cold hands told as a side effect."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_AMLODIPINE = "Amlodipine treats high blood pressure.\n\n"

#: (drug, body, rule, severity): a use the writer must see.
SHOULD = [
    # the draft's own wording: the heading and the story under it are Raynaud's, both warnings
    (
        "amlodipine",
        _AMLODIPINE + "## Amlodipine For Cold Fingers\n\nMy aunt's fingers used to go white, then blue and numb every time she"
        " took something out of the freezer. Her doctor put her on 5 mg of amlodipine every winter.",
        OFF_LABEL,
        "warning",
    ),
    ("amlodipine", _AMLODIPINE + "Some doctors give amlodipine for cold hands and feet in winter.", OFF_LABEL, "warning"),
    ("amlodipine", _AMLODIPINE + "## Amlodipine for icy cold toes\n\nIt lowers blood pressure.", OFF_LABEL, "warning"),
    ("amlodipine", _AMLODIPINE + "Amlodipine helps with painful cold fingertips in the winter months.", OFF_LABEL, "warning"),
    # a cold, the illness, is still a cold
    ("amlodipine", _AMLODIPINE + "Some people take amlodipine for a cold.", OFF_LABEL, "error"),
]

#: (drug, body, rule): no such finding.
SHOULD_NOT = [
    ("amlodipine", _AMLODIPINE + "Do not take amlodipine for a cold.", OFF_LABEL),
    ("amlodipine", _AMLODIPINE + "Amlodipine can be taken with cold and flu remedies, but ask your pharmacist.", OFF_LABEL),
    ("valacyclovir", "Valacyclovir treats cold sores.\n\nValacyclovir is taken for cold sores.", OFF_LABEL),
    ("propranolol", "Propranolol treats high blood pressure.\n\nPropranolol can give you cold hands and feet.", OFF_LABEL),
    ("amlodipine", _AMLODIPINE + "Take amlodipine with a glass of cold water.", OFF_LABEL),
]
