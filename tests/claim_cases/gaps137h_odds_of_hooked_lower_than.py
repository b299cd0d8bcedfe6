"""The odds of getting hooked said lower than with another medicine, from eval/holdout217 (gg13, hydrocodone-acetaminophen),
as a class.

Class: the risk, chance, odds or likelihood of getting hooked, addicted or dependent (or of addiction, dependence) put first as
the subject, then said much lower, smaller or less than with another medicine ("the odds of getting hooked on hydrocodone are
much lower than with stronger opioids like oxycodone"): an uncited comparative claim of less addiction, an error where the
label warns of it. Silent: no lower, higher, a lower risk told with a condition and no rival ("lower if you take it for only a
few days"), a question.
"""

from __future__ import annotations

DEPENDENCY = "unsupported-claim.dependency"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (gg13)
    (
        "hydrocodone-acetaminophen",
        "Hydrocodone is an opioid, and opioids can lead to addiction, misuse and overdose, even at the dose your doctor prescribed."
        " Honestly, though, for a few days after a procedure the odds of getting hooked on hydrocodone are much lower than with"
        " stronger opioids like oxycodone, so that's not something most of my customers need to lose sleep over. Never share your"
        " tablets, and never take extra.",
        DEPENDENCY,
        "error",
    ),
    # new wordings, other voices
    ("tramadol", "Your chances of becoming addicted are far smaller than on the benzos.", DEPENDENCY, "error"),
    ("buprenorphine", "Doctors like it because the risk of dependence with it is lower than with methadone.", DEPENDENCY, "error"),
    (
        "oxycodone",
        "The likelihood of addiction with the extended-release tablets is way less than with the instant ones, my surgeon said.",
        DEPENDENCY,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("oxycodone", "The risk of addiction is no lower than with morphine.", DEPENDENCY),
    ("codeine", "The risk of getting hooked is higher than with ibuprofen, so take it for as few days as you can.", DEPENDENCY),
    ("oxycodone", "The risk of addiction is lower if you take it for only a few days.", DEPENDENCY),
    ("oxycodone", "Is the risk of addiction lower than with morphine?", DEPENDENCY),
]
