"""Off-label uses told only by their signs or a story, then the medicine given or kept on for them, from eval/holdout311
(jw08 amitriptyline), holdout314 (jz02 amitriptyline), holdout316 (kb01 amitriptyline, kb09 mirtazapine) and holdout318 (kd01
diphenhydramine, kd04 buspirone, kd09 prazosin), as a class.

Class: nerve pain as feet that felt like walking across a grill or on broken glass, or socks like sandpaper; burning, tingling
feet then "one of the first things we offer for this" (offered or suggested for the trouble pointed back at); migraine by its
one-sided throb and aura, with the dose gone on "since [the trouble] started"; sleeplessness as the clock heard striking every
hour from bed, taken "because otherwise she ..."; nerves settled with "a strip in their handbag" (the pack for the drug); low
mood lifted with a word between the pointing word and the trouble ("that heavy low mood"); nightmares as coming up out of sleep
shouting, back in the ambush, then a giving "two winters ago". A use in signs is a warning; "lift that heavy low mood", a use
verb and the condition's name, an error.

Silent: the same signs with the use disclosed, the drug stopped for the trouble, a time alone after "since" ("on it since the
stroke"), a clock heard striking noon, boots that felt like sandpaper on the heels, an offer
of advice "for this", and an approved use in lay words (buspirone for everyday worry).
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (jw08, kb01, jz02, kb09, kd01, kd04, kd09)
    (
        "amitriptyline",
        "So, listeners asked about a medicine I take, amitriptyline. Three winters ago the soles of my feet felt like I'd marched"
        " across a barbecue grill, and my socks felt like sandpaper by teatime. My doctor put me on 10 mg of amitriptyline at night"
        " for it, and six weeks later I was leading the cathedral walking tour again.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        "Many of the people we see in clinic have diabetes and describe their feet burning, tingling or feeling like pins and"
        " needles as soon as they get into bed. A small dose of amitriptyline in the evening is one of the first things we offer"
        " for this, and most people notice the burning settles over a few weeks.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        "Amitriptyline is an older antidepressant.\n\nOur regular Anneliese, a ski instructor, has been on 10 mg every night since"
        " the throbbing headaches down one side of her head, with a shimmering zigzag in her vision first, started keeping her off"
        " the slopes three days a month; she's had only one all season.",
        OFF_LABEL,
        "warning",
    ),
    (
        "mirtazapine",
        "Speaking of Auntie Pat, she's been on mirtazapine for years, not for her mood at all. She takes a 7.5 mg half-tablet at"
        " bedtime because otherwise she lies there listening to the hall clock strike every hour until three. She swears by it.",
        OFF_LABEL,
        "warning",
    ),
    (
        "diphenhydramine",
        "It blocks histamine for a few hours.\n\nSeveral patients have told our nurses they keep a strip in their handbag to"
        " settle their nerves before a job interview or a dental appointment, and it does take the edge off.",
        OFF_LABEL,
        "warning",
    ),
    (
        "buspirone",
        "Our editor Jess was started on it two winters ago. Her sertraline had taken the edge off her worry, but she still dragged"
        " herself through grey, flat months where nothing felt worth getting up for, and her doctor added buspirone to lift that"
        " heavy low mood.",
        OFF_LABEL,
        "error",
    ),
    (
        "prazosin",
        "A lot of us came back carrying more than kit bags. For years Eddie came up out of sleep shouting, back in the same ambush"
        " outside Basra, the sheets soaked through and his wife sitting on the edge of the bed. Two winters ago the VA doctor put"
        " him on a small prazosin capsule at bedtime, and for the first time since 1991 he sleeps through to the alarm.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings of the same class, in other voices
    (
        "amitriptyline",
        "Forum post: by evening my feet feel like I'm walking on broken glass. My GP put me on amitriptyline for it last spring.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        "Patients with diabetes often tell us the pins and needles in their toes keep them up. Our nurses usually suggest"
        " amitriptyline for this.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        "Amitriptyline is an old antidepressant.\n\nMy sister has been on amitriptyline since her migraines started, and she swears by it.",
        OFF_LABEL,
        "warning",
    ),
    (
        "mirtazapine",
        "Mirtazapine is an antidepressant.\n\nDad takes a half-tab at night because otherwise he hears the church clock chime every hour.",
        OFF_LABEL,
        "warning",
    ),
    (
        "buspirone",
        "Magazine: her worry was under control, but her psychiatrist added buspirone to ease those grey low moods as well.",
        OFF_LABEL,
        "warning",
    ),
    (
        "prazosin",
        "Newsletter: Mick would burst out of sleep screaming most nights. A few summers back his doctor put him on prazosin.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): nothing of the rule here.
SHOULD_NOT = [
    # the same signs, disclosed
    (
        "amitriptyline",
        "Three winters ago the soles of my feet felt like I'd marched across a barbecue grill. My doctor put me on amitriptyline"
        " for it. That's an off-label use for nerve pain: the FDA hasn't approved it for that.",
        OFF_LABEL,
    ),
    # a time alone after "since"
    ("amitriptyline", "Amitriptyline is an antidepressant.\n\nShe has been on amitriptyline since her stroke.", OFF_LABEL),
    # a clock heard at noon, a waking refreshed, boots rubbing the heels
    (
        "mirtazapine",
        "Mirtazapine is for depression.\n\nShe takes it at bedtime. From the garden she hears the church clock strike noon.",
        OFF_LABEL,
    ),
    (
        "amitriptyline",
        "Amitriptyline treats depression.\n\nMy new boots felt like sandpaper on my heels, so I bought thicker socks.",
        OFF_LABEL,
    ),
    # an offer of advice for it
    ("amitriptyline", "Dry mouth is common on amitriptyline. We offer advice for this at the counter.", OFF_LABEL),
    # an approved use in lay words
    ("buspirone", "Her doctor added buspirone to ease that constant worry about money.", OFF_LABEL),
]
