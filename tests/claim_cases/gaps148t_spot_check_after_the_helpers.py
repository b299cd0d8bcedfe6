"""Classes my own spot check found still missed after the forty-seventh stop's helpers (none of the helpers saw these sentences):

- a drug called by a wrong class's name as someone's own word for it, left standing ("Grandpa calls lisinopril his water
  pill, and he's right"), silent when corrected in its sentence;
- the children told first in a "when" clause, then a tablet of aspirin hidden in their food ("When the grandkids run a
  temperature I crush half an aspirin into their yoghurt");
- the clinic said to stop checking once the patient is settled ("Once your INR has been steady for a year, the clinic stops
  checking it"), silent after the drug is stopped or when the checks are only fewer;
- a count of tablets someone is put on or is on, every morning ("the doctor has him on two each morning" of 100 mg tablets);
- clonazepam's panic told as someone's own ("For my panic I'm on the 2 mg tablets: one on waking, one at lunch and one at
  bedtime": the panic disorder maximum, 4 mg a day);
- and, from the probe of the older sets, silent again: a use disclosed after a question that names nothing ("... got clonidine
  for menopause hot flashes. Same thing?" then "Same molecule, but that's an off-label use": holdout127 cu05), which the
  helpers' narrowing of such disclosures to a purpose told just before them (holdout306 jr10) had reported.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
OFF_LABEL = "off-label.undisclosed"
ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("lisinopril", "Grandpa calls lisinopril his water pill, and he's right: it flushes the salt out.", MISSTATEMENT, "warning"),
    ("amlodipine", "Mum refers to her amlodipine as the beta-blocker.", MISSTATEMENT, "warning"),
    ("carvedilol", "Everyone at the club knows Coreg as a calcium blocker.", MISSTATEMENT, "warning"),
    ("aspirin", "When the grandkids run a temperature I crush half an aspirin into their yoghurt.", MISSTATEMENT, "error"),
    ("aspirin", "If the little ones are poorly, Gran stirs a baby aspirin into their juice.", MISSTATEMENT, "error"),
    ("warfarin", "Once your INR has been steady for a year, the clinic stops checking it.", MISSTATEMENT, "error"),
    ("lithium", "After the first six months the GP stops testing your level.", MISSTATEMENT, "error"),
    (
        "losartan",
        "His losartan tablets are the 100 mg ones, and the doctor has him on two each morning.",
        ABOVE_MAX,
        "error",
    ),
    (
        "clonazepam",
        "For my panic I'm on the 2 mg tablets: one on waking, one at lunch and one at bedtime.",
        ABOVE_MAX,
        "warning",
    ),
]

#: (drug, body, rule): must stay silent.
SHOULD_NOT = [
    ("lisinopril", "Grandpa calls lisinopril his water pill, but it isn't one.", MISSTATEMENT),
    ("lisinopril", "Grandpa doesn't call lisinopril a water pill.", MISSTATEMENT),
    ("lisinopril", "People call hydrochlorothiazide a water pill; lisinopril works differently.", MISSTATEMENT),
    (
        "aspirin",
        "When the grandkids run a temperature I never crush an aspirin into their yoghurt; I use children's paracetamol.",
        MISSTATEMENT,
    ),
    ("warfarin", "Once you come off warfarin, the clinic stops checking it.", MISSTATEMENT),
    ("warfarin", "Once your INR has been steady for a year, the clinic stops checking it so often.", MISSTATEMENT),
    ("losartan", "His losartan tablets are the 50 mg ones, and the doctor has him on two each morning.", ABOVE_MAX),
    ("losartan", "His losartan tablets are the 100 mg ones, and he's on one each morning.", ABOVE_MAX),
    ("clonazepam", "For my panic I'm on the 1 mg tablets: one on waking, one at lunch and one at bedtime.", ABOVE_MAX),
    ("clonazepam", "For my seizures I'm on the 2 mg tablets: one on waking, one at lunch and one at bedtime.", ABOVE_MAX),
    (
        "clonidine",
        "My sister-in-law got clonidine for menopause hot flashes. Same thing?\n\n"
        "Same molecule, but that's an off-label use, not one it's approved for.",
        OFF_LABEL,
    ),
]
