"""An opioid set outside "that family", the family named by one of its medicines in the sentence before or earlier in the same
sentence, the not-its-class kind: "Folks hear "pain pill" and get nervous it's like the oxycodone their cousin got hooked on.
Tramadol isn't in that family at all." (eval/holdout169 ek12; tramadol `not-an-opioid`: an opioid agonist, Schedule IV,
boxed warning). A sentence that points back at "that family" (or group, class, camp) is read with the sentence before
it (`_FAMILY_BACK` in `_topic_question`), and the kind's new wording needs a medicine of the class (`members`) or the class
(`about`) before the denial. Near misses: "that family" after another class (an NSAID), the family affirmed, "that family
of tablets", and a denial with no opioid named before it."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (ek12)
    (
        "tramadol",
        "Now here's where I'll clear something up. Folks hear \"pain pill\" and get nervous it's like the oxycodone their"
        " cousin got hooked on. Tramadol isn't in that family at all. It's a different animal, a synthetic that works mostly"
        " through serotonin.",
        MISSTATEMENT,
        "not-an-opioid",
        "error",
    ),
    # new wordings
    (
        "tramadol",
        "You've probably heard scary things about morphine and codeine; this one doesn't belong to that group.",
        MISSTATEMENT,
        "not-an-opioid",
        "error",
    ),
    (
        "tramadol",
        "My brother was on hydrocodone after his back surgery. Ultram is not really in that class, my surgeon said.",
        MISSTATEMENT,
        "not-an-opioid",
        "error",
    ),
    (
        "tramadol",
        "Lots of people lump every painkiller in with the opioids. Tramadol isn't part of that lot, it works on serotonin.",
        MISSTATEMENT,
        "not-an-opioid",
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "tramadol",
        "Ibuprofen and naproxen are NSAIDs, anti-inflammatory tablets. Tramadol isn't in that family at all: it is an opioid.",
        MISSTATEMENT,
        "not-an-opioid",
    ),
    (
        "tramadol",
        "People think of oxycodone as the dangerous one. Tramadol is in that family too, so it can be habit-forming.",
        MISSTATEMENT,
        "not-an-opioid",
    ),
    (
        "tramadol",
        "Your cousin may have had oxycodone in a long-acting form. Tramadol is not in that family of slow-release tablets, but"
        " it is still an opioid.",
        MISSTATEMENT,
        "not-an-opioid",
    ),
    ("tramadol", "Tramadol is not in that family of quick fixes: it takes time to find the right dose.", MISSTATEMENT, "not-an-opioid"),
]
