"""A bare "harmless" said of the medicine, by name or by a noun for it, slang included (eval/holdout111 ce11), as a class.

"This stuff is harmless as long as you go slow", "these jabs are harmless", "the pen's harmless", "Ozempic is harmless",
"the pen is totally safe" (not hedged: "these jabs are mostly harmless", "harmless for most people"; not a side effect or
sign: "the orange urine is harmless", "this is harmless and goes away"; not something in it: "the dye in the tablets is
harmless"; not "harmless side effects like a dry mouth"; not asked: "Is it harmless? No"; not disowned: "Don't let anyone
tell you these jabs are harmless"; not cited).
"""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording
    (
        "semaglutide",
        "Real talk: this stuff is harmless as long as you go slow on the dose steps. That's the whole secret.",
        ABSOLUTE,
        "error",
    ),
    ("semaglutide", "Trust me, these jabs are harmless, I've been on them a year.", ABSOLUTE, "error"),
    ("semaglutide", "The pen's harmless, the needle is tiny and you barely feel it go in.", ABSOLUTE, "error"),
    ("semaglutide", "Ozempic is honestly harmless if you eat small meals.", ABSOLUTE, "error"),
    ("ibuprofen", "Our verdict: the tablets are just harmless at the shop dose.", ABSOLUTE, "error"),
    ("semaglutide", "These shots are totally safe, whatever the scare stories say.", ABSOLUTE, "error"),
]

#: (drug, body, rule): no finding of that rule.
SHOULD_NOT = [
    ("semaglutide", "These jabs are mostly harmless, but a few people get pancreatitis.", ABSOLUTE),
    ("semaglutide", "Ozempic is harmless for most people, though some get gallstones.", ABSOLUTE),
    ("semaglutide", "It can cause harmless side effects like a dry mouth or burping.", ABSOLUTE),
    ("semaglutide", "Is it harmless? No: read the boxed warning below.", ABSOLUTE),
    ("rifampin", "It turns your urine orange. This is harmless and goes away when you stop.", ABSOLUTE),
    ("rifampin", "The orange urine is harmless.", ABSOLUTE),
    ("ibuprofen", "The dye in the tablets is harmless.", ABSOLUTE),
    ("semaglutide", "Don't let anyone tell you these jabs are harmless.", ABSOLUTE),
    ("semaglutide", "These jabs aren't harmless, so go up a step only when your doctor says.", ABSOLUTE),
    (
        "semaglutide",
        "In the trials, the pen was harmless to the skin at the injection site.[^1]\n\n[^1]: Wilding JPH. NEJM. 2021.",
        ABSOLUTE,
    ),
]
