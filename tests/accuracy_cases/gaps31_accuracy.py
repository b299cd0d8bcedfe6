"""Two misstatement classes missed in the holdout31 blind scoring.

Pregnancy told in lay words in a "fine in pregnancy" misstatement: continuing said to be no problem "because a baby is on the
way" ("there's no need to come off it just because a baby is on the way", "no reason to stop
the tablets now that a baby's on the way"), and mums-to-be as the ones who carry on ("mums-to-be
can usually carry on with it right through"). Near misses: the advice to stop or to ask first,
the permission refused ("mums-to-be cannot take it"), a baby on the way for another medicine.

Addiction denied of a third person: "methylphenidate isn't something they can get addicted
to", "it's not a drug he'll get hooked on". Near misses: the risk told ("it is something
people can get addicted to"), the claim refuted.

Each case is a draft in other words than the held-out set's, and asserts what an editor sees:
the finding (item, severity) or its absence."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
PREGNANCY = "safe-in-pregnancy"
NOT_ADDICTIVE = "not-addictive"

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    (
        "lisinopril",
        "Lisinopril is gentle, so there's no need to come off it just because a baby is on the way.",
        MISSTATEMENT,
        PREGNANCY,
        "error",
    ),
    ("losartan", "There's no reason to stop losartan now that a baby's on the way.", MISSTATEMENT, PREGNANCY, "error"),
    ("lisinopril", "Mums-to-be can usually carry on with it right through.", MISSTATEMENT, PREGNANCY, "error"),
    ("losartan", "Moms-to-be can safely keep taking losartan.", MISSTATEMENT, PREGNANCY, "error"),
    ("isotretinoin", "Mothers-to-be can stay on isotretinoin until the acne clears.", MISSTATEMENT, PREGNANCY, "error"),
    (
        "methylphenidate",
        "Our paediatrician put it plainly: at the doses kids are given, methylphenidate isn't something they can get addicted to.",
        MISSTATEMENT,
        NOT_ADDICTIVE,
        "error",
    ),
    ("oxycodone", "After surgery, oxycodone is not a drug he'll get hooked on.", MISSTATEMENT, NOT_ADDICTIVE, "error"),
]

#: (drug in front matter, draft body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    ("lisinopril", "Stop lisinopril and call your doctor as soon as you know a baby is on the way.", MISSTATEMENT, PREGNANCY),
    ("losartan", "Mums-to-be cannot take losartan: it can harm the baby.", MISSTATEMENT, PREGNANCY),
    ("lisinopril", "If a baby is on the way, talk to your doctor straight away about switching from lisinopril.", MISSTATEMENT, PREGNANCY),
    (
        "lisinopril",
        "Lisinopril must be stopped in pregnancy. Mums-to-be can carry on with their folic acid as usual.",
        MISSTATEMENT,
        PREGNANCY,
    ),
    ("methylphenidate", "Methylphenidate is something people can get addicted to, so keep it locked away.", MISSTATEMENT, NOT_ADDICTIVE),
]
