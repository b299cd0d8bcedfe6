"""An interaction told as what the other medicine or drink does to the drug's own sleepiness (eval/holdout116 cj06, a
false error: "**Alcohol and other sleepy medicines.** Alcohol adds to baclofen's drowsiness. So do opioid painkillers
..."), as a class of warning cue.

- It adds to, piles on top of, deepens or makes worse the drowsiness, the sleepiness or the sedative effect, the
  drug's own by name ("adds to baclofen's drowsiness", "add to gabapentin's sleepy effect"), or a list label over it
  ("- **Booze:** makes the drowsiness much worse"); the breathing told as slowing ("your breathing can slow").
- Not the drug's effect alone ("The drowsiness wears off"), not denied ("does not add to baclofen's drowsiness"), not
  another thing added to ("adds to your quality of life", "adds to the flavour").
"""

from __future__ import annotations

RULE = "interactions.missing"
_BACLOFEN = "Baclofen eases spasticity. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    ("baclofen", _BACLOFEN + "\n\nThe drowsiness wears off after a week or two. I still have a beer on Fridays.", RULE, "alcohol", "error"),
    ("baclofen", _BACLOFEN + "A daily walk adds to your quality of life. I still enjoy a glass of wine.", RULE, "alcohol", "error"),
    (
        "baclofen",
        _BACLOFEN + "Alcohol does not add to baclofen's drowsiness, my friend says, so I have a beer most nights.",
        RULE,
        "alcohol",
        "error",
    ),
    ("baclofen", _BACLOFEN + "Cheese adds to the flavour of a glass of wine, which I have most nights.", RULE, "alcohol", "error"),
]

#: (drug, body, rule, item): near misses that must stay silent.
SHOULD_NOT = [
    (
        "baclofen",
        _BACLOFEN + "\n\n**Alcohol and other sleepy medicines.** Alcohol adds to baclofen's drowsiness. So do opioid painkillers, "
        "benzodiazepines, sleeping tablets and some antihistamines. Check with your pharmacist before adding any of them.",
        RULE,
        "alcohol",
    ),
    ("baclofen", _BACLOFEN + "\n\n**Wine at dinner.** A glass of wine piles on top of the sleepiness it brings.", RULE, "alcohol"),
    ("baclofen", _BACLOFEN + "Beer deepens the drowsiness, even a single pint.", RULE, "alcohol"),
    ("baclofen", _BACLOFEN + "\n\n- **Booze:** makes the drowsiness much worse.", RULE, "alcohol"),
    ("gabapentin", "Gabapentin treats seizures. Oxycodone and other opioids add to gabapentin's sleepy effect.", RULE, "opioids"),
]
