"""No other medicine of a kind said to come near it, or the rest said not to be in the same league, from eval/holdout219
(gi04, sumatriptan), as a class.

Class: a kind of medicine, told by what it is ("no over-the-counter painkiller", "no other migraine tablet I've tried",
"nothing else on the shelf"), said to come anywhere near it or close to it; and the rivals, a named one "and the rest" or a kind
("the supermarket painkillers"), said not to be in the same league or on the same level: "For a full-blown attack, no
over-the-counter painkiller comes anywhere near it", "Ibuprofen and the rest simply aren't in the same league". Uncited
comparatives. Silent: a dose or a number that comes near a limit, the league set against another named medicine ("as a
triptan"), price, and a question.
"""

from __future__ import annotations

COMPARATIVE = "unsupported-claim.comparative"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (gi04)
    (
        "sumatriptan",
        'The specialist is full of praise for the drug itself. "For a full-blown attack, no over-the-counter painkiller comes'
        ' anywhere near it," she says. "Ibuprofen and the rest simply aren\'t in the same league."',
        COMPARATIVE,
        "error",
    ),
    ("sumatriptan", "Ibuprofen and the rest simply aren't in the same league.", COMPARATIVE, "error"),
    # new wordings, other voices
    ("rizatriptan", "Honestly, no other migraine tablet I've tried comes close to it.", COMPARATIVE, "error"),
    ("cetirizine", "Nothing else on the chemist's shelf comes anywhere near it for hay fever.", COMPARATIVE, "error"),
    ("naproxen", "The supermarket painkillers just aren't in the same league.", COMPARATIVE, "error"),
    ("sumatriptan", "Tylenol simply isn't in the same league.", COMPARATIVE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("sumatriptan", "No dose comes anywhere near the maximum if you follow the leaflet.", COMPARATIVE),
    ("sumatriptan", "Ibuprofen isn't in the same league as a triptan, so it is a first step only.", COMPARATIVE),
    ("sumatriptan", "The over-the-counter painkillers aren't in the same league on price.", COMPARATIVE),
    ("sumatriptan", "Are the over-the-counter painkillers in the same league?", COMPARATIVE),
]
