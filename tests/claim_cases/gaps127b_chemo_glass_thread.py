"""Nerve pain in the hands or feet after chemotherapy told by glass or needles felt in them, the drug given in the next
post of a thread, from eval/holdout134 (db13, duloxetine), as a class.

Class: fingertips, feet, toes or hands that feel packed with broken glass, full of needles or stuffed with razor blades,
or like walking on broken glass; a thread's next post ("**3/** My oncologist started me on duloxetine") opens with the
giving after its number (duloxetine is approved for diabetic nerve pain, not chemotherapy's). Lay words: a warning.
Silent: real broken glass trodden on, feet like lead, the signs passed before the drug was given for depression, the
feeling as the drug's own side effect.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (db13)
    (
        "duloxetine",
        "**2/** Quick background: finished chemo for breast cancer in 2025. Beat the cancer, kept a souvenir. My fingertips and"
        " the soles of my feet felt like they were packed with broken glass, burning and buzzing all day. Couldn't do my buttons,"
        " couldn't feel the pedals properly.\n\n**3/** My oncologist started me on duloxetine 30 mg, then 60 mg once a day after"
        " a week. By week six the glass feeling had dulled to a hum. I can type this thread.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings: needles, razor blades, walking on glass; one post or two
    (
        "duloxetine",
        "After the last round of chemo, her toes felt as if they were full of needles. Her oncologist put her on duloxetine.",
        OFF_LABEL,
        "warning",
    ),
    (
        "duloxetine",
        "Since the chemo his hands feel like they've been stuffed with razor blades.\n\n4/ His oncologist started him on"
        " duloxetine last spring.",
        OFF_LABEL,
        "warning",
    ),
    (
        "duloxetine",
        "1/ Chemo's done, but my feet feel like I'm walking on broken glass every step.\n\n2/ So my doctor put me on duloxetine 30 mg.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "duloxetine",
        "Last summer I trod on broken glass at the beach and needed stitches. My doctor put me on duloxetine for my depression.",
        OFF_LABEL,
    ),
    (
        "duloxetine",
        "My feet felt like lead after the chemo.\n\n3/ My doctor started me on duloxetine for my low mood.",
        OFF_LABEL,
    ),
    (
        "duloxetine",
        "After chemo my feet felt like they were full of broken glass, but that passed by the summer.\n\n3/ My GP started me on"
        " duloxetine for depression in the autumn.",
        OFF_LABEL,
    ),
    (
        "duloxetine",
        "Duloxetine can make your hands feel like they are full of pins at first; tell your doctor.",
        OFF_LABEL,
    ),
]
