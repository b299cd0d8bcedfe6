"""Doses counted in tablets of a strength told before them, above the label maximum (eval/holdout280 ir01, holdout283 iu01
and iu05, holdout284 iv07), and an adult's dose beside a child's (holdout279 iq09), as classes.

- One tablet more taken on a schedule, how it is taken between the count and the hours: "you can let another one melt
  every 6 hours" after "Each dissolving tablet is 8 mg" (ondansetron: 32 mg a day, above 24 mg), "let one dissolve on your
  tongue every 4 hours", "take another one with water every 6 hours".
- A count with a half tablet in it: "take one and a half tablets on the first night" after "The clinic dispenses the 10 mg
  tablets" (zolpidem: 15 mg), "I took one and a half of them last night".
- Part of a tablet, or a tablet, added at a later part of the day, past weeks of a kind: "one 37.5 mg tablet at breakfast,
  and in the last busy fitting weeks add half a tablet after lunch" (phentermine: 56.25 mg, above 37.5 mg), "on long days I
  add a tablet after lunch".
- Tablets called by a strength the drug is sold at, in a paragraph that names no drug ("Mine are the 850s."), then counted
  at the parts of a day, the last item closing its sentence: "one at breakfast, one at lunch, one at dinner and another with
  my late snack" (metformin: 3,400 mg, above 2,550 mg); bare numbers listed before a unit share it ("The tablets come in 500,
  850 and 1,000 mg": three strengths, the smallest read for a bare count, not 1,000 alone).
- Must stay silent: the same counts within the maximum (a smaller strength), forbidden, the halves of one tablet; an adult
  told by a role taking his own dose after a child's ("Children aged 6 to 14 take one 5 mg chewable each evening. Our
  director, Sol, takes the 10 mg tablet once a day": montelukast's adult 10 mg, not the child's 5 mg maximum), while one who
  only tells of the child's dose ("Her teacher says she takes 10 mg") or gives it ("the school nurse gives her") keeps the
  child's maximum.
"""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

_MELT = "Each dissolving tablet is 8 mg. With dry hands, peel back the foil and let the tablet melt on your tongue.\n\n"
_METFORMIN = (
    "**HAROLD:** The tablets come in 500, 850 and 1,000 mg, and the doctor usually starts you at 500 mg twice a day and goes up slowly.\n\n"
)

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings
    (
        "ondansetron",
        _MELT + "Take one tablet when you get home if you feel sick. If the queasiness comes back, you can let another one "
        "melt every 6 hours until it settles.",
        ABOVE_MAX,
        "error",
    ),
    (
        "zolpidem",
        "The clinic dispenses the 10 mg tablets in blister strips of seven.\n\nOn a changeover week, when you flip from nights "
        "back to days, the clinic physician may tell you to take one and a half tablets on the first night so you are not "
        "still awake at dawn.",
        ABOVE_MAX,
        "error",
    ),
    (
        "phentermine",
        "Most brides we've talked to take one 37.5 mg tablet at breakfast, and in the last busy fitting weeks add half a "
        "tablet after lunch to keep the afternoon grazing in check.",
        ABOVE_MAX,
        "error",
    ),
    (
        "metformin",
        _METFORMIN + "**MARISOL:** Mine are the 850s. I take one at breakfast, one at lunch, one at dinner and another with my "
        "late snack, so I never take one on an empty stomach.",
        ABOVE_MAX,
        "error",
    ),
    # new wordings: a melt on a schedule (a leaflet, a forum post, a careless shop)
    (
        "ondansetron",
        "Your Zofran melts are 8 mg each.\n\nIf the sickness returns, let one dissolve on your tongue every 4 hours.",
        ABOVE_MAX,
        "error",
    ),
    (
        "ondansetron",
        "The ODT ones they gave me were 8 mg tablets. After the op I kept letting another one melt under my tongue every six hours.",
        ABOVE_MAX,
        "error",
    ),
    ("ondansetron", _MELT + "Still queasy? Take another one with water every 6 hours.", ABOVE_MAX, "error"),
    # ... a count with a half in it
    (
        "zolpidem",
        "The 10 mg tablets are what I have. I took one and a half of them last night and felt groggy all morning.",
        ABOVE_MAX,
        "error",
    ),
    ("zolpidem", "Mine are 10 mg tablets. Before a long-haul flight I take one and a half tablets at bedtime.", ABOVE_MAX, "error"),
    # ... part of a tablet, or a tablet, added later that day
    (
        "phentermine",
        "One 37.5 mg capsule with breakfast, and during the hardest weeks before the race she adds half a capsule after lunch.",
        ABOVE_MAX,
        "error",
    ),
    ("phentermine", "I take one 37.5 mg tablet at breakfast and on long days I add a tablet after lunch.", ABOVE_MAX, "error"),
    # ... tablets called by their strength, then counted through the day
    ("metformin", "I'm on the 850s. I take one at breakfast, one at lunch, one at dinner and another at bedtime.", ABOVE_MAX, "error"),
    (
        "metformin",
        "Dad's are the 1000s these days. He takes one with breakfast, one with lunch and one with his dinner.",
        ABOVE_MAX,
        "error",
    ),
    # a child's dose told by an adult, or given by one: still the child's
    (
        "montelukast",
        "Our six-year-old has the 5 mg chewable. Her teacher says she takes 10 mg a day on bad days.",
        ABOVE_MAX,
        "error",
    ),
    (
        "montelukast",
        "My five-year-old takes one 4 mg chewable at night. The school nurse gives her two 4 mg chewables at lunch too.",
        ABOVE_MAX,
        "error",
    ),
]

#: (drug, body, rule): must not be reported.
SHOULD_NOT = [
    # the draft's own wording: the director's adult dose after the children's
    (
        "montelukast",
        "**Doses you'll see on the forms.** Children aged 6 to 14 take one 5 mg chewable each evening. Our director, Sol, "
        "takes the 10 mg tablet once a day for his hay fever. Nobody should be taking extra.",
        ABOVE_MAX,
    ),
    ("montelukast", "Kids aged 6 to 14 get the 5 mg chewable. The coach swallows one 10 mg tablet every morning.", ABOVE_MAX),
    ("montelukast", "My five-year-old takes one 4 mg chewable. Her grandad takes 10 mg a day for his allergies.", ABOVE_MAX),
    # within the maximum: a smaller strength
    ("ondansetron", "Each dissolving tablet is 4 mg.\n\nIf the queasiness comes back, let another one melt every 8 hours.", ABOVE_MAX),
    ("zolpidem", "Our pharmacy gives out the 5 mg tablets. Some nights I take one and a half tablets.", ABOVE_MAX),
    ("phentermine", "I take one 15 mg capsule at breakfast and add half a capsule after lunch.", ABOVE_MAX),
    ("metformin", "Mine are the 500s. I take one at breakfast, one at lunch, one at dinner and another with my late snack.", ABOVE_MAX),
    ("metformin", "The tablets come in 500, 850 and 1,000 mg. I take four a day with meals.", ABOVE_MAX),
    # forbidden, or the halves of one tablet
    ("zolpidem", "The 10 mg tablets are what I have. Never take one and a half tablets in one night.", ABOVE_MAX),
    ("phentermine", "I take half of a 37.5 mg tablet at breakfast and add the other half after lunch.", ABOVE_MAX),
    ("phentermine", "Do not take one 37.5 mg tablet at breakfast and add half a tablet after lunch.", ABOVE_MAX),
]
