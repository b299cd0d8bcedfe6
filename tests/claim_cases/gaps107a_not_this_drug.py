"""Another medicine's use in a sentence that denies it of this drug, as a class (eval/holdout106 bz06, holdout107 ca11):
other medicines told by their own use first ("Citalopram is not a painkiller, ... even though some other medicines used
for depression are given for pain"), and this drug named as NOT the one that does it ("that is the added antihistamine,
which is there to help you sleep, not the acetaminophen"). The use stays a use when this drug is said to do it ("citalopram
is also given for pain", "take acetaminophen for sleep, not ibuprofen")."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_CITALOPRAM = "Citalopram treats depression.\n\n"
_ACETAMINOPHEN = "Acetaminophen relieves pain.\n\n"

#: (drug, body, rule, severity): a use the writer must see.
SHOULD = [
    ("citalopram", _CITALOPRAM + "Citalopram is also given for pain.", OFF_LABEL, "error"),
    ("citalopram", _CITALOPRAM + "Like amitriptyline, citalopram is sometimes given for nerve pain.", OFF_LABEL, "error"),
    (
        "citalopram",
        _CITALOPRAM + "Other antidepressants are used for depression, and citalopram is also given for pain.",
        OFF_LABEL,
        "error",
    ),
    ("acetaminophen", _ACETAMINOPHEN + "Acetaminophen is also given for sleep.", OFF_LABEL, "error"),
    ("acetaminophen", _ACETAMINOPHEN + "My doctor said to take acetaminophen for sleep, not ibuprofen.", OFF_LABEL, "error"),
    (
        "acetaminophen",
        _ACETAMINOPHEN + "Plain acetaminophen does not make you sleepy. It is sometimes given for sleep, though.",
        OFF_LABEL,
        "error",
    ),
]

#: (drug, body, rule): no such finding.
SHOULD_NOT = [
    # the drafts' own wordings
    (
        "citalopram",
        _CITALOPRAM + "Citalopram is not a painkiller, and it does not treat migraine, even though some other medicines used for"
        " depression are given for pain.",
        OFF_LABEL,
    ),
    (
        "acetaminophen",
        _ACETAMINOPHEN + "Plain acetaminophen does not make you sleepy. If a night-time product does, that is the added"
        " antihistamine, which is there to help you sleep, not the acetaminophen.",
        OFF_LABEL,
    ),
    (
        "citalopram",
        _CITALOPRAM + "Citalopram does not ease pain, although other drugs in the same family are used for nerve pain.",
        OFF_LABEL,
    ),
    ("citalopram", _CITALOPRAM + "Citalopram is not a painkiller; some other medicines for depression are given for pain.", OFF_LABEL),
    (
        "acetaminophen",
        _ACETAMINOPHEN + "Tylenol on its own won't make you drowsy. In a PM product it is the diphenhydramine, added to help you"
        " sleep, not the acetaminophen.",
        OFF_LABEL,
    ),
    (
        "acetaminophen",
        _ACETAMINOPHEN + "Acetaminophen does not cause drowsiness. When a night-time cold remedy knocks you out, that is the"
        " antihistamine, which is there to help you sleep, not the acetaminophen.",
        OFF_LABEL,
    ),
    ("ibuprofen", "Ibuprofen relieves pain.\n\nTake ibuprofen, not acetaminophen, for the swelling.", OFF_LABEL),
]
