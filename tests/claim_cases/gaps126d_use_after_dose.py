"""A use named past the dose's clause, in words pointing back at the dose, ties the dose to it (eval/holdout124 cr01, a miss).

"Mr. Pereira and Mr. Doyle now get three of the 25 mg tablets together on the morning round, all of it for their blood
pressure": 75 mg of hydrochlorothiazide, whose maximum for high blood pressure is 50 mg; its 100 mg edema ceiling does not
apply. The use was looked for only in the amount's own clause (up to the comma), so the swelling named in the item before
gave the dose the edema ceiling. As a class, words after the break that point back at the dose ("all of it for", "both
for", "that's purely for", "which is for", "it's only for") name its use.

Silent: the use so named is the one with the higher ceiling ("all of it for the swelling"), or the words past the comma
are another medicine's ("and furosemide for his blood pressure")."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

_BULLETIN = (
    "## What it's for\n\nMost of our residents take it for high blood pressure. A few take it because their ankles and legs "
    "puff up with fluid.\n\n## How it's given\n\n- The usual dose here is one 25 mg tablet.\n"
    "- For Mrs. Lindqvist's swelling the GP has her on two 25 mg tablets together each morning.\n"
)

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording
    (
        "hydrochlorothiazide",
        _BULLETIN + "- Mr. Pereira and Mr. Doyle now get three of the 25 mg tablets together on the morning round, all of it "
        "for their blood pressure.",
        ABOVE_MAX,
        "error",
    ),
    # new wordings: a carer's note, a patient's forum post, a relative's email, a translated leaflet
    (
        "hydrochlorothiazide",
        _BULLETIN + "- Dad takes three 25 mg tablets every morning, and that's purely for his blood pressure.",
        ABOVE_MAX,
        "error",
    ),
    ("hydrochlorothiazide", "My GP put me on 75 mg a day, all of it for hypertension.", ABOVE_MAX, "error"),
    ("hydrochlorothiazide", _BULLETIN + "- Nan gets 75 mg each morning; it's only for her blood pressure.", ABOVE_MAX, "error"),
    ("clonazepam", "It is also for epilepsy.\n\nShe takes 2 mg three times a day, all of it for the panic disorder.", ABOVE_MAX, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "hydrochlorothiazide",
        _BULLETIN + "- Mr. Doyle gets three of the 25 mg tablets together on the morning round, all of it for the swelling in his legs.",
        ABOVE_MAX,
    ),
    (
        "hydrochlorothiazide",
        _BULLETIN + "- Mr. Doyle gets three of the 25 mg tablets together on the morning round, and furosemide for his blood pressure.",
        ABOVE_MAX,
    ),
    ("hydrochlorothiazide", _BULLETIN + "- Mr. Doyle gets 50 mg each morning, all of it for his blood pressure.", ABOVE_MAX),
]
