"""Off-label uses told by the result hoped for, not by the condition (eval/holdout125 cs11, holdout124 cr10, holdout126 ct01).

Class: the use said by what the reader wants back or wants gone, with or without a use verb:
- weight loss by the waistline as the purpose ("suggested topiramate as much for her waistline as for her head", "to trim
  my spare tyre", "for my love handles") or by the clothes that close again and the snacks that lost their pull ("my
  work trousers do up again", "lost all interest in the biscuit tin");
- hair loss with the tablets by the crowns, temples or patches filled in or fuller, the drug told only as "a tiny daily
  pill" or "a quarter of one of the 2.5 mg tablets" (oral minoxidil: the tablets are approved only for severe high
  blood pressure; the topical product is the hair-loss one);
- alcohol use disorder by the drink given up or gone dull ("to get him off the nightly six-pack", "beer has lost its
  shine", "wine just lost its appeal", "booze no longer does anything for him").
Each is a warning: the condition is the tool's reading.

Quiet: a side effect hedged ("some people find their jeans fit again"), a waistline measured or watched, the approved
drug (phentermine for the waistline, naltrexone for the drink, minoxidil foam for the crown), hair grown elsewhere (a
side effect of the tablets), cigarettes losing their appeal (varenicline's approved use), a drink gone flat or tasting
different, food lost (the appetite lost, a side effect), a part of a tablet taken for blood pressure, the use disclosed.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_TOPIRAMATE = "Topiramate prevents migraines. "
_MINOXIDIL = "Minoxidil foam is approved for hereditary hair loss. "
_VARENICLINE = "Varenicline helps you stop smoking. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own sentences
    (
        "topiramate",
        _TOPIRAMATE + "Marion, 58, says her doctor suggested topiramate as much for her waistline as for her head.",
        OFF_LABEL,
        "warning",
    ),
    (
        "minoxidil",
        _MINOXIDIL + "A lot of guys at my barbershop have ditched the foam and take a tiny daily pill instead, a quarter of one of "
        "the 2.5 mg tablets, and their crowns are filling in like crazy.",
        OFF_LABEL,
        "warning",
    ),
    (
        "varenicline",
        _VARENICLINE + "My dad's on it now, and not for the fags. His doctor gave it to him to get him off the nightly six-pack, "
        "and after a month he says beer has lost its shine completely.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings: a patient forum, a magazine, a clinic newsletter, a blog
    ("topiramate", _TOPIRAMATE + "Since my GP started me on topiramate my work trousers do up again.", OFF_LABEL, "warning"),
    ("topiramate", _TOPIRAMATE + "On topiramate I've lost all interest in the biscuit tin.", OFF_LABEL, "warning"),
    (
        "topiramate",
        _TOPIRAMATE + "My neurologist picked topiramate partly for my love handles, to be honest.",
        OFF_LABEL,
        "warning",
    ),
    ("metformin", "Metformin treats type 2 diabetes. My doctor put me on metformin to trim my spare tyre.", OFF_LABEL, "warning"),
    (
        "minoxidil",
        _MINOXIDIL + "My dermatologist put me on half of one of the 2.5 mg tablets and my temples are looking fuller.",
        OFF_LABEL,
        "warning",
    ),
    ("minoxidil", _MINOXIDIL + "He swears by minoxidil tablets: his bald patches have filled in.", OFF_LABEL, "warning"),
    (
        "minoxidil",
        _MINOXIDIL + "Rob takes one small daily pill now, and his hairline is getting thicker.",
        OFF_LABEL,
        "warning",
    ),
    ("varenicline", _VARENICLINE + "Her GP prescribed varenicline for her nightly cans.", OFF_LABEL, "warning"),
    (
        "varenicline",
        _VARENICLINE + "Three weeks into the Champix, wine just lost its appeal for Sandra.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        "Gabapentin treats nerve pain after shingles. Since he started gabapentin, booze no longer does anything for him.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # a side effect hedged, a waistline watched or measured, food lost (the appetite's side effect)
    (
        "topiramate",
        _TOPIRAMATE + "Weight loss is a common side effect of topiramate; some people find their jeans fit again.",
        OFF_LABEL,
    ),
    ("topiramate", _TOPIRAMATE + "Topiramate can take the edge off your appetite, so keep an eye on your waistline.", OFF_LABEL),
    ("topiramate", _TOPIRAMATE + "Measure your waistline before you start topiramate and again after a month.", OFF_LABEL),
    (
        "topiramate",
        _TOPIRAMATE + "Taking topiramate, she lost interest in food and had to be reminded to eat.",
        OFF_LABEL,
    ),
    # the approved drug
    ("phentermine", "Phentermine is for obesity. Her doctor prescribed phentermine for her waistline.", OFF_LABEL),
    ("naltrexone", "Naltrexone treats alcohol dependence. Since starting naltrexone, beer has lost its shine.", OFF_LABEL),
    ("minoxidil", _MINOXIDIL + "After six months of minoxidil foam my crown has filled in.", OFF_LABEL),
    ("varenicline", _VARENICLINE + "On varenicline, cigarettes lost their appeal within a fortnight.", OFF_LABEL),
    ("varenicline", _VARENICLINE + "His doctor got him off the cigarettes with varenicline.", OFF_LABEL),
    # hair grown elsewhere on the tablets, a tablet split for blood pressure
    (
        "minoxidil",
        "Minoxidil tablets treat severe high blood pressure. On the tablets, hair grew thicker on his arms and back.",
        OFF_LABEL,
    ),
    (
        "minoxidil",
        "Minoxidil tablets treat severe high blood pressure. Take half of one of the 10 mg tablets with a diuretic, as your doctor says.",
        OFF_LABEL,
    ),
    # a drink's taste changed (a side effect), the use disclosed
    ("varenicline", _VARENICLINE + "The wine lost its flavour on varenicline, and beer tasted flat.", OFF_LABEL),
    (
        "varenicline",
        _VARENICLINE + "His doctor gave it to him off-label to get him off the nightly six-pack.",
        OFF_LABEL,
    ),
]
