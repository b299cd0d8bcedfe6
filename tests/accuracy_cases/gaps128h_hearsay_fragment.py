"""A fragment with no subject of its own that goes on with hearsay before it is that hearsay, quoted to be answered, not
the article's word: "A lot of people, me included, think of tramadol as the light option. Not a real opioid, can't
really get you hooked." (eval/holdout145 dm12; context: `continues_hearsay`, and the `refuted` lexicon's belief with an
aside, "me included"). Near misses: a fragment after the writer's own statement, a full statement after the hearsay,
and a fragment in the next paragraph."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    ("tramadol", "Tramadol is the light option. Not a real opioid, can't really get you hooked.", MISSTATEMENT, "not-addictive", "error"),
    (
        "tramadol",
        "A lot of people think of tramadol as the light option. It can't really get you hooked.",
        MISSTATEMENT,
        "not-addictive",
        "error",
    ),
    (
        "tramadol",
        "A lot of people think of tramadol as the light option.\n\nNot a real opioid, can't really get you hooked.",
        MISSTATEMENT,
        "not-addictive",
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "tramadol",
        "A lot of people, me included, think of tramadol as the light option. Not a real opioid, can't really get you hooked.\n\n"
        "It is a real opioid, and it can lead to addiction, misuse and overdose, even when you take it exactly as prescribed.",
        MISSTATEMENT,
        "not-addictive",
    ),
    (
        "tramadol",
        "Plenty of patients, myself included, assume tramadol is the gentle one. "
        "Just a milder painkiller, nothing you could get hooked on.",
        MISSTATEMENT,
        "not-addictive",
    ),
    (
        "tramadol",
        "Many people believe tramadol barely counts. Not really an opioid, not the kind you get hooked on.",
        MISSTATEMENT,
        "not-addictive",
    ),
    (
        "tramadol",
        "Some people think tramadol is only for mild aches. Not a drug you could ever get addicted to, they say.",
        MISSTATEMENT,
        "not-addictive",
    ),
]
