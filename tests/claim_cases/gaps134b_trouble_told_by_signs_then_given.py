"""Off-label uses told by a trouble's signs, or by a bare trouble the writer never names as the condition, from eval/holdout191
(fg10, cyclobenzaprine), holdout192 (fh07, naltrexone), holdout193 (fi09, albuterol; fi13, tamsulosin), holdout196 (fl03,
tamsulosin; fl08, topiramate) and holdout197 (fm07, metoprolol), as a class.

Class: what the writer does is tell the trouble, then the giving, and never the condition's name:
- a kidney stone found on its way down or wedged in the tube below the kidney, then the drug given "to help it along" or "to
  ease it on its way" (the pointing word is the stone);
- fibromyalgia told as a soreness that wanders over the body beside a tiredness no amount of sleep fixes (either order), the
  signs perhaps glossing a bare "ache" or "trouble" after the use verb ("for the deep ache she's lived with for years, the
  soreness that wanders ...") and the dose told by a bare strength ("a tiny 4.5 mg dose");
- weight to shift given as a purpose set off by a comma, perhaps after "too" ("put her on topiramate too, to finally shift the
  weight");
- atrial fibrillation told as the heart breaking into a jumbled drumroll, then the drug raised "to keep that runaway rate in
  check" (the pointing word with the trouble's own noun);
- a cough told with a run of words set off by commas ("for the dry, hacking cough that hangs on after a head cold").
Told in lay words, a warning; a named condition with a use verb (cough, "lose weight"), an error. Silent: disclosed, an approved
use pointed back at (an enlarged prostate, blood pressure), the approved product (Tonmya), a tiredness or a wandering ache alone,
a fast drumroll with no disorder, a stone down a drain, a cough of asthma, advice against the use.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (fi13, fl03)
    (
        "tamsulosin",
        "Last spring his son-in-law, Devin, 34, woke at dawn with a cramp in his flank so fierce he was sick in the parking lot of"
        " the urgent care, and the scan showed a grain of grit wedged in the tube below his kidney. He went home with a week of"
        " tamsulosin to ease it on its way, and it passed on the Friday.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tamsulosin",
        "He woke at four in the morning with a knife-like pain in his back and side that\ncame in waves and went down toward his"
        ' groin, and he was sick in the sink. At the\nER they found a small stone on its way down. "They sent me home with a'
        ' strainer\nand a bottle of tamsulosin to help it along," he said, "and two days later it came\nout in the strainer."',
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices
    (
        "tamsulosin",
        "The CT found a tiny stone making its way down. The urologist sent her home with tamsulosin to speed it along.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tamsulosin",
        "The scan showed a fleck of grit lodged in the pipe leading from her kidney. Her GP gave her tamsulosin to help it on its way.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tamsulosin",
        "At urgent care they spotted a 5 mm stone on its way out. He was sent off with Flomax to ease it along, and it came out two"
        " days later.",
        OFF_LABEL,
        "warning",
    ),
    # the drafts' own wording (fg10, fh07)
    (
        "cyclobenzaprine",
        "We also heard from Denise in accounts, who has lived for years with a deep soreness that wanders all over her body and a"
        " tiredness that no amount of sleep fixes. Her rheumatologist finally put a name to it last spring and started her on a"
        " 10 mg cyclobenzaprine tablet at bedtime, and she says it's the first thing that has helped. If that sounds like you, ask"
        " your doctor about it.",
        OFF_LABEL,
        "warning",
    ),
    (
        "naltrexone",
        "Jess, a longtime client, also takes a tiny 4.5 mg dose every night for the deep ache she's lived with for years, the"
        " soreness that wanders from her neck to her hips, the way even a hug hurts, the tiredness no amount of sleep fixes. She"
        " says nothing else has touched it.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices
    (
        "cyclobenzaprine",
        "For years my aches have moved around my body from week to week, and I wake up as tired as when I went to bed. My doctor"
        " put me on a 10 mg cyclobenzaprine tablet at night.",
        OFF_LABEL,
        "warning",
    ),
    (
        "naltrexone",
        "He takes low-dose naltrexone for the trouble he's had since his thirties, the aching that drifts from his shoulders down"
        " to his knees, and sleep that never refreshes him.",
        OFF_LABEL,
        "warning",
    ),
    (
        "cyclobenzaprine",
        "She lives with unrefreshing sleep and a soreness that roams around her body, so her doctor started her on cyclobenzaprine"
        " at bedtime.",
        OFF_LABEL,
        "warning",
    ),
    # the draft's own wording (fl08)
    (
        "topiramate",
        "Claire also lost six pounds without trying, because food interested her less.\nWhen her sister Fiona heard, she asked her"
        " own doctor to put her on topiramate too,\nto finally shift the weight that had crept on since the twins, and she has"
        " been\ntaking 25 mg twice a day since spring.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices
    ("topiramate", "He went on topiramate as well, to drop the pounds he gained at university.", OFF_LABEL, "warning"),
    ("metformin", "She asked her doctor for metformin too, to shift the baby weight.", OFF_LABEL, "warning"),
    ("bupropion", "They started him on bupropion also, to lose weight before the wedding.", OFF_LABEL, "error"),
    # the draft's own wording (fm07)
    (
        "metoprolol",
        "Her story is a common one. A routine check at a school health fair found her blood pressure sitting at 162 over 98. Her"
        " doctor started metoprolol, a beta blocker that slows the heart and lowers the force of each beat, and within a few months"
        " her readings were back in the 120s.\n\nBut blood pressure was only part of it. For two years Elena's heart had also been"
        " misbehaving: without warning it would break into a fast, jumbled drumroll, like sneakers tumbling in a dryer, and she"
        " would have to sit down on the classroom floor until it passed. Her cardiologist raised the metoprolol to keep that"
        " runaway rate in check, and the spells are now shorter and rarer.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices
    (
        "metoprolol",
        "His pulse would lurch into a ragged gallop for an hour at a time. The cardiologist started metoprolol to keep that rate in check.",
        OFF_LABEL,
        "warning",
    ),
    (
        "metoprolol",
        "Out of nowhere her heart breaks into an erratic flutter. Her doctor put her on metoprolol to get those spells under control.",
        OFF_LABEL,
        "warning",
    ),
    (
        "carvedilol",
        "Some evenings his heart would tip into a jumbled, skittering rhythm. His cardiologist added carvedilol to keep it in check.",
        OFF_LABEL,
        "warning",
    ),
    # the draft's own wording (fi09)
    (
        "albuterol",
        "If your child's doctor has prescribed it for exercise, the usual plan is 2 puffs 15 to 30 minutes before warm-up. Please"
        " write this on the medication form so the coaches know.\n\nIt's handy for more than asthma, too. Plenty of our families"
        " use two puffs before practice for the dry, hacking cough that hangs on for weeks after a head cold, and it settles it"
        " down nicely.",
        OFF_LABEL,
        "error",
    ),
    # new wordings, other voices
    (
        "albuterol",
        "Some parents give a puff or two of albuterol for the dry, tickly cough that lingers after a cold.",
        OFF_LABEL,
        "error",
    ),
    ("albuterol", "Coaches say albuterol helps the hacking, barking cough that follows flu season.", OFF_LABEL, "error"),
    ("albuterol", "She uses albuterol at night for her dry, nagging cough.", OFF_LABEL, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # disclosed
    (
        "tamsulosin",
        "The scan showed a small stone on its way down. Her doctor gave her tamsulosin to help it along, an off-label use the FDA"
        " has not approved.",
        OFF_LABEL,
    ),
    # the approved use pointed back at: an enlarged prostate
    (
        "tamsulosin",
        "He has an enlarged prostate and a slow stream at night. His urologist gave him tamsulosin to help it along.",
        OFF_LABEL,
    ),
    # a stone down a drain
    (
        "tamsulosin",
        "Her ring slipped and we watched a small stone on its way down the drain. Tamsulosin is for an enlarged prostate.",
        OFF_LABEL,
    ),
    # a tiredness alone (a new baby's), the drug given for its approved use
    (
        "naltrexone",
        "Since the baby came she has a tiredness that no amount of sleep fixes, and her doctor started her on naltrexone for her drinking.",
        OFF_LABEL,
    ),
    # a wandering ache alone (a flu's)
    (
        "naltrexone",
        "After the flu, the aches moved around her body for a week. She takes naltrexone for alcohol dependence.",
        OFF_LABEL,
    ),
    # the approved product
    (
        "cyclobenzaprine",
        "Denise has a deep soreness that wanders all over her body and a tiredness that no amount of sleep fixes. Her rheumatologist"
        " started her on Tonmya at bedtime.",
        OFF_LABEL,
    ),
    # disclosed
    (
        "cyclobenzaprine",
        "Denise has a deep soreness that wanders all over her body and a tiredness that no amount of sleep fixes. Her rheumatologist"
        " started her on a 10 mg cyclobenzaprine tablet at bedtime. That is an off-label use: only Tonmya is approved for"
        " fibromyalgia.",
        OFF_LABEL,
    ),
    # an approved use after "too,"
    ("topiramate", "She asked her doctor to put her on topiramate too, to stop her migraines coming back.", OFF_LABEL),
    ("topiramate", "Keep taking it every day, to keep the migraines away.", OFF_LABEL),
    # the approved use pointed back at with its own noun
    (
        "metoprolol",
        "Her blood pressure had crept up to 160 over 100. Her doctor raised the metoprolol to keep that blood pressure in check.",
        OFF_LABEL,
    ),
    # a fast drumroll with no disorder
    (
        "metoprolol",
        "Before every exam her heart would break into a fast drumroll. She takes metoprolol for her blood pressure.",
        OFF_LABEL,
    ),
    # disclosed
    (
        "metoprolol",
        "Her heart would break into a fast, jumbled drumroll. Her cardiologist raised the metoprolol to keep that runaway rate in"
        " check, which is an off-label use.",
        OFF_LABEL,
    ),
    # the cough of asthma, approved; advice against; a denial
    ("albuterol", "Two puffs of albuterol ease the tight, wheezy cough of his asthma.", OFF_LABEL),
    ("albuterol", "Do not use albuterol for the dry, hacking cough of a cold.", OFF_LABEL),
    ("albuterol", "Albuterol is for the tight, wheezy chest of asthma, not for coughs and colds in general.", OFF_LABEL),
]
