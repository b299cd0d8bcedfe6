"""Miss class (twenty-eighth stop, helper h): the reorder pitch of an online service, a refill without a visit and the
medicine shipped to the door by a day ("Just reorder from the app with no visit needed, and it ships to your door the
same day", holdout155 dw13): "ships the same day" was sales language only with nothing between, "no visit needed" only
with a doctor, an office or a clinic named, and the door by a day only as "same-day", not "the same day".

Still silent: a pharmacy's home delivery told as a service, a repeat prescription without an appointment, a visit said
to be needed."""

from __future__ import annotations

SALES = "promotional.sales-language"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording
    (
        "fluconazole",
        "Your prescription has been sent to your pharmacy. Need it again? Just reorder from the app with no visit needed, and it "
        "ships to your door the same day.",
        SALES,
        "error",
    ),
    # other voices: shipped straight to the door, dispatched to you, no visit required beside the door by tomorrow
    ("sildenafil", "Tap reorder and it ships straight to your door the same day.", SALES, "error"),
    ("finasteride", "Refills are dispatched to you the next day, every month, automatically.", SALES, "error"),
    ("valacyclovir", "Tap reorder, no visit required, and the tablets are on your doorstep the next day.", SALES, "error"),
    ("tadalafil", "We ship out the same day you're approved.", SALES, "error"),
]

#: (drug, body, rule): must stay silent.
SHOULD_NOT = [
    # a pharmacy's delivery told as a service, and a repeat without an appointment
    ("metformin", "Many pharmacies can deliver your medicines to your door; ask whether they offer next-day delivery.", SALES),
    ("atorvastatin", "For a repeat prescription no visit is needed: order it through the NHS App and collect it from the pharmacy.", SALES),
    # a visit said to be needed, and the shipping of a test, not a sale
    ("fluconazole", "A visit is needed if this keeps coming back, so we can look into it properly.", SALES),
    ("warfarin", "If the blood sample ships to the lab the same day, the result is usually back by the evening.", SALES),
]
