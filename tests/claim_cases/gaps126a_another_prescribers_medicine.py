"""A medicine another prescriber may give the reader, told in a clause of when, is not the article's drug (eval/holdout123
cq09: "If another doctor or the dentist give you medicine for pain, tell him that you take clonazepam", read as clonazepam
for pain).

Class: (if|when|before|should) <someone> (gives|prescribes|hands|offers) you <a medicine, tablets, a painkiller, an opioid>
for <condition>, or you are given one: the use is that medicine's, and the drug named in the main clause ("tell them you
take ...") is only what to mention. Still reported: the drug itself given for the condition in such a clause ("If your
doctor gives you clonazepam for sleep", "clonazepam tablets"), a medicine for it named as the drug right after, and the
drug given in the main clause after the trouble.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_CLONAZEPAM = "Clonazepam is a medicine for panic disorder and seizures. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("clonazepam", _CLONAZEPAM + "If your doctor gives you clonazepam for sleep, take it at bedtime.", OFF_LABEL, "error"),
    (
        "clonazepam",
        _CLONAZEPAM + "When the dentist gives you clonazepam tablets for the pain, take one an hour before.",
        OFF_LABEL,
        "error",
    ),
    ("clonazepam", _CLONAZEPAM + "Her GP gave her a medicine for sleep, clonazepam.", OFF_LABEL, "error"),
    (
        "diazepam",
        "Diazepam treats anxiety. When the pain after surgery is bad, the hospital doctor gives you diazepam for the pain.",
        OFF_LABEL,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording
    (
        "clonazepam",
        _CLONAZEPAM + "**Never together with opioids.** Opioids are strong medicines for pain or for cough, for example "
        "oxycodone, hydrocodone, codeine, tramadol, morphine. With clonazepam they can make the breathing very slow, a deep "
        "sleep where the person cannot wake up, coma and death. If another doctor or the dentist give you medicine for pain, "
        "tell him that you take clonazepam.",
        OFF_LABEL,
    ),
    # new wordings: a hospital leaflet, a pharmacist's column, a clinic handout, a forum reply
    (
        "diazepam",
        "Diazepam treats anxiety. When a hospital doctor prescribes you a painkiller for pain after surgery, mention that "
        "you're on diazepam.",
        OFF_LABEL,
    ),
    ("lorazepam", "Lorazepam treats anxiety. Before the dentist hands you tablets for the pain, tell them you take lorazepam.", OFF_LABEL),
    ("clonazepam", _CLONAZEPAM + "If you are given a medicine for a bad cough, say you take clonazepam.", OFF_LABEL),
    (
        "alprazolam",
        "Alprazolam treats anxiety. If the ER gives you an opioid for pain, remind them about the alprazolam.",
        OFF_LABEL,
    ),
]
