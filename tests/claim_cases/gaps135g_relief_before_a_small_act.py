"""Relief timed by a small everyday act done right after the dose, from eval/holdout199 (fo13, albuterol), eval/holdout201 (fq07,
ibuprofen) and eval/holdout206 (fv04, pantoprazole), as a class.

Class: the symptom gone, or the reader breathing like normal again, before a small act of the hands or the day is done ("before
I've even clipped the cap back on", "before I've clipped back in at the top of the climb", "before you've even reached the office"):
a speed within seconds or minutes no label gives. The symptom may be a throb, the body part named by "that", and the relief what
is "usually" or "often" so. Told in a story, a warning. Silent: a time of the treatment or of help (a second puff, the course, the
ambulance), the symptom come back, a time in weeks after a dosing time ("before breakfast").
"""

from __future__ import annotations

RAPID = "unsupported-claim.rapid-onset"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (fo13, fq07, fv04)
    (
        "albuterol",
        "Priya, our 10K record holder: \"Two puffs and I'm breathing like normal again before I've even clipped the cap back on."
        " That's why it lives in my armband.\"",
        RAPID,
        "warning",
    ),
    (
        "ibuprofen",
        "And it doesn't hang about. I swear the throb in that knee has gone before I've clipped back in at the top of the climb.",
        RAPID,
        "warning",
    ),
    (
        "pantoprazole",
        "Here's the good news. One tablet before breakfast and the burning is usually gone before you've even reached the office,"
        " so you'll know on day one that it's doing its job.",
        RAPID,
        "warning",
    ),
    # new wordings, other voices
    ("albuterol", "Two puffs and he's breathing normally before he'd even zipped his jacket back up.", RAPID, "warning"),
    ("albuterol", "One puff and she's breathing freely again before she's put the inhaler back in her bag.", RAPID, "warning"),
    ("albuterol", "I take my two puffs and I'm breathing like a normal person before I've clipped my helmet on.", RAPID, "warning"),
    ("naproxen", "The ache in my back is gone before I've even locked the bike up.", RAPID, "warning"),
    ("sumatriptan", "The throbbing behind my eye has usually eased before I've hung my coat up.", RAPID, "warning"),
    ("omeprazole", "The heartburn is often gone before you've even buckled your seatbelt.", RAPID, "warning"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # help on its way, not a small act
    ("albuterol", "You should be breathing normally again before the ambulance arrives; if not, call 911.", RAPID),
    # a second puff: the treatment's own time
    ("albuterol", "She was breathing normally before she had her second puff, so she stopped there.", RAPID),
    # the course of another treatment
    ("albuterol", "Make sure you're breathing normally before you've finished the course of steroids.", RAPID),
    # the symptom come back, before the course ends
    ("ibuprofen", "The throb in that knee came back before I'd finished the course.", RAPID),
    # a dosing time, the relief in a week
    ("ibuprofen", "Take it before breakfast and the ache usually eases within a week.", RAPID),
]
