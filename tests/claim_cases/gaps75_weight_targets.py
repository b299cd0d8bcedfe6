"""Weight loss told by what it is measured or felt by (eval/holdout75 au12, holdout76 av02), as a class.

- A number to reach: "to rein in the evening snacking and get her BMI under 35 before her knee replacement", "to bring his
  BMI down", "to get under 100 kilos"; eating reined in: "curb her sugar cravings", "stop the late-night grazing".
- Clothes grown tight, as the reason: "because she hated how her jeans felt after Christmas", "when his suit trousers
  stopped doing up"; the body got back after the holidays or a baby ("Adderall For Getting Your Body Back After The
  Holidays"); the result told as dress sizes: "she'd gone from a size 14 to a 10".
- Warnings (lay words). Not a use: a BMI checked before the approved use, a dose that went from one number to another,
  weight or appetite lost as a side effect, jeans disliked by someone on it for ADHD, the approved use (phentermine).
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_TOPIRAMATE = "Topiramate treats epilepsy and prevents migraine. "
_ADDERALL = "Adderall treats ADHD and narcolepsy. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "topiramate",
        _TOPIRAMATE + "My friend isn't epileptic and doesn't get migraines. Her doctor started her on 25 mg of Topamax to rein "
        "in the evening snacking and get her BMI under 35 before her knee replacement.",
        OFF_LABEL,
        "warning",
    ),
    ("topiramate", _TOPIRAMATE + "His surgeon put him on topiramate to bring his BMI down before the operation.", OFF_LABEL, "warning"),
    ("topiramate", _TOPIRAMATE + "Some clinics hand out topiramate to curb sugar cravings.", OFF_LABEL, "warning"),
    (
        "amphetamine-mixed-salts",
        _ADDERALL + "My cousin Dana started taking her roommate's leftover XR capsules in January because she hated how her "
        "jeans felt after Christmas. She says it made her forget lunch existed and by spring break she'd gone from a size 14 "
        "to a 10.",
        OFF_LABEL,
        "warning",
    ),
    ("amphetamine-mixed-salts", "## Adderall For Getting Your Body Back After The Holidays\n\n" + _ADDERALL, OFF_LABEL, "warning"),
    (
        "amphetamine-mixed-salts",
        _ADDERALL + "My flatmate took Adderall all spring because her jeans had got too tight.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "topiramate",
        _TOPIRAMATE + "Your doctor will check your BMI and weight before starting topiramate for migraine.",
        OFF_LABEL,
    ),
    (
        "topiramate",
        _TOPIRAMATE + "For migraine, my dose went from 25 to 50 over a month, and later from a 50 to a 100 mg tablet.",
        OFF_LABEL,
    ),
    (
        "topiramate",
        _TOPIRAMATE + "Topiramate can take away your appetite, and some people lose weight as a side effect.",
        OFF_LABEL,
    ),
    (
        "amphetamine-mixed-salts",
        _ADDERALL + "Adderall can curb your appetite, so eat a good breakfast before your morning dose.",
        OFF_LABEL,
    ),
    (
        "amphetamine-mixed-salts",
        _ADDERALL + "I have taken Adderall for my ADHD since college, and I still hate how my jeans fit.",
        OFF_LABEL,
    ),
    (
        "phentermine",
        "Phentermine is a short-term aid for weight loss in obesity. Her doctor started her on phentermine to get her BMI "
        "under 30 and curb the evening snacking.",
        OFF_LABEL,
    ),
]
