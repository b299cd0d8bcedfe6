"""Any comparative, however put, against every other medicine of a class (eval/holdout82 bb03, lorazepam: "gets to work
faster and keeps people calmer than any of the other anxiety tablets we hand out, including Xanax and Valium", uncited).

Left alone: size, age or price ("cheaper than any of the other statins"), "rather than any other", a question, the claim
negated, how long a drug lasts.
"""

from __future__ import annotations

COMPARATIVE = "unsupported-claim.comparative"

_LORAZEPAM = "Lorazepam treats anxiety. "
_ZOLPIDEM = "Zolpidem treats insomnia. "
_HYDROCORTISONE = "Hydrocortisone cream treats eczema. "
_SERTRALINE = "Sertraline treats depression. "
_IBUPROFEN = "Ibuprofen treats pain. "
_ATORVASTATIN = "Atorvastatin lowers cholesterol. "
_DIAZEPAM = "Diazepam treats anxiety. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "lorazepam",
        _LORAZEPAM + "Honestly, lorazepam gets to work faster and keeps people calmer than any of the other anxiety tablets we hand out, "
        "including Xanax and Valium.",
        COMPARATIVE,
        "error",
    ),
    ("zolpidem", _ZOLPIDEM + "It leaves you clearer-headed than all the other sleeping pills.", COMPARATIVE, "error"),
    ("hydrocortisone", _HYDROCORTISONE + "It is more soothing than any other cream on the shelf.", COMPARATIVE, "error"),
    ("sertraline", _SERTRALINE + "People feel brighter on it than on any of the other antidepressants.", COMPARATIVE, "error"),
    ("ibuprofen", _IBUPROFEN + "It settles period pain quicker than every other painkiller I stock.", COMPARATIVE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("atorvastatin", _ATORVASTATIN + "Simvastatin is cheaper than any of the other statins.", COMPARATIVE),
    ("lorazepam", _LORAZEPAM + "Lorazepam is not calmer than any of the other anxiety tablets.", COMPARATIVE),
    ("ibuprofen", _IBUPROFEN + "Choose paracetamol rather than any other painkiller if you have asthma.", COMPARATIVE),
    ("lorazepam", _LORAZEPAM + "Is it faster than any of the other anxiety tablets?", COMPARATIVE),
    ("diazepam", _DIAZEPAM + "Diazepam lasts longer than any of the other benzodiazepines.", COMPARATIVE),
]
