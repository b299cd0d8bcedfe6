"""Sleep won back told by sleeping through to a morning hour after the dose, from eval/holdout157 (dy01, trazodone), as a
class: an outcome of sleeplessness said of the drug, an off-label use for insomnia (a warning: the tool's inference).

Class: "half of a 50 mg tablet at bedtime, and for the first time since spring I slept through to the alarm", "sleeps right
through till morning", "sleeps straight through until the morning", "sleeping through to breakfast" (as "slept right through
the night" already was). Still silent: an hour alone ("sleep through till six", "some people sleep through
until 2 pm"), an approved hypnotic (zolpidem), sleep back after the approved depression lifted, sleep told apart from a
morning dose for depression, and a first night's drowsiness told as a warning.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (dy01)
    (
        "trazodone",
        "I finally admitted to Dr. Halvorsen that I'm not sleeping either. I lie there listening for Dad on the stairs, and then"
        " it's 3:40 and my head is still going through bills and casseroles and Pete's voicemails. She wrote me my own trazodone,"
        " half of a 50 mg tablet at bedtime, and for the first time since spring I slept through to the alarm.",
        OFF_LABEL,
        "warning",
    ),
    ("trazodone", "Mum takes a 50 mg trazodone tablet at bedtime now and sleeps right through till morning.", OFF_LABEL, "warning"),
    (
        "quetiapine",
        "Since Dr. Park added 25 mg of quetiapine at night, he sleeps straight through until the morning.",
        OFF_LABEL,
        "warning",
    ),
    (
        "mirtazapine",
        "He started on a half of a 15 mg mirtazapine tablet at bedtime, and he's been sleeping through to breakfast ever since.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "trazodone",
        "Trazodone can make you drowsy: some people sleep through until 2 pm the next day, so start it on a weekend.",
        OFF_LABEL,
    ),
    ("zolpidem", "I take 5 mg of zolpidem at bedtime and sleep right through to the alarm.", OFF_LABEL),
    ("trazodone", "Trazodone made me dizzy at first. Since the trazodone I sleep through till six.", OFF_LABEL),
    ("trazodone", "Trazodone lifted my depression, and I sleep through till morning again.", OFF_LABEL),
    (
        "trazodone",
        "She sleeps right through to the alarm most nights, and she takes trazodone in the morning for her depression.",
        OFF_LABEL,
    ),
    (
        "trazodone",
        "Don't worry if you sleep through to the alarm on your first night: trazodone can leave you drowsy, so tell your prescriber.",
        OFF_LABEL,
    ),
]
