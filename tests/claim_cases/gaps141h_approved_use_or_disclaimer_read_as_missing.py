"""False errors on an approved use read as off-label, and on a disclaimer not read as one, as a class.

Class: a use the label approves, or a line that is not a use at all, told in the draft's own words, and a disclaimer told
beside the course it goes with, read as an undisclosed off-label use or as no disclaimer. From eval/holdout247 (hk10),
holdout248 (hl02, hl12) and holdout250 (hn08).

- Aripiprazole's adjunctive depression told as "depression that hasn't fully lifted on an antidepressant, as an add-on to
  that antidepressant" (hl02): the add-on pointed back at the antidepressant by "that", "the", "his", "her", "my".
- Gabapentin's postherpetic neuralgia named by the label's own dosing for it: "For nerve pain the usual top is 1,800 mg a
  day" (hn08; NEURONTIN 2.1).
- An antibacterial credited with coughs, colds and flu (hk10: "you're covered for the coughs, colds and flu that go round the
  staffroom"): the antibiotics-for-viruses misstatement, not a named off-label use, so a warning at most.
- A first-aid handout's "It doesn't replace your first aid certification or advice from a doctor or pharmacist" (hl12): the
  training a course handout goes with is what it does not replace, as a staff leaflet's formulary.

Still reported: aripiprazole for depression on its own, gabapentin for bare "nerve pain" or at the seizure ceiling, a
non-antibacterial for a cold, "does not replace the antibiotic course".
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"
DISCLAIMER = "disclaimer.missing"
_ARIPIPRAZOLE = "Aripiprazole treats schizophrenia.\n\n"
_GABAPENTIN = "Gabapentin treats seizures.\n\n"
_FIRST_AID = "Chew one aspirin if the 911 dispatcher says so.\n\n"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "aripiprazole",
        _ARIPIPRAZOLE + "Some doctors give aripiprazole for depression on its own, instead of an antidepressant.",
        OFF_LABEL,
        "error",
    ),
    ("aripiprazole", _ARIPIPRAZOLE + "She takes aripiprazole for her depression.", OFF_LABEL, "error"),
    ("gabapentin", _GABAPENTIN + "For many people with stubborn nerve pain, gabapentin turns the volume down.", OFF_LABEL, "error"),
    (
        "gabapentin",
        _GABAPENTIN + "He takes gabapentin for the nerve pain in his feet; the usual top is 1,800 mg a day.",
        OFF_LABEL,
        "error",
    ),
    ("sertraline", "Sertraline treats depression. My doctor gave me sertraline for my cold.", OFF_LABEL, "error"),
    # the antibacterial's cold or flu: a warning, not a block
    (
        "doxycycline",
        "Since you'll already be taking doxycycline every day, you're covered for the coughs, colds and flu that go round the"
        " staffroom too, so there's no need to pack anything else for those.",
        OFF_LABEL,
        "warning",
    ),
    ("doxycycline", "My GP gave me doxycycline for my cold last winter.", OFF_LABEL, "warning"),
    (
        "amoxicillin",
        "Amoxicillin treats ear infections. The kids get amoxicillin for their colds and flu every winter.",
        OFF_LABEL,
        "warning",
    ),
    # no disclaimer: the course of a medicine is not training
    (
        "aspirin",
        _FIRST_AID + "Aspirin does not replace the antibiotic course your doctor gave you.",
        DISCLAIMER,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the drafts' own wordings
    (
        "aripiprazole",
        "Aripiprazole is prescribed for:\n\n- schizophrenia, including hearing voices or holding beliefs that other people don't"
        " share\n- depression that hasn't fully lifted on an antidepressant, as an add-on to that antidepressant\n- tics in"
        " Tourette's",
        OFF_LABEL,
    ),
    (
        "gabapentin",
        _GABAPENTIN + "**How high.** For nerve pain the usual top is 1,800 mg a day, split into three doses; higher doses didn't"
        " help more in the trials. For seizures the label goes up to 3,600 mg a day.",
        OFF_LABEL,
    ),
    (
        "aspirin",
        _FIRST_AID + "*This handout supports what you learned in class. It doesn't replace your first aid certification or advice"
        " from a doctor or pharmacist, and in an emergency the 911 dispatcher's instructions come first.*",
        DISCLAIMER,
    ),
    # new wordings in other voices
    (
        "aripiprazole",
        _ARIPIPRAZOLE + "In my case it was for depression that two years of sertraline never shifted, as an add-on to the"
        " antidepressant I was already on.",
        OFF_LABEL,
    ),
    (
        "aripiprazole",
        _ARIPIPRAZOLE + "Her depression had dragged on for a year, so it was started as an adjunct to her antidepressant.",
        OFF_LABEL,
    ),
    ("gabapentin", _GABAPENTIN + "For shingles nerve pain the label's maximum is 1,800 mg a day, in three doses.", OFF_LABEL),
    ("gabapentin", _GABAPENTIN + "Pharmacist's note: for nerve pain, the recommended maximum is 1,800 mg a day.", OFF_LABEL),
    (
        "aspirin",
        _FIRST_AID + "These notes go with Saturday's session. They are no substitute for hands-on CPR training or for advice from"
        " your own doctor.",
        DISCLAIMER,
    ),
    ("aspirin", _FIRST_AID + "This sheet does not replace your first-aid training or what your doctor tells you.", DISCLAIMER),
]
