"""Off-label uses of the mind, sleep and hormones told only by their signs, then the medicine given for them, from
eval/holdout231 (gu03 clonidine), holdout232 (gv03 propranolol), holdout236 (gz01 hydroxyzine), holdout237 (ha02 prazosin) and
holdout238 (hb08 prazosin, hb10 gabapentin), as a class.

Class: a trouble of the mind, of sleep or of the change told by its signs and never named, then a medicine given for it and
never called off-label: hot flushes pointed back at ("to turn down those surges of heat", "to stop those 2 a.m. furnace
blasts"), early waking ("because they wake in the early hours and then lie there until it gets light"), performance nerves
answered with a bare dose before the occasion ("Her family doctor's answer was propranolol, 10 mg about an hour before each
hearing"), and trauma nightmares told by the waking back at the scene ("wake around three in the morning soaked in sweat, back
inside the same smoky stairwell") or by being dragged out of sleep by the same call, fronted before the prescribers ("For members
who keep getting dragged out of sleep by the same call, ..., docs at the VA ... have been prescribing it at bedtime"). Told in
lay words, each is a warning.

Silent: a phone call that woke someone, a baby waking to feed, an itch waking them in the early hours (hydroxyzine's approved
itching), the group fronted with the signs and given no medicine or a lower dose, another medicine's use, a negation, and the
weather's heat.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (gu03, hb10, gz01, gv03, ha02, hb08)
    (
        "clonidine",
        "Twenty times a day a wave of heat would start under her collarbone and climb into her face. At her six-month check, the"
        " nurse practitioner in her oncology clinic suggested clonidine, a pill at 0.1 mg each bedtime, to turn down those surges"
        " of heat and the soaked sheets.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        "**Sept 16.** Started gabapentin tonight, 300 mg at bedtime, to stop those 2 a.m. furnace blasts. Dr. Amara says plenty"
        " of women in my position do well on it.",
        OFF_LABEL,
        "warning",
    ),
    (
        "hydroxyzine",
        "**At bedtime.** Some patients go home with one 25 mg tablet to take each night because they wake in the early hours and"
        " then lie there until it gets light.",
        OFF_LABEL,
        "warning",
    ),
    (
        "propranolol",
        "Before her first hearing her mouth went dry as paper, her face burned, and the sentences she had rehearsed in the car"
        " simply left her. Her family doctor's answer was propranolol, 10 mg about an hour before each hearing, and she has not"
        " dreaded one since.",
        OFF_LABEL,
        "warning",
    ),
    (
        "prazosin",
        "One of my regulars is a retired firefighter. For years he'd wake around three in the morning soaked in sweat, back"
        " inside the same smoky stairwell he carried a little girl down in 1998. His VA doctor added a small dose of prazosin at"
        " bedtime, and his wife tells me he now sleeps through most weeks.",
        OFF_LABEL,
        "warning",
    ),
    (
        "prazosin",
        "**Why you're hearing about it.** For members who keep getting dragged out of sleep by the same call, the kid on the"
        " second floor, soaked in sweat and heart hammering at 0300, docs at the VA and the county clinic have been prescribing"
        " it at bedtime.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices: an affiliate page, a book-club newsletter, a call-in transcript, a job-seeker's diary, a
    # union newsletter, a paramedics' forum
    ("clonidine", "My doc put me on a tiny dose to dial down those waves of heat that hit me every hour.", OFF_LABEL, "warning"),
    ("venlafaxine", "Jean now takes 37.5 mg every morning to quell her 3 a.m. furnace blasts.", OFF_LABEL, "warning"),
    (
        "trazodone",
        "Caller: My husband takes one at bedtime because he wakes in the small hours and can't get back off.",
        OFF_LABEL,
        "warning",
    ),
    ("propranolol", "My GP's answer was propranolol, 10 mg an hour before each interview.", OFF_LABEL, "warning"),
    (
        "prazosin",
        "For two winters she'd wake at four, soaked through, back inside that stairwell with the smoke coming up. Her doctor"
        " prescribed prazosin at bedtime.",
        OFF_LABEL,
        "warning",
    ),
    (
        "prazosin",
        "For vets who keep getting jolted awake by the same crash, the clinic has been prescribing it at night.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # a phone call that woke someone; a baby waking to feed; the weather's heat
    ("prazosin", "He was woken by the call from the hospital at 3 a.m. and drove straight there.", OFF_LABEL),
    ("diphenhydramine", "Babies wake in the early hours to feed; never give them this medicine.", OFF_LABEL),
    ("clonidine", "Keep the tablets somewhere cool in summer heat waves.", OFF_LABEL),
    # hydroxyzine's approved itching waking them at night
    ("hydroxyzine", "Some patients take one 25 mg tablet at bedtime because itching wakes them in the early hours.", OFF_LABEL),
    ("hydroxyzine", "If itching wakes you in the early hours, your doctor may ask you to take one of these doses at bedtime.", OFF_LABEL),
    # the group fronted with the signs, then no medicine given them, or a lower dose of another
    (
        "prazosin",
        "For members who keep getting dragged out of sleep by the same call, the peer team offers a chat at the kitchen table.",
        OFF_LABEL,
    ),
    (
        "prazosin",
        "For members who keep getting woken by the same dream, doctors may give a lower dose of their other tablets.",
        OFF_LABEL,
    ),
    # another medicine's use
    (
        "clonidine",
        "Her oncologist had suggested venlafaxine to turn down those surges of heat. She takes clonidine for her blood pressure.",
        OFF_LABEL,
    ),
    # a negation
    ("gabapentin", "Do not take gabapentin to stop those 2 a.m. furnace blasts.", OFF_LABEL),
    # a bare dose before a meal, no occasion of nerves
    ("propranolol", "Her cardiologist's answer was propranolol, 40 mg before breakfast each day, for her blood pressure.", OFF_LABEL),
]
