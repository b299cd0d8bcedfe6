"""An approval claimed for the people who have a condition, not the condition named straight after "for" (miss in
eval/holdout154 dv11): "The FDA gave Risperdal the green light for old folks with dementia years ago". The class: the
approved-for wordings (the regulator's idiom, the drug said to be approved or cleared) read "for <people> with <use>"
as "for <use>". Not an approval for people with an approved use, not the approval denied, not the boxed warning about
people with dementia.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

_RISPERIDONE = "Risperidone treats schizophrenia, bipolar mania and irritability in autism.\n\n"
_SEMAGLUTIDE = "Ozempic treats type 2 diabetes.\n\n"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "risperidone",
        _RISPERIDONE + "Honestly I wouldn't worry too much. The FDA gave Risperdal the green light for old folks with"
        " dementia years ago, so it can't be that harsh on a kid.",
        MISSTATEMENT,
        "approved-for-dementia",
        "error",
    ),
    (
        "risperidone",
        _RISPERIDONE + "Risperidone is officially approved for elderly patients with Alzheimer's, so the care home knows what it is doing.",
        MISSTATEMENT,
        "approved-for-dementia",
        "error",
    ),
    (
        "risperidone",
        _RISPERIDONE + "Regulators gave risperidone the go-ahead for seniors living with dementia a long time ago.",
        MISSTATEMENT,
        "approved-for-dementia",
        "error",
    ),
    (
        "risperidone",
        _RISPERIDONE + "Risperdal got licensed for residents with dementia back in the nineties, my nurse friend says.",
        MISSTATEMENT,
        "approved-for-dementia",
        "error",
    ),
]

#: (drug, body, rule, item): no such finding.
SHOULD_NOT = [
    (
        "risperidone",
        _RISPERIDONE + "The FDA gave Risperdal the green light for children with autism who have severe irritability.",
        MISSTATEMENT,
        "approved-for-dementia",
    ),
    (
        "risperidone",
        _RISPERIDONE + "The FDA never gave Risperdal the green light for older people with dementia; in them it raises the risk of death.",
        MISSTATEMENT,
        "approved-for-dementia",
    ),
    (
        "risperidone",
        _RISPERIDONE + "Risperidone is not approved for older adults with dementia-related psychosis.",
        MISSTATEMENT,
        "approved-for-dementia",
    ),
    (
        "risperidone",
        _RISPERIDONE + "There's a box at the top of the leaflet: in elderly people with dementia, this kind of medicine"
        " raises the chance of dying.",
        MISSTATEMENT,
        "approved-for-dementia",
    ),
    (
        "semaglutide",
        _SEMAGLUTIDE + "The FDA gave Ozempic the green light for adults with type 2 diabetes years ago.",
        MISSTATEMENT,
        "ozempic-not-approved-for-weight-loss",
    ),
]
