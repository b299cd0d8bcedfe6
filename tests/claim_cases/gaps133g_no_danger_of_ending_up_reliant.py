"""Reliance denied as a risk, from eval/holdout188 (fd03, gabapentin), as a class.

Class: "no danger", "no risk" or "no chance" of getting, becoming or ending up *reliant* on the medicine, said as a plain
fact with no citation: the lay word "reliant" beside hooked, addicted and dependent ("there's no danger of ending up reliant
on it"), also "won't make you reliant on it" and "nothing in it you can become reliant on". The label describes misuse, abuse
and dependence; an uncited claim, an error. Silent: the risk affirmed, the claim under a condition (advice on how to take it),
a question, and reliance on something else denied by the negation of its own clause ("not reliant on sleeping pills any
more").
"""

from __future__ import annotations

DEPENDENCY = "unsupported-claim.dependency"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fd03)
    (
        "gabapentin",
        "Within weeks the night-time soakings had all but gone. And there's no danger of ending up reliant on it, which mattered"
        " to a woman who had watched her own mother struggle to give up sleeping pills.",
        DEPENDENCY,
        "error",
    ),
    # new wordings, other voices
    ("pregabalin", "Good news for worriers: there is no risk of becoming reliant on pregabalin.", DEPENDENCY, "error"),
    ("gabapentin", "Trust me, these capsules won't make you reliant on them the way sleeping pills do.", DEPENDENCY, "error"),
    (
        "zolpidem",
        "Honestly theres zero chance of you getting reliant on Ambien at the low dose, so dont stress.",
        DEPENDENCY,
        "error",
    ),
    ("tramadol", "There is nothing in tramadol that your body can become reliant on.", DEPENDENCY, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the risk affirmed
    ("gabapentin", "Some people do end up reliant on gabapentin, so your doctor will review it regularly.", DEPENDENCY),
    # under a condition: advice on how to take it
    ("pregabalin", "There is little danger of becoming reliant on it if you take it exactly as prescribed.", DEPENDENCY),
    # a question
    ("gabapentin", "Is there any danger of ending up reliant on it?", DEPENDENCY),
    # reliance on something else, now over
    ("gabapentin", "Since starting gabapentin she is no longer reliant on sleeping pills to get through the night.", DEPENDENCY),
]
