"""False error (holdout136 dd05): a paragraph opened as the prescription dose is held to the drug's prescription entries,
not to those of the over-the-counter product named in the paragraph before: "If you bought it off the shelf, read the box.
For Pepcid AC Maximum Strength it's one 20 mg tablet ... With a prescription, the dose depends on what you're treating. For
reflux a common plan is 20 mg twice a day for up to six weeks. For an active ulcer it's often 40 mg once a day at bedtime"
(40 mg is no error against the OTC 20 mg: the prescription was told two sentences before it).

Still caught: the same dose with no prescription told in its paragraph, a paragraph opened as the prescription dose that
then names the OTC product or turns to the shelf before the dose, the prescription told only after the dose, and a dose
above the prescription maximum."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

_OTC = (
    "If you bought it off the shelf, read the box. For Pepcid AC Maximum Strength it's one 20 mg tablet when heartburn "
    "strikes, or 15 to 60 minutes before the meal you know will set it off. You can take a second tablet in 24 hours, but two "
    "is the limit.\n\n"
)

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("famotidine", _OTC + "For an active ulcer it's often 40 mg once a day at bedtime.", ABOVE_MAX, "error"),
    (
        "famotidine",
        _OTC + "With a prescription, the dose depends on what you're treating. Off the shelf it's different. Many people take "
        "40 mg once a day at bedtime.",
        ABOVE_MAX,
        "error",
    ),
    (
        "famotidine",
        _OTC + "With a prescription, the dose depends on what you're treating. Pepcid AC is another matter. Some take 40 mg "
        "once a day at bedtime.",
        ABOVE_MAX,
        "error",
    ),
    (
        "famotidine",
        _OTC + "The dose depends on what you're treating. For an ulcer it's often 40 mg once a day at bedtime. Your doctor may "
        "prescribe more.",
        ABOVE_MAX,
        "error",
    ),
    (
        "famotidine",
        _OTC + "With a prescription, the dose depends on what you're treating. For an active ulcer it's often 80 mg once a day at bedtime.",
        ABOVE_MAX,
        "error",
    ),
]

#: (drug, body, rule): a near miss the writer must not be bothered with.
SHOULD_NOT = [
    # the draft's own wording
    (
        "famotidine",
        _OTC + "With a prescription, the dose depends on what you're treating. For reflux a common plan is 20 mg twice a day "
        "for up to six weeks. For an active ulcer it's often 40 mg once a day at bedtime for up to eight weeks.",
        ABOVE_MAX,
    ),
    # other voices: a doctor prescribing, "on prescription" in a list, prescription-strength dosing
    (
        "famotidine",
        _OTC + "Your doctor may prescribe it for an ulcer. Plans vary from person to person. Most people end up on 40 mg once "
        "a day at bedtime for eight weeks.",
        ABOVE_MAX,
    ),
    (
        "famotidine",
        _OTC + "On prescription the picture changes. Reflux: 20 mg twice daily for six weeks. Ulcers: 40 mg once daily at bedtime.",
        ABOVE_MAX,
    ),
    (
        "famotidine",
        _OTC + "Prescription-strength dosing is another matter. It depends on the problem. For a stomach ulcer, 40 mg once a "
        "day at bedtime is usual.",
        ABOVE_MAX,
    ),
]
