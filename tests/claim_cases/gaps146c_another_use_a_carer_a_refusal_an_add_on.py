"""Uses wrongly read as the drug's undisclosed off-label use, from eval/holdout290 (jb02, jb08), eval/holdout293 (je04)
and eval/holdout294 (jf10), as classes (false errors there):

- A condition naming who looks after it: "which is a decision for your cancer team" (jb02), "save your questions for the
  diabetes nurse", "a letter for the pain clinic" is the people the "for" is meant for, not a use. Still reported: "given
  for cancer", the drug given for the queasiness of chemo, undisclosed.
- A rescue medicine by its everyday name (left out of the drug names, a body's hormone too), needed, carried or given
  right before its own use in an interaction warning: "carry word of your propranolol if you ever need adrenaline for a
  severe allergy" (jb08), "if you carry an EpiPen for a bee-sting allergy". Still reported: propranolol "taken for
  allergies", and the hormone the drug acts on ("it blunts adrenaline, which is why people take it for stage fright").
- A request for the drug the reader is told not to make, or a role not to take: "don't be the person who calls the office
  begging for a Z-Pak for a cold" (je04), "Never demand azithromycin for a cold", "don't go pestering your GP for ...".
  Still reported: "Don't be afraid to ask for azithromycin for a cold", "Lots of people beg for a Z-Pak for a cold and it
  clears it right up", a role closed by a colon before the use.
- An approved add-on use named by the condition before it, as one noun: "For the depression add-on it's much lower,
  usually 2 to 5 mg to start" (jf10; aripiprazole, adjunctive MDD), "the MDD adjunct dose", "the add-on dose for
  depression". Still reported: aripiprazole on its own for depression, bare "used for depression".
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("alprazolam", "Alprazolam is sometimes given for cancer.", OFF_LABEL, "error"),
    ("alprazolam", "Some oncologists give alprazolam for the queasiness before chemo.", OFF_LABEL, "error"),
    ("propranolol", "Propranolol is also taken for allergies.", OFF_LABEL, "error"),
    ("propranolol", "Propranolol blunts adrenaline, which is why people take it for stage fright.", OFF_LABEL, "error"),
    ("azithromycin", "Don't be afraid to ask for azithromycin for a cold, it works.", OFF_LABEL, "error"),
    ("azithromycin", "Lots of people beg for a Z-Pak for a cold and it clears it right up.", OFF_LABEL, "warning"),
    ("azithromycin", "Don't be the person who suffers in silence: azithromycin for a cold works wonders.", OFF_LABEL, "warning"),
    ("aripiprazole", "Some people take aripiprazole on its own for depression.", OFF_LABEL, "error"),
    ("aripiprazole", "Aripiprazole is used for depression.", OFF_LABEL, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the carers of a condition
    (
        "alprazolam",
        "Some oncologists use it off-label for the queasiness that can start before a chemo session even begins, which is a"
        " decision for your cancer team.",
        OFF_LABEL,
    ),
    ("alprazolam", "Save your questions about alprazolam for the cancer nurse.", OFF_LABEL),
    ("gabapentin", "Write down how the gabapentin suits you, and bring the notes for your diabetes team at the next visit.", OFF_LABEL),
    ("sertraline", "Keep a mood diary on sertraline; it is useful for the pain clinic too.", OFF_LABEL),
    ("baclofen", "A pharmacist put a leaflet on baclofen in the bag for her cancer-care navigator.", OFF_LABEL),
    # a rescue medicine's own use
    (
        "propranolol",
        "Tell your doctor if you take verapamil or diltiazem, other heart rhythm medicines, or clonidine, and carry word of"
        " your propranolol if you ever need adrenaline for a severe allergy, since it can make that treatment work less"
        " well.",
        OFF_LABEL,
    ),
    ("propranolol", "If you carry an EpiPen for a bee-sting allergy, tell the allergist you take propranolol.", OFF_LABEL),
    ("propranolol", "People on propranolol who are given epinephrine for anaphylaxis may need a bigger dose.", OFF_LABEL),
    (
        "propranolol",
        "ok so PSA from a nurse: if ur on propranolol and u keep an epi pen for ur peanut allergy, tell the ER, the pen may"
        " not work as well",
        OFF_LABEL,
    ),
    # a request refused, or a role not to take
    (
        "azithromycin",
        "Antibiotics don't work on colds, flu, or COVID, full stop. Most sore throats and coughs are viral, so don't be the"
        " person who calls the office begging for a Z-Pak for a cold. Taking antibiotics you don't need just breeds"
        " resistant bacteria.",
        OFF_LABEL,
    ),
    ("azithromycin", "Don't pester your GP for azithromycin for flu.", OFF_LABEL),
    ("azithromycin", "Never demand azithromycin for a cold.", OFF_LABEL),
    ("azithromycin", "Never be that patient who insists on azithromycin for the flu.", OFF_LABEL),
    ("azithromycin", "Don't be one of those parents who, at the first sniffle, demand azithromycin for a cold.", OFF_LABEL),
    ("azithromycin", "Please don't go badgering the pharmacist for a Z-Pak for your cold.", OFF_LABEL),
    # an approved add-on named by its condition
    (
        "aripiprazole",
        "**MARCUS:** Doses. I'm on 15 mg once a day. The top for schizophrenia or mania is 30 mg a day. For the depression"
        " add-on it's much lower, usually 2 to 5 mg to start.",
        OFF_LABEL,
    ),
    ("aripiprazole", "At the MDD adjunct dose of 2 to 5 mg, side effects are fewer.", OFF_LABEL),
    ("aripiprazole", "The add-on dose for depression starts at 2 mg.", OFF_LABEL),
    ("aripiprazole", "My psychiatrist calls it my depression booster, 5 mg with the sertraline.", OFF_LABEL),
]
