"""Required warnings and an interaction given in lay words, read as missing at the blind scoring of holdout192-198 (false
errors), as classes.

- A sign put as a question and answered at once by what to do, as leaflets do ("Stabbing pain high in your belly that won't
  quit, maybe going through to your back? Stop the shots and get seen that day.": holdout196 fl04, semaglutide
  pancreatitis): the question states the sign. Not a question with a question word ("Is ... a worry?") nor one answered by
  anything else ("Probably just wind.").
- Low blood pressure on standing told as the drug dropping or lowering it and the reader getting up slowly, or woozy
  (holdout195 fk02 tizanidine, holdout193 fi13 tamsulosin); on a blood pressure medicine "lowers your blood pressure" is its
  use, not the warning.
- The lost tolerance after naltrexone told as a smaller amount than the old one now stopping the breathing (holdout198 fn09).
- A level pushed up "to a poisonous level" is a warning of the interaction (holdout192 fh03, lisinopril and lithium).
"""

from __future__ import annotations

WARNING = "safety-warnings.missing"
INTERACTION = "interactions.missing"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # a question with a question word, or one answered by a shrug: no warning given
    (
        "semaglutide",
        "Is severe pain in your belly that goes through to your back a worry? Ask your doctor.",
        WARNING,
        "pancreatitis",
        "error",
    ),
    ("semaglutide", "Severe pain in your belly that goes through to your back? Probably just wind.", WARNING, "pancreatitis", "error"),
    # the blood pressure medicine's own use is not the warning
    ("amlodipine", "Amlodipine lowers your blood pressure by relaxing the blood vessels.", WARNING, "hypotension", "warning"),
    # a smaller dose that does nothing is not the overdose warning
    ("naltrexone", "A smaller dose than you used to take will not help you get high.", WARNING, "opioid-overdose", "error"),
    # lithium named with its level but no harm
    ("lisinopril", "Lithium, for bipolar disorder, is checked with a blood level.", INTERACTION, "lithium", "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # the drafts' own wordings (fl04, fk02, fi13, fn09, fh03)
    (
        "semaglutide",
        "- **Pancreas.** Stabbing pain high in your belly that won't quit, maybe going\n  through to your back, with or without"
        " vomiting? Stop the shots and get seen that\n  day.",
        WARNING,
        "pancreatitis",
    ),
    (
        "tizanidine",
        "He also went grey and woozy climbing out of the bath; the pharmacist said it can drop his blood pressure, so now he sits"
        " on the edge for a minute and gets up slowly.",
        WARNING,
        "hypotension",
    ),
    (
        "tamsulosin",
        "Tamsulosin can lower your blood pressure when you stand, especially in the first days. Now he stands up slowly.",
        WARNING,
        "orthostasis",
    ),
    (
        "naltrexone",
        "When a dose is missed, late or wears off, a smaller amount of an opioid than you used to take can now stop your breathing.",
        WARNING,
        "opioid-overdose",
    ),
    (
        "lisinopril",
        "Lithium, for bipolar disorder. Lisinopril can push lithium up to a poisonous level, so the doctor has to watch it closely.",
        INTERACTION,
        "lithium",
    ),
    # other voices
    ("semaglutide", "Belly pain that won't go away and spreads to your back? Call your doctor the same day.", WARNING, "pancreatitis"),
    ("tizanidine", "It can bring down your blood pressure, so take your time and rise up slowly from the sofa.", WARNING, "hypotension"),
    ("tamsulosin", "If you feel woozy when you get out of bed, sit on the edge first and stand up slowly.", WARNING, "orthostasis"),
    ("lisinopril", "Taken with lithium, lisinopril can lead to lithium poisoning.", INTERACTION, "lithium"),
]
