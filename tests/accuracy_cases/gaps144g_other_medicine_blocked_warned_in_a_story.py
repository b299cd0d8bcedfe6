"""An interaction warned in a speaker's story, from eval/holdout276 (in10 naltrexone, an author's Q&A at a book event), a false
error, as a class.

Class: the other medicines are told not to work as they should with the drug, and the care that follows ("Because it blocks
opioids, things like morphine or oxycodone won't work the normal way, so they have to plan your pain relief differently"), or
the pain relief said to be planned around it. That is the warning, in the speaker's words. Still reported: the other medicine
only named ("Isn't naltrexone an opioid, like methadone?"), and a failure to work said of everyone, no warning ("Morphine won't
work the normal way for everyone").
"""

from __future__ import annotations

INTERACTION = "interactions.missing"

SHOULD = [
    (
        "naltrexone",
        "Isn't naltrexone an opioid, like methadone? It's not. It blocks the receptors instead.",
        INTERACTION,
        "opioids",
        "error",
    ),
    ("naltrexone", "Morphine won't work the normal way for everyone, and naltrexone is for alcohol.", INTERACTION, "opioids", "error"),
]

SHOULD_NOT = [
    # the draft's own wording (in10)
    (
        "naltrexone",
        "**[AUDIENCE MEMBER]:** Isn't naltrexone an opioid, like methadone?\n\n**CLAIRE:** Everyone asks that. It's not. It's the"
        " opposite: it sits on the opioid receptors and blocks them.\n\n**CLAIRE:** Right. In the second year I was rear-ended and"
        " broke my wrist, and in the ER I had to tell them I was on naltrexone. Because it blocks opioids, things like morphine or"
        " oxycodone won't work the normal way, so they have to plan your pain relief differently.",
        INTERACTION,
        "opioids",
    ),
    # the same class in other words
    (
        "naltrexone",
        "My sponsor is on naltrexone. When she broke her ankle, codeine just didn't work properly on it, and the ward had to plan"
        " her pain relief differently.",
        INTERACTION,
        "opioids",
    ),
    (
        "naltrexone",
        "Heads up from a nurse: on naltrexone, opioid painkillers like morphine won't act as they should, so pain control has to be"
        " planned around it.",
        INTERACTION,
        "opioids",
    ),
]
