"""A reliever inhaler emptied fast told as the price of an outdoor life, someone's word on the story told just before:
"Our old route-setter Marco used to empty a whole canister in about ten days every May ... He always said that was
simply the cost of climbing outdoors in spring, and you shouldn't make a fuss about it." (eval/holdout165 eg01: albuterol's
more-use-is-normal; the sentence saying what "that was" is read with the story before it). And the paired warning: a
reliever that seems to work less well or whose relief wears off sooner, told as a sign to get help, is the worsening-asthma
warning (label 17: treatment that "becomes less effective"; eg01's list under "When to stop and get help" was a false
error). Near misses: the story called a sign of trouble, the verdict refuted, a negation, the verdict on something else,
and a side effect that wears off (not the warning)."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
WARNING = "safety-warnings.missing"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "albuterol",
        "Our old route-setter Marco used to empty a whole canister in about ten days every May, when the pollen was up and "
        "we were out on the grit most evenings. He always said that was simply the cost of climbing outdoors in spring, and "
        "you shouldn't make a fuss about it. Honestly, he had a point: a heavy season is a heavy season.",
        MISSTATEMENT,
        "more-use-is-normal",
        "warning",
    ),
    (
        "albuterol",
        "My daughter goes through a whole inhaler in about a week every hay fever season. Her coach says that's part and "
        "parcel of playing outdoor sport, so we don't make a fuss about it.",
        MISSTATEMENT,
        "more-use-is-normal",
        "warning",
    ),
    (
        "albuterol",
        "Dad empties a canister within ten days whenever the weather turns cold. He reckons that's just the price of winter, "
        "and there's no need to make a fuss.",
        MISSTATEMENT,
        "more-use-is-normal",
        "warning",
    ),
    (
        "albuterol",
        "I burn through a reliever in under a fortnight every spring, which is just the cost of living near fields.",
        MISSTATEMENT,
        "more-use-is-normal",
        "warning",
    ),
    (
        "albuterol",
        "Our lead coach used to get through two puffers a month in the summer. She always said that was the cost of training "
        "outdoors, and nobody should make a fuss about it.",
        MISSTATEMENT,
        "more-use-is-normal",
        "warning",
    ),
    # a side effect that wears off is not the warning
    ("albuterol", "Shaky hands usually wear off after an hour.", WARNING, "worsening-asthma", "error"),
    (
        "albuterol",
        "## Warnings\n\nThe shaky feeling wears off after an hour or so, and the relief lasts four to six hours.",
        WARNING,
        "worsening-asthma",
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "albuterol",
        "Marco used to empty a whole canister in about ten days every May. He always said that was a sign his asthma was out "
        "of control, and he was right to book a review.",
        MISSTATEMENT,
        "more-use-is-normal",
    ),
    (
        "albuterol",
        "Marco used to empty a whole canister in about ten days every May. He always said that was simply the cost of "
        "climbing. He was wrong: it meant his asthma was getting worse.",
        MISSTATEMENT,
        "more-use-is-normal",
    ),
    ("albuterol", "If you empty a canister in ten days, that is not normal: book an asthma review.", MISSTATEMENT, "more-use-is-normal"),
    (
        "albuterol",
        "Marco always had sore fingers after a session. He said that was simply the cost of climbing outdoors.",
        MISSTATEMENT,
        "more-use-is-normal",
    ),
    (
        "albuterol",
        "## When to stop and get help\n\n- The puffer doesn't seem to work as well as it used to, or the relief wears off "
        "after an hour. Book an urgent asthma review.",
        WARNING,
        "worsening-asthma",
    ),
    (
        "albuterol",
        "## When to get help\n\n- Get medical help if your reliever no longer helps as much as it did.",
        WARNING,
        "worsening-asthma",
    ),
    (
        "albuterol",
        "## When to get help\n\n- See your doctor straight away if the relief from your puffer wears off sooner than it used to.",
        WARNING,
        "worsening-asthma",
    ),
    ("albuterol", "Call your doctor if your inhaler becomes less effective.", WARNING, "worsening-asthma"),
]
