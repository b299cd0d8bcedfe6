"""Metronidazole's boxed carcinogenicity warning told as the animal finding in lay words (holdout110 cd04).

"In tests, metronidazole gave cancer to mice and rats which took it for long time. It is not known for people": cancer
or tumours given to, found in, or grown by mice, rats or lab animals, or found by animal tests, is the boxed warning's
finding; so is keeping it for when it is really needed.

Still reported: the warning absent, cancer denied ("does not cause cancer", "did not cause cancer in mice or rats"),
cancer in people only, animals named without cancer."""

from __future__ import annotations

MISSING = "safety-warnings.missing"
CANCER = "carcinogenicity"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    ("metronidazole", "Metronidazole does not cause cancer. Take it with food.", MISSING, CANCER, "error"),
    (
        "metronidazole",
        "Some people worry about cancer, but metronidazole did not cause cancer in mice or rats.",
        MISSING,
        CANCER,
        "error",
    ),
    ("metronidazole", "Studies in people have found no link between metronidazole and cancer.", MISSING, CANCER, "error"),
    (
        "metronidazole",
        "Rats and mice were used to test many antibiotics. Metronidazole clears trichomoniasis in a week.",
        MISSING,
        CANCER,
        "error",
    ),
]

#: (drug, body, rule, item): no finding of that item.
SHOULD_NOT = [
    # the draft's own wording
    (
        "metronidazole",
        "In tests, metronidazole gave cancer to mice and rats which took it for long time. It is not known for people.",
        MISSING,
        CANCER,
    ),
    (
        "metronidazole",
        "In lab tests, rats and mice given metronidazole for a long time developed tumours; nobody knows if this happens in people.",
        MISSING,
        CANCER,
    ),
    (
        "metronidazole",
        "Metronidazole caused cancer in laboratory animals, so doctors keep it for the infections it treats.",
        MISSING,
        CANCER,
    ),
    (
        "metronidazole",
        "Animal studies found more tumors in rodents given high doses of metronidazole for most of their lives.",
        MISSING,
        CANCER,
    ),
    (
        "metronidazole",
        "Long experiments gave tumours to some rats on metronidazole. We don't know what that means for people.",
        MISSING,
        CANCER,
    ),
    ("metronidazole", "Your doctor gives metronidazole only when it is really needed.", MISSING, CANCER),
]
