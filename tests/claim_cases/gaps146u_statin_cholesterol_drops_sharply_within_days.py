"""A statin's cholesterol said to fall within days with an adverb between ("Most people see their cholesterol drop sharply
within a few days of the first tablet"; my spot check after the forty-fifth stop's helpers, whose pattern took "tumble
within a couple of days" only with nothing between). The label: a response within 2 weeks, the most by 4. A warning.
Silent: hedged, or told in weeks.
"""

from __future__ import annotations

RAPID = "unsupported-claim.rapid-onset"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("atorvastatin", "Most people see their cholesterol drop sharply within a few days of the first tablet.", RAPID, "warning"),
    ("rosuvastatin", "Your LDL comes down dramatically within a couple of days on Crestor.", RAPID, "warning"),
]

#: (drug, body, rule): must stay silent.
SHOULD_NOT = [
    ("atorvastatin", "Cholesterol may drop sharply within a few days for some people, but the label measures it at two weeks.", RAPID),
    ("atorvastatin", "Your cholesterol drops sharply within a few weeks of starting atorvastatin.", RAPID),
]
