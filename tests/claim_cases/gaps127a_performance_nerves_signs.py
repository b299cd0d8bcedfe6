"""Performance anxiety told by its signs, from eval/holdout133 (da03, carvedilol) and eval/holdout138 (df04, metoprolol),
as a class.

Class: the night before a performance lain awake in dread ("Before recitals my hands used to shake, my heart pounded ... and
I'd lie awake the night before dreading it. A friend's doctor gave me carvedilol"): the dread is the nerves' (not a
sleeplessness of its own); the body's side of the nerves eased on the day ("A small dose an hour beforehand takes the edge
off the physical side of the nerves", "eased the bodily symptoms of her nerves"). Carvedilol and metoprolol are approved for
the heart and blood pressure only: a warning. Silent: the night before an operation, the effects of adrenaline on the heart,
the physical symptoms of panic as a warning sign.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (da03, df04)
    (
        "carvedilol",
        "**MaestroDan:** Off-topic-ish. I'm not a heart patient, I'm a cellist. Before recitals my hands used to shake, my heart"
        " pounded so hard I could hear it and my mouth went dry, and I'd lie awake the night before dreading it. A friend's"
        " doctor gave me carvedilol, 6.25 mg an hour before I go on, and now I walk out calm. Game changer for me.",
        OFF_LABEL,
        "warning",
    ),
    (
        "metoprolol",
        "A growing group comes to us for the racing heart, shaking hands and dry mouth that hit before a job interview, a"
        " wedding speech or an audition. A small dose an hour beforehand takes the edge off the physical side of the nerves so"
        " you can get through it.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings: the night before lain awake in dread, the body's side of the nerves
    (
        "carvedilol",
        "She lay awake for nights before the audition, terrified of it. Her GP put her on carvedilol, 3.125 mg on the day.",
        OFF_LABEL,
        "warning",
    ),
    (
        "carvedilol",
        "I get the shakes at work and I'd lie awake half the night before the pitch, worrying about it. My doctor started me"
        " on carvedilol.",
        OFF_LABEL,
        "warning",
    ),
    (
        "carvedilol",
        "Carvedilol takes the edge off the physical side of the nerves.",
        OFF_LABEL,
        "warning",
    ),
    (
        "metoprolol",
        "A single tablet eased the bodily symptoms of her nerves.",
        OFF_LABEL,
        "warning",
    ),
    (
        "metoprolol",
        "Metoprolol quiets the physical signs of fear, so my voice doesn't wobble when I speak up in meetings.",
        OFF_LABEL,
        "warning",
    ),
    (
        "metoprolol",
        "Half a tablet takes the edge off the bodily side of my nerves, and I can actually hold the bow still.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "carvedilol",
        "He lay awake the night before his surgery, dreading it. His doctor gave him carvedilol for his heart failure.",
        OFF_LABEL,
    ),
    (
        "carvedilol",
        "Carvedilol reduces the physical effects of adrenaline on the heart.",
        OFF_LABEL,
    ),
    (
        "metoprolol",
        "Metoprolol lowers blood pressure. Stress can make the physical symptoms of panic feel worse, so tell your doctor if you get them.",
        OFF_LABEL,
    ),
    (
        "metoprolol",
        "Metoprolol can hide the physical signs of low blood sugar, such as a pounding heart and shaking hands.",
        OFF_LABEL,
    ),
]
