"""A medicine ranked above every one of a kind, or told to give the same results as a kind of medicine: a psychiatrist's uncited
"I'd put it ahead of any SSRI on the market" (eval/holdout127 cu03) and "Same results as the older antipsychotics, with a fraction
of the weight gain" (eval/holdout130 cx05) are comparative claims, as "works as well as the older antipsychotics" is. Near misses:
the same risks, a generic against its brand, a place in the morning's tablets, a question and a doubt."""

from __future__ import annotations

COMPARATIVE = "unsupported-claim.comparative"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "bupropion",
        "\"For the flat, can't-get-off-the-sofa kind of depression, I'd put it ahead of any SSRI on the market,\" says a"
        " psychiatrist who has prescribed it for more than twenty years.",
        COMPARATIVE,
        "error",
    ),
    (
        "aripiprazole",
        "From what I've read it's basically the gentle one of the family. Same results as the older antipsychotics, with a"
        " fraction of the weight gain.",
        COMPARATIVE,
        "error",
    ),
    ("sertraline", "Our pharmacist ranks it ahead of every SNRI she stocks.", COMPARATIVE, "error"),
    ("bupropion", "Honestly, I rate it way above all the antidepressants my friends have tried.", COMPARATIVE, "error"),
    ("aripiprazole", "You get the same kind of relief as the older antipsychotics without the weight gain.", COMPARATIVE, "error"),
    ("atorvastatin", "You'll see the same benefit as the other statins, at a lower price.", COMPARATIVE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("aripiprazole", "It carries the same risks as the older antipsychotics.", COMPARATIVE),
    ("sertraline", "The generic gives the same results as the brand-name tablets.", COMPARATIVE),
    ("bupropion", "Put it ahead of any tablets in your organiser so you take it first.", COMPARATIVE),
    ("bupropion", "Take it ahead of any other medicines you have in the morning.", COMPARATIVE),
    ("bupropion", "Is it really ahead of any SSRI on the market?", COMPARATIVE),
    ("aripiprazole", "We don't know yet whether it gives the same results as the older antipsychotics.", COMPARATIVE),
]
