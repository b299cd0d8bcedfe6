"""Off-label uses told only by their signs, from eval/holdout87 (bg03, bg05, bg08), as classes.

- Sleeplessness told by the night lain awake until daylight ("the nights she lies awake until the birds start", "lay awake
  till dawn", "tossing and turning until the alarm goes off") or by sleep come at a decent hour since ("she's been dropping
  off by eleven ever since", "nodding off by half ten"), with the drug given for it, maybe named only by its dose under a
  heading about it ("a 25 mg capsule to take at bedtime"). Not a party or a shift kept "up until dawn", not a stimulant's
  side effect, not advice against it, not a share that "drops off by 10%", not a disclosed use, not a sleep medicine.
- Depression told by the antidepressants that failed it ("three antidepressants in a row hadn't shifted the heavy, grey
  months", "none of her antidepressants had worked", "several antidepressants have failed to lift"), with lithium added
  (augmentation). Not bipolar depression (approved), not another medicine given for it, not antidepressants stopped for
  their side effects, not a question, not a disclosed use.
- COPD told by its signs: smokers' lungs that never recovered ("older former smokers whose lungs never recovered",
  "decades of cigarettes had wrecked his lungs", "a smoker's cough"), the cough that brings up phlegm every morning,
  breathlessness said with the smoking; montelukast given for it. Not asthma (approved), not breathlessness alone, not
  a chest infection's phlegm, not advice against it, not a disclosed use.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_HYDROXYZINE = "## What is hydroxyzine for?\n\nHydroxyzine treats anxiety and itching.\n\n"
_MONTELUKAST = "Montelukast prevents asthma attacks and eases hay fever.\n\n"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (bg03)
    (
        "hydroxyzine",
        _HYDROXYZINE + "Plenty of people end up using it another way too. My neighbour Deb's doctor gave her a 25 mg capsule to"
        " take at bedtime for the nights she lies awake until the birds start, and she says she's been dropping off by eleven"
        " ever since.",
        OFF_LABEL,
        "warning",
    ),
    ("hydroxyzine", _HYDROXYZINE + "My dad's GP gave him a 10 mg tablet for the nights he lay awake till dawn.", OFF_LABEL, "warning"),
    (
        "quetiapine",
        "He takes 25 mg of quetiapine on the nights he lies there until the birds start singing.",
        OFF_LABEL,
        "warning",
    ),
    (
        "trazodone",
        "Her doctor prescribed trazodone for the nights she was tossing and turning until the alarm went off.",
        OFF_LABEL,
        "warning",
    ),
    ("mirtazapine", "Since she started mirtazapine she has been nodding off by half ten.", OFF_LABEL, "warning"),
    # the draft's own wording (bg05)
    (
        "lithium",
        "**quietriver** wrote: I'm not bipolar at all. My psychiatrist added 300 mg of lithium twice a day to my Zoloft two years"
        " ago, because three antidepressants in a row hadn't shifted the heavy, grey months that kept me in bed. Within six weeks"
        " I was back at work.",
        OFF_LABEL,
        "warning",
    ),
    (
        "lithium",
        "He has never had a manic episode; his psychiatrist put him on lithium because none of his antidepressants had worked.",
        OFF_LABEL,
        "warning",
    ),
    (
        "lithium",
        "Lithium is sometimes added when several antidepressants have failed to lift a person's mood.",
        OFF_LABEL,
        "warning",
    ),
    (
        "lithium",
        "After she had tried four different antidepressants, her psychiatrist started her on lithium as an add-on.",
        OFF_LABEL,
        "warning",
    ),
    # the draft's own wording (bg08)
    (
        "montelukast",
        _MONTELUKAST + "We also look after many older former smokers whose lungs never recovered: a cough that brings up phlegm"
        " every morning, and getting winded on the walk to the mailbox. Our clinicians prescribe montelukast for them too, and"
        " many tell us they can finally manage the stairs again.",
        OFF_LABEL,
        "warning",
    ),
    (
        "montelukast",
        "My grandad, who smoked for forty years, coughs up phlegm every morning, and his doctor put him on montelukast.",
        OFF_LABEL,
        "warning",
    ),
    ("montelukast", "Singulair is what our clinic gives to patients with a smoker's cough.", OFF_LABEL, "warning"),
    (
        "montelukast",
        "Decades of cigarettes had wrecked his lungs, so the GP started him on montelukast.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): nothing to report.
SHOULD_NOT = [
    ("methylphenidate", "Taken too late in the day, Ritalin can leave you lying awake until dawn.", OFF_LABEL),
    (
        "hydroxyzine",
        _HYDROXYZINE + "It is not a sleeping pill: do not take it for the nights you lie awake until dawn.",
        OFF_LABEL,
    ),
    (
        "hydroxyzine",
        _HYDROXYZINE + "Some doctors prescribe a 25 mg capsule for the nights people lie awake until the birds start; that is"
        " an off-label use.",
        OFF_LABEL,
    ),
    ("zolpidem", "Zolpidem is for the nights you lie awake until dawn.", OFF_LABEL),
    (
        "hydroxyzine",
        _HYDROXYZINE + "We were up until dawn at the wedding, and the next day she took a 25 mg capsule for the itching.",
        OFF_LABEL,
    ),
    ("hydroxyzine", _HYDROXYZINE + "Absorption of hydroxyzine drops off by 10% with a heavy meal.", OFF_LABEL),
    ("lithium", "Lithium is added for bipolar depression when two antidepressants have failed.", OFF_LABEL),
    ("lithium", "Three antidepressants in a row gave him headaches, so he stopped them. Lithium is for his bipolar disorder.", OFF_LABEL),
    (
        "lithium",
        "Her GP put her on bupropion, because three antidepressants in a row hadn't helped. Lithium came later, for her bipolar disorder.",
        OFF_LABEL,
    ),
    (
        "lithium",
        "People often ask whether lithium would help if three antidepressants in a row haven't worked.",
        OFF_LABEL,
    ),
    (
        "lithium",
        "My psychiatrist added lithium to my Zoloft because three antidepressants in a row hadn't shifted the grey months. She"
        " was clear that this is an off-label use.",
        OFF_LABEL,
    ),
    ("montelukast", "Montelukast helps children with asthma who get winded on the walk to school.", OFF_LABEL),
    (
        "montelukast",
        "If you are coughing up green phlegm with a fever, see your GP: montelukast won't treat a chest infection.",
        OFF_LABEL,
    ),
    (
        "montelukast",
        "My son's asthma flares whenever someone smokes near him, so his doctor started him on montelukast.",
        OFF_LABEL,
    ),
    (
        "montelukast",
        "Former smokers whose lungs never recovered should ask about inhalers: montelukast is not a COPD treatment.",
        OFF_LABEL,
    ),
    (
        "montelukast",
        "Some clinics give montelukast to former smokers whose lungs never recovered; this is off-label, as it is not approved for COPD.",
        OFF_LABEL,
    ),
    (
        "montelukast",
        "Breathless on the stairs? Montelukast is for asthma, and your doctor may check your heart as well.",
        OFF_LABEL,
    ),
]
