"""A risk of its own denied is no pairing declared harmless, from eval/holdout188 (fd03, gabapentin), as a class.

Class: "no danger", "no risk" of a named risk of its own ("of ending up reliant on it", "of getting hooked", "of addiction",
"of him becoming dependent") near an interacting medicine named in another clause ("a woman who had watched her own mother
struggle to give up sleeping pills"): the denial is of that risk (unsupported-claim.dependency), not the interaction declared
harmless, and no misstatement of the interaction is reported. Still reported: the pairing itself declared harmless ("Having
a glass of wine with gabapentin is perfectly fine", "a nightcap alongside gabapentin is no big deal").
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "gabapentin",
        "Having a glass of wine with gabapentin is perfectly fine.",
        MISSTATEMENT,
        "alcohol-cns-depressants",
        "error",
    ),
    (
        "gabapentin",
        "A beer or two alongside your gabapentin is no problem at all.",
        MISSTATEMENT,
        "alcohol-cns-depressants",
        "error",
    ),
    (
        "gabapentin",
        "A nightcap alongside gabapentin is no big deal, honestly.",
        MISSTATEMENT,
        "alcohol-cns-depressants",
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording (fd03)
    (
        "gabapentin",
        "Her gynecologist suggested gabapentin at bedtime to calm those surges. Within weeks the night-time soakings had all but"
        " gone. And there's no danger of ending up reliant on it, which mattered to a woman who had watched her own mother"
        " struggle to give up sleeping pills.",
        MISSTATEMENT,
        "alcohol-cns-depressants",
    ),
    # new wordings, other voices
    (
        "gabapentin",
        "Dad's been on it two years now with no risk of him getting hooked on it, unlike the sleeping pills he took with a"
        " nightcap for years.",
        MISSTATEMENT,
        "alcohol-cns-depressants",
    ),
    (
        "pregabalin",
        "There's no danger of addiction with Lyrica, which is more than you can say for the alcohol my aunt leaned on.",
        MISSTATEMENT,
        "opioids-cns-depressants",
    ),
    (
        "gabapentin",
        "no risk of becoming dependent on it, my GP said - not like the alcohol I used to lean on.",
        MISSTATEMENT,
        "alcohol-cns-depressants",
    ),
]
