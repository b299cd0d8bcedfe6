"""A free first consultation tied to signing up, and places limited at the offer's price, are sales language
(promotional.sales-language): "Approval is fast and your first month's consultation is free when you sign up today"
(eval/holdout132 cz05), "this month your first assessment is free when you sign up for monthly refills. Spaces at this
price are limited" (holdout134 db03). Near misses: a service's plain terms, a first visit covered by insurance, places on a
course limited for a clinical reason."""

from __future__ import annotations

SALES = "promotional.sales-language"

_NOTE = "Bupropion is a prescription medicine for depression. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("bupropion", _NOTE + "Approval is fast and your first month's consultation is free when you sign up today.", SALES, "error"),
    ("hydroxyzine", "No phone queue: this month your first assessment is free when you sign up for monthly refills.", SALES, "error"),
    ("hydroxyzine", "Spaces at this price are limited, so start your questionnaire today.", SALES, "error"),
    ("finasteride", "Your first week's membership is on us.", SALES, "error"),
    ("tadalafil", "Your first consultation is completely free if you join before Friday.", SALES, "error"),
    ("semaglutide", "Places on our spring offer are strictly limited.", SALES, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("bupropion", _NOTE + "The first consultation is free and after that each visit is $25.", SALES),
    ("bupropion", _NOTE + "Your first visit is free with most insurance plans.", SALES),
    ("varenicline", "Places on the stop-smoking course are limited; ask your GP to refer you.", SALES),
    ("varenicline", "This month the clinic moved; your first appointment is at the new address.", SALES),
]
