"""Products bought online named in a warning (eval/holdout114 ch07): "herbal 'fat burners' you buy online", "pills people
buy online are often fake", "never buy online from a site that ...", told to avoid them, are not a call to buy; "Buy online
and save" still is."""

from __future__ import annotations

SALES = "promotional.sales-language"

_PHENTERMINE = "Phentermine treats obesity. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("phentermine", _PHENTERMINE + "Buy online and save on your first month.", SALES, "error"),
    ("phentermine", _PHENTERMINE + "Buy now while stocks last.", SALES, "error"),
    ("sildenafil", "Sildenafil treats erectile dysfunction. Buy here and get it tomorrow.", SALES, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "phentermine",
        'Don\'t stack it with other diet pills, including herbal "fat burners" you buy online, or with antidepressants like'
        " fluoxetine unless your doctor okays it.",
        SALES,
    ),
    ("phentermine", _PHENTERMINE + "Avoid diet pills people buy online: many are fake.", SALES),
    ("phentermine", _PHENTERMINE + "Never buy online from a site that doesn't ask for a prescription.", SALES),
    ("phentermine", _PHENTERMINE + "Counterfeit tablets that you can buy online may contain anything.", SALES),
    ("sildenafil", "Sildenafil treats erectile dysfunction. Pills they buy online are often counterfeit.", SALES),
]
