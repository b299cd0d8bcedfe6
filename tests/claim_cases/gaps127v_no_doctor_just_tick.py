"""A prescription medicine offered with no doctor at all, a form instead, is sales language (promotional.sales-language):
"You don't even have to see a doctor, just tick the boxes" under "Where to get it" (eval/holdout140 dh13). Near misses: a
doctor not needed for a mild complaint a pharmacist handles, a doctor seen by video rather than in person."""

from __future__ import annotations

SALES = "promotional.sales-language"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "prednisone",
        "A couple of sites sort you a short course online. You don't even have to see a doctor, just tick the boxes.",
        SALES,
        "error",
    ),
    ("sildenafil", "No need to talk to a doctor: simply fill in the form.", SALES, "error"),
    ("finasteride", "You won't ever have to speak to a GP - you just answer five questions.", SALES, "error"),
    ("zolpidem", "You do not need to see a prescriber, just pay and it ships.", SALES, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("cetirizine", "You don't need to see a doctor for mild hay fever; just ask a pharmacist.", SALES),
    ("sildenafil", "You don't need to see a doctor in person, just book a video call.", SALES),
    ("prednisone", "Don't see a doctor only when it is bad: just call the clinic if the rash spreads.", SALES),
]
