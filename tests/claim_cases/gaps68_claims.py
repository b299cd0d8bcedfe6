"""Claims and uses from eval/holdout68-71 (misses and false errors), as classes.

- No harm promised: "at that small dose, honestly, it won't do you any harm", "this one can't hurt you", "it does you
  no harm at all" (not the idiom of advice, "it won't do any harm to ask your pharmacist", nor a condition after).
- A claim word under a negated subject of the sentence: "None of our readers called citalopram a miracle".
- A claim passed on by an acquaintance is hearsay: "my neighbour said they're a miracle", "my mate at work told me it's
  totally harmless" (a relative's or a nurse's plain "says" stays the writer's to answer).
- A prescription medicine without seeing a doctor, the visit qualified: "No in-person doctor visit needed".
- A use called misuse right after it: "**Does tramadol help with anxiety?** No, ... taking it for that is misuse".
- Sleep let by the treated body part: "half a tab in the afternoon, and my legs let me sleep" (tizanidine's spasticity
  eased), "the spasms finally let her sleep"; the drug letting you sleep is still a sleep use.
"""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"
SALES = "promotional.sales-language"
OFF_LABEL = "off-label.undisclosed"

_ASPIRIN = "Aspirin helps prevent heart attacks and strokes. "
_TIZANIDINE = "Tizanidine treats muscle spasticity. "
_TRAMADOL = "Tramadol treats pain. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("aspirin", _ASPIRIN + "At that small dose, honestly, it won't do you any harm.", ABSOLUTE, "error"),
    ("aspirin", _ASPIRIN + "A baby aspirin a day? This one can't hurt you.", ABSOLUTE, "error"),
    ("aspirin", _ASPIRIN + "Taken with food, it does you no harm at all.", ABSOLUTE, "error"),
    ("citalopram", "Citalopram treats depression. Honestly, it is a miracle.", ABSOLUTE, "error"),
    ("atorvastatin", "Atorvastatin lowers cholesterol. My neighbour is a nurse and she says it is completely safe.", ABSOLUTE, "error"),
    (
        "alprazolam",
        "Alprazolam treats anxiety. You have a short video call. No face-to-face GP visit required: it all happens on your phone.",
        SALES,
        "error",
    ),
    ("tramadol", _TRAMADOL + "People take tramadol for anxiety and swear it works.", OFF_LABEL, "error"),
    ("tizanidine", _TIZANIDINE + "Half a tab at night lets me sleep like a baby.", OFF_LABEL, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("aspirin", _ASPIRIN + "It won't do any harm to ask your pharmacist before you start.", ABSOLUTE),
    ("aspirin", _ASPIRIN + "It won't do you any harm unless you have a bleeding problem, so ask first.", ABSOLUTE),
    ("citalopram", "Citalopram treats depression. None of our readers called citalopram a miracle.", ABSOLUTE),
    (
        "atorvastatin",
        "Atorvastatin lowers cholesterol. \"My brother-in-law said statins wreck your muscles and my neighbour said they're a"
        ' miracle," he says.',
        ABSOLUTE,
    ),
    ("atorvastatin", "Atorvastatin lowers cholesterol. My mate at work told me it's totally harmless. I asked my GP.", ABSOLUTE),
    ("alprazolam", "Alprazolam treats anxiety. You don't need to see the doctor in person for a repeat prescription.", SALES),
    (
        "tramadol",
        _TRAMADOL + "**Does tramadol help with anxiety?** No, it isn't a treatment for anxiety, and taking it for that is misuse.",
        OFF_LABEL,
    ),
    ("tramadol", _TRAMADOL + "Some people take tramadol to calm their nerves, which is drug misuse.", OFF_LABEL),
    (
        "tizanidine",
        _TIZANIDINE + '"I take it at bedtime now and half a tab in the afternoon, and my legs let me sleep."',
        OFF_LABEL,
    ),
    ("tizanidine", _TIZANIDINE + "Once the dose was right, the spasms finally let her sleep through.", OFF_LABEL),
]
