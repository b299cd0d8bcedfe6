"""Prednisone's taper warning told in lay words, from eval/holdout240 (hd06, prednisone), as a class.

Class: the warning not to stop prednisone suddenly (adrenal insufficiency after prolonged use; the dose tapered: label
PRECAUTIONS: General; DOSAGE AND ADMINISTRATION) told as the step-down to finish and the body's own cortisol to restart: "finish
the whole step-down and don't quit partway through, because after a run of steroids your body needs time to start making its
own cortisol again". Still missing (reported): cortisol named only as what the medicine resembles ("a cousin of the cortisol
your own body makes"), a hospital's step-down unit, and a course to finish told with no step-down.
"""

from __future__ import annotations

WARNINGS = "safety-warnings.missing"
TAPER = "do-not-stop-suddenly"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    ("prednisone", "It's a corticosteroid, a cousin of the cortisol your own body makes.", WARNINGS, TAPER, "error"),
    ("prednisone", "After surgery he spent two nights in the step-down unit before going home on prednisone.", WARNINGS, TAPER, "error"),
    ("prednisone", "Finish the whole course, even when the rash looks better.", WARNINGS, TAPER, "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording
    (
        "prednisone",
        "The doctor was firm: finish the whole step-down and don't quit partway through, because after a run of steroids your"
        " body needs time to start making its own cortisol again.",
        WARNINGS,
        TAPER,
    ),
    # new wordings, other voices
    ("prednisone", "After a few weeks on it, your body stops making its own steroid, so the dose comes down in stages.", WARNINGS, TAPER),
    ("prednisone", "Stick to the step-down schedule on the box so your glands can start producing cortisol again.", WARNINGS, TAPER),
    ("prednisone", "Mum's adrenals needed time to get back to making enough cortisol after her long course.", WARNINGS, TAPER),
]
