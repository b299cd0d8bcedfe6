"""Restless legs syndrome told only by its signs, from eval/holdout126 (ct10, gabapentin), as a class.

Class: the legs' odd feeling the moment the person is at rest, the feeling told before ('her legs felt "full of fizzy
lemonade" the moment she sat still', "My thighs buzz like a shaken can of soda every time I sit down to read") or after
the rest ("As soon as I lie down at night my calves feel like there are ants marching inside them"), then the drug
given or its relief told (gabapentin is approved for postherpetic neuralgia and seizures; restless legs only for
gabapentin enacarbil, another ingredient). All lay words: a warning. Silent: legs like jelly on standing, legs that ache
or feel heavy at rest, feet that tingle and burn at rest (a nerve pain's), unsteady legs as a side effect, jumpy legs
before a race.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (ct10)
    (
        "gabapentin",
        "Then there is Edna in Room 12, who is happy for us to share her story. For years, her evenings ended with her up and"
        ' down the corridor, telling the night staff her legs felt "full of fizzy lemonade" the moment she sat still. Since'
        " the GP started her on a small dose of gabapentin with her supper, she sits through the whole Thursday film, and the"
        " night staff say she's settled by ten.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings: the feeling after the rest, or before it
    (
        "gabapentin",
        "As soon as I lie down at night my calves feel like there are ants marching inside them. My GP prescribed gabapentin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        "Dad's legs go all jittery whenever he puts his feet up in the evening, so he's up and down all through the news. His"
        " doctor started him on gabapentin at teatime.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        "My thighs buzz like a shaken can of soda every time I sit down to read. The neurologist added gabapentin at bedtime.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        "The moment she settles on the sofa, her legs start to fizz and twitch. Her GP started her on a small dose of gabapentin"
        " at dinner.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "gabapentin",
        "His legs felt like jelly the moment he stood up after the operation. The surgeon prescribed gabapentin for the nerve"
        " pain after shingles.",
        OFF_LABEL,
    ),
    (
        "gabapentin",
        "Her legs ache and feel heavy when she sits for long. Her GP gave her gabapentin for the nerve pain after shingles.",
        OFF_LABEL,
    ),
    (
        "gabapentin",
        "My feet tingle and burn the moment I lie down in bed. My doctor gave me gabapentin for the pain after my shingles.",
        OFF_LABEL,
    ),
    ("gabapentin", "Gabapentin can make your legs feel unsteady, so take care when you stand up after sitting still.", OFF_LABEL),
    (
        "gabapentin",
        "Before the race my legs felt jumpy the moment I sat down on the start line. I take gabapentin for my seizures.",
        OFF_LABEL,
    ),
]
