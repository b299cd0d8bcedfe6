"""Cetirizine told as keeping the person awake, alert or sharp, the non-drowsy claim said of the person rather than the head:
"Zyrtec keeps you wide awake and sharp for those 3 p.m. meetings, so take it whenever suits you" (eval/holdout171 em11;
cetirizine `non-drowsy`: the label warns that drowsiness may occur). Near misses: kept from sneezing, alert enough to
drive (a hedge), the claim denied, and another antihistamine's."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (em11)
    (
        "cetirizine",
        "Zyrtec keeps you wide awake and sharp for those 3 p.m. meetings, so take it whenever suits you.",
        MISSTATEMENT,
        "non-drowsy",
        "warning",
    ),
    # new wordings
    (
        "cetirizine",
        "Unlike the old allergy pills, cetirizine leaves you alert and ready for the school run.",
        MISSTATEMENT,
        "non-drowsy",
        "warning",
    ),
    (
        "cetirizine",
        "My pharmacist says it keeps your staff on the ball all afternoon, even in peak pollen season.",
        MISSTATEMENT,
        "non-drowsy",
        "warning",
    ),
    ("cetirizine", "Pop a Zyrtec before the exam, it will keep you awake and focused.", MISSTATEMENT, "non-drowsy", "warning"),
    (
        "cetirizine",
        "For long drives it's ideal: cetirizine always keeps me totally alert behind the wheel.",
        MISSTATEMENT,
        "non-drowsy",
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("cetirizine", "Zyrtec keeps you from sneezing through those 3 p.m. meetings.", MISSTATEMENT, "non-drowsy"),
    ("cetirizine", "Most people find cetirizine leaves them alert enough to work, but drowsiness may occur.", MISSTATEMENT, "non-drowsy"),
    ("cetirizine", "Zyrtec does not keep you wide awake: it can make you drowsy, so be careful driving.", MISSTATEMENT, "non-drowsy"),
    ("cetirizine", "Cetirizine can make you sleepy. Coffee keeps you alert, but it won't undo the drowsiness.", MISSTATEMENT, "non-drowsy"),
    ("cetirizine", "Cetirizine can make some people drowsy; fexofenadine keeps most people alert.", MISSTATEMENT, "non-drowsy"),
]
