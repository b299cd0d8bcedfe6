"""A day's (or a week's) tablets or pens spread over a schedule, their strength told elsewhere, from eval/holdout207 (fw01,
tramadol), holdout208 (fx13, hydrocodone-acetaminophen), holdout211 (ga03, phentermine), holdout212 (gb06, tirzepatide) and
holdout213 (gc01, zolpidem; gc10, acetaminophen), as a class.

Class: the dose is counted in tablets or pens and its amount comes from a strength told apart from it: in the sentence before
as what the tablets were ("The tablets she came home with were 50 milligram ones"); on the bottle, after a sentence naming the
combination's two medicines ("Norco, which is hydrocodone mixed with acetaminophen ... The bottle says 10 mg/325 mg"); as the
tablets someone is on by their bare number ("the 37.5 wears off around 2 p.m.", "one of the 10s", "keeps the 500s by the
kettle"), past a product of another strength named before; the count spread over the day ("a pair with breakfast, ... and a
last pair at bedtime") or topped up with half of a second tablet; and a once-weekly medicine injected on two days of one week
("a 10 mg pen on Sunday morning and another 10 mg pen on Wednesday night", "a 12.5 mg pen on Saturday and a 7.5 mg pen on
Tuesday": 20 mg a week). Silent: a day or a week within the maximum, or at it, an alternative or a switch, told as what not to
do, and a product's own smaller tablet.
"""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

