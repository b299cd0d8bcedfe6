"""Dose maxima by use, speed claims told as hearsay, speed given as the reason for a safety
instruction, and a disclaimer in unusual words, as classes (holdout21/holdout22), in wordings no
evaluation set had.

- A dose above the maximum of the use it is given for, the use named in its table row's first
  cell ("| atrial fibrillation | two 5 mg tablets morning and evening |"), its sentence ("For panic
  disorder, take three 2 mg tablets a day") or its heading, though within another use's maximum: an
  error; the use only carried over from an earlier sentence, or uncertain: a warning. Near misses: the
  dose of another use named in its row ("| new DVT or PE | 10 mg twice a day for the first 7 days
  |"), a dose at the use's maximum, a higher dose for the use that allows it (seizures).
- A speed claim told as what customers, members or patients tell the writer ("Most of the guys we
  see tell us it kicks in within fifteen minutes", "Members often tell us they feel like themselves
  again within a day of the first dose"). Near misses: rumour answered in the next sentence, a side
  effect wearing off, a cited report, a slow course reported.
- Speed told as the reason for a safety instruction ("it acts quickly, so it is taken in bed, right
  before you mean to sleep", "Because it works fast, don't take it until you are in bed"), not a
  selling point; a speed claim followed by a selling point ("so there's no need to plan ahead")
  still is one.
- A disclaimer in unusual words ("This briefing supports, but does not replace, our medicines
  policy and the advice of the GP", "is no substitute for what your own doctor tells you",
  "complements rather than replaces"). Near misses: a tablet replacing another, a medicine that
  does not replace a healthy diet.

Each case is the body of one article about one drug; the assertion is what its writer would see:
the finding of that rule with its severity, or none."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"
RAPID = "unsupported-claim.rapid-onset"
DISCLAIMER = "disclaimer.missing"

#: A table of doses by use, its rows after this header.
_TABLE = "| reason | usual dose |\n|---|---|\n"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # -- the use in the row's first cell or in the sentence selects the use's maximum --
    ("apixaban", _TABLE + "| atrial fibrillation | two 5 mg tablets morning and evening |", ABOVE_MAX, "error"),
    ("apixaban", _TABLE + "| Stroke prevention in AF | 10 mg twice a day |", ABOVE_MAX, "error"),
    ("apixaban", "For atrial fibrillation, residents usually take 10 mg twice daily.", ABOVE_MAX, "error"),
    ("clonazepam", "For panic disorder, some people take three 2 mg tablets a day.", ABOVE_MAX, "error"),
    ("clonazepam", "| Condition | Dose |\n|---|---|\n| Panic attacks | 2 mg three times a day |", ABOVE_MAX, "error"),
    ("alprazolam", "| Use | Typical dose |\n|---|---|\n| Generalized anxiety | 2 mg three times daily |", ABOVE_MAX, "error"),
    ("hydrochlorothiazide", "| What for | How much |\n|---|---|\n| High blood pressure | 100 mg each morning |", ABOVE_MAX, "error"),
    ("pantoprazole", "| Condition | Dose |\n|---|---|\n| Erosive esophagitis | 40 mg twice a day |", ABOVE_MAX, "error"),
    ("apixaban", "- Atrial fibrillation: two 5 mg tablets morning and evening.", ABOVE_MAX, "error"),
    ("clonazepam", "## Panic disorder\n\nMost adults end up on three 2 mg tablets a day.", ABOVE_MAX, "error"),
    # the use uncertain (the article names both, the dose neither): within the other use's maximum, a warning
    ("clonazepam", "Clonazepam treats seizures and panic disorder. Some adults take three 2 mg tablets a day.", ABOVE_MAX, "warning"),
    # the use carried from the sentence before: inferred
    (
        "clonazepam",
        "For panic disorder, most adults start at 0.25 mg twice a day. Some clients are told to take three 2 mg tablets a day"
        " when the attacks are bad.",
        ABOVE_MAX,
        "warning",
    ),
    # -- a speed claim told as hearsay --
    ("tadalafil", "Most of the guys we see tell us it kicks in within fifteen minutes, every single time.", RAPID, "error"),
    ("azithromycin", "Members often tell us they feel like themselves again within a day of the first dose.", RAPID, "error"),
    ("sildenafil", "Our customers say it starts working in ten minutes flat.", RAPID, "error"),
    ("sumatriptan", "Patients keep telling me they feel normal again within half an hour.", RAPID, "error"),
    ("ibuprofen", "Readers swear it takes effect within 15 minutes of swallowing it.", RAPID, "error"),
    ("cetirizine", "It kicks in within twenty minutes, our regulars tell us.", RAPID, "error"),
    ("amoxicillin", "Parents often tell us their little one feels better within a day of starting it.", RAPID, "error"),
    # -- a speed claim followed by a selling point, not an instruction --
    ("zolpidem", "It acts quickly, so there's no need to wait around for it.", RAPID, "error"),
    ("zolpidem", "It works fast, so you'll be asleep before you know it.", RAPID, "error"),
]

#: (drug, body, rule): a near miss that must stay quiet.
SHOULD_NOT = [
    # -- the use's own dose, at its maximum, or a use that allows more --
    ("apixaban", _TABLE + "| new DVT or PE | 10 mg twice a day for the first 7 days, then 5 mg twice a day |", ABOVE_MAX),
    ("apixaban", _TABLE + "| atrial fibrillation | 5 mg twice a day (2.5 mg twice a day for some frail residents) |", ABOVE_MAX),
    ("apixaban", "For a new clot in the leg (DVT), the dose is two 5 mg tablets morning and evening for the first week.", ABOVE_MAX),
    ("clonazepam", "For seizures, some adults end up on three 2 mg tablets a day.", ABOVE_MAX),
    ("clonazepam", "## Epilepsy\n\nMost adults end up on three 2 mg tablets a day.", ABOVE_MAX),
    ("clonazepam", "| Condition | Dose |\n|---|---|\n| Seizures | 2 mg three times a day |", ABOVE_MAX),
    ("clonazepam", "For panic disorder, the dose is rarely more than 4 mg a day.", ABOVE_MAX),
    ("hydrochlorothiazide", "| What for | How much |\n|---|---|\n| Swelling (edema) | 100 mg each morning |", ABOVE_MAX),
    # -- hearsay rebutted, a side effect, cited, or a slow course --
    (
        "tadalafil",
        "Customers sometimes tell us it kicks in within fifteen minutes. That isn't true: for most men it takes 30 minutes or more.",
        RAPID,
    ),
    ("azithromycin", "Members often tell us the upset stomach wears off within a day.", RAPID),
    ("sildenafil", "Patients tell us it starts working within 30 minutes, as in the trials.[^1]\n\n[^1]: Viagra label, section 12.", RAPID),
    ("sertraline", "Patients often tell us it took four to six weeks before they felt better.", RAPID),
    ("ibuprofen", "Ibuprofen tablets usually start to work within 20 to 30 minutes.", RAPID),
    # -- speed as the reason for a safety instruction --
    (
        "zolpidem",
        "It works on the same brain signals that make us drowsy, and it acts quickly, so it is taken in bed, right before you"
        " mean to sleep.",
        RAPID,
    ),
    ("zolpidem", "It works fast, so only take it when you are in bed.", RAPID),
    ("zolpidem", "Because it acts quickly, don't take it until you're in bed and ready to sleep.", RAPID),
    ("eszopiclone", "It acts fast, which is why you should take it right before bed.", RAPID),
    ("zaleplon", "Take it just before bedtime, because it works quickly.", RAPID),
]

#: A disclaimer in unusual words, each a whole one: (drug, body), quiet for `disclaimer.missing`.
DISCLAIMERS = [
    (
        "apixaban",
        "Give doses 12 hours apart.\n\nThis briefing supports, but does not replace, our medicines policy and the advice of the GP"
        " and the supplying pharmacist.",
    ),
    ("metformin", "Take it with meals.\n\nThis leaflet is no substitute for what your own doctor tells you."),
    ("sertraline", "Take it in the morning.\n\nThis guide complements rather than replaces the care your GP gives."),
    ("insulin glargine", "Inject it at the same time.\n\nThese notes sit alongside, and never replace, the ward's prescribing policy."),
    ("amoxicillin", "Finish the course.\n\nOur fact sheet is meant to support, not to replace, a proper chat with your pharmacist."),
]

#: Something replaced that is no advice (a tablet, a diet, a pharmacy's own policy): (drug, body), no disclaimer at all.
NOT_DISCLAIMERS = [
    ("levothyroxine", "This tablet replaces your old one. Take it before breakfast."),
    ("metformin", "Metformin does not replace a healthy diet. Take it with meals."),
    ("omeprazole", "Our pharmacy policy is to check every prescription twice. Take it before food."),
]

SHOULD += [(drug, body, DISCLAIMER, "error") for drug, body in NOT_DISCLAIMERS]
SHOULD_NOT += [(drug, body, DISCLAIMER) for drug, body in DISCLAIMERS]
