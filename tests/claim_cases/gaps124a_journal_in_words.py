"""A citation told in words: a journal and a year ("In the huge ALLHAT trial, published in JAMA in 2002, ... did at least
as well as newer blood pressure drugs", eval/holdout9 v02) supports the claims of its sentence and those before it, as a
"(Smith, 2020)" marker does. Near misses: a magazine with no year, a year with no journal, the journal after the claim's
sentence in another paragraph, a claim in the sentence after the citation."""

from __future__ import annotations

COMPARATIVE = "unsupported-claim.comparative"

_HCTZ = "Hydrochlorothiazide is a water pill for high blood pressure. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "hydrochlorothiazide",
        _HCTZ + "An older water pill did at least as well as newer blood pressure drugs at preventing heart problems.",
        COMPARATIVE,
        "error",
    ),
    (
        "hydrochlorothiazide",
        _HCTZ + "A review published in a magazine last year said it works every bit as well as newer blood pressure drugs.",
        COMPARATIVE,
        "error",
    ),
    (
        "hydrochlorothiazide",
        _HCTZ + "A trial in 2002 found it works every bit as well as newer blood pressure drugs.",
        COMPARATIVE,
        "error",
    ),
    (
        "hydrochlorothiazide",
        _HCTZ + "The trial was published in JAMA in 2002.\n\nIt works every bit as well as newer blood pressure drugs.",
        COMPARATIVE,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "hydrochlorothiazide",
        _HCTZ + "In the huge ALLHAT trial, published in JAMA in 2002, an older thiazide-type water pill (chlorthalidone, a close "
        "cousin of HCTZ) did at least as well as newer blood pressure drugs at preventing heart problems.",
        COMPARATIVE,
    ),
    (
        "hydrochlorothiazide",
        _HCTZ + "A large trial published in The Lancet, 2019, found it works every bit as well as newer blood pressure drugs.",
        COMPARATIVE,
    ),
    (
        "hydrochlorothiazide",
        _HCTZ + "It works every bit as well as newer blood pressure drugs, according to a study published in the New England "
        "Journal of Medicine in 2018.",
        COMPARATIVE,
    ),
]
