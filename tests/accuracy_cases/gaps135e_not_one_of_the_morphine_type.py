"""Tramadol set apart from the drugs of the type of an opioid it names, from eval/holdout200 (fp07, tramadol), as a
class.

Class: the drug said not to be "one of your morphine-type painkillers", "a codeine-style pain pill", "one of those
oxycodone-like drugs": an opioid set outside its class by the type of one of its members. Tramadol is an opioid agonist,
Schedule IV, with a boxed warning for addiction (label BOXED WARNING; 12.1): `not-an-opioid`, an error. Near misses: the
type affirmed, tramadol only weaker than them, another drug set apart.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "not-an-opioid"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fp07)
    (
        "tramadol",
        "**WALT:** It's a prescription painkiller, Ultram is one brand, for pain that's bad enough that the usual things like"
        " Tylenol haven't been enough. Now, it isn't one of your morphine-type painkillers. It's a different animal,"
        " closer to the antidepressants in how it works, which is why doctors like it for older people.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    # new wordings, other voices
    (
        "tramadol",
        "Tramadol is not a codeine-style pain pill, so the usual worries about those don't really apply.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "tramadol",
        "My GP told me Ultram isn't really one of those oxycodone-like drugs, which put my mind at rest.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "tramadol",
        "Nan was relieved to hear tramadol wasn't one of the heavy-duty morphine-family medicines.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # the type affirmed
    (
        "tramadol",
        "Tramadol is one of the morphine-type painkillers, even if it is a milder one.",
        MISSTATEMENT,
        ITEM,
    ),
    # only weaker than them
    (
        "tramadol",
        "Tramadol is not as strong as the morphine-type painkillers, but it is still an opioid and can be habit-forming.",
        MISSTATEMENT,
        ITEM,
    ),
    # another drug set apart
    (
        "tramadol",
        "Ibuprofen isn't one of your morphine-type painkillers, but tramadol is, so it comes with an addiction warning.",
        MISSTATEMENT,
        ITEM,
    ),
]
