"""Off-label uses told only by their signs, from eval/holdout84 (bd05, bd07), as classes.

- Sleeplessness told by the small hours and a body clock gone wrong: "lying there wide-eyed at 1 am, 2 am, 3 am",
  "tossing and turning until 3 am", "since I moved to days my body has no idea when it's bedtime", "his body doesn't know
  when it's bedtime any more", "Maria's body clock was completely shot" after night shifts, then the drug given or the
  sleep coming on it ("I'm gone until the alarm"); a denied approved use ("I don't have depression at all") is no
  trouble the sleep is won back from. Not "wide awake at 7 am", a body that knows when it's bedtime, a body clock only
  talked of ("if your body clock is all wrong, talk to your doctor"), a sleeping pill given for it.
- Nerve pain after shingles told by the touch it cannot bear: "my blouse brushing the skin felt like a wasp sting",
  "the sheets touching his side felt like an electric shock", "she couldn't bear her bra touching her ribs", "the
  burning stayed for months after the rash healed", then the drug given, also in the next paragraph past what the
  person stopped doing ("I stopped going to choir." is more of the trouble, not the story turned). Not a sting or a
  sunburn itself, not when the burning stopped before the giving, not the drug given for an approved use, not when
  disclosed as off-label.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (bd05)
    (
        "trazodone",
        "I don't have depression at all, I should say. I spent twelve years on nights in a warehouse, and since I moved to"
        " days my body has no idea when it's bedtime. I'm lying there wide-eyed at 1 am, 2 am, 3 am. My GP gave me trazodone"
        " 50 mg and now I take it around ten and I'm gone until the alarm.",
        OFF_LABEL,
        "warning",
    ),
    (
        "trazodone",
        "After two years of night shifts on the ward, Maria's body clock was completely shot. Her doctor put her on trazodone.",
        OFF_LABEL,
        "warning",
    ),
    (
        "mirtazapine",
        "Since he came off nights, his body doesn't know when it's bedtime any more. His GP prescribed mirtazapine 7.5 mg.",
        OFF_LABEL,
        "warning",
    ),
    (
        "quetiapine",
        "Every night she was tossing and turning until 3 am. In the spring her psychiatrist started her on quetiapine.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        "He was lying there wide-eyed at 2 a.m. most nights. So his doctor gave him amitriptyline 10 mg.",
        OFF_LABEL,
        "warning",
    ),
    # the draft's own wording (bd07)
    (
        "amitriptyline",
        "Dorothy Haines, 71, had the rash two summers ago: a band of blisters around the left side of her chest. The blisters"
        ' healed in three weeks. The burning did not. "My blouse brushing the skin felt like a wasp sting, all day, for'
        ' months," she says. "I stopped going to choir."\n\nIn the autumn her GP wrote her a prescription for amitriptyline,'
        " 10 mg at night, later 25 mg.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        "After his shingles, even the sheets touching his side felt like an electric shock. His GP started him on amitriptyline.",
        OFF_LABEL,
        "warning",
    ),
    (
        "venlafaxine",
        "She couldn't bear her bra touching her ribs for months after the rash. Her doctor prescribed venlafaxine.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        "The burning stayed for months after the rash healed. Last spring his doctor put him on amitriptyline.",
        OFF_LABEL,
        "warning",
    ),
    (
        "topiramate",
        "Her shirt rubbing against her back felt like sandpaper on a burn. So her GP gave her topiramate.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): a near miss the writer must not be bothered with.
SHOULD_NOT = [
    ("trazodone", "Trazodone treats depression. It can make you sleepy, so take it at bedtime.", OFF_LABEL),
    ("trazodone", "My body knows when it's bedtime: I'm asleep by ten. I take trazodone for my depression.", OFF_LABEL),
    ("trazodone", "I was wide awake at 7 am, ready for work. My GP gave me trazodone for depression.", OFF_LABEL),
    ("zolpidem", "Since I moved to days my body has no idea when it's bedtime. My GP gave me Ambien.", OFF_LABEL),
    (
        "trazodone",
        "If your body clock is all wrong, talk to your doctor before trying any sleep medicine. Trazodone is approved for depression.",
        OFF_LABEL,
    ),
    (
        "trazodone",
        "I'm lying there wide-eyed at 1 am. But that passed once I went back to days.\n\nMy GP gave me trazodone for my depression.",
        OFF_LABEL,
    ),
    ("amitriptyline", "The wasp sting felt like fire. My GP gave me amitriptyline for my low mood.", OFF_LABEL),
    (
        "amitriptyline",
        "The sunburn on her back was so bad she couldn't bear her shirt touching her skin. Amitriptyline treats depression.",
        OFF_LABEL,
    ),
    (
        "amitriptyline",
        '"My blouse brushing the skin felt like a wasp sting," she says. Within a month the burning stopped.\n\nIn the autumn'
        " her GP gave her amitriptyline.",
        OFF_LABEL,
    ),
    (
        "amitriptyline",
        "Amitriptyline is used off-label for nerve pain: after shingles, some people find even a blouse brushing the skin feels"
        " like a wasp sting, and doctors may prescribe it.",
        OFF_LABEL,
    ),
]
