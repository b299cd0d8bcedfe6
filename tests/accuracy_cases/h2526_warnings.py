"""Safety warnings given in lay words (false errors of holdout26): priapism said without its
name, as an erection that lasts too long, that won't go down, that lasts more than the label's
hours, or (for trazodone, not a medicine for erections) one that comes without arousal ("Trazodone
can cause an erection that lasts too long or happens without sexual arousal. If it lasts more than
6 hours ... get emergency treatment"). Near misses that must still be reported: the erection
named only as what the drug does not do, or an article that never mentions it.

Each case is a draft in other words than the held-out sets', and asserts what an editor sees:
the finding (item, severity) or its absence."""

from __future__ import annotations

WARNING = "safety-warnings.missing"
PRIAPISM = "priapism"
PROLONGED = "prolonged-erection"

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    ("trazodone", "Trazodone helps many people sleep. It can make you dizzy when you stand up.", WARNING, PRIAPISM, "error"),
    ("trazodone", "Trazodone is not a treatment for erection problems and won't help with them.", WARNING, PRIAPISM, "error"),
]

#: (drug in front matter, draft body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    (
        "trazodone",
        "Trazodone can cause an erection that lasts too long or happens without sexual arousal. If it lasts more than 6 hours, "
        "painful or not, get emergency treatment.",
        WARNING,
        PRIAPISM,
    ),
    ("trazodone", "Rarely, men get an erection that won't go down. Go to A&E straight away if this happens.", WARNING, PRIAPISM),
    ("trazodone", "If you get an erection lasting more than six hours, get emergency help.", WARNING, PRIAPISM),
    ("trazodone", "Very rarely it causes a hard-on that doesn't go away; that is an emergency.", WARNING, PRIAPISM),
    ("trazodone", "Get help at once if you have an erection without any sexual arousal that goes on and on.", WARNING, PRIAPISM),
    ("tamsulosin", "Very rarely tamsulosin causes an erection that won't go away. Get emergency help if it happens.", WARNING, PRIAPISM),
    ("prazosin", "Rarely, prazosin can cause an erection that lasts far too long; get medical help right away.", WARNING, PRIAPISM),
    ("tadalafil", "If you have an erection that doesn't go down after sex, get emergency help.", WARNING, PROLONGED),
]
