"""An approved use's own symptoms named after it in its sentence, from eval/holdout121 (co07), as a class.

"At five times that strength, as Proscar, it is approved to shrink an enlarged prostate in older men, easing the weak
stream and the night-time trips to the toilet": the weak stream, the dribbling, the night-time trips to the toilet or
getting up at night to pee, told after the enlarged prostate (symptomatic BPH: finasteride 5 mg, tamsulosin, tadalafil),
are that approved use, not an off-label use for urinary symptoms. Not a bladder trouble alone ("for an overactive
bladder", "for a weak stream"), not one set apart from the prostate by "but" (given to women), not the prevention of
cancer (not approved).
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("finasteride", "Some doctors also prescribe finasteride for an overactive bladder.", OFF_LABEL, "error"),
    ("finasteride", "My doctor put me on finasteride for a weak stream.", OFF_LABEL, "error"),
    (
        "finasteride",
        "Finasteride is approved for an enlarged prostate, but some doctors give it to women for a weak stream.",
        OFF_LABEL,
        "error",
    ),
    ("tamsulosin", "Tamsulosin is sometimes given to women to ease urinary incontinence.", OFF_LABEL, "error"),
    ("finasteride", "Some men take finasteride to prevent cancer.", OFF_LABEL, "error"),
]

#: (drug, body, rule): a near miss that must stay silent.
SHOULD_NOT = [
    # the draft's own wording (co07)
    (
        "finasteride",
        "Sold as Propecia at 1 mg, finasteride is approved for male pattern hair loss at the crown and the middle of the front"
        " of the scalp. At five times that strength, as Proscar, it is approved to shrink an enlarged prostate in older men,"
        " easing the weak stream and the night-time trips to the toilet, and lowering the chance of needing an operation or"
        " being unable to pass urine at all.",
        OFF_LABEL,
    ),
    # new wordings, other BPH drugs
    (
        "tamsulosin",
        "Tamsulosin is prescribed for an enlarged prostate in men over 50, to relieve a weak stream and the night-time trips to the loo.",
        OFF_LABEL,
    ),
    (
        "tadalafil",
        "Cialis is approved for BPH in men, where it helps with a slow stream and getting up at night to pee.",
        OFF_LABEL,
    ),
    (
        "finasteride",
        "Proscar is for an enlarged prostate in older men, to treat a weak stream and the nightly trips to the bathroom.",
        OFF_LABEL,
    ),
]
