""" "Guaranteed" of a service (eval/holdout112 cf04): "guaranteed approval", "guaranteed next-day delivery", "delivery is
guaranteed", "a guaranteed refund" sell a service, sales language rather than an absolute health claim; "guaranteed results",
"guaranteed relief" and "guaranteed to work" stay absolute claims."""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"
SALES = "promotional.sales-language"

_AMOXICILLIN = "Amoxicillin treats infections. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("amoxicillin", "Order now and get guaranteed approval, or you pay nothing.", SALES, "error"),
    ("amoxicillin", _AMOXICILLIN + "Guaranteed next-day delivery on every order.", SALES, "error"),
    ("sildenafil", "Sildenafil treats erectile dysfunction. Lowest prices guaranteed.", SALES, "error"),
    ("sildenafil", "Sildenafil treats erectile dysfunction. Guaranteed results or your money back.", ABSOLUTE, "error"),
    ("ibuprofen", "Ibuprofen treats pain. It's guaranteed to work on any headache.", ABSOLUTE, "error"),
    ("ibuprofen", "Ibuprofen treats pain. Guaranteed relief from back pain.", ABSOLUTE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("amoxicillin", "Order now and get guaranteed approval, or you pay nothing.", ABSOLUTE),
    ("amoxicillin", _AMOXICILLIN + "Guaranteed next-day delivery on every order.", ABSOLUTE),
    ("amoxicillin", _AMOXICILLIN + "Delivery is guaranteed within two days.", ABSOLUTE),
    ("amoxicillin", _AMOXICILLIN + "Delivery is not guaranteed over the holidays, so order repeats early.", SALES),
    ("sildenafil", "Sildenafil treats erectile dysfunction. We offer a money-back guarantee on every order.", ABSOLUTE),
]
