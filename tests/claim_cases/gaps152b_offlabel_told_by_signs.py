"""Off-label uses told only by the signs of the condition, in lay words, from eval/holdout336 (kv01 lithium), holdout339
(ky03 amlodipine), holdout340 (kz08 lisdexamfetamine) and holdout342 (lb09 ondansetron), as a class.

Class: a cluster headache told by its clock, the stabbing pain behind one eye at the same hour every night for weeks; Raynaud's
told by the fingers named, then "they go white, then blue", or kept "from going white and numb" in the cold by the medicine as
subject; narcolepsy told by sleep in the middle of the day however much was slept, and the knees buckling when laughing;
morning sickness told by the first months and what cannot be kept down. Each is a warning (told only by signs).

Silent: the same signs denied, as a side effect or a reason to call a doctor, about another time (the first weeks of chemo),
an approved use in lay words (methylphenidate for narcolepsy's signs), a disclosure beside it, one colour alone.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (kv01, ky03, kz08)
    (
        "lithium",
        "Lithium is a mood stabiliser. It treats bipolar disorder.\n\nDr Flett also gives it to a few of the fishermen for the"
        " stabbing headaches behind one eye that come every night at the same hour for weeks at a time, and it usually settles"
        " them within a fortnight.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amlodipine",
        "Our chairman's wife, who handles the club's books, told us she gets it every winter for her fingers. \"Ten minutes at"
        ' the spectator fence in January and they go white, then blue, then burn when they warm up," she said. "My GP put me on'
        ' amlodipine for it and now I can hold a coffee at the November hill climb."',
        OFF_LABEL,
        "warning",
    ),
    (
        "lisdexamfetamine",
        "One long-time runner shared that his doctor started him on Vyvanse because he kept nodding off at his desk in the middle"
        " of the day, however much he slept, and sometimes his knees would buckle when he laughed. He says it has kept him awake"
        " through work ever since.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings of the class in other voices
    (
        "sildenafil",
        "Viagra keeps my daughter's fingers from going white and numb every time it gets cold.",
        OFF_LABEL,
        "warning",
    ),
    ("sildenafil", "Sildenafil stops her hands going white and numb in the cold.", OFF_LABEL, "warning"),
    (
        "amlodipine",
        "My toes are the worst. On the school run in February they turn white and then blue, so my doctor prescribed Norvasc.",
        OFF_LABEL,
        "warning",
    ),
    (
        "lithium",
        "My uncle takes lithium for the drilling pain behind his left eye that wakes him at the same time every night, in bouts"
        " that last for weeks on end.",
        OFF_LABEL,
        "warning",
    ),
    (
        "lisdexamfetamine",
        "Her neurologist put her on lisdexamfetamine because she kept falling asleep in the middle of meetings, no matter how"
        " long she slept.",
        OFF_LABEL,
        "warning",
    ),
    (
        "lisdexamfetamine",
        "I was prescribed Vyvanse after my legs gave way whenever I laughed at a joke.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ondansetron",
        "Many of our clients are given ondansetron for those first months when they can't keep even dry toast down and are"
        " living on ice chips.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ondansetron",
        "Her midwife prescribed ondansetron during the early weeks, when she couldn't keep even water down.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wordings that must stay silent.
SHOULD_NOT = [
    # denied
    ("sildenafil", "Sildenafil doesn't stop her fingers going white in the cold.", OFF_LABEL),
    # a reason to stop or a side effect
    ("sildenafil", "Stop taking sildenafil if your fingers go white in the cold.", OFF_LABEL),
    ("amlodipine", "Amlodipine can make your fingers go white in the cold; tell your doctor if it happens.", OFF_LABEL),
    ("lithium", "Call your doctor if you get a stabbing pain behind one eye while taking lithium.", OFF_LABEL),
    ("lisdexamfetamine", "Tell your doctor if your knees buckle when you laugh while taking Vyvanse.", OFF_LABEL),
    # one colour alone, about fear
    ("amlodipine", "When the bill came they went white with shock. Amlodipine is for high blood pressure.", OFF_LABEL),
    # the signs with a disclosure beside them
    (
        "amlodipine",
        "Her fingers go white, then blue in the cold, so her GP put her on amlodipine. This is an off-label use: amlodipine is"
        " not FDA-approved for Raynaud's.",
        OFF_LABEL,
    ),
    # an approved use in lay words: methylphenidate is approved for narcolepsy
    (
        "methylphenidate",
        "His doctor started him on Ritalin because he kept nodding off at his desk in the middle of the day, however much he"
        " slept, and his knees would buckle when he laughed.",
        OFF_LABEL,
    ),
    # sleepiness alone is not narcolepsy's
    ("lisdexamfetamine", "Vyvanse can make it hard to sleep at night, so take it in the morning.", OFF_LABEL),
    # another time of life: the first weeks of chemo (approved)
    (
        "ondansetron",
        "In the first weeks of chemo she couldn't keep even water down, so her oncologist prescribed ondansetron.",
        OFF_LABEL,
    ),
    # eyes strained at a screen, not one eye
    ("lithium", "A dull ache behind my eyes every evening at the computer is not something lithium is for.", OFF_LABEL),
]
