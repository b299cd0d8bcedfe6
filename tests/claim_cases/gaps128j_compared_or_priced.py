"""False errors (holdout148 dp07, holdout149 dq07, holdout149 dq09): an amount given to a drug named only as the other
term of a comparison, and a pack counted as a dose.

- A drug named after the amount, or in an earlier sentence of the paragraph, only as what the article's drug is
  compared with or told apart from ("not a calcium channel blocker like the amlodipine many readers take ... The
  slow-release form can go as high as 400 mg a day"; "a single 1 g dose was about as effective as a week of
  doxycycline") does not own the amount: the article's drug does.
- A price in words or with a currency word before a tablet count ("thirty-eight bucks for 90 of the 5 mg tablets",
  "12 dollars gets you 30"): a purchase, not a dose.

Still reported: an amount written with the compared drug ("as effective as 1,000 mg of doxycycline a day"), the
article's own drug above its maximum beside a comparison, a price said apart from a day's tablets."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the amount written with the compared drug is that drug's
    (
        "azithromycin",
        "A single 1 g dose of azithromycin worked about as well as 1,000 mg of doxycycline a day for a week.",
        ABOVE_MAX,
        "error",
    ),
    # the article's own drug, above its maximum, beside a comparison
    (
        "metoprolol",
        "It is a beta blocker, unlike the amlodipine many readers take. The slow-release form can go as high as 600 mg a day.",
        ABOVE_MAX,
        "error",
    ),
    # a price said apart from the day's tablets
    (
        "tadalafil",
        "My refill was forty dollars this month. I take three of the 20 mg tablets every day.",
        ABOVE_MAX,
        "error",
    ),
]

#: (drug, body, rule): a near miss the writer must not be bothered with.
SHOULD_NOT = [
    # the drafts' own sentences
    (
        "metoprolol",
        "It is a beta blocker, not a calcium channel blocker like the amlodipine many readers take, so don't confuse the two "
        "if you take both. The slow-release form can go as high as 400 mg a day for blood pressure, although most people "
        "need far less.",
        ABOVE_MAX,
    ),
    (
        "azithromycin",
        "A. For genital chlamydia, a single 1 g dose was a standard treatment for years, and a pooled analysis of trials found "
        "it about as effective as a week of doxycycline (Lau and Qureshi, Sex Transm Dis, 2002).",
        ABOVE_MAX,
    ),
    (
        "tadalafil",
        "Since the generics arrived the price has dropped through the floor. My last refill was thirty-eight bucks for 90 of "
        "the 5 mg tablets at a big-box pharmacy, so it works out to about forty cents a day.",
        ABOVE_MAX,
    ),
    # other voices: a comparison after the amount, or in the sentence before
    ("azithromycin", "One 1 g dose, in the trials, cured about as many people as a week of doxycycline did.", ABOVE_MAX),
    (
        "metoprolol",
        "People sometimes mix it up with amlodipine, but it is nothing like amlodipine. The extended-release tablets go up to "
        "400 mg a day for blood pressure.",
        ABOVE_MAX,
    ),
    ("azithromycin", "Our pharmacist said a 2 g single dose works better than plain doxycycline for this.", ABOVE_MAX),
    # other voices: a price in words or with a currency word before the count
    ("tadalafil", "Costco wanted twenty dollars for 90 of the 5 mg tablets, which is a steal.", ABOVE_MAX),
    ("atorvastatin", "Twelve bucks gets you 90 of the 40 mg tablets at most discount chains.", ABOVE_MAX),
    ("tadalafil", "I paid 35 dollars for 30 of the 20 mg tablets online.", ABOVE_MAX),
]
