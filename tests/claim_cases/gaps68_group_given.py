"""Off-label uses told by the group that gets the drug (holdout65 ak03, holdout67 am11, and the class around them).

- A group with the condition given the drug as a habit, in the passive: "Women with PCOS are often prescribed
  metformin", "are commonly offered", "are given", or where they end up: "often end up on metformin". Not a dose
  or a care for the group ("are given a lower dose", "given it with caution") nor another treatment ("may be
  offered talking therapy; prazosin is for blood pressure").
- The drug named as the one such a group takes: "It is also the tablet many of you in the early weeks of
  pregnancy end up with, when you can't keep down even a dry cracker", "the pill so many women with morning
  sickness swear by" (not the one they must avoid).
- A named condition after a pointing word: "can take the edge off those pins and needles" (a bare symptom
  there, "that pain", still points back at the trouble told before).
- Nerve damage is neuropathy: "People with nerve damage after chemotherapy are often prescribed duloxetine"
  (diabetic nerve damage is its approved use; a warning of nerve damage is no use).
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_METFORMIN = "Metformin treats type 2 diabetes. "
_DULOXETINE = "Duloxetine is approved for depression and diabetic nerve pain. "
_ONDANSETRON = "Ondansetron prevents sickness after chemotherapy. "

#: (drug, body, rule, severity): a finding the writer must see (inferred from a group, so a warning to review).
SHOULD = [
    ("metformin", _METFORMIN + "Women with PCOS are often prescribed metformin.", OFF_LABEL, "warning"),
    ("metformin", _METFORMIN + "Women with PCOS are commonly offered metformin by their GP.", OFF_LABEL, "warning"),
    ("metformin", _METFORMIN + "Plenty of women with PCOS end up on metformin sooner or later.", OFF_LABEL, "warning"),
    ("metformin", _METFORMIN + "Metformin is the tablet many women with PCOS end up taking.", OFF_LABEL, "warning"),
    ("duloxetine", _DULOXETINE + "People with nerve damage after chemotherapy are often prescribed duloxetine.", OFF_LABEL, "warning"),
    (
        "duloxetine",
        _DULOXETINE + "If your fingers and toes have been burning, tingling or going numb since your chemo, duloxetine 30 mg a day"
        " can take the edge off those pins and needles so you can button a shirt again.",
        OFF_LABEL,
        "warning",
    ),
    ("duloxetine", _DULOXETINE + "Duloxetine can ease those pins and needles after chemo.", OFF_LABEL, "warning"),
    (
        "ondansetron",
        _ONDANSETRON + "It is also the tablet many of you in the early weeks of pregnancy end up with, when you can't keep down"
        " even a dry cracker before lunch.",
        OFF_LABEL,
        "warning",
    ),
    ("ondansetron", _ONDANSETRON + "Zofran is the pill so many women with morning sickness swear by.", OFF_LABEL, "warning"),
    ("ondansetron", _ONDANSETRON + "Women with morning sickness are often given a few Zofran by the GP.", OFF_LABEL, "warning"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("metformin", _METFORMIN + "People with kidney disease are given a lower dose of metformin.", OFF_LABEL),
    ("metformin", _METFORMIN + "People with kidney disease are given metformin with caution, if at all.", OFF_LABEL),
    ("metformin", _METFORMIN + "Women with PCOS are often put on the pill.", OFF_LABEL),
    ("metformin", _METFORMIN + "Many people with type 2 diabetes end up on metformin.", OFF_LABEL),
    (
        "prazosin",
        "Prazosin treats high blood pressure. Veterans with PTSD may be offered talking therapy; prazosin is for blood pressure.",
        OFF_LABEL,
    ),
    ("ondansetron", _ONDANSETRON + "Zofran is the pill women with morning sickness should avoid.", OFF_LABEL),
    ("duloxetine", _DULOXETINE + "People with nerve damage from diabetes are often prescribed duloxetine.", OFF_LABEL),
    (
        "ciprofloxacin",
        "Ciprofloxacin treats urinary tract infections. It can cause nerve damage in the hands and feet, which may be permanent.",
        OFF_LABEL,
    ),
    ("ciprofloxacin", "Ciprofloxacin treats urinary tract infections. People with nerve damage should not take ciprofloxacin.", OFF_LABEL),
]
