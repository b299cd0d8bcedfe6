"""Missed class: a call to buy a named medicine now, where the product is two words ("buy your
citalopram plan online now", holdout57 ac07; "order your sertraline subscription today"). The
call had been caught only with a one-word product ("Buy metronidazole online now").

Still silent: the call negated or reported ("Do not buy ...", "they tell you to buy ..."), and
a service, not a product ("order your repeat prescription online now")."""

from __future__ import annotations

SALES = "promotional.sales-language"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("citalopram", "Ready to feel like yourself again? Buy your citalopram plan online now.", SALES, "error"),
    ("sertraline", "Order your sertraline subscription today and we ship it free.", SALES, "error"),
]

#: (drug, body, rule): a near miss the writer must not be bothered with.
SHOULD_NOT = [
    ("citalopram", "Do not buy your citalopram plan online now from a site that asks no questions.", SALES),
    ("sertraline", "Scam sites tell you to buy your generic pills online today.", SALES),
    ("citalopram", "You can order your repeat prescription online now through the NHS app.", SALES),
    ("hydrochlorothiazide", "Your doctor will order blood tests now and then to check your potassium.", SALES),
]
