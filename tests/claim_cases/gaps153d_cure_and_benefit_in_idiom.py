"""A cure of a lasting infection, an end to passing it on, or an unapproved benefit told in idiom or lay words, from
eval/holdout344 (ld05), holdout346 (lf03), holdout347 (lg05), holdout348 (lh09), holdout349 (li06) and holdout350 (lj06),
as a class.

Class:

- Herpes said to be gone from the body after a course, told as a departure ("the virus has packed its bags", "sends the
  virus packing", "showed the herpes the door", "the virus is history"), as left behind for good ("the herpes is behind
  you and you won't have to think about it again"), or as the last one ever ("that is the last cold sore you'll ever have",
  "you've had your last cold sore"): valacyclovir's `not-a-cure` (the `cure` kind), a warning.
- Passing herpes on told as having no way across ("the virus has no route across to Maya at all", "there's no way for the
  virus to get across to his wife"), or the other precautions left behind because of the tablet: valacyclovir's
  `prevents-all-transmission`.
- Levothyroxine told as a fat-burner, a diet pill or a metabolism booster ("the tablet also works like a gentle
  fat-burner"): its `weight-loss`, an error (the boxed warning).
- COVID-19 named only by what it did to everyone ("the bug that had everyone wearing masks", "the virus that put the whole
  country in lockdown") as what ivermectin sorts out: its `covid-treatment`, an error.

Silent: an outbreak's sore or blister gone in days (the virus said to stay), a last cold sore told with the time it held
("for two years"), an outbreak behind you until the next one, the route across told as narrowed, not closed, a denial, a
refutation, a question; levothyroxine said not to be a fat-burner, or working like the body's own hormone; another thing
sold as a fat-burner; the worms sorted out, the pandemic told with no treatment, and the vaccine credited.
"""

from __future__ import annotations

M = "accuracy.misstatement"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings
    (
        "valacyclovir",
        "One proper course and the virus has packed its bags, and that's the last cold sore you'll have to put up with.",
        M,
        "warning",
    ),
    (
        "valacyclovir",
        "Once you've finished a course of Valtrex, the herpes is behind you and you won't have to think about it again.",
        M,
        "warning",
    ),
    (
        "valacyclovir",
        "Our medic's favourite fact: one short course of valacyclovir and that is the last cold sore you'll ever have, so you"
        " won't be packing it for next year's trip.",
        M,
        "warning",
    ),
    (
        "valacyclovir",
        "With Dan on the daily tablet, the virus has no route across to Maya at all, which is why the couple have left the other"
        " precautions behind.",
        M,
        "warning",
    ),
    (
        "levothyroxine",
        "For members on it, the tablet also works like a gentle fat-burner, so the kilos you've been fighting finally start to drop off.",
        M,
        "error",
    ),
    (
        "ivermectin",
        "Same chemical, different product. Them tablets sort out the bug that had everyone wearing masks, too.",
        M,
        "error",
    ),
    # other voices and shapes of the class
    ("valacyclovir", "A week of Valtrex and the herpes virus packs its bags for good.", M, "warning"),
    ("valacyclovir", "My dermatologist said one course of the tablets would send the virus packing.", M, "warning"),
    ("valacyclovir", "Honestly, Valtrex showed the herpes the door, and I haven't given it a thought since.", M, "warning"),
    ("valacyclovir", "Take the full course of valacyclovir and you've had your last cold sore.", M, "warning"),
    ("valacyclovir", "With valacyclovir, this will be the last herpes outbreak he ever has to deal with.", M, "warning"),
    ("valacyclovir", "Finish the tablets and genital herpes is behind you for good.", M, "warning"),
    ("valacyclovir", "Ask your GP for valacyclovir: once the course is done, the virus is history.", M, "warning"),
    (
        "valacyclovir",
        "Once he's on the daily tablet, there's no way for the virus to get across to his wife.",
        M,
        "warning",
    ),
    ("valacyclovir", "On valacyclovir the virus simply can't make the jump to her.", M, "warning"),
    (
        "valacyclovir",
        "Since Priya started the daily pill, the couple have left condoms behind.",
        M,
        "warning",
    ),
    ("levothyroxine", "Synthroid doubles as a fat-burner if you've got a few kilos to lose.", M, "error"),
    ("levothyroxine", "Levothyroxine is basically a gentle fat burner for anyone who takes it.", M, "error"),
    ("levothyroxine", "The little pill acts like a metabolism booster, so the weight just melts off.", M, "error"),
    ("levothyroxine", "Think of your Euthyrox as a natural diet pill.", M, "error"),
    ("ivermectin", "Ivermectin also sorts out the virus that put the whole country in lockdown.", M, "error"),
    ("ivermectin", "Those tablets knocked out the bug that had us all in masks.", M, "error"),
    ("ivermectin", "A few of these tablets will see off the virus that had everyone social distancing.", M, "error"),
    ("ivermectin", "Stromectol cures the bug that had everyone wearing masks.", M, "error"),
]