_TRAMADOL = (
    "Tramadol is a prescription painkiller from the opioid family.\n\nA typical story. The tablets she came home with were 50"
    " milligram ones. After a knee or hip, the plan I see is two tablets every four hours, six times a day, right round the clock"
    " for that first week."
)
_NORCO = (
    "## Day 1\n\nHome from the hospital by 3 pm. The surgeon sent him home with Norco, which is hydrocodone (an opioid) mixed with"
    " acetaminophen, for the pain after surgery. The bottle says 10 mg/325 mg.\n\nThe pharmacist went through a lot at pickup."
    " She said this is a strong opioid.\n\n## Day 2\n\nRough night. The knee swelled and Frank couldn't get comfortable, so I gave"
    " him two of the tablets every four hours, all through the night and the next day, and it finally settled down."
)
_PHENTERMINE = (
    "## Phentermine Dosage\n\nThe standard is one 37.5 mg tablet or capsule in the morning, before breakfast or an hour or two"
    " after. Some doctors split it into half a tablet twice a day. Lomaira is a smaller 8 mg tablet taken up to three times a"
    " day, half an hour before meals.\n\n**My tip:** the 37.5 wears off around 2 p.m. for a lot of us, and the snack drawer"
    " starts calling. What worked for me was breaking a second tablet in half and taking that half with lunch, on top of the"
    " morning one."
)
_ZOLPIDEM = (
    "## Zolpidem Dosage\n\nWomen usually start on 5 mg. Men get 5 mg or 10 mg. The label says the top dose is 10 mg a night,"
    " once a night.\n\nFull honesty, because that's the point of this blog: for a while I was doing my own thing. I'd swallow one"
    " of the 10s at midnight, and on the nights I was still wide awake at two I'd snap a second one in half and take that too."
)
_ACETAMINOPHEN = (
    "For adults, one dose is up to 1,000 mg, which is two of the 500 mg Extra Strength tablets. The label's absolute ceiling is"
    " 4,000 mg in 24 hours.\n\nWalt then told us how his sister-in-law Marjorie manages her hands through the winter: she keeps"
    " the 500s by the kettle and has a pair with breakfast, a pair at lunch, a pair at teatime, a pair with supper and a last"
    " pair at bedtime."
)

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (fw01, fx13, ga03, gb06, gc01, gc10)
    ("tramadol", _TRAMADOL, ABOVE_MAX, "error"),
    ("hydrocodone-acetaminophen", _NORCO, ABOVE_MAX, "warning"),
    ("phentermine", _PHENTERMINE, ABOVE_MAX, "error"),
    (
        "tirzepatide",
        "The label's top dose is 15 mg once a week. Renata reached 15 mg by June. By autumn, though, the scale had stalled, and a"
        ' friend put her in touch with a cash-pay clinic that told her to "push through the plateau": she now injects a 10 mg pen'
        " on Sunday morning and another 10 mg pen on Wednesday night.",
        ABOVE_MAX,
        "error",
    ),
    ("zolpidem", _ZOLPIDEM, ABOVE_MAX, "error"),
    ("acetaminophen", _ACETAMINOPHEN, ABOVE_MAX, "error"),
    # new wordings, other voices
    (
        "tramadol",
        "Tramadol can be habit-forming. The pills the hospital gave my husband were 50 mg. He takes two every four hours, day and night.",
        ABOVE_MAX,
        "error",
    ),
    (
        "hydrocodone-acetaminophen",
        "Mum came home with Vicodin, which is hydrocodone and acetaminophen in one tablet. The label on the bottle reads 10 mg/325"
        " mg.\n\nOn the first night we gave her two tablets every four hours, around the clock.",
        ABOVE_MAX,
        "warning",
    ),
    (
        "tirzepatide",
        "These days she injects a 10 mg pen on Sunday morning and another 10 mg pen on Wednesday night.",
        ABOVE_MAX,
        "error",
    ),
    (
        "tirzepatide",
        "Mum's weight clinic told her to split the difference: she does a 12.5 mg pen on Saturday and a 7.5 mg pen on Tuesday.",
        ABOVE_MAX,
        "error",
    ),
    (
        "hydrocodone-acetaminophen",
        "Her surgeon prescribed Norco, hydrocodone plus acetaminophen. It says 7.5 mg/325 mg on the label.\n\nThat first weekend I"
        " gave her two every four hours, day and night.",
        ABOVE_MAX,
        "warning",
    ),
    (
        "acetaminophen",
        "Acetaminophen is in a lot of cold remedies. Grandad keeps the 500s in his coat and takes a couple at breakfast, a couple"
        " at lunch, a couple at teatime, a couple at supper and a final couple before bed.",
        ABOVE_MAX,
        "error",
    ),
    (
        "phentermine",
        "I was put on Adipex-P 37.5 mg. Honestly, my 37.5 barely lasts till lunch. So I started taking half of another tablet at noon.",
        ABOVE_MAX,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the day at the maximum: 400 mg of tramadol, 4,000 mg of acetaminophen, 15 mg of tirzepatide a week
    (
        "tramadol",
        "Tramadol is an opioid. The tablets she came home with were 50 milligram ones. She takes two tablets every six hours.",
        ABOVE_MAX,
    ),
    (
        "acetaminophen",
        "She keeps the 500s by the kettle and has a pair with breakfast, a pair at lunch, a pair at teatime and a last pair at bedtime.",
        ABOVE_MAX,
    ),
    ("tirzepatide", "She injects a 7.5 mg pen on Sunday morning and another 7.5 mg pen on Wednesday night.", ABOVE_MAX),
    # an alternative or a switch, not two doses of one week
    ("tirzepatide", "She switched from a 10 mg pen on Sundays to a 12.5 mg pen on Wednesdays.", ABOVE_MAX),
    ("tirzepatide", "She injects 7.5 mg on Sunday, or 10 mg on Wednesday if she missed it.", ABOVE_MAX),
    ("tirzepatide", "She does a 12.5 mg pen on Saturday or a 7.5 mg pen on Tuesday.", ABOVE_MAX),
    # told as what not to do
    ("tirzepatide", "Do not inject a 12.5 mg pen on Saturday and a 7.5 mg pen on Tuesday.", ABOVE_MAX),
    # a smaller strength: the day within the maximum
    (
        "hydrocodone-acetaminophen",
        "The surgeon sent him home with Norco, which is hydrocodone mixed with acetaminophen. The bottle says 5 mg/325 mg.\n\nI gave"
        " him one tablet every four hours.",
        ABOVE_MAX,
    ),
    (
        "zolpidem",
        "Women usually start on 5 mg. I swallow one of the 5s at midnight, and on bad nights I snap a second one in half and take"
        " that too.",
        ABOVE_MAX,
    ),
    # a product's own smaller tablet, taken up to three times a day
    (
        "phentermine",
        "Lomaira is a smaller 8 mg tablet taken up to three times a day. What worked for me was taking a second one with lunch.",
        ABOVE_MAX,
    ),
]
