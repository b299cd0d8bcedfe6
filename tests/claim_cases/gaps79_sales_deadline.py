"""A deadline to sign up, or a price held for joining, as sales language (eval/holdout79 ay04: "join in the next 48 hours and
lock in founding-member pricing for life" on a telehealth page).

Left alone: a treatment's own timing ("start taking it within 48 hours of the rash"), a support group or a GP to join or
register with, a medicine taken for life, a price described, "lock in moisture".
"""

from __future__ import annotations

SALES = "promotional.sales-language"

_FINASTERIDE = "Finasteride treats male-pattern hair loss. "
_SILDENAFIL = "Sildenafil treats erectile dysfunction. "
_SEMAGLUTIDE = "Semaglutide treats type 2 diabetes. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # before the price rises (a probe of the class after the fix)
    ("phentermine", "Sign up today before prices go up next week.", SALES, "error"),
    ("phentermine", "Order now before the price increases on Monday.", SALES, "error"),
    (
        "finasteride",
        _FINASTERIDE
        + "Your plan is ready the moment you hit submit: join in the next 48 hours and lock in founding-member pricing for life.",
        SALES,
        "error",
    ),
    ("sildenafil", _SILDENAFIL + "Sign up within the next 24 hours to get our launch price.", SALES, "error"),
    ("semaglutide", _SEMAGLUTIDE + "Subscribe before midnight and your rate stays locked for life.", SALES, "error"),
    ("finasteride", _FINASTERIDE + "Members who register today lock in the early-bird rate.", SALES, "error"),
    ("sildenafil", _SILDENAFIL + "Lock in today's price before it goes up.", SALES, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("phentermine", "Drug prices rose before the law changed, so ask your pharmacist about generics.", SALES),
    ("finasteride", _FINASTERIDE + "If it works for you, you may need to take it for life.", SALES),
    ("semaglutide", _SEMAGLUTIDE + "Join a support group in the next few weeks if you feel low.", SALES),
    ("sildenafil", _SILDENAFIL + "Register with a GP before the end of the month so your records move with you.", SALES),
    ("semaglutide", _SEMAGLUTIDE + "The price of the pens has risen sharply this year.", SALES),
    ("finasteride", _FINASTERIDE + "A plain moisturiser helps lock in moisture on a dry scalp.", SALES),
    ("sildenafil", _SILDENAFIL + "Order a repeat prescription before the weekend so you don't run out.", SALES),
]
