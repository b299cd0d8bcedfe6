"""Dependence denied of the drug by comparison with another kind of medicine (eval/holdout111 ce08), as a class.

"Your body doesn't get dependent on venlafaxine the way it can on sleeping pills", "you won't get hooked on Effexor like
you would on Valium", "Unlike benzos, you don't get hooked on this one" (not "Unlike sleeping pills, it is not a
controlled drug", "it can cause withdrawal symptoms, like sleeping pills can", hedged: "most people don't get hooked on it
the way they can on benzos", nor with a condition: "you won't get hooked as long as you take it as prescribed").
"""

from __future__ import annotations

DEPENDENCY = "unsupported-claim.dependency"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (venlafaxine's label warns of no abuse or dependence: a warning)
    (
        "venlafaxine",
        "**greyskies**: \"Good news for the nervous newbies: your body doesn't get dependent on venlafaxine the way it can on "
        "sleeping pills. You take it while you need it and that's that.\"",
        DEPENDENCY,
        "warning",
    ),
    ("tramadol", "You won't get hooked on tramadol the way you can on oxycodone.", DEPENDENCY, "error"),
    ("tramadol", "Unlike morphine, you don't get addicted to these capsules.", DEPENDENCY, "error"),
    ("tramadol", "Your body doesn't come to depend on it like it does with stronger painkillers.", DEPENDENCY, "error"),
    ("tramadol", "People never become dependent on Ultram the same as they do with codeine.", DEPENDENCY, "error"),
    ("zolpidem", "My sleep nurse says it doesn't hook you the way the old sleeping pills could.", DEPENDENCY, "error"),
    ("venlafaxine", "You don't become addicted to Effexor the way people do to painkillers.", DEPENDENCY, "warning"),
]

#: (drug, body, rule): no finding of that rule.
SHOULD_NOT = [
    ("zolpidem", "Unlike the older sleeping pills, it is not a controlled drug in every country.", DEPENDENCY),
    ("venlafaxine", "It can cause withdrawal symptoms when you stop, like sleeping pills can.", DEPENDENCY),
    ("tramadol", "Most people don't get hooked on it the way they can on stronger opioids.", DEPENDENCY),
    ("tramadol", "You won't get hooked as long as you can stick to the dose your doctor gave you.", DEPENDENCY),
    ("tramadol", "Your body can get dependent on tramadol the way it can on other opioids.", DEPENDENCY),
    ("tramadol", "If you don't get hooked on it the way you did on oxycodone, tell your doctor anyway.", DEPENDENCY),
    (
        "tramadol",
        "In one study, people didn't get hooked on it the way they do on morphine.[^1]\n\n[^1]: Smith J. Pain Med. 2019.",
        DEPENDENCY,
    ),
    ("naltrexone", "You don't get hooked on naltrexone the way you do on methadone.", DEPENDENCY),
    # the label supports it of naltrexone, the drug set against it by "unlike" being methadone
    ("naltrexone", "Unlike methadone, you don't get hooked on this one.", DEPENDENCY),
]
