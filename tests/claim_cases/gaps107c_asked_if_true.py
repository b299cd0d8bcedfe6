"""A claim reported as hearsay, asked about and refuted by the answer (eval/holdout107 ca07, a false error on a clean
forum digest), as a class.

- A question that only asks whether the statement before it is true ("True?", "Is that right?", "Any truth to that?",
  "True or false?", "Can that be right?") hands it on to the reply after the question: "Someone at work said it's not
  addictive if a doctor prescribes it. True?" then "Not true, sadly." is quoted to be refuted, not claimed.
- Still a claim when the answer agrees ("Yes, it's true"), when no answer follows, or when the question asks about
  something else ("Is that true for everyone? No, but ...", "Is it safe with alcohol? No.").
"""

from __future__ import annotations

DEPENDENCY = "unsupported-claim.dependency"

_HEARSAY = "**starfish_88:** Someone at work said it's not addictive if a doctor prescribes it. True?"
_XANAX = "A guy at my gym told me Xanax is not addictive when a doctor prescribes it. True or false?"
_VALIUM = "Valium has no risk of addiction at the doses doctors use, a friend told me. Any truth to that?"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("clonazepam", _HEARSAY + "\n\n**quietlake:** Yes, it's true.", DEPENDENCY, "error"),
    ("clonazepam", _HEARSAY, DEPENDENCY, "error"),
    ("alprazolam", _XANAX, DEPENDENCY, "error"),
    ("diazepam", _VALIUM + " Absolutely, I've taken it for years.", DEPENDENCY, "error"),
    ("tramadol", "Tramadol is not addictive. Is that true for everyone? No, but most people are fine.", DEPENDENCY, "error"),
    ("clonazepam", "It's not addictive. Is it safe with alcohol? No.", DEPENDENCY, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("clonazepam", _HEARSAY + "\n\n**quietlake:** Not true, sadly. Ask anyone here who has had to come off it.", DEPENDENCY),
    (
        "alprazolam",
        _XANAX + "\n\n**Moderator:** False. A prescription does not change how the brain gets used to it.",
        DEPENDENCY,
    ),
    ("diazepam", _VALIUM + " That's a myth: anyone can become dependent on it.", DEPENDENCY),
    (
        "diazepam",
        "My brother-in-law says diazepam isn't habit-forming if you only take it at night. Is that right?\n\n"
        "**Reply from our nurse:** No. Dependence can build whatever time of day you take it.",
        DEPENDENCY,
    ),
]
