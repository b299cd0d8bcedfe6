"""A prohibition written as a label is a warning (eval/holdout186 fb03: a false error), as a class.

"No alcohol" set off as a label after a colon, a dash or a quote, or as what a note says ("He wrote on the bag: NO
ALCOHOL.", 'The sticker on the box says "No alcohol."', "Her rule for the month - zero alcohol!"). Still named but not as a
warning: a drink that has no alcohol in it, or the label saying what the drink contains.
"""

from __future__ import annotations

INTERACTION = "interactions.missing"

_DIAZEPAM = "Diazepam treats anxiety and muscle spasm. Never take it with opioids: together they can stop your breathing.\n\n"
_LORAZEPAM = "Lorazepam treats anxiety. Never take it with opioids: together they can stop your breathing.\n\n"
_GABAPENTIN = "Gabapentin treats nerve pain and seizures. Never take it with opioids: together they can stop your breathing.\n\n"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    ("diazepam", _DIAZEPAM + "The pharmacy sells a fizzy drink with no alcohol in it.", INTERACTION, "alcohol-cns-depressants", "error"),
    ("lorazepam", _LORAZEPAM + "The label says no alcohol is in the mouthwash.", INTERACTION, "alcohol-cns-depressants", "error"),
    ("gabapentin", _GABAPENTIN + "She wrote: alcohol-free wine is her favourite.", INTERACTION, "alcohol-cns-depressants", "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording (fb03)
    (
        "diazepam",
        _DIAZEPAM + "The pharmacist said it can be habit-forming. He wrote on the bag: NO ALCOHOL. No sherry at Sunday lunch"
        " for either of us then, in solidarity.",
        INTERACTION,
        "alcohol-cns-depressants",
    ),
    # other voices
    ("lorazepam", _LORAZEPAM + 'The sticker on the box says "No alcohol." Take that seriously.', INTERACTION, "alcohol-cns-depressants"),
    ("gabapentin", _GABAPENTIN + "Her rule for the month - zero alcohol! She stuck to it.", INTERACTION, "alcohol-cns-depressants"),
    ("diazepam", _DIAZEPAM + "The note on the fridge reads no drinking, and we keep to it.", INTERACTION, "alcohol-cns-depressants"),
]
