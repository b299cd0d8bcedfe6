"""Nerve pain said with no cause is pregabalin's approved use, as a class (eval/holdout104 bx11): each pain use on its
label is nerve pain (diabetic, after shingles, after a spinal cord injury), so "For many people with stubborn nerve pain,
pregabalin turns the volume down", "Lyrica is prescribed for neuropathic pain" are on its label. Still reported: nerve
pain with a cause or place the label leaves out (chemotherapy, the lower back, down the leg), pain of another kind, and gabapentin's bare
nerve pain (approved only after shingles)."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_PREGABALIN = "Pregabalin treats fibromyalgia.\n\n"

#: (drug, body, rule, severity): a use the writer must see.
SHOULD = [
    ("pregabalin", _PREGABALIN + "Pregabalin is also prescribed for nerve pain in the lower back.", OFF_LABEL, "error"),
    ("pregabalin", _PREGABALIN + "Many oncologists use Lyrica for nerve pain from chemotherapy.", OFF_LABEL, "error"),
    ("pregabalin", _PREGABALIN + "Pregabalin is used for nerve pain down the leg after a slipped disc.", OFF_LABEL, "warning"),
    (
        "gabapentin",
        "Gabapentin treats seizures.\n\nFor many people with stubborn nerve pain, gabapentin turns the volume down.",
        OFF_LABEL,
        "error",
    ),
    ("pregabalin", _PREGABALIN + "Pregabalin is also used to ease back pain.", OFF_LABEL, "error"),
]

#: (drug, body, rule): no such finding.
SHOULD_NOT = [
    ("pregabalin", _PREGABALIN + "For many people with stubborn nerve pain, pregabalin turns the volume down.", OFF_LABEL),
    ("pregabalin", _PREGABALIN + "Lyrica is prescribed for neuropathic pain.", OFF_LABEL),
    ("pregabalin", _PREGABALIN + "My pharmacist says pregabalin is one of the go-to medicines for nerve pains in the feet.", OFF_LABEL),
    ("pregabalin", _PREGABALIN + "Pregabalin calms nerve-related pain and can help you sleep.", OFF_LABEL),
]
