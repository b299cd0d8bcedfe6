"""Miss class (twenty-eighth stop, helper c): the result told after a lapse of time, in the sentence after the drug was
taken and naming no drug ("His online hair clinic sent him minoxidil tablets instead, and he takes a quarter of a 2.5 mg
tablet every morning. Eight months later his crown has filled in"; "... a quarter of a 2.5 mg minoxidil tablet each
morning." then the next paragraph's '"Six months later my ponytail is thick again," she says'). The result is the use of
the drug taken in the sentence before, read with that sentence's words: the tablets make it oral minoxidil, whose hair-loss
use is off-label (a warning: the use is inferred from the story) (holdout151 ds10, holdout155 dw07).

Silent: the topical product's result (approved), a result hedged ("might fill in"), a result after the tablets were stopped,
and a result after a taking told with its own purpose ("a 10 mg tablet for his blood pressure": a side effect)."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (holdout151 ds10, holdout155 dw07)
    (
        "minoxidil",
        "Marcus, one of my Saturday regulars, got tired of the foam making his hair greasy. His online hair clinic sent him "
        "minoxidil tablets instead, and he takes a quarter of a 2.5 mg tablet every morning. Eight months later his crown has "
        "filled in so much that I had to change how I cut it.",
        OFF_LABEL,
        "warning",
    ),
    (
        "minoxidil",
        "Odile tried the foam for a year. Last spring her dermatologist offered something else: a quarter of a 2.5 mg minoxidil "
        'tablet each morning, cut with a pill splitter from the pharmacy.\n\n"Six months later my ponytail is thick again," she '
        'says. "My hairdresser asked what I\'d changed."',
        OFF_LABEL,
        "warning",
    ),
    # other voices and drugs: by mouth, within weeks; spironolactone's clear jaw; trazodone's sleep
    (
        "minoxidil",
        "My GP put me on 1.25 mg of minoxidil by mouth. Within three months my temples had filled back in.",
        OFF_LABEL,
        "warning",
    ),
    ("spironolactone", "She started on spironolactone 50 mg. Within three months her jaw was clear.", OFF_LABEL, "warning"),
    (
        "trazodone",
        "Her doctor gave her trazodone 50 mg at bedtime. Two weeks later she was out like a light every night.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): must stay silent.
SHOULD_NOT = [
    # the topical product: approved for hair loss
    ("minoxidil", "She started on the 5% minoxidil foam in March. Six months later her crown had filled in.", OFF_LABEL),
    # hedged, the tablets stopped before the result, the taking's own purpose
    (
        "minoxidil",
        "He takes a quarter of a 2.5 mg minoxidil tablet every morning. Eight months later his crown might fill in, his clinic says.",
        OFF_LABEL,
    ),
    (
        "minoxidil",
        "His doctor stopped the 2.5 mg minoxidil tablets in June. Six months later his crown has filled in with the foam alone.",
        OFF_LABEL,
    ),
    ("minoxidil", "He takes a 10 mg minoxidil tablet for his blood pressure. Eight months later his crown has filled in.", OFF_LABEL),
]
