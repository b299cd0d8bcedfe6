"""A tablet called by its bare strength, of an amount the article names in mg, and more tablets (or a part of one) the
same day (holdout77 aw07: "One whole 37.5 with breakfast, and then around 2 pm ... I snap another tablet in half and
take that half too" = 56.25 mg; phentermine allows 37.5 mg): the tablets are of the strength their own sentence
names, not of a product (Lomaira, 8 mg) named in the paragraph before; "another tablet in half" or "in two" is half
a tablet more.

Still silent: the bare-strength tablet alone, two halves making one tablet, tablets of a product with no strength of
their own said, a number that is no tablet ("a 37.5 pounds")."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"
_STANDARD = "The standard dose is one 37.5 mg tablet a day. Lomaira is a smaller 8 mg tablet taken up to three times a day.\n\n"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "phentermine",
        _STANDARD + "Here's what I actually do. One whole 37.5 with breakfast, and then around 2 pm, when the afternoon snack "
        "cravings hit, I snap another tablet in half and take that half too.",
        ABOVE_MAX,
        "error",
    ),
    (
        "phentermine",
        "The usual tablet is 37.5 mg; Lomaira is 8 mg.\n\nI take a 37.5 when I wake up and another one at lunch.",
        ABOVE_MAX,
        "error",
    ),
    (
        "phentermine",
        "Most people take one 37.5 mg tablet a day.\n\nMy routine: a whole 37.5 at 7 am, then I cut another tablet in two and "
        "have that half mid-afternoon.",
        ABOVE_MAX,
        "error",
    ),
    (
        "metformin",
        "Metformin comes as 500 mg and 1000 mg tablets; the most is 2550 mg a day.\n\nHe takes a 1000 with breakfast, another "
        "with lunch and a third at dinner.",
        ABOVE_MAX,
        "error",
    ),
    # a product named before whose own doses allow the strength stays the product: Effexor XR's 225 mg, not the
    # immediate-release 375 mg (holdout48 g09)
    (
        "venlafaxine",
        "Leon was on 225 mg of Effexor XR, the highest dose on the label for the capsules. When his mood dipped, his "
        "psychiatrist added a fourth 75 mg capsule to his morning handful.",
        ABOVE_MAX,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("phentermine", _STANDARD + "One whole 37.5 with breakfast is all I take.", ABOVE_MAX),
    (
        "phentermine",
        "The usual tablet is 37.5 mg.\n\nI take half a 37.5 in the morning and snap another tablet in half at lunch.",
        ABOVE_MAX,
    ),
    ("phentermine", "Lomaira is an 8 mg tablet.\n\nI take one with breakfast and another with lunch.", ABOVE_MAX),
    ("phentermine", "The standard dose is one 37.5 mg tablet a day.\n\nI lost a 37.5 pounds in a year.", ABOVE_MAX),
]
