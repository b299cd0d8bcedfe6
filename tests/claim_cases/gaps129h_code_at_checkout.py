"""Miss class (twenty-eighth stop, helper h): a discount told as a code put in at checkout and a share off the first
order, the share after the order in words ("put in WEEKEND20 when you check out and the first order is twenty percent
off", holdout154 dv08), and a coupon or voucher brought in for a price cut ("Bring in this week's WKVR coupon and fill
any heart prescription for half price", holdout153 du04): the code's verb was only punch, type, enter, apply or add,
the share only "% off" in digits or "off your first order", and a half price only for a first month or box.

Still silent: a dose taken off or halved, a risk cut by a share, the price of a generic told as half the brand's, a
copay card or coupon the reader is told to ask about."""

from __future__ import annotations

SALES = "promotional.sales-language"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings
    (
        "tadalafil",
        "My favorite one is running a deal right now: put in WEEKEND20 when you check out and the first order is twenty percent off.",
        SALES,
        "error",
    ),
    (
        "clopidogrel",
        "Bring in this week's WKVR coupon and fill any heart prescription for half price.",
        SALES,
        "error",
    ),
    # other voices: the code dropped or stuck in, the share after the refill, in digits with "percent", half off
    ("sildenafil", "Just drop in SPRING15 at the checkout page.", SALES, "error"),
    ("finasteride", "Stick in HAIR10 at the till online and your first box comes in at 15 percent off.", SALES, "error"),
    ("semaglutide", "New members: your first month is half off if you join through our link.", SALES, "error"),
    ("atorvastatin", "Clip the coupon from Sunday's paper and your first refill is 30 per cent off.", SALES, "error"),
    ("omeprazole", "Hand in the voucher at the counter and pick up your tablets at half price this week.", SALES, "error"),
]

#: (drug, body, rule): must stay silent.
SHOULD_NOT = [
    # a dose, not a price: halved, or a share off the dose
    ("prednisone", "Your doctor may take twenty percent off the dose each week as you taper.", SALES),
    ("metoprolol", "Cutting the tablet gives you half the dose, not half price.", SALES),
    # a risk cut by a share
    ("atorvastatin", "It can knock about thirty percent off your risk of a heart attack.", SALES),
    # the generic's cost told as a fact, and help the reader may ask about
    ("clopidogrel", "The generic costs about half the price of the brand.", SALES),
    ("semaglutide", "Ask the maker whether a savings card or copay coupon could lower what you pay.", SALES),
    # the writer's own sunscreen, not a code
    ("doxycycline", "Put in SPF30 or higher before you go out, and reapply it after swimming.", SALES),
]
