"""The opioid interaction's harm told as what the mix makes of the breathing, from eval/holdout152 (dt08, lorazepam; a
false error), as a class.

Class: the mix said to make, leave, turn or get the breathing slow, shallow or weak ("With his oxycodone for the pain, it
can make breathing slow and shallow", "lorazepam can leave your breathing dangerously weak", "Xanax can turn her breathing
slow and shallow") warns of the interaction it names. Still reported: the breathing said to be normal or made easier, the
opioid named with no harm.
"""

from __future__ import annotations

INTERACTION = "interactions.missing"
_LORAZEPAM = "Lorazepam is a benzodiazepine for anxiety. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    ("lorazepam", _LORAZEPAM + "He takes oxycodone for pain and his breathing is normal.", INTERACTION, "opioids", "error"),
    (
        "lorazepam",
        _LORAZEPAM + "He takes oxycodone for pain, and the lorazepam made his breathing easier at night.",
        INTERACTION,
        "opioids",
        "error",
    ),
    ("lorazepam", _LORAZEPAM + "He also takes oxycodone for his back.", INTERACTION, "opioids", "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording (dt08)
    (
        "lorazepam",
        _LORAZEPAM + "\n\n- Lorazepam is a benzodiazepine. It can be habit-forming, and people can misuse it.\n- With his oxycodone for"
        " the pain, it can make breathing slow and shallow. If I can't wake him properly, or his lips look blue, I call 911.",
        INTERACTION,
        "opioids",
    ),
    # new wordings
    (
        "lorazepam",
        _LORAZEPAM + "Taken with an opioid painkiller such as oxycodone, lorazepam can leave your breathing dangerously weak.",
        INTERACTION,
        "opioids",
    ),
    ("alprazolam", "Alongside her hydrocodone, Xanax can turn her breathing slow and shallow.", INTERACTION, "opioids"),
    ("diazepam", "On top of his morphine, diazepam can get his breathing very shallow.", INTERACTION, "opioids"),
]
