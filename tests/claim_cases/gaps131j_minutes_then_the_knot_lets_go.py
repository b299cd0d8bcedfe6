"""A time of half an hour or less, then the trouble let go, or the effect felt switching on, as a speed claim, from
eval/holdout167 (ei10, cyclobenzaprine), eval/holdout173 (eo06, diazepam) and eval/holdout171 (em05, amphetamine mixed
salts), as a class.

Class: a few minutes from the dose, or "within twenty minutes", told first or after, then a knot, a spasm or a pain
letting go, easing or gone, or a locked back or neck unlocking ("Ten minutes after the first tablet, the knot in my back
just let go", "within twenty minutes the knot in my lower back just lets go"): told in a story, an inferred speed claim (a
warning). And the effect felt switching on, clicking in or coming on within half an hour, passed on as what a student
health service's students say ("Most students say they can feel it switch on within about 20 minutes of swallowing the
tablet": the writer's evidence, an error). Silent: the trouble not gone, a side effect passing, an hour or more, a
hedge, the claim cited, rest or heat timed in minutes, and a rumour of people in general set right.
"""

from __future__ import annotations

RAPID = "unsupported-claim.rapid-onset"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (ei10, eo06, em05)
    (
        "cyclobenzaprine",
        "Here's what Luis from Goods In told us after his strain in October: \"Ten minutes after the first tablet, the knot"
        ' in my back just let go. I could bend to tie my boots again."',
        RAPID,
        "warning",
    ),
    (
        "diazepam",
        "**SAM:** It lets the muscle relax. Here's what a listener, Dale from Millbrook, wrote in: \"My doctor gave me"
        " diazepam when I threw my back out hauling hay, and within twenty minutes the knot in my lower back just lets go."
        " It's like a switch.\" And that's typical; it gets to work about that fast for most people.",
        RAPID,
        "warning",
    ),
    (
        "amphetamine-mixed-salts",
        "Most students say they can feel it switch on within about 20 minutes of swallowing the tablet: the noise in their"
        " head drops and the page in front of them finally stays put.",
        RAPID,
        "error",
    ),
    # new wordings, other voices
    ("diazepam", "A quarter of an hour after I took one, the spasm in my neck had eased right off.", RAPID, "warning"),
    ("cyclobenzaprine", "The cramp in her calf unclenched within ten minutes of the tablet.", RAPID, "warning"),
    ("baclofen", "Within fifteen minutes my back just let go and I could sit up.", RAPID, "warning"),
    ("ibuprofen", "Twenty minutes later the throbbing in my knee had simply gone away.", RAPID, "warning"),
    ("methylphenidate", "Our students tell us they feel it come on within half an hour of the morning tablet.", RAPID, "error"),
    ("amphetamine-mixed-salts", "You'll feel it click in about fifteen minutes after taking it.", RAPID, "warning"),
]

#: (drug, body, rule): no finding of that rule.
SHOULD_NOT = [
    # the trouble not gone
    ("diazepam", "Within twenty minutes the pain in my back had not gone, so I rang the surgery.", RAPID),
    # a side effect passing
    ("diazepam", "Within ten minutes the dizziness had passed and I could stand up again.", RAPID),
    # an hour
    ("diazepam", "Within an hour the knot in my back had eased.", RAPID),
    # a condition
    ("diazepam", "If the pain hasn't eased within twenty minutes, call your doctor.", RAPID),
    # cited
    (
        "cyclobenzaprine",
        "Ten minutes after the first tablet, the knot in my back just let go.[^1]\n\n[^1]: Smith J. Muscle relaxants. BMJ. 2020.",
        RAPID,
    ),
    # an instruction timed in minutes, the easing hedged
    (
        "cyclobenzaprine",
        "Sit for ten minutes after the first tablet, then stretch gently; the knot in your back may take a few days to ease.",
        RAPID,
    ),
    # the back worse, not better
    ("cyclobenzaprine", "Within ten minutes my back went into spasm again.", RAPID),
    # heat, not the tablet
    ("ibuprofen", "Apply heat for twenty minutes; the muscles relax and the pain eases.", RAPID),
    # hedged, and longer
    ("amphetamine-mixed-salts", "You may feel it switch on within about 20 minutes of swallowing the tablet.", RAPID),
    ("amphetamine-mixed-salts", "Most students say they feel it switch on about an hour after swallowing the tablet.", RAPID),
    # a rumour of people in general, set right in the same sentence
    (
        "amphetamine-mixed-salts",
        "Some people say you can feel it switch on within 20 minutes of taking it, but for most it is closer to an hour.",
        RAPID,
    ),
]
