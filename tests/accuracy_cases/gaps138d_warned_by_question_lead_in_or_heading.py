"""Interactions and warnings that are given, read as missing, from eval/holdout224 (gn07, gn08), holdout226 (gp05) and
holdout227 (gq08), as a class.

Class: an interaction named in a warning context the check did not know: a question that names the drink or medicine,
answered in the next paragraph by a refusal or a warning ("What about a glass of wine with dinner?" then "Not on a night you
take zolpidem, not even one."), a list under a lead-in that asks first ("Ask before taking it with:"), or under a heading
that says to run it past a clinician ("Things to run past the GP or pharmacist first"); and the boxed complex-sleep-behaviours
warning told as something done in the night that is not remembered ("If I ever find out I did something in the night I
don't remember, like eating, driving or sending texts, I stop it"). Still reported: a question answered by a no that lifts
the worry ("No problem at all"), answered yes, or a list under a heading that asks nothing of a clinician.
"""

from __future__ import annotations

INTERACTION = "interactions.missing"
WARNING = "safety-warnings.missing"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the answer lifts the worry
    (
        "zolpidem",
        "**ANA:** What about a glass of wine with dinner?\n\n**DR. WHITFIELD:** No problem at all, enjoy it.",
        INTERACTION,
        "alcohol",
        "error",
    ),
    # a list under a heading that asks nothing of a clinician
    (
        "meloxicam",
        "## Things the guild talked about\n\n- blood thinners such as warfarin or Eliquis\n- a daily aspirin",
        INTERACTION,
        "anticoagulants-antiplatelets",
        "error",
    ),
]

#: (drug, body, rule, item): no such finding.
SHOULD_NOT = [
    # the drafts' own wording (gn07, gn08, gp05, gq08)
    (
        "zolpidem",
        "**[00:36:50] ANA:** What about a glass of wine with dinner?\n\n**[00:36:55] DR. WHITFIELD:** Not on a night you take"
        " zolpidem, not even one. The same goes for opioid painkillers and benzodiazepines.",
        INTERACTION,
        "alcohol",
    ),
    (
        "meloxicam",
        "**Other pills.** Ask before taking it with:\n\n- blood thinners such as warfarin or Eliquis, or clopidogrel"
        " (Plavix)\n- a daily aspirin\n- antidepressants like sertraline or duloxetine",
        INTERACTION,
        "anticoagulants-antiplatelets",
    ),
    (
        "losartan",
        "**Blood tests.** Your GP will check your kidneys and your potassium now and then.\n\n## Things to run past the GP or"
        " pharmacist first\n\n- potassium supplements, or salt substitutes like LoSalt\n- water tablets that keep potassium in,"
        " like spironolactone",
        INTERACTION,
        "potassium",
    ),
    (
        "zolpidem",
        "Dr. K's ground rules:\n\n- If I ever find out I did something in the night I don't remember, like eating, driving or"
        " sending texts, I stop it and call her that day. People have been badly hurt that way.",
        WARNING,
        "complex-sleep-behaviors",
    ),
    # new wordings, other voices: a heading asked and answered, a pharmacy leaflet's lead-in, a carer's diary
    (
        "metronidazole",
        "## Can I have a beer while I'm on it?\n\nBest not. Wait until 3 days after the last tablet.",
        INTERACTION,
        "alcohol",
    ),
    (
        "losartan",
        "Run these past your pharmacist before you buy them:\n\n- potassium tablets\n- salt substitutes such as LoSalt",
        INTERACTION,
        "potassium",
    ),
    (
        "zolpidem",
        "Mum's nurse told us to watch for things she won't remember doing in the night, like cooking or wandering"
        " outside. If that happens, we stop the tablets and ring the surgery.",
        WARNING,
        "complex-sleep-behaviors",
    ),
]
