"""Doses counted in tablets of a strength told before them, and a shop's listing lines, from eval/holdout296 (jh07), holdout298
(jj03), holdout300 (jl06), holdout301 (jm02) and holdout302 (jn01, jn05): four misses and two false errors, as classes.

- The day's list whose last item is the evening meal called tea, after it or at it: "Mine's the little 0.4 mg capsule. I take
  two after breakfast and one more after my tea" (tamsulosin: 1.2 mg, above 0.8 mg), "one at breakfast and two at tea". Not a
  drink of tea, nor a list within the maximum.
- Tablets said "of them" after a verb of doing, in a taker's slang: "The 10s aren't cutting it. Thinking I'll do two of them
  three times a day" (cyclobenzaprine: 60 mg, above 30 mg; "cyclobenzaprine 10 mg" told in an earlier post, a drug whose
  entries list no strengths), "I'm doing four of them at bedtime now": a warning, since what is done may be something else
  named before ("The physio showed me four exercises, and I do two of them three times a day": silent).
- A count of a strength told as allowed: "two of the 10s is okay as long as you still have that full seven hours in bed"
  (zolpidem: 20 mg, above 10 mg), "two of the 10s is fine on a bad night", "Two of the 15s won't hurt". Not refused ("is not
  okay", "is too much"), asked ("Is two of the 10s okay? No"), nor within the maximum ("Two of the 5s is fine").
- A shop's listing line: the form after the strength a caplet or a softgel ("Naproxen Sodium 220 mg caplets, 200 count, store
  brand" under "Our winter shelf"), the pack's months after the count ("Simvastatin 40mg, 90 tablets, three-month pack", told
  as what to pick up at a kiosk). Not a pack told as given or prescribed to someone ("Urgent care gave me ibuprofen and
  cyclobenzaprine 10 mg, 15 tablets", "The walk-in clinic prescribed him naproxen 500 mg, 28 tablets").
- A co-pay's threshold for help is money of something else, a warning: "If your copay is more than $20 a month, the
  Medication Assistance desk ... can look at programmes that may help"; a medicine's price stays an error.
"""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"
LISTING = "promotional.product-listing"
PRICE = "promotional.price"

_ZOLPIDEM = "The tablets come as 5 mg and 10 mg. The label starts women on 5 mg.\n\n"
_FRANK = (
    "Urgent care gave me ibuprofen and cyclobenzaprine 10 mg, 15 tablets. Anyone else been on this?\n\n"
    "Day 2 and it still feels like a rock in there. The 10s aren't cutting it. Thinking I'll do two of them three times a "
    "day till the weekend, then back off."
)

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings
    (
        "tamsulosin",
        "Mine's the little 0.4 mg capsule. I take two after breakfast and one more after my tea, because the doctor said I "
        "could go up if it wasn't doing enough.",
        ABOVE_MAX,
        "error",
    ),
    ("cyclobenzaprine", _FRANK, ABOVE_MAX, "warning"),
    (
        "zolpidem",
        _ZOLPIDEM + "Our take: after a fourth night in a row, two of the 10s is okay as long as you still have that full "
        "seven hours in bed.",
        ABOVE_MAX,
        "error",
    ),
    (
        "simvastatin",
        "Commuters who refill through the station kiosk can pick up Simvastatin 40mg, 90 tablets, three-month pack, on the "
        "way to the platform.",
        LISTING,
        "error",
    ),
    ("naproxen", "Our winter shelf:\n\n- Naproxen Sodium 220 mg caplets, 200 count, store brand\n- Heat wraps", LISTING, "error"),
    (
        "meloxicam",
        "If your copay is more than $20 a month, the Medication Assistance desk next to Reception (Room 2B) can look at "
        "programmes that may help.",
        PRICE,
        "warning",
    ),
    # new wordings: tea as the evening meal (a carer's story)
    (
        "tamsulosin",
        "The capsules are 0.4 mg. Dad takes one at breakfast and two at tea, and says his stream has never been better.",
        ABOVE_MAX,
        "error",
    ),
    # ... tablets done "of them" (a forum post, a chat)
    (
        "cyclobenzaprine",
        "My doctor gave me cyclobenzaprine 10 mg tablets. I'm doing four of them at bedtime now.",
        ABOVE_MAX,
        "warning",
    ),
    ("zolpidem", "My zolpidem is the 10 mg tablet. Some weeks I do two of them at bedtime.", ABOVE_MAX, "warning"),
    # ... of a strength, done (a magazine)
    ("cyclobenzaprine", "Cyclobenzaprine 10 mg tablets. She does two of the 10s three times a day.", ABOVE_MAX, "error"),
    # ... told as allowed (a newsletter, a forum post)
    (
        "zolpidem",
        "Ambien comes in 5 mg and 10 mg tablets. Honestly, two of the 10s is fine on a bad night.",
        ABOVE_MAX,
        "error",
    ),
    ("meloxicam", "Meloxicam tablets are 7.5 mg or 15 mg. Two of the 15s won't hurt if the flare is bad.", ABOVE_MAX, "error"),
    # ... a careless shop's lines
    ("ibuprofen", "Shop the aisle:\n\n- Ibuprofen 200 mg softgels, 160 count\n- Hot water bottle", LISTING, "error"),
    ("losartan", "Pick up Losartan 50mg, 90 tablets, three-month supply, at the kiosk by gate 4.", LISTING, "error"),
    # ... a co-pay's threshold (a leaflet)
    ("metformin", "If your co-pay is over $40, ask the front desk about the savings programme.", PRICE, "warning"),
    # a medicine's price is still an error
    ("meloxicam", "Meloxicam costs more than $20 a month at most pharmacies.", PRICE, "error"),
]

#: (drug, body, rule): no finding of that rule.
SHOULD_NOT = [
    # refused, asked, within the maximum
    ("zolpidem", _ZOLPIDEM + "Two of the 10s is not okay, ever.", ABOVE_MAX),
    ("zolpidem", _ZOLPIDEM + "Two of the 10s is too much for anyone.", ABOVE_MAX),
    ("zolpidem", _ZOLPIDEM + "Is two of the 10s okay? No: 10 mg is the most in a night.", ABOVE_MAX),
    ("zolpidem", _ZOLPIDEM + "Two of the 5s is fine if you are a man.", ABOVE_MAX),
    ("tamsulosin", "The capsules are 0.4 mg. I take one after breakfast and one after my tea.", ABOVE_MAX),
    # what is done is something else named in the sentence
    (
        "cyclobenzaprine",
        "I take cyclobenzaprine 10 mg tablets for the spasm. The physio showed me four exercises, and I do two of them three times a day.",
        ABOVE_MAX,
    ),
    # the strength never told in mg
    ("cyclobenzaprine", "The 10s aren't cutting it. Thinking I'll do two of them three times a day till the weekend.", ABOVE_MAX),
    # a pack told as given or prescribed
    ("cyclobenzaprine", _FRANK, LISTING),
    ("naproxen", "The walk-in clinic prescribed him naproxen 500 mg, 28 tablets, and told him to take one twice a day.", LISTING),
    ("sertraline", "The pharmacist handed me sertraline 50mg 30 tablets and a leaflet about side effects.", LISTING),
]
