"""Off-label classes from the misses of eval/holdout76, holdout77 and holdout78: a condition told only by its signs or in
lay words, the drug given for it, never said to be off-label. The classes:

- a kidney stone told as a pebble or grit on its way out of the pipes ("to help a little 4 mm pebble make its way out of
  his plumbing", "Getting A Stone Out"), a stone measured in millimetres, or the side pain that comes in waves (colic);
- diabetic nerve pain told by its signs: a sheet or sock on the feet too much to bear or waking them ("a bedsheet touching
  my toes was enough to wake me up"), burning told as heat underfoot ("like I was standing on hot sand all night", "feet
  on fire"), then the doctor giving the drug;
- sleeplessness told as the day gone over in bed ("lie there replaying every conversation of the day") or the clock read in
  the small hours ("the clock says 3:10"), in the situation a dose told before a comma is taken for ("half of a 50 mg
  tablet at bedtime, for the nights when ...");
- trauma nightmares told by the dream that drags them out of sleep or wakes them with the heart pounding, the sheets
  soaked, then the drug prescribed "for exactly this";
- a drug given after the trouble came: "was given tizanidine after he hurt his back lifting the trampoline".

Near misses that stay silent: a pebble in a shoe, a stone the drug is said not to treat, the approved use (an enlarged
prostate), a use disclosed, the nerve signs with no giving, a blister's broken glass, the clock read in the morning, a dose
for the nights the low mood is worst (depression, approved), vivid dreams as a side effect, a dream job, a medicine taken
(not given) after drinking, "when you" advice, a condition named as a time ("after her stroke"), a muscle relaxant approved
for a strain given after one. Each case is the body of one article about one drug; the assertion is the off-label finding
at its severity (a warning for a use told in signs or inferred), or none."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a use the writer must see.
SHOULD = [
    # -- a kidney stone as a pebble on its way out (the draft's wording first) --
    (
        "tamsulosin",
        "The ER doc sent him home with Flomax 0.4 mg to help a little 4 mm pebble make its way out of his plumbing, "
        "and it dropped into the strainer three days later.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tamsulosin",
        "Urologists often prescribe tamsulosin to help the grit work its way down the tubes a bit faster.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tamsulosin",
        "My sister was handed tamsulosin at urgent care for a 5 mm stone.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tamsulosin",
        "He woke at 2 a.m. with pain in his right side that came in waves. The ER doctor gave him tamsulosin.",
        OFF_LABEL,
        "warning",
    ),
    # -- nerve pain by its signs, then the giving --
    (
        "amitriptyline",
        '"It felt like I was standing on hot sand all night," she says. "A bedsheet touching my toes was enough to wake me '
        'up." Her family doctor started her on a small 10 mg tablet of amitriptyline at bedtime to calm them down.',
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        "Walter has had diabetes for twenty years, and by evening it was like walking on hot coals. "
        "His GP put him on amitriptyline, 10 mg at night.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        "Even the duvet on her feet was agony. So her doctor prescribed amitriptyline.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        "Most nights my feet felt like they were on fire. My doctor gave me amitriptyline.",
        OFF_LABEL,
        "warning",
    ),
    # -- sleeplessness as the day gone over in bed, the clock in the small hours --
    (
        "trazodone",
        "But many of the trazodone prescriptions I fill are for half of a 50 mg tablet at bedtime, for the nights when you "
        "lie there replaying every conversation of the day and the clock says 3:10.",
        OFF_LABEL,
        "warning",
    ),
    (
        "trazodone",
        "Plenty of people take trazodone at night when they lie in bed going over tomorrow's meeting.",
        OFF_LABEL,
        "warning",
    ),
    (
        "trazodone",
        "My GP gave me trazodone because the bedside clock read 2:47 every single night.",
        OFF_LABEL,
        "warning",
    ),
    (
        "trazodone",
        "She takes one 50 mg tablet at bedtime, for the nights when she lies awake rehashing every argument.",
        OFF_LABEL,
        "warning",
    ),
    # -- trauma nightmares by the dream that wakes them --
    (
        "prazosin",
        "Years later, the same dream of the day the convoy was hit still drags them out of sleep two or three times a "
        "week, heart pounding, sheets soaked. Partners move to the spare room. Work suffers. Our clinicians often prescribe "
        "prazosin for exactly this.",
        OFF_LABEL,
        "warning",
    ),
    (
        "prazosin",
        "A dream about the fire still jolts her awake most nights, so her doctor started her on prazosin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "prazosin",
        "He had the same dream of the checkpoint and woke drenched, week after week. His psychiatrist prescribed prazosin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "prazosin",
        "For the dream that wakes him screaming, the VA doctor added prazosin at bedtime.",
        OFF_LABEL,
        "warning",
    ),
    # -- given after the trouble came --
    (
        "tizanidine",
        "My husband was given tizanidine after he hurt his back lifting the grandkids' trampoline into the shed.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tizanidine",
        "The urgent care doctor prescribed tizanidine after she tweaked her lower back moving house.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tizanidine",
        "My son was put on tizanidine after a hamstring strain at football.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tizanidine",
        "I was sent home with tizanidine when I threw my back out shovelling snow.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): near misses that stay silent.
SHOULD_NOT = [
    # -- stones: not a kidney stone, or disclosed --
    ("tamsulosin", "Take tamsulosin half an hour after the same meal each day. A pebble in your shoe is not a reason to stop.", OFF_LABEL),
    (
        "tamsulosin",
        "Doctors sometimes prescribe tamsulosin off-label to help a small stone make its way out of the ureter.",
        OFF_LABEL,
    ),
    (
        "tamsulosin",
        "Tamsulosin does not dissolve a 4 mm stone, and it is not a treatment for pain in your side that comes in waves.",
        OFF_LABEL,
    ),
    ("tamsulosin", "Tamsulosin is used to ease the urinary symptoms of an enlarged prostate, such as a weak stream.", OFF_LABEL),
    # -- nerve pain: the approved use told the same way, a shoe, no giving --
    (
        "amitriptyline",
        "A bedsheet touching my toes was enough to wake me up. Amitriptyline can make your mouth dry.",
        OFF_LABEL,
    ),
    ("amitriptyline", "New shoes can rub: it felt like I was walking on broken glass until the blister healed.", OFF_LABEL),
    (
        "amitriptyline",
        "Amitriptyline is approved for depression. Some doctors also prescribe it off-label for burning feet, like walking on hot coals.",
        OFF_LABEL,
    ),
    # -- sleep: the clock in the morning, the drug as a side effect, the approved use --
    ("trazodone", "Take trazodone after a snack. If the alarm clock says 7:10 and you still feel groggy, tell your doctor.", OFF_LABEL),
    (
        "trazodone",
        "Trazodone is for depression. Some people lie there replaying the day, and that is worth raising with a doctor.",
        OFF_LABEL,
    ),
    ("trazodone", "Take one tablet at bedtime, for the nights when the low mood is worst.", OFF_LABEL),
    # -- dreams: a side effect, a dream job, disclosed --
    ("prazosin", "Prazosin can cause vivid dreams that wake you up. Tell your doctor if they bother you.", OFF_LABEL),
    ("prazosin", "Getting her blood pressure under control with prazosin meant she could finally take her dream job in Denver.", OFF_LABEL),
    (
        "prazosin",
        "The same dream of the convoy still drags them out of sleep. Prazosin is not FDA-approved for this, but our "
        "clinicians prescribe it off-label for exactly this.",
        OFF_LABEL,
    ),
    # -- given after: a taking after a drink, advice with "when you", the approved use --
    ("tizanidine", "Do not take tizanidine after you have had a few beers.", OFF_LABEL),
    ("tizanidine", "Tizanidine given when you already take blood pressure medicine can make you faint.", OFF_LABEL),
    ("tizanidine", "She was prescribed tizanidine after her stroke left her arm stiff and tight.", OFF_LABEL),
    ("cyclobenzaprine", "My husband was given cyclobenzaprine after he hurt his back lifting the trampoline.", OFF_LABEL),
    (
        "tizanidine",
        "He was given tizanidine after he hurt his back. It is not FDA-approved for a back strain, so this was off-label.",
        OFF_LABEL,
    ),
]
