"""Off-label classes from eval/holdout56-57: whose use it is.

False errors (a use that belongs to something else, or is the approved use itself):

- A lay noun for an illness in apposition with the named approved infection: "part of a combination
  treatment for the stomach bug H. pylori" (holdout56 ab07, read as amoxicillin for gastroenteritis),
  "a chest infection called pneumonia", "a tummy bug known as Helicobacter pylori". The named condition
  is the use. Not an apposition: a list or a second use ("for the stomach bug, H. pylori or a UTI",
  "for a stomach bug and for H. pylori") still reports the lay illness.
- The use belongs to another object of taking: "before you take anything for the pain" (holdout57 ac08,
  read as clonazepam for pain), "taking something for a headache", "if the dentist gives you something
  stronger for the pain", "any medicines you take for pain".
- A use attached to the other medicine named in an interaction: "Taking diazepam with opioid medicines,
  whether for pain ... or for a cough" (holdout57 ac12), "with opioids, whether they are prescribed for
  pain or for a cough", "with opioids, be it for pain after surgery"; each use of the series is the
  other medicine's.

Miss: a drug added or started because a condition persisted, with a long telling of the dose and the
time between the taking and "because" ("My psychiatrist added 10 mg of Adderall in the mornings last
winter because my low mood just would not lift on sertraline alone", holdout56 ab04). Still silent: the
approved use as the reason (named or told by its signs), a disclosure in the sentence.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "amphetamine-mixed-salts",
        "Adderall treats ADHD. Her doctor put her on 5 mg of Adderall every morning before work last spring because the "
        "depression still hadn't shifted on Lexapro.",
        OFF_LABEL,
        "error",
    ),
    (
        "amphetamine-mixed-salts",
        "Adderall treats ADHD. My GP started me on a small dose of Adderall two years ago because my depression was not budging.",
        OFF_LABEL,
        "error",
    ),
    (
        "methylphenidate",
        "Methylphenidate treats ADHD. The clinic prescribed 10 mg of methylphenidate each morning for a few months because her "
        "depression was so crushing.",
        OFF_LABEL,
        "error",
    ),
    # a list, not an apposition: the stomach bug is a use of its own
    ("amoxicillin", "Amoxicillin is an antibiotic. Doctors also prescribe it for a stomach bug, H. pylori or a UTI.", OFF_LABEL, "error"),
    ("amoxicillin", "Amoxicillin is an antibiotic. Doctors also prescribe it for a stomach bug and for H. pylori.", OFF_LABEL, "error"),
    # the drug itself taken for the pain, not something else
    ("clonazepam", "Clonazepam treats panic disorder. Some people take clonazepam for back pain.", OFF_LABEL, "error"),
    ("diazepam", "Diazepam treats anxiety. Diazepam is also given for back pain, together with other medicines.", OFF_LABEL, "error"),
]

#: (drug, body, rule): a near miss the writer must not be bothered with.
SHOULD_NOT = [
    (
        "amoxicillin",
        "Amoxicillin is an antibiotic. Doctors also prescribe it for the stomach bug H. pylori, which can cause ulcers.",
        OFF_LABEL,
    ),
    ("amoxicillin", "Amoxicillin is an antibiotic. It is used for the chest infection called pneumonia.", OFF_LABEL),
    (
        "amoxicillin",
        "Amoxicillin is an antibiotic. It also goes into a combination regimen for a tummy bug known as Helicobacter pylori.",
        OFF_LABEL,
    ),
    ("clonazepam", "Clonazepam treats panic disorder. Check with your pharmacist before taking something for a headache.", OFF_LABEL),
    (
        "clonazepam",
        "Clonazepam treats panic disorder. If the dentist gives you something stronger for the pain, mention clonazepam.",
        OFF_LABEL,
    ),
    ("clonazepam", "Clonazepam treats panic disorder. Tell your doctor about any medicines you take for pain or sleep.", OFF_LABEL),
    (
        "diazepam",
        "Diazepam treats anxiety. Combining diazepam with opioids, whether they are prescribed for pain or for a cough, can stop "
        "your breathing.",
        OFF_LABEL,
    ),
    ("diazepam", "Diazepam treats anxiety. Mixing it with opioids, be it for pain after surgery or a cough, is dangerous.", OFF_LABEL),
    ("diazepam", "Diazepam treats anxiety. Never mix diazepam with strong painkillers used for back pain.", OFF_LABEL),
    (
        "amphetamine-mixed-salts",
        "Adderall treats ADHD. My psychiatrist added 10 mg of Adderall in the mornings last winter because my ADHD was getting "
        "worse at work.",
        OFF_LABEL,
    ),
    (
        "amphetamine-mixed-salts",
        "Adderall treats ADHD. My psychiatrist added 10 mg of Adderall in the mornings last winter, an off-label use, because my "
        "low mood would not lift.",
        OFF_LABEL,
    ),
    (
        "amphetamine-mixed-salts",
        "Adderall treats ADHD. My psychiatrist added 10 mg of Adderall in the mornings last winter because I kept zoning out in meetings.",
        OFF_LABEL,
    ),
]
