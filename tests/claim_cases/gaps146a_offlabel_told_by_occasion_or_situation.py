"""Off-label uses told by their occasion or situation, from blind held-out misses: eval/holdout287 (iy05, iy08),
eval/holdout288 (iz10), eval/holdout290 (jb08) and eval/holdout293 (je05, je07), as classes.

- Performance anxiety told by the performance and its nerves: a dose taken or swallowed before curtain-up, a first night
  or a contest ("swallows a 10 mg propranolol an hour before curtain-up"), the nerves or the dread kept from getting the
  better of the performer ("to stop the nerves getting the better of me at auditions"), or the body's signs of nerves
  together, the heart with the mouth or the voice ("the thumping heart and dry mouth I get"). A warning (told in lay
  words). Silent: the signs as side effects or a warning to call the doctor, a disclosed use, a dose stopped before a
  contest.
- Sleeplessness told as a situation after a dose: the dose told with a clock time before the situation ("one small tablet
  at 22:00, on the nights when she is still lying awake"), a fronted situation after an aside that opens a post ("Off
  topic but, the nights I'm ... staring at the ceiling at 2am, I take half of one of my 25s"), one of the person's own
  tablets by its strength ("one of my 25 mg tabs"), a longer telling of the situation before the trouble ("When I come off
  a night sitting with a patient and need to get my head down ..., one tab and I'm out"). A warning. Silent: an approved
  use with its clock time, a disclosed sleep use, a drowsiness told as a reason not to drive, a flare of an approved use.

Still missed (jb08): the purpose whose subject is the trouble itself, "so that the dread of a full church doesn't get the
better of us" (a purpose "so" needs a person as its subject, or the stomach).
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (iy05, je07, iy08, iz10, je05)
    (
        "propranolol",
        "Now the part you all wanted. Our leading lady, who shall remain nameless but wore the purple turban, tells me "
        "she swallows a 10 mg propranolol an hour before curtain-up on every first night, so her heart isn't hammering "
        "and her mouth isn't dry when she makes her entrance. Half the chorus have started asking their doctors for "
        "the same thing before *The Pirates of Penzance*.",
        OFF_LABEL,
        "warning",
    ),
    (
        "propranolol",
        "RB said our principal cornet, who asked not to be named, takes a 10 mg tablet about an hour before every "
        "contest so the nerves don't get the better of him on stage: no thumping heart, no dry mouth, no wobble in the "
        "high notes. He says it is far kinder than anything like Valium, with none of the fog, and half the top "
        "section now swear by it.",
        OFF_LABEL,
        "warning",
    ),
    (
        "hydroxyzine",
        "Off topic but, the nights I'm still wired after a double Saturday and staring at the ceiling at 2am, I take "
        "half of one of my 25s and I'm out before the kettle's cold. Best thing I've found.",
        OFF_LABEL,
        "warning",
    ),
    (
        "quetiapine",
        "**21:55, AK:** Flat 6, T., new resident. Her GP started quetiapine 25 mg last week, one small tablet at "
        "22:00, on the nights when she is still lying awake at 1 a.m. with her head going round and round. Give it "
        "with a drink of water, record on the MAR chart.",
        OFF_LABEL,
        "warning",
    ),
    (
        "hydroxyzine",
        "I've had it for about two years, 25 mg tabs. It does make me drowsy, so I never take one before driving to "
        "the hospice. The first time I tried it, the second it hit my stomach the jitters were gone. Honestly the best "
        "thing about it is the sleep, though. When I come off a night sitting with a patient and need to get my head "
        "down at nine in the morning, one tab and I'm out until three in the afternoon. Life saver for us night "
        "volunteers.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings: a band's page, a choir forum, a coaching blog, a GP's note
    ("propranolol", "Our bass player swears by propranolol: he takes 10 mg an hour before every contest.", OFF_LABEL, "warning"),
    ("propranolol", "The soprano swallows 10 mg of propranolol an hour before curtain-up.", OFF_LABEL, "warning"),
    ("propranolol", "I take 10 mg of propranolol to stop the nerves getting the better of me at auditions.", OFF_LABEL, "warning"),
    ("propranolol", "My GP gave me propranolol for the thumping heart and dry mouth I get before presentations.", OFF_LABEL, "warning"),
    ("propranolol", "He uses propranolol to keep the dread of a packed hall from getting the better of him.", OFF_LABEL, "warning"),
    # sleep: a handover note, a forum post
    ("quetiapine", "Night staff: he has quetiapine 25 mg, one tablet at 21:30, on nights when he is lying awake.", OFF_LABEL, "warning"),
    ("hydroxyzine", "Anyway, on nights when I'm lying awake at 3am, I take one of my 25 mg tabs and I'm gone.", OFF_LABEL, "warning"),
]

#: (drug, body, rule): must stay silent.
SHOULD_NOT = [
    ("propranolol", "Propranolol can leave you with a dry mouth, and a racing heart is a reason to call your doctor.", OFF_LABEL),
    ("propranolol", "Watch for a racing heart and a dry mouth, and tell your doctor.", OFF_LABEL),
    (
        "propranolol",
        "Some musicians take propranolol an hour before curtain-up; this is an off-label use, not approved by the FDA for"
        " performance anxiety.",
        OFF_LABEL,
    ),
    ("propranolol", "He stopped taking propranolol two weeks before the contest.", OFF_LABEL),
    ("hydroxyzine", "It does make me drowsy, so I never take one before driving.", OFF_LABEL),
    ("hydroxyzine", "Anyway, when my hives flare up, I take one of my 25s.", OFF_LABEL),
    ("quetiapine", "Quetiapine 300 mg, one tablet at 21:30, for his schizophrenia.", OFF_LABEL),
    (
        "quetiapine",
        "Quetiapine 25 mg, one tablet at 22:00, on the nights when she is lying awake (an off-label use for sleep; quetiapine"
        " is not approved for insomnia).",
        OFF_LABEL,
    ),
]
