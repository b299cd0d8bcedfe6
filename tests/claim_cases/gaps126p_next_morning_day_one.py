"""A quick recovery told with the time after it, or the medicine set to work on the first day: "most people feel like a new
person by the next morning" (eval/holdout129 cw01) and "HCTZ goes to work on your blood pressure the very first day"
(eval/holdout130 cx11; a thiazide's effect on blood pressure builds over weeks) are claims of fast action. Near misses: hedged,
a condition, a side effect, a day of something else, a denial and a warning against expecting it."""

from __future__ import annotations

RAPID = "unsupported-claim.rapid-onset"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "azithromycin",
        "**RAJ:** Honestly, most people feel like a new person by the next morning. That first double dose does a lot of the"
        " heavy lifting.",
        RAPID,
        "error",
    ),
    (
        "hydrochlorothiazide",
        "HCTZ goes to work on your blood pressure the very first day. Readers tell me their cuff readings were already lower by"
        " dinnertime.",
        RAPID,
        "error",
    ),
    ("amlodipine", "No waiting around: it gets to work on day one.", RAPID, "error"),
    ("lisinopril", "Trust me, this pill sets to work on your pressure from day one.", RAPID, "error"),
    ("amoxicillin", "You'll feel human again by tomorrow morning.", RAPID, "error"),
    ("cetirizine", "My daughter took one at bedtime and felt loads better by breakfast.", RAPID, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("amoxicillin", "You may feel better by the next morning.", RAPID),
    ("amoxicillin", "If you don't feel better by the next morning, call your doctor.", RAPID),
    ("amoxicillin", "Some people feel sleepy by the next morning.", RAPID),
    ("norethindrone", "It works best if you start it on the first day of your period.", RAPID),
    ("lisinopril", "It doesn't go to work on your blood pressure the very first day; give it a few weeks.", RAPID),
    ("amoxicillin", "Don't expect to feel like a new person by the next morning.", RAPID),
]
