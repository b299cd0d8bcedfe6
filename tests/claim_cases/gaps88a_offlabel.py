"""Off-label uses told only by their signs, from eval/holdout88 (bh01, bh08, bh10), as classes.

- Menopausal flushes pointed back at by a demonstrative after the signs were told, with the drug given for them
  (fluoxetine, clonidine): "now swallows a 10 mg capsule every morning for exactly those flushes", "for precisely these
  flashes"; a use may be squarely said ("for exactly", "mainly for"). Not flushing as a side effect, "flashes of light",
  the flushes given another medicine, nor a use disclosed off-label.
- Fibromyalgia told by pain's span over the body and its years (naltrexone, amitriptyline): "the body that has ached from
  neck to knees for a decade", "aching from head to toe, with tender points across his shoulders and hips". Not a flu's
  aching for days, nor aches as a side effect or as withdrawal.
- Trauma nightmares told by waking back in the same night or place (prazosin): "he'd wake up drenched at 2 a.m., heart
  hammering, fists up, back in the same night in the same valley", "back in that night on the bridge"; the sleep lost
  after them ("then lie there till dawn") is theirs, not insomnia's, and so is the sleep won back ("now most nights he
  sleeps straight through and I get to as well"). Not waking back in bed, at work, or in hospital.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_FLUOXETINE = "Fluoxetine treats depression, OCD and bulimia. "
_CLONIDINE = "Clonidine treats high blood pressure. "
_NALTREXONE = "Naltrexone treats alcohol and opioid dependence. "
_AMITRIPTYLINE = "Amitriptyline treats depression. "
_PRAZOSIN = "Prazosin lowers high blood pressure. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (bh01)
    (
        "fluoxetine",
        _FLUOXETINE + "Dana noticed something else first. The drenching night sweats and the sudden waves of heat that had been "
        "waking her two or three times a night since her periods stopped faded within a fortnight of the first capsule. Her "
        "friend from book club, who has never had a day of depression in her life, asked her own doctor about it and now "
        "swallows a 10 mg capsule every morning for exactly those flushes.",
        OFF_LABEL,
        "warning",
    ),
    (
        "fluoxetine",
        _FLUOXETINE + "My mum had the sweats for a year after her periods stopped, and her GP now has her on fluoxetine for those flushes.",
        OFF_LABEL,
        "warning",
    ),
    (
        "clonidine",
        _CLONIDINE + "Waves of heat hit me a dozen times a day. My GP prescribed clonidine for precisely these flashes.",
        OFF_LABEL,
        "warning",
    ),
    (
        "fluoxetine",
        _FLUOXETINE + "The heat would flood up her neck at work. Her doctor suggested a low dose of fluoxetine mainly for those flushes.",
        OFF_LABEL,
        "warning",
    ),
    # the draft's own wording (bh08)
    (
        "naltrexone",
        _NALTREXONE + "Liam's sister, Maeve, takes naltrexone too, though not for drinking. A compounding pharmacy makes her a tiny "
        "4.5 mg capsule, about a tenth of her brother's tablet, which her rheumatologist suggested for the body that has ached "
        "from neck to knees for a decade, with sore spots that make a friend's hug hurt and a tiredness sleep never fixes.",
        OFF_LABEL,
        "warning",
    ),
    (
        "naltrexone",
        _NALTREXONE + "Her GP started her on low-dose naltrexone for a body that aches from head to toe day after day.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        _AMITRIPTYLINE + "My GP put me on amitriptyline because I had ached from my neck to my hips for years.",
        OFF_LABEL,
        "warning",
    ),
    (
        "naltrexone",
        _NALTREXONE + "He takes 4.5 mg of naltrexone for aching from head to toe, with tender points across his shoulders and hips.",
        OFF_LABEL,
        "warning",
    ),
    # the draft's own wording (bh10)
    (
        "prazosin",
        _PRAZOSIN + "My husband Marcus did two tours overseas. For years after he came home he'd wake up drenched at 2 a.m., heart "
        "hammering, fists up, back in the same night in the same valley, and then lie there till dawn too wired to close his "
        "eyes again. His VA doctor started him on a 1 mg capsule of prazosin at bedtime and worked him up to 6 mg, and now most "
        "nights he sleeps straight through and I get to as well.",
        OFF_LABEL,
        "warning",
    ),
    (
        "prazosin",
        _PRAZOSIN + "He woke at four every morning, back in that night on the bridge, and then couldn't get back to sleep. His VA "
        "doctor prescribed prazosin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "prazosin",
        _PRAZOSIN + "Most nights she'd jolt awake back in the same village, hands shaking. Her psychiatrist put her on prazosin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "prazosin",
        _PRAZOSIN + "I woke up screaming, back in the valley, three nights out of four, until my doctor started me on prazosin.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): no finding of that rule.
SHOULD_NOT = [
    (
        "fluoxetine",
        _FLUOXETINE + "A few people get flushing in the first weeks on fluoxetine. Those flushes usually settle on their own.",
        OFF_LABEL,
    ),
    (
        "fluoxetine",
        _FLUOXETINE + "Call your doctor at once if you see flashes of light while you take fluoxetine, or if those flashes of "
        "light come back.",
        OFF_LABEL,
    ),
    (
        "fluoxetine",
        _FLUOXETINE + "Her GP prescribes fluoxetine off-label for those flushes.",
        OFF_LABEL,
    ),
    ("fluoxetine", _FLUOXETINE + "Fluoxetine is not a treatment for those flushes; ask about other options.", OFF_LABEL),
    (
        "naltrexone",
        _NALTREXONE + "Taken too soon after opioids, naltrexone can leave you aching from head to toe for a day or two.",
        OFF_LABEL,
    ),
    (
        "naltrexone",
        _NALTREXONE + "When I had the flu last winter I ached from head to toe for three days and stopped my naltrexone.",
        OFF_LABEL,
    ),
    (
        "naltrexone",
        _NALTREXONE + "Low-dose naltrexone is sometimes used off-label for a body that has ached from head to toe for years.",
        OFF_LABEL,
    ),
    (
        "prazosin",
        _PRAZOSIN + "After his first dose of prazosin he woke up dizzy and was back at work the same day.",
        OFF_LABEL,
    ),
    (
        "prazosin",
        _PRAZOSIN + "She fainted after her first prazosin tablet and woke up back in the hospital the same night.",
        OFF_LABEL,
    ),
    (
        "prazosin",
        _PRAZOSIN + "Take the first dose at bedtime: if you wake up in the night, get up slowly and be back in bed within a minute.",
        OFF_LABEL,
    ),
]
