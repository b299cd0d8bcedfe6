"""A story of trouble, then the person's own voice on it or what was tried, then the giving (holdout61 ag13), as a class.

"... deep, sore lumps along her jawline and chin that no cleanser or cream would touch. At 27 she had tried three rounds
of antibiotics and enough concealer to stock a shop. "I'd cancel plans," she says. "I didn't want to be looked at."" then
"Last year her dermatologist suggested something she had never heard of: spironolactone": the quotes and the earlier
tries go on with the story, so the giving reaches back past them to the acne. A story turned ("But it cleared up on its
own") still stops it."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_ACNE = (
    "Every month, about a week before her period, Lena could feel them coming: deep, sore lumps along her jawline and chin "
    "that no cleanser or cream would touch. "
)

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "spironolactone",
        _ACNE + 'At 27 she had tried three rounds of antibiotics and enough concealer to stock a shop. "I\'d cancel plans," she '
        'says. "I didn\'t want to be looked at."\n\nLast year her dermatologist suggested something she had never heard of: '
        "spironolactone, a tablet her grandfather takes for his heart.",
        OFF_LABEL,
        "warning",
    ),
    (
        "spironolactone",
        _ACNE + '"I hid in my flat for a week every month," Lena recalls. Her GP started her on spironolactone in March.',
        OFF_LABEL,
        "warning",
    ),
    (
        "propranolol",
        "Before every audition my hands shook so badly I could barely hold the bow, and my heart pounded in my ears. I'd already "
        'tried breathing exercises and beta-blocker-free herbal drops. "It was humiliating," I told my teacher. My doctor '
        "prescribed propranolol.",
        OFF_LABEL,
        "warning",
    ),
]

# a sign told as a quoted likeness, the comma inside the quote ('her feet began to burn at night, "like standing on hot
# sand," with stabbing, electric jolts'), holdout41 n03
SHOULD.append(
    (
        "amitriptyline",
        'Three winters ago her feet began to burn at night, "like standing on hot sand," with stabbing, electric jolts that '
        "woke her at two in the morning. Her doctor started her on 10 mg of amitriptyline at bedtime.",
        OFF_LABEL,
        "warning",
    )
)

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "spironolactone",
        _ACNE + '"I\'d cancel plans," she says. But it cleared up on its own by the summer. Her GP later started her on '
        "spironolactone for her blood pressure.",
        OFF_LABEL,
    ),
    (
        "spironolactone",
        _ACNE + "She had tried three rounds of antibiotics. Her dermatologist said spironolactone would be off-label for acne and "
        "talked it through with her before prescribing it.",
        OFF_LABEL,
    ),
]
