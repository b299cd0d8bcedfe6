"""Classes from the blind set holdout32 that the maintainer fixed: a dose above the maximum
of the use it is given for, when the label doses its uses differently (pregabalin: diabetic
nerve pain stops at 300 mg a day, fibromyalgia at 450 mg, the seizure and shingles-pain uses
at 600 mg), with diabetic nerve pain told in lay words ("I'm diabetic, and my feet were
giving me hell at night"). A use read only from such lay words makes the finding a warning;
a use named plainly, an error. Doses within their own use's maximum, and a maximum stated
without any use, stay quiet. And a false error: "nothing else touches it" describing the
pain ("when pain gets bad enough that nothing else touches it"), not claiming the drug
beats the rest, is no comparative claim; said of the drug, it still is."""

from __future__ import annotations

DOSAGE = "dosage.above-max"
COMPARATIVE = "unsupported-claim.comparative"

#: (drug, body, rule, severity): what the writer must still see.
SHOULD = [
    ("pregabalin", "For diabetic nerve pain, pregabalin is taken as 200 mg three times a day.", DOSAGE, "error"),
    ("pregabalin", "For fibromyalgia, take pregabalin 300 mg twice a day.", DOSAGE, "error"),
    ("pregabalin", "For diabetic nerve pain, Lyrica CR is taken as 495 mg once a day after the evening meal.", DOSAGE, "error"),
    (
        "pregabalin",
        "I'm diabetic and my feet burn at night. My doctor has me on pregabalin 200 mg three times a day.",
        DOSAGE,
        "warning",
    ),
    (
        "pregabalin",
        "I'm diabetic, and my feet were giving me hell at night. The doctor started me on pregabalin. "
        "I've worked my way up to 200 milligrams three times a day now.",
        DOSAGE,
        "warning",
    ),
    ("oxycodone", "For a smashed shoulder, honestly, nothing else touches it.", COMPARATIVE, "error"),
    ("oxycodone", "Oxycodone is strong. Nothing else even comes close; nothing else touches it.", COMPARATIVE, "error"),
]

#: (drug, body, rule): nothing of ``rule`` may be reported.
SHOULD_NOT = [
    ("pregabalin", "For shingles pain that lingers, pregabalin can go up to 300 mg twice a day.", DOSAGE),
    ("pregabalin", "For diabetic nerve pain the usual maximum is 100 mg three times a day.", DOSAGE),
    ("pregabalin", "For seizures, pregabalin goes up to 600 mg a day in two or three doses.", DOSAGE),
    ("pregabalin", "Pregabalin is taken in doses up to 600 mg a day.", DOSAGE),
    ("pregabalin", "For fibromyalgia, most people settle on 150 mg twice a day; the most is 225 mg twice a day.", DOSAGE),
    (
        "oxycodone",
        "When pain gets bad enough that nothing else touches it, the prescription is often oxycodone.",
        COMPARATIVE,
    ),
    ("oxycodone", "It is kept for pain so severe that nothing touches it, such as after major surgery.", COMPARATIVE),
    ("oxycodone", "Your doctor may suggest oxycodone if nothing else touches it.", COMPARATIVE),
]
