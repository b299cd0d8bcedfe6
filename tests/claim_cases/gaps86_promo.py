"""Sales wording from eval/holdout85 be05 and eval/holdout86 bf02, as classes.

- A telehealth pitch of ordering speed, no clinician to talk to and fast delivery (be05: "Order in five minutes, no
  video visit, and the pills are at your door tomorrow"): "no video call needed", "no consult required", the order's
  speed in minutes with the medicine at the door by a day, no consultation beside a next-day delivery. Not a
  pharmacy's delivery of a repeat prescription, a consultation fee, a consultation that is needed, or how long a form
  takes when a clinician still reviews it.
- A price per tablet in cents or pence, or a whole dollar or pound a pill (bf02: "Generic 100 mg tablets run just 79
  cents each"): "20p a tablet", "seventy cents apiece", "a buck a pill", "under a dollar a tablet". Not "a few cents",
  a pound of weight a week, "each 100 mg tablet".
- A trial or guarantee sold as risk-free ("start your risk-free trial") is sales language, not an absolute safety
  claim (tests/claim_cases/gaps86_free_of_risk.py).
"""

from __future__ import annotations

SALES = "promotional.sales-language"
PRICE = "promotional.price"
ABSOLUTE = "unsupported-claim.absolute"

_VALACYCLOVIR = "Valacyclovir treats cold sores and shingles. "
_SILDENAFIL = "Sildenafil treats erectile dysfunction. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("valacyclovir", _VALACYCLOVIR + "Order in five minutes, no video visit, and the pills are at your door tomorrow.", SALES, "error"),
    ("valacyclovir", _VALACYCLOVIR + "No video call needed: your tablets are delivered next day.", SALES, "error"),
    ("valacyclovir", _VALACYCLOVIR + "Cold sore again? No consult required.", SALES, "error"),
    ("valacyclovir", _VALACYCLOVIR + "Tablets delivered next day, no consultation.", SALES, "error"),
    ("valacyclovir", _VALACYCLOVIR + "Fill in the form in under two minutes and your pills are delivered next day.", SALES, "error"),
    (
        "valacyclovir",
        _VALACYCLOVIR + "There's no phone consultation, and your treatment lands on your doormat by tomorrow.",
        SALES,
        "error",
    ),
    ("sildenafil", _SILDENAFIL + "Start your risk-free trial today.", SALES, "error"),
    ("sildenafil", _SILDENAFIL + "Try it with our 30-day risk-free guarantee.", SALES, "error"),
    (
        "sildenafil",
        _SILDENAFIL
        + "Generic 100 mg tablets run just 79 cents each when you grab the 90-count at the warehouse-club pharmacies, "
        + "and a lot of guys split them.",
        PRICE,
        "error",
    ),
    ("sildenafil", _SILDENAFIL + "At the big-box stores it works out to about a buck a pill.", PRICE, "error"),
    ("sildenafil", _SILDENAFIL + "Generic versions are now under a dollar a tablet.", PRICE, "error"),
    ("sildenafil", _SILDENAFIL + "In the UK the generic can be as little as 20p a tablet.", PRICE, "error"),
    ("sildenafil", _SILDENAFIL + "They cost seventy cents apiece with a coupon.", PRICE, "error"),
    ("sildenafil", _SILDENAFIL + "My pharmacy charges 45¢ each.", PRICE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("valacyclovir", _VALACYCLOVIR + "Repeat prescriptions can be delivered to your door.", SALES),
    ("valacyclovir", _VALACYCLOVIR + "No consultation needed for a repeat prescription, which is delivered the next day.", SALES),
    ("valacyclovir", _VALACYCLOVIR + "There is no consultation fee.", SALES),
    ("valacyclovir", _VALACYCLOVIR + "A video consultation is needed before the first prescription.", SALES),
    ("valacyclovir", _VALACYCLOVIR + "The questionnaire takes about five minutes; a clinician then reviews it and may call you.", SALES),
    ("valacyclovir", _VALACYCLOVIR + "If the pharmacy doesn't have it in stock, it can usually be delivered the next day.", SALES),
    (
        "valacyclovir",
        _VALACYCLOVIR
        + "If there is no video consultation available, your pharmacy can deliver your prescription to your door the next day.",
        SALES,
    ),
    ("sildenafil", _SILDENAFIL + "Start your risk-free trial today.", ABSOLUTE),
    ("sildenafil", _SILDENAFIL + "Sildenafil is not risk-free.", SALES),
    ("sildenafil", _SILDENAFIL + "The generic saves a few cents compared with the brand.", PRICE),
    ("sildenafil", _SILDENAFIL + "Most people lose about a pound a week on the diet.", PRICE),
    ("sildenafil", _SILDENAFIL + "Each 100 mg tablet can be split in two.", PRICE),
    ("sildenafil", _SILDENAFIL + "Ask your pharmacist; generics usually cost much less than the brand.", PRICE),
]
