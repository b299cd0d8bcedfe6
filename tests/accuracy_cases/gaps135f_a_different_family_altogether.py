"""An opioid put in a different family altogether from the opioids named before it, from eval/holdout204 (ft10, tramadol),
as a class.

Class: medicines of the drug's class named (morphine, oxycodone, "the opioids"), then in the next sentence the drug or
"it" said to be "a
different family altogether", "another class entirely", "a whole other kettle of fish altogether" ("Now, tramadol isn't one
of the heavy hitters like morphine or oxycodone. It's a different family altogether, more like a souped-up version of an
ordinary pain reliever."). Tramadol is an opioid agonist (boxed warning; Schedule IV): `not-an-opioid`, an error. Near
misses: a different kind of opioid, a different family named after another class (an NSAID), the same family, denied.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "not-an-opioid"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (ft10)
    (
        "tramadol",
        "Now, tramadol isn't one of the heavy hitters like morphine or oxycodone. It's a different family altogether, more"
        " like a souped-up version of an ordinary pain reliever. But it can still be habit-forming.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    # new wordings, other voices
    (
        "tramadol",
        "Codeine and morphine are the strong ones. Ultram is from another class entirely.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "tramadol",
        "People hear 'strong painkiller' and think of the opioids their uncle got hooked on. Tramadol is a whole other kettle"
        " of fish altogether.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "tramadol",
        "my gp said oxycodone is the hardcore stuff. tramadol's in a totally different family altogether",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # a different kind of opioid
    (
        "tramadol",
        "Tramadol is weaker than morphine or oxycodone. It's a different kind of opioid, but an opioid all the same.",
        MISSTATEMENT,
        ITEM,
    ),
    # after another class
    (
        "tramadol",
        "Ibuprofen and naproxen are NSAIDs. Tramadol is a different family altogether: it is an opioid.",
        MISSTATEMENT,
        ITEM,
    ),
    # the same family
    (
        "tramadol",
        "Tramadol is milder than morphine, but it's the same family, so it can be habit-forming.",
        MISSTATEMENT,
        ITEM,
    ),
    # denied
    (
        "tramadol",
        "Tramadol is gentler than morphine. It is not a different family altogether; it is an opioid too.",
        MISSTATEMENT,
        ITEM,
    ),
]
