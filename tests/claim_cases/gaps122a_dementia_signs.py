"""Off-label use for dementia told by its signs (eval/holdout119 cm01), as a class.

- Dementia and its evening agitation told by the signs, given an antipsychotic: "had been losing words and faces for several
  years", "no longer knew his own kitchen", "got lost in her own street", "after dark he shouted at the night staff of his
  care home", "lash out at his carers" (a warning); the sleep lost with it ("paced the corridor until three in the
  morning") is the dementia's, not a sleep use.

Not: the boxed warning about older people with dementia, the approved uses told by their signs (autism irritability, a
psychosis on a ward), a side effect reported to the carers, "lost for words", advice for a father who shouts at his carers.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_RISPERIDONE = "Risperidone treats schizophrenia, bipolar mania and irritability in autism. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "risperidone",
        _RISPERIDONE + "The third family came to it by a different road. Ruth's father, a retired engineer, had been losing words "
        "and faces for several years; by last spring he no longer knew his own kitchen, and after dark he shouted at the night "
        "staff of his care home and paced the corridor until three in the morning. The home's visiting doctor added a quarter "
        'of a milligram of risperidone at teatime. "Within a fortnight the evenings were peaceful again," Ruth says.',
        OFF_LABEL,
        "warning",
    ),
    (
        "risperidone",
        _RISPERIDONE + "My mother had been forgetting names and faces for years, and last winter she got lost in her own street "
        "twice. Her GP started her on risperidone to settle her.",
        OFF_LABEL,
        "warning",
    ),
    (
        "quetiapine",
        "Quetiapine treats schizophrenia and bipolar disorder. After dark Grandad would get frightened and lash out at his "
        "carers, so the care home doctor prescribed a small dose of quetiapine at night.",
        OFF_LABEL,
        "warning",
    ),
    (
        "risperidone",
        _RISPERIDONE + "Dad no longer recognised his own front door and snapped at the care staff every evening, so the nursing "
        "home's GP added risperidone.",
        OFF_LABEL,
        "warning",
    ),
    (
        "aripiprazole",
        "Aripiprazole treats schizophrenia. Nan had been losing her words and faces for a while, and once it got dark she "
        "became agitated. The doctor put her on aripiprazole.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): no finding of that rule.
SHOULD_NOT = [
    (
        "risperidone",
        _RISPERIDONE + "Risperidone is not approved for older people with dementia-related psychosis and raises their risk of death.",
        OFF_LABEL,
    ),
    (
        "risperidone",
        _RISPERIDONE + 'For Leila, whose son Sami is autistic, the tablet was a last resort. "He used to bite his own hand until it '
        'bled when the bus was late, and he screamed at the nurses at the clinic," she says. Sami takes half a milligram of '
        "risperidone in the evening.",
        OFF_LABEL,
    ),
    (
        "risperidone",
        _RISPERIDONE + "He heard voices telling him the neighbours were watching him and shouted at the staff on the ward, so his "
        "psychiatrist started risperidone.",
        OFF_LABEL,
    ),
    (
        "risperidone",
        _RISPERIDONE + "Risperidone can make older people unsteady; tell the carers at the care home if your father falls or seems "
        "more confused.",
        OFF_LABEL,
    ),
    (
        "risperidone",
        _RISPERIDONE + "I was lost for words when the psychiatrist started my brother on risperidone for his schizophrenia.",
        OFF_LABEL,
    ),
    (
        "risperidone",
        _RISPERIDONE + "If your father has started shouting at his carers, ask the care home about activities and routine first; "
        "risperidone carries a boxed warning for older people with dementia.",
        OFF_LABEL,
    ),
]
