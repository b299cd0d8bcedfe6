"""A symptom relieved, then placed in an approved use by the next sentence of its paragraph, as a class (eval/holdout104
bx01): "Meloxicam eases pain, swelling and stiffness in the joints. Your team gives it for wear-and-tear arthritis ...
(osteoarthritis) and for rheumatoid arthritis" is the arthritis's pain, not a use for pain. The symptom is bare or placed
in the joints. Near misses: a symptom with another cause ("pain after dental work"), a kind of its own ("back pain"), a
next sentence that denies the use, a next paragraph, and an approved use the symptom is not a symptom of."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a use the writer must see.
SHOULD = [
    ("meloxicam", "Meloxicam eases pain after dental work. It is approved for osteoarthritis.", OFF_LABEL, "error"),
    (
        "meloxicam",
        "Meloxicam is used to relieve back pain. It is approved for osteoarthritis and rheumatoid arthritis.",
        OFF_LABEL,
        "error",
    ),
    ("meloxicam", "Meloxicam relieves pain. It is not approved for gout.", OFF_LABEL, "error"),
    ("meloxicam", "Meloxicam eases pain.\n\nYour team gives it for osteoarthritis.", OFF_LABEL, "error"),
]

#: (drug, body, rule): no such finding.
SHOULD_NOT = [
    (
        "meloxicam",
        "Meloxicam eases pain, swelling and stiffness in the joints. Your team gives it for wear-and-tear arthritis of the"
        " knees, hips or hands (osteoarthritis) and for rheumatoid arthritis, where the body's defences attack the lining of"
        " the joints.",
        OFF_LABEL,
    ),
    ("meloxicam", "Meloxicam reduces pain and stiffness. Doctors prescribe it for osteoarthritis and rheumatoid arthritis.", OFF_LABEL),
    ("meloxicam", "This tablet soothes aching in the knees and hips. It is a treatment for osteoarthritis.", OFF_LABEL),
    (
        "celecoxib",
        "Celecoxib helps to ease pain and swelling in the joints. It is prescribed for rheumatoid arthritis and osteoarthritis.",
        OFF_LABEL,
    ),
]
