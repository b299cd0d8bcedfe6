"""False-error class from eval/holdout53-55 (off-label): a condition after seeking care is what to act on,
not a use of the drug.

- Symptoms to get help for, in a list under a lead-in ("Rare but serious, get help right away for:" over
  "- chest pain, dizziness or nausea during sex", holdout55 aa01, read as tadalafil for angina) or in a
  sentence: "seek emergency care for", "call your doctor for", "call 911 for", "go to the ER for", "phone
  your GP straight away for". The "for" of seeking urgent or medical help, or of calling a clinician,
  introduces a sign to act on.

Still caught: the drug taken, used or prescribed for the condition in the same sentence or list ("Doctors
prescribe it for:" over "- angina"), also when the article asks you to call the doctor elsewhere in the
sentence; a bare "get help for" (treatment sought) is not counted as seeking care."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "tadalafil",
        "Tadalafil treats erectile dysfunction. Doctors also prescribe it for:\n\n- angina\n- chest pain on exertion",
        OFF_LABEL,
        "error",
    ),
    ("tadalafil", "Some cardiologists use tadalafil for angina, so call your doctor if you have questions.", OFF_LABEL, "error"),
    ("sildenafil", "Call your doctor first, but some doctors prescribe sildenafil for Raynaud's phenomenon.", OFF_LABEL, "error"),
]

#: (drug, body, rule): a near miss the writer must not be bothered with.
SHOULD_NOT = [
    (
        "tadalafil",
        "Tadalafil treats erectile dysfunction.\n\nGet emergency help straight away for:\n\n"
        "- angina or chest pain during sex\n- sudden loss of sight",
        OFF_LABEL,
    ),
    (
        "tadalafil",
        "Tadalafil treats erectile dysfunction. While you take it, seek urgent medical care for chest pain during sex.",
        OFF_LABEL,
    ),
    ("sildenafil", "Sildenafil treats erectile dysfunction. Call 911 for angina that doesn't ease after a few minutes of rest.", OFF_LABEL),
    (
        "tadalafil",
        "Tadalafil treats erectile dysfunction.\n\nPhone your GP straight away for:\n\n- a migraine with blurred vision\n- chest pain",
        OFF_LABEL,
    ),
    (
        "sildenafil",
        "Sildenafil treats erectile dysfunction. If you take it, go to the ER for chest pain that spreads to your arm.",
        OFF_LABEL,
    ),
]
