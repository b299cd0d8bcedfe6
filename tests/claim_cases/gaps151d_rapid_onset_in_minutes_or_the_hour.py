"""Rapid-onset claims told in minutes or "within the hour", from eval/holdout328 (kn05 prednisone), holdout329 (ko04
oxycodone), holdout330 (kp09 spironolactone), holdout332 (kr02 atenolol), holdout333 (ks05 clonazepam) and holdout334 (kt02
meloxicam), as a class.

Class: a time of twenty minutes or fewer told for the medicine's effect in story or quote form, with the trouble as the
subject after a dose ("Take one and your racing heart settles within 20 minutes"), the dose or the medicine as the subject
and the trouble its object ("A wafer under the tongue stops the pounding heart ... within a couple of minutes"), relief felt
within the minutes ("Most people feel real relief within ten minutes of swallowing one"), or a benefit told with the minutes
after the first tablet ("he could climb the gangway without wincing twenty minutes after his first tablet"); and, for a
medicine whose benefit takes hours or days (``slow_onset`` or ``slow_benefit``: spironolactone, meloxicam, prednisone, the
SSRIs), a benefit told within the hour ("it starts clearing the fluid within the hour", "breathing freely within the hour of
the first tablet"). A story, or a claim inferred from the drug's facts, is a warning; relief said flat, an error.

Silent: the same words denied or hedged, the label's longer time course ("within 30 to 60 minutes"), a side effect settling
or wearing off, another remedy (an ice pack), a medicine whose label gives the time (furosemide within the hour, albuterol's
minutes), a claim quoted to be refuted, and a cited one.
"""

from __future__ import annotations

RAPID = "unsupported-claim.rapid-onset"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (kn05, ko04, kp09, kr02, ks05, kt02)
    (
        "prednisone",
        "Honestly, I was breathing freely within the hour of the first tablet, back in the nets by the afternoon.",
        RAPID,
        "warning",
    ),
    (
        "oxycodone",
        "Oxycodone IR tablets kick in crazy fast. Most people feel real relief within ten minutes of swallowing one.",
        RAPID,
        "error",
    ),
    (
        "spironolactone",
        "Honestly it starts clearing the fluid within the hour. You'll see his ankles go down before bedtime.",
        RAPID,
        "warning",
    ),
    ("atenolol", "Take one and your racing heart settles within 20 minutes.", RAPID, "warning"),
    (
        "clonazepam",
        "A wafer under the tongue stops the pounding heart and the dread in their tracks within a couple of minutes.",
        RAPID,
        "warning",
    ),
    (
        "meloxicam",
        "One of our regulars, a deckhand with bad knees, told us he could climb the gangway without wincing twenty minutes"
        " after his first tablet.",
        RAPID,
        "warning",
    ),
    # other voices: a slow medicine within the hour
    (
        "prednisone",
        "Within the hour of the first tablet she was breathing easily again, and she bowled the next morning.",
        RAPID,
        "warning",
    ),
    ("prednisone", "My lad was wheeze-free within the hour of his first dose.", RAPID, "warning"),
    ("spironolactone", "Spironolactone gets to work on the swelling fast: it starts to drain the fluid within the hour.", RAPID, "warning"),
    ("spironolactone", "Give him the tablet after tea and within the hour his ankles were going down.", RAPID, "warning"),
    ("spironolactone", "It clears the water off his lungs within 30 minutes, honestly.", RAPID, "warning"),
    ("meloxicam", "Meloxicam eases the knees within the hour, so you can get back on deck.", RAPID, "warning"),
    ("meloxicam", "Within the hour of her first tablet her knees were easier and she was back on her feet.", RAPID, "warning"),
    ("escitalopram", "It starts calming the worry within the hour.", RAPID, "warning"),
    # other voices: minutes, the trouble the subject after a dose
    ("atenolol", "Pop a tablet half an hour before the gig and the shaking stops within ten minutes.", RAPID, "warning"),
    (
        "propranolol",
        "She swallowed one in the green room and her pounding heart had settled right down in about five minutes.",
        RAPID,
        "warning",
    ),
    # ... the dose or the medicine the subject
    ("clonazepam", "Clonazepam stops the panic in its tracks within a couple of minutes.", RAPID, "error"),
    ("lorazepam", "Honestly, one tablet takes the panic away within fifteen minutes.", RAPID, "error"),
    # ... relief felt in minutes, said flat or told of the past
    ("ibuprofen", "You'll feel real relief within ten minutes of swallowing them.", RAPID, "error"),
    ("naproxen", "Most of our customers feel much better within 15 minutes.", RAPID, "error"),
    ("tramadol", "I felt proper relief in about five minutes.", RAPID, "warning"),
    # ... a benefit with the minutes after the dose
    ("sumatriptan", "I was pain-free ten minutes after taking one, right there in the office.", RAPID, "warning"),
    ("baclofen", "He was back on his feet a few minutes after his first dose.", RAPID, "warning"),
    # ... the medicine's tablets kicking in fast
    ("hydrocodone-acetaminophen", "Hydrocodone tablets kick in really fast for toothache.", RAPID, "error"),
]

