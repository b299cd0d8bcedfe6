"""A prescription medicine pitched as got without facing a doctor, from eval/holdout167 (ei06, tadalafil), as a class.

Class: an online service's pitch that the reader need not sit across a desk from, sit in front of, face, look in the eye or
explain themselves to a doctor ("no need to sit across a desk from a doctor and explain yourself", "you don't even have to
sit in front of a GP", "without ever having to face a doctor", "no awkward face-to-face with a doctor"): getting a
prescription medicine without a clinician, promotional.sales-language, an error. Silent: no doctor needed for a medicine
sold over the counter, your own doctor by video, a pharmacist who prescribes, a repeat prescription, and the dread of the
visit told as something doctors are used to.
"""

from __future__ import annotations

SALES = "promotional.sales-language"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (ei06)
    (
        "tadalafil",
        "Good news: no need to sit across a desk from a doctor and explain yourself. Several online services will have you fill"
        " in a three-minute questionnaire, and the tablets arrive at your door the next day in a plain box.",
        SALES,
        "error",
    ),
    # new wordings, other voices
    ("sildenafil", "The best bit? You don't even have to sit in front of a GP and explain why you want it.", SALES, "error"),
    ("finasteride", "Get your tablets without ever having to face a doctor about your hairline.", SALES, "error"),
    ("sildenafil", "With this app you won't have to look a doctor in the eye, just answer a few questions.", SALES, "error"),
    ("tadalafil", "No awkward face-to-face with a doctor: the whole thing happens on your phone.", SALES, "error"),
    ("orlistat", "You don't need to explain yourself to a physician; tick a few boxes and you're done.", SALES, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # over the counter: a pharmacist instead
    ("cetirizine", "You don't need to see a doctor for mild hay fever; just ask a pharmacist.", SALES),
    # your own doctor, by video
    ("tadalafil", "You don't have to sit across from your GP: a video call with your own doctor works just as well.", SALES),
    # a pharmacist who prescribes
    (
        "nitrofurantoin",
        "There's no need to sit in front of a doctor for a simple bladder infection: pharmacists can now prescribe it.",
        SALES,
    ),
    # a repeat prescription
    ("sertraline", "No need to sit across from a doctor for a repeat prescription; order it in the app.", SALES),
    # the dread of the visit, answered
    (
        "tadalafil",
        "Many men dread having to sit across a desk from a doctor and explain themselves, but doctors hear this every day.",
        SALES,
    ),
    ("sertraline", "You should never stop sertraline without speaking to a doctor.", SALES),
]
