"""Sales words only where they sell, from eval/holdout178 (et11, albuterol), holdout181 (ew07, tizanidine) and holdout179
(eu03, phentermine), as a class.

Class: "no questions asked" is sales language only with a prescription, an order, a refund or a delivery in its sentence
("Prescriptions approved in minutes, no questions asked"), not a club's or an employer's promise of help ("Any player can
stop and use their inhaler at any time, no questions asked", "We will help, no questions asked"); a call to order by a
cut-off hour with delivery the next day is sales language ("Order through the Slimline link before 3pm and your tablets are
on your doorstep the next morning").
"""

from __future__ import annotations

SALES = "promotional.sales-language"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (eu03)
    (
        "phentermine",
        "Order through the Slimline link before 3pm and your tablets are on your doorstep the next morning!",
        SALES,
        "error",
    ),
    # new wordings, other voices
    ("sildenafil", "Order by noon and your pills are at your door the next day.", SALES, "error"),
    ("finasteride", "Book your consult before 2pm and your tablets are delivered tomorrow.", SALES, "error"),
    ("phentermine", "Prescriptions approved in minutes, no questions asked.", SALES, "error"),
    ("sildenafil", "Not happy? Full refund, no questions asked.", SALES, "error"),
    ("tadalafil", "No questions asked: your pills ship today.", SALES, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the drafts' own wordings (et11, ew07)
    ("albuterol", "Any player can stop and use their inhaler at any time, no questions asked.", SALES),
    (
        "tizanidine",
        "Talk to Occupational Health in confidence about timing your doses around your shift. We will help, no questions asked.",
        SALES,
    ),
    # other voices: help, not a sale
    ("sertraline", "You can take a day off for an appointment, no questions asked.", SALES),
    ("albuterol", "The school nurse keeps a spare inhaler, and any child can ask for it, no questions asked.", SALES),
    # a cut-off hour that is a dosing time, not an order
    ("zolpidem", "Take your tablet before 11pm and you should be fine by the next morning.", SALES),
]
