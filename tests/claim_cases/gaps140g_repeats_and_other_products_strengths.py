"""Doses told as repetitions with the strength far away, and amounts of another product or a purchase, from eval/holdout241
(he07, albuterol; he08, sildenafil; he11, risperidone) and holdout242 (hf04, doxycycline), as a class.

Class: a day's amount above the maximum told as a repetition of puffs ("repeat the 2 puffs every 2 hours") with what one puff
gives named once, sections away ("each puff gives 90 micrograms"): a warning (the puff may be another inhaler's); and the false
errors of amounts that are not the dose of the product in hand: a purchase ("ten of the 100 mg tablets set him back eleven
dollars"), a long-acting injection's amounts in a tablets article ("the long-acting injection instead, which is 25 mg every 2
weeks and can go up to 50 mg": the injection's entries, not the tablets' 16 mg a day), another product's strength named for
contrast ("Oracea ..., a totally different product from the 100mg pills": the drug's general entries, not Oracea's 40 mg).
Silent: the repetition forbidden ("Never repeat 2 puffs every 2 hours"), no amount per puff named, two amounts per puff named
(which is meant is not sure), puffs within the usual range; still reported: a count taken every day beside a price, tablets by
mouth in an article naming the injection, a dose of the brand itself above its maximum.
"""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

_PARTS = (
    "## Part 1: Getting Ready\n\n1. **Check the counter and the date.** Most inhalers hold 200 puffs, and each puff gives 90"
    " micrograms of albuterol.\n\n## Part 2: Taking a Puff\n\n1. **Breathe all the way out**, away from the inhaler.\n2. **Seal"
    " your lips** around the mouthpiece.\n\n## Part 3: Knowing How Often\n\n1. **For symptoms**, the usual dose is 2 puffs every 4"
    " to 6 hours as needed.\n2. **On a bad day**, you can repeat the 2 puffs every 2 hours until the wheezing settles down."
)
_STRENGTH = "Each puff gives 90 mcg.\n\nThe inhaler fits in a coat pocket.\n\n## How often\n\n"

SHOULD = [
    ("albuterol", _PARTS, ABOVE_MAX, "warning"),
    (
        "albuterol",
        "Each puff of this inhaler delivers 90 mcg.\n\nKeep it at room temperature.\n\n## When it's bad\n\nMy nurse said I can"
        " take 4 puffs every 2 hours on a bad day.",
        ABOVE_MAX,
        "warning",
    ),
    (
        "albuterol",
        "Our pharmacist reminded the group that one puff gives 90 mcg of albuterol.\n\nThe fun run raised £400.\n\nAt the fun"
        " run, Dave was puffing away: 2 puffs every 2 hours, he told us, all afternoon.",
        ABOVE_MAX,
        "warning",
    ),
    ("albuterol", _STRENGTH + "Q: How often? A: 3 puffs every 3 hours, as long as you need.", ABOVE_MAX, "warning"),
    # a count taken every day is a dose, price or not
    ("sildenafil", "Harold takes ten of the 100 mg tablets a day, which set him back eleven dollars a week.", ABOVE_MAX, "error"),
    # tablets by mouth in an article that names the injection
    ("risperidone", "My son takes 25 mg a day by mouth, though the nurse mentioned the injection.", ABOVE_MAX, "error"),
    # the brand's own dose above its maximum
    ("doxycycline", "For rosacea I take Oracea, 100 mg twice a day.", ABOVE_MAX, "error"),
]

SHOULD_NOT = [
    # a purchase, not a dose
    (
        "sildenafil",
        "**What it costs.** Good news for our fixed-income crowd: since it went generic, Harold tells me ten of the 100 mg tablets"
        " set him back eleven dollars at the warehouse club pharmacy in Yuma.",
        ABOVE_MAX,
    ),
    ("sildenafil", "Ten of the 100 mg tablets cost her about twelve dollars at Costco.", ABOVE_MAX),
    ("sildenafil", "My neighbour swears thirty of the 50 mg tablets ran them fifteen bucks online.", ABOVE_MAX),
    # a long-acting injection's amounts
    (
        "risperidone",
        "Most adults with schizophrenia start at 2 mg a day and build up to somewhere between 4 and 8 mg. The label's ceiling is 16"
        " mg a day. Some of you have the long-acting injection instead, which is 25 mg every 2 weeks and can go up to 50 mg.",
        ABOVE_MAX,
    ),
    ("risperidone", "Paul gets the long-acting jab, 37.5 mg every two weeks, and his nurse says it can go up to 50 mg.", ABOVE_MAX),
    ("risperidone", "On tablets the most is 16 mg a day, but the long-acting injection goes up to 50 mg.", ABOVE_MAX),
    # another product's strength named for contrast
    (
        "doxycycline",
        "There's also a low-dose 40mg capsule called Oracea that is only for rosacea, which is a totally different product from"
        " the 100mg pills.",
        ABOVE_MAX,
    ),
    ("doxycycline", "Oracea 40 mg is not the same thing as the 100 mg capsules your GP gives for chest infections.", ABOVE_MAX),
    ("doxycycline", "Periostat is a 20 mg tablet for gum disease, a separate product from the 100 mg capsules.", ABOVE_MAX),
    ("doxycycline", "Oracea comes as a 40 mg capsule, unlike the 100 mg tablets used for Lyme disease.", ABOVE_MAX),
    # the repetition forbidden, no amount per puff, two amounts per puff, within the range
    ("albuterol", _STRENGTH + "Never repeat 2 puffs every 2 hours without calling your doctor.", ABOVE_MAX),
    ("albuterol", "## How often\n\nOn a bad day, repeat the 2 puffs every 2 hours.", ABOVE_MAX),
    (
        "albuterol",
        "Each puff gives 90 mcg.\n\nThe older inhaler gave 100 mcg a puff.\n\nKeep it dry.\n\n## How often\n\nRepeat 2 puffs every"
        " 2 hours.",
        ABOVE_MAX,
    ),
    ("albuterol", _STRENGTH + "Take 2 puffs every 4 to 6 hours as needed.", ABOVE_MAX),
]
