"""A use set as the condition of a harm is a warning, not a claim of use (eval/holdout94 bn07, a false error).

"When it is used for depression, children, teenagers and young adults can have more thoughts of suicide" (a boxed
warning), "If it is given for agitation in older people with dementia, the risk of death goes up". Still reported:
the same conditional with a benefit after it, a harm denied, a use claimed outright with a harm beside it.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_ARIPIPRAZOLE = "Aripiprazole treats schizophrenia and bipolar I disorder. "
_QUETIAPINE = "Quetiapine treats schizophrenia and bipolar disorder. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("aripiprazole", _ARIPIPRAZOLE + "When it is used for depression, it works within two weeks.", OFF_LABEL, "error"),
    ("quetiapine", _QUETIAPINE + "When it is used for sleep, there is no risk of addiction.", OFF_LABEL, "error"),
    ("quetiapine", _QUETIAPINE + "Many people take it for sleep, although there is a risk of weight gain.", OFF_LABEL, "error"),
    (
        "aripiprazole",
        _ARIPIPRAZOLE + "Aripiprazole is used for depression, and young people can have more thoughts of suicide.",
        OFF_LABEL,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "aripiprazole",
        _ARIPIPRAZOLE + "When it is used for depression, children, teenagers and young adults can have more thoughts of suicide "
        "or self-harm, mostly in the first weeks.",
        OFF_LABEL,
    ),
    (
        "aripiprazole",
        _ARIPIPRAZOLE + "If aripiprazole is prescribed for depression in young people, watch closely: there is a higher risk of "
        "suicidal thinking.",
        OFF_LABEL,
    ),
    (
        "quetiapine",
        _QUETIAPINE + "When quetiapine is given for agitation in older people with dementia, the risk of death goes up.",
        OFF_LABEL,
    ),
    ("quetiapine", _QUETIAPINE + "If it is taken for sleep, the risk of falls at night is higher in older adults.", OFF_LABEL),
    # the lexicon's risk_told: a chance told, no harm word
    ("quetiapine", _QUETIAPINE + "When it is given for agitation in older people, there is a greater chance of a stroke.", OFF_LABEL),
]
