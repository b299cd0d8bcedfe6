"""A no-doctor pitch and two false errors of sales language, from eval/holdout208 (fx05, varenicline), holdout214 (gd02,
sildenafil; gd03, finasteride) and holdout207 (fw09, cetirizine), as a class.

Class: getting a prescription medicine without your own doctor, sold as an ease: no doctor's appointment to book, or no
prescription needed from your own doctor, with the form, the online clinic or the post that replaces them in its sentence or
the next ("you don't even have to book a doctor's appointment. Fill in our ten-minute online health form tonight", "You don't
need a prescription from your own doctor: the online clinic we use has you fill in a short health form"); free delivery told
as costing nothing ("delivery costs you nothing"). Silent: a repeat ordered in an app, a medicine sold over the counter, a call
denied with another verb before it ("## Do not share or buy online"), and a sale's clock on a free thing handed out, nothing sold
("free saline nasal rinse kits while stocks last").
"""

from __future__ import annotations

SALES = "promotional.sales-language"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording
    (
        "varenicline",
        "Good news: you don't even have to book a doctor's appointment. Fill in our ten-minute online health form tonight, our"
        " partner pharmacy posts your starter pack tomorrow, and delivery costs you nothing.",
        SALES,
        "error",
    ),
    (
        "sildenafil",
        "Here's where it gets easy. You don't need a prescription from your own doctor: the online clinic we use has you fill in"
        " a short health form, and the tablets ship in plain packaging the next day.",
        SALES,
        "error",
    ),
    # new wordings, other voices
    (
        "tadalafil",
        "No need to make a GP appointment; answer a quick questionnaire and it ships the next day.",
        SALES,
        "error",
    ),
    (
        "finasteride",
        "You won't even need a prescription from your regular doctor. Our online doctor reviews your answers within the hour.",
        SALES,
        "error",
    ),
    (
        "orlistat",
        "Best of all, you don't have to sit through a doctor's appointment: the pharmacy sends your first pack tomorrow.",
        SALES,
        "error",
    ),
    ("semaglutide", "Pens are posted to your door, and shipping won't cost you a penny.", SALES, "error"),
    # a free sample of a medicine with a call to buy is still sold
    ("sildenafil", "Free samples while stocks last, so order now.", SALES, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the drafts' own wording (gd03, fw09)
    ("finasteride", "## Do not share or buy online\n\nFake tablets are common.", SALES),
    (
        "cetirizine",
        "Keep windows closed on high-pollen days, shower and change clothes after time outdoors, and check the pollen forecast on"
        " the intranet home page. The onsite health room has free saline nasal rinse kits while stocks last.",
        SALES,
    ),
    # a repeat, or a medicine sold over the counter
    (
        "atorvastatin",
        "You don't need to book a GP appointment for a repeat: order it in the app and the pharmacy delivers it.",
        SALES,
    ),
    ("ibuprofen", "You don't need a prescription from your doctor for the 200 mg tablets; pharmacies sell them.", SALES),
    # a denied call in other words
    ("tramadol", "Never borrow or buy online: fake tablets are common.", SALES),
    # a free staff benefit
    ("cetirizine", "Free flu jabs for all staff while stocks last.", SALES),
    # a question about delivery
    ("metformin", "Ask the pharmacy whether delivery costs anything.", SALES),
]
