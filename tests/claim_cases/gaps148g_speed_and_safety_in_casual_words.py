"""Speed and safety claimed in casual words, and a side effect or a patient's own word that is no claim, from eval/holdout306
(jr03 finasteride), holdout307 (js08 hydrocodone-acetaminophen), holdout308 (jt09 prazosin) and holdout309 (ju06 amoxicillin,
ju07 pantoprazole), as a class.

Class, reported:
- hair loss said to stop within days or the first week, and new growth by the end of the first month, of finasteride, whose
  label gives 3 months or more (finasteride joins ``slow_benefit``; a warning, inferred from the drug): "Most men see the
  shedding stop inside a week and fresh growth by the end of the first month" (jr03);
- relief the moment the dose is swallowed, told by a lay image of heartburn put out: "soon as I swallow it, the fire's out
  before I've got the rig out of the lot" (ju07; "soon as" without its first "as", "the fire's out", a warning);
- safety told with "a hundred percent": "this stuff is a hundred percent safe" (jt09), an error like "100 percent safe".

Silent: a side effect told as all but certain ("Constipation is almost guaranteed, so start a stool softener on day one", js08,
also holdout266 id08), a patient's own word for how they feel quoted as theirs ("tell me they're "cured"", ju06), the hair's
time course in months, a hedge, minoxidil's shedding at the start settling, a hundred percent of something else, a denial, and
relief told as a benefit without a time ("the fire's out for the whole shift").
"""

from __future__ import annotations

ONSET = "unsupported-claim.rapid-onset"
ABSOLUTE = "unsupported-claim.absolute"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (jr03, ju07, jt09)
    (
        "finasteride",
        "The youngest of the three, a paint sprayer of 41, started after his brother's wedding photos. The shop's consensus, which"
        " he repeats with a grin, is that finasteride gets going fast. Most men see the shedding stop inside a week and fresh"
        " growth by the end of the first month.",
        ONSET,
        "warning",
    ),
    (
        "pantoprazole",
        "**RAY:** Right. Thing is, soon as I swallow it, the fire's out before I've got the rig out of the lot. And on a bad week"
        " I'll take one in the evening too.",
        ONSET,
        "warning",
    ),
    (
        "prazosin",
        "**RAY:** Honestly, the thing I tell new guys is this stuff is a hundred percent safe. Take it and forget about it.",
        ABSOLUTE,
        "error",
    ),
    # new wordings of my own, other voices
    ("finasteride", "Forum tip: my hair fall had dried up within a fortnight of the first tablet.", ONSET, "warning"),
    ("finasteride", "Within days the thinning at my crown had ground to a halt, honestly.", ONSET, "warning"),
    ("finasteride", "Your hair loss stops within a week or two, and you'll spot new hairs inside a fortnight.", ONSET, "warning"),
    ("finasteride", "Lads, expect new growth along the temples within the first month.", ONSET, "warning"),
    ("omeprazole", "As soon as I took the capsule the fire in my chest was out.", ONSET, "warning"),
    ("famotidine", "The burning in my throat was out the moment the tablet hit my stomach.", ONSET, "warning"),
    ("pantoprazole", "It puts the fire out the second it hits your stomach, every time.", ONSET, "warning"),
    ("sertraline", "Shop talk: sertraline is a hundred per cent safe, full stop.", ABSOLUTE, "error"),
    ("ondansetron", "Our midwife says it's a hundred percent fine for the baby.", ABSOLUTE, "error"),
    ("melatonin", "Leaflet: these gummies come a hundred percent free of side effects.", ABSOLUTE, "error"),
    ("ibuprofen", 'My GP told me it\'s "completely safe" at that dose.', ABSOLUTE, "error"),
    ("amoxicillin", "Relief is practically guaranteed by the second day.", ABSOLUTE, "error"),
]

#: (drug, body, rule): a near miss that must stay silent.
SHOULD_NOT = [
    # the drafts' own wordings (js08, ju06)
    (
        "hydrocodone-acetaminophen",
        "Take it with food if it upsets your stomach. Constipation is almost guaranteed, so start a stool softener on day one.",
        ABSOLUTE,
    ),
    (
        "amoxicillin",
        '- **Enough for the whole course.** Scouts sometimes perk up after two days and tell me they\'re "cured". We keep going'
        " until the bottle is finished, because stopping early lets the hardier bacteria survive and come back.",
        ABSOLUTE,
    ),
    # new wordings of my own
    ("oxycodone", "Drowsiness is pretty much guaranteed for the first few days, so don't drive.", ABSOLUTE),
    ("amitriptyline", "A dry mouth is practically guaranteed; sip water and chew sugar-free gum.", ABSOLUTE),
    ("azithromycin", 'The kids announce they feel "totally fine" by day two. Finish the pack anyway.', ABSOLUTE),
    ("doxycycline", "He swears he's 'cured' after three tablets, but the course is ten days.", ABSOLUTE),
    ("finasteride", "The shedding slows after three to six months of daily tablets.", ONSET),
    ("finasteride", "Shedding may slow within weeks, but new growth takes three months or more.", ONSET),
    ("finasteride", "Expect new growth within a month or two? No: the label says three months or more.", ONSET),
    ("minoxidil", "Some extra shedding in the first weeks is normal, and it stops within a couple of weeks.", ONSET),
    ("prazosin", "I'm not a hundred percent sure why, but the dreams eased off after a month.", ABSOLUTE),
    ("prazosin", "No medicine is a hundred percent safe; ask your doctor about dizziness.", ABSOLUTE),
    ("pantoprazole", "It takes a few days to build up, but now the fire's out for the whole shift.", ONSET),
    ("pantoprazole", "As soon as I swallowed it, I went out to the truck.", ONSET),
]
