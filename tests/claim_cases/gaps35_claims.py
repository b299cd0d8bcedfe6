"""Speed claims from the holdout32/34 scoring, as classes (unsupported-claim.rapid-onset).

A specific speed no label gives, told in seconds, or in minutes with a promise that it never fails, or
as a slogan with no subject and no hedge (on-screen text, a bullet): "it opens your airways within
seconds, every single time", "stops the wheezing in 5 seconds flat", "calm in fifteen minutes,
guaranteed", "Works in 15 minutes." Near misses: a label's hedged time course ("usually starts to
work in 30 to 60 minutes"), a reaction's speed ("an allergic reaction can start within seconds").

A vague speed given as the reason for caution, not as a selling point: "It works quickly, which is
part of why it needs respect", "it acts fast, and that's why it can be habit-forming". Near misses
that stay claims: the speed as the reason readers love it, or as the reason there is no risk.

Each case is the body of one article about one drug; the assertion is what its writer would see: the
finding of that rule with its severity, or none."""

from __future__ import annotations

RAPID = "unsupported-claim.rapid-onset"

#: (drug, body, rule, severity): a claim the writer must see.
SHOULD = [
    ("albuterol", "Take two puffs at the first tightness and it opens your airways within seconds, every single time.", RAPID, "error"),
    ("albuterol", "Our athletes love this inhaler: the spray stops the wheezing in 5 seconds flat.", RAPID, "error"),
    ("albuterol", "Honestly? It kicks in within seconds. No waiting around.", RAPID, "error"),
    ("propranolol", 'ON SCREEN: "Works in 15 minutes."', RAPID, "error"),
    ("propranolol", "One tablet before the big speech and you're calm in fifteen minutes, guaranteed.", RAPID, "error"),
    ("sumatriptan", "Why our readers swear by it:\n\n- Kicks in within 20 minutes!\n- One tablet per attack.", RAPID, "error"),
    ("ibuprofen", "Forget waiting around: it takes effect in 10 minutes every single time.", RAPID, "error"),
    ("alprazolam", "It works quickly, which is why so many of our readers love it.", RAPID, "error"),
    ("alprazolam", "It works fast, so there's no risk of getting hooked on it.", RAPID, "error"),
]

#: (drug, body, rule): a near miss that must stay quiet.
SHOULD_NOT = [
    ("alprazolam", "It works quickly, which is part of why it needs respect.", RAPID),
    ("alprazolam", "Alprazolam acts fast, and that's why it can be habit-forming.", RAPID),
    ("lorazepam", "Because it acts fast, it has to be treated with care and kept locked away.", RAPID),
    ("zolpidem", "It works quickly, so it is taken only when you are already in bed.", RAPID),
    ("ibuprofen", "It usually starts to work in 30 to 60 minutes.", RAPID),
    ("amoxicillin", "An allergic reaction can start within seconds of a dose: call 911.", RAPID),
    ("albuterol", "The inhaler usually starts to work within 5 to 15 minutes, and its effect lasts 4 to 6 hours.", RAPID),
]
