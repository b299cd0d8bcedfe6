"""Kidney stones kept from coming back, told as more stones made or formed, from eval/holdout158 (dz09, hydrochlorothiazide),
as a class.

Class: the purpose of a thiazide told as stopping the person making or forming more stones, or keeping new ones from forming
("to stop him from making any more of those stones", "to keep new stones from forming", "to stop me making more calcium
stones", "to stop him forming new stones"): prevention of calcium stones, which is not on hydrochlorothiazide's label
(hypertension, edema); told in lay words, a warning. Silent: the use disclosed, stones picked up for a rockery, the
prevention denied, and water drunk to keep stones from forming, with the drug for blood pressure.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (dz09)
    (
        "hydrochlorothiazide",
        "Follow-up with the urologist today. You'll remember the night in April: Dad doubled over on the bathroom floor with a"
        " pain in his side that came in waves, and the ER scan showing a stone on its way down. The scan also showed two more"
        " small ones waiting their turn. Dr. Ames went through his urine test and said Dad's body leaks too much calcium into his"
        " urine. So she's adding hydrochlorothiazide, a water pill, to stop him from making any more of those stones. One 25 mg"
        " tablet every morning.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings
    (
        "hydrochlorothiazide",
        "After her third trip to the ER, her urologist put her on hydrochlorothiazide to keep new stones from forming.",
        OFF_LABEL,
        "warning",
    ),
    (
        "hydrochlorothiazide",
        "My nephrologist put me on HCTZ to stop me making more calcium stones, so I take 25 mg every morning.",
        OFF_LABEL,
        "warning",
    ),
    (
        "hydrochlorothiazide",
        "he's on hctz now to stop him forming new stones, fingers crossed",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # disclosed
    (
        "hydrochlorothiazide",
        "The urologist added hydrochlorothiazide, which is not approved for this, off-label, to stop him from making any more of"
        " those stones.",
        OFF_LABEL,
    ),
    # stones that are not kidney stones
    (
        "hydrochlorothiazide",
        "Dad spends his weekends picking up more stones for the rockery. Hydrochlorothiazide keeps his blood pressure down.",
        OFF_LABEL,
    ),
    # denied
    (
        "hydrochlorothiazide",
        "Hydrochlorothiazide will not stop him from making any more stones, the urologist said; it is for his blood pressure.",
        OFF_LABEL,
    ),
    # something else keeps them from forming
    (
        "hydrochlorothiazide",
        "Drinking more water helps stop new stones from forming. Hydrochlorothiazide is for his blood pressure.",
        OFF_LABEL,
    ),
]