#: (drug, body, rule): no finding of the rule.
SHOULD_NOT = [
    # denied or hedged
    ("prednisone", "I was not breathing freely within the hour of the first tablet; it took two days.", RAPID),
    ("spironolactone", "Don't expect it to start clearing the fluid within the hour: it builds up over several days.", RAPID),
    ("spironolactone", "It won't start clearing the fluid within the hour.", RAPID),
    ("prednisone", "Prednisone does not work within the hour; it takes several hours.", RAPID),
    ("meloxicam", "Meloxicam may ease the knees within a few days.", RAPID),
    ("atenolol", "Take one and your racing heart may settle within 20 minutes.", RAPID),
    ("oxycodone", "You may feel relief within 15 minutes.", RAPID),
    ("oxycodone", "If you don't feel relief within 20 minutes, do not take another tablet.", RAPID),
    ("oxycodone", "Most people do not feel relief within ten minutes.", RAPID),
    ("prednisone", "You may be breathing more easily within a few hours, but it can take a day or two.", RAPID),
    # the label's longer time course
    ("oxycodone", "Most people feel relief within 30 to 60 minutes.", RAPID),
    ("atenolol", "Take one and your heart rate usually settles within 30 to 60 minutes.", RAPID),
    ("diazepam", "Take one and the spasms usually settle within an hour or two.", RAPID),
    # a medicine whose label gives the time, or another medicine
    ("furosemide", "It starts clearing the fluid within the hour.", RAPID),
    ("spironolactone", "Furosemide starts clearing the fluid within the hour; spironolactone is slower.", RAPID),
    ("ibuprofen", "Ibuprofen eases the pain within the hour.", RAPID),
    ("albuterol", "Two puffs and the tightness in my chest eases within a few minutes.", RAPID),
    # a side effect settling, wearing off or coming on
    ("meloxicam", "The stomach upset usually settles within the hour.", RAPID),
    ("meloxicam", "Take it with food. If the indigestion does not settle within the hour, call us.", RAPID),
    ("atenolol", "Take one with water and the dizziness settles within 20 minutes.", RAPID),
    ("atenolol", "Take one and you may feel dizzy, but it settles within ten minutes.", RAPID),
    ("meloxicam", "Twenty minutes after his first tablet he felt dizzy and had to sit down.", RAPID),
    ("meloxicam", "The nausea had gone twenty minutes after his first tablet.", RAPID),
    ("sumatriptan", "The tingling and warmth had gone twenty minutes after the dose.", RAPID),
    ("prednisone", "The jittery feeling had gone within the hour.", RAPID),
    ("oxycodone", "Take one and your breathing slows within 20 minutes; call 911 if it stops.", RAPID),
    ("clonazepam", "Stopping it suddenly can bring back the panic within minutes.", RAPID),
    # another remedy, an everyday time, an instruction
    ("clonazepam", "An ice pack eases the pain within ten minutes.", RAPID),
    ("meloxicam", "The swelling was down within the hour after I iced it.", RAPID),
    ("atenolol", "After a run your racing heart settles within 20 minutes.", RAPID),
    ("clonazepam", "The wafer dissolves on the tongue within a couple of minutes.", RAPID),
    ("meloxicam", "Wait twenty minutes after your first tablet before you drive.", RAPID),
    ("prednisone", "Prednisone is usually taken within an hour of breakfast.", RAPID),
    # quoted to be refuted, or cited
    ("spironolactone", "Someone on the forum said it starts clearing the fluid within the hour. That isn't true: it takes days.", RAPID),
    ("spironolactone", "It starts clearing the fluid within the hour (Smith, 2020).", RAPID),
]