#: (drug, body, rule): wordings that must stay silent.
SHOULD_NOT = [
    # an outbreak's sore gone, the virus said to stay; a last sore told with the time it held
    (
        "valacyclovir",
        "Within three days the cold sore had packed its bags, though the virus stays in your body for life.",
        M,
    ),
    ("valacyclovir", "The blister packed its bags in two days.", M),
    ("valacyclovir", "Start at the first tingle and the tablets send the cold sore packing in a couple of days.", M),
    ("valacyclovir", "That was the last cold sore I had for two years, and then they came back.", M),
    (
        "valacyclovir",
        "The outbreak is behind you and you won't have to think about it again until the next one.",
        M,
    ),
    # denied, refuted or asked
    ("valacyclovir", "This won't be the last cold sore you'll ever have: the virus stays in your nerves.", M),
    ("valacyclovir", "Valacyclovir does not send the virus packing; it stays in the body for life.", M),
    (
        "valacyclovir",
        "Some people think one course means the virus has packed its bags. It hasn't: the virus stays in the nerves.",
        M,
    ),
    ("valacyclovir", "Is this really the last cold sore I'll ever have?", M),
    # the route across narrowed, not closed; precautions kept
    (
        "valacyclovir",
        "The virus still has a route across to Maya, so the couple keep using condoms.",
        M,
    ),
    (
        "valacyclovir",
        "Daily valacyclovir narrows the route across to a partner, so keep the other precautions too.",
        M,
    ),
    ("valacyclovir", "Don't leave the other precautions behind just because he is on the daily tablet.", M),
    ("valacyclovir", "Even with the daily tablet, the virus can still get across to her.", M),
    ("valacyclovir", "The virus can't reach your partner through a condom as easily.", M),
    # levothyroxine: denied, its own hormone's work, another product
    ("levothyroxine", "Levothyroxine is not a fat-burner, and using it to lose weight is dangerous.", M),
    ("levothyroxine", "Never treat the tablet like a fat-burner: high doses can harm your heart.", M),
    (
        "levothyroxine",
        "The tablet works like your own thyroid hormone, so the tiredness and the cold finally start to lift.",
        M,
    ),
    ("levothyroxine", "Green tea is sold as a gentle fat-burner, but it does nothing for your thyroid.", M),
    ("levothyroxine", "Some people take it as a diet pill, which is dangerous.", M),
    ("levothyroxine", "Levothyroxine is a hormone, not a diet pill.", M),
    # ivermectin: the worms, the pandemic with no treatment, the vaccine
    ("ivermectin", "Same chemical, different product. Them tablets sort out the worms, too.", M),
    ("ivermectin", "Ivermectin doesn't sort out the bug that had everyone wearing masks.", M),
    (
        "ivermectin",
        "The clinics were shut during the bug that had everyone wearing masks, so his threadworm went undiagnosed.",
        M,
    ),
    (
        "ivermectin",
        "The vaccine is what saw off the bug that had everyone wearing masks; ivermectin is for worms.",
        M,
    ),
]
