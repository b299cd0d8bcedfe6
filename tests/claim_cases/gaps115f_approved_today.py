"""A telehealth sales pitch (eval/holdout115 ci04): approval promised by a time ("approved today", "approved in minutes")
and free shipping told as "on us"; not a regulator's or an insurer's approval, "if approved", nor a clinic telling how its
visits work."""

from __future__ import annotations

SALES = "promotional.sales-language"

_SEMAGLUTIDE = "Semaglutide treats obesity. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "semaglutide",
        "Skip the waiting room and the pharmacy line: approved today, pens at your door by\nFriday, shipping on us.",
        SALES,
        "error",
    ),
    ("sildenafil", "Sildenafil treats erectile dysfunction. Get approved in minutes from your phone.", SALES, "error"),
    ("finasteride", "Finasteride treats hair loss. Delivery's on us for every order.", SALES, "error"),
    ("semaglutide", _SEMAGLUTIDE + "Answer ten questions and you could be approved within the hour.", SALES, "error"),
    ("finasteride", "Finasteride treats hair loss. Postage is always on the house.", SALES, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "semaglutide",
        _SEMAGLUTIDE + "A clinician reviews your answers. If approved, the prescription goes to the pharmacy you choose.",
        SALES,
    ),
    ("semaglutide", _SEMAGLUTIDE + "The FDA approved today's higher dose in 2021.", SALES),
    ("semaglutide", _SEMAGLUTIDE + "Most requests are approved today or tomorrow by your insurer.", SALES),
    ("semaglutide", _SEMAGLUTIDE + "Lunch is on us at the monthly support group.", SALES),
    ("semaglutide", _SEMAGLUTIDE + "Our clinicians see patients by video on weekdays; a visit takes about 15 minutes.", SALES),
]
