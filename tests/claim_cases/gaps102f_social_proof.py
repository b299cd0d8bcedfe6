"""Social proof and fear as a push to sign up (eval/holdout101 bu09), as a class of sales language.

"Join over 40,000 members who already trust HeartWise", "trusted by more than 100,000 patients", "over 250,000 happy
customers", "Don't wait for a heart scare: start your plan today" (not "join the 2 million people who have had their flu
jab", "more than 40,000 patients took part in the trial", "Don't wait for symptoms to get worse: see your GP").
"""

from __future__ import annotations

SALES = "promotional.sales-language"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording
    (
        "atorvastatin",
        "Don't wait for a heart scare to take your cholesterol seriously. Join over 40,000 members who already trust HeartWise: "
        "tap Start My Plan, and you could have your first pack at your door tomorrow.",
        SALES,
        "error",
    ),
    ("sildenafil", "Join thousands of other men who've already switched to our discreet service.", SALES, "error"),
    ("finasteride", "Our hair-loss plans are trusted by more than 100,000 patients across the UK.", SALES, "error"),
    ("semaglutide", "Over 250,000 happy customers can't be wrong.", SALES, "error"),
    ("rosuvastatin", "Don't wait until it's too late: start your plan today for under a pound a day.", SALES, "error"),
    ("metformin", "Don't wait for a diabetes diagnosis before you join our programme.", SALES, "error"),
]

#: (drug, body, rule): no finding of that rule.
SHOULD_NOT = [
    ("atorvastatin", "More than 40,000 patients took part in the trial that showed its benefit.", SALES),
    ("oseltamivir", "Join the 2 million people who have had their flu jab this winter.", SALES),
    ("atorvastatin", "Don't wait for symptoms to get worse: see your GP.", SALES),
    ("metformin", "Metformin is used by millions of people worldwide.", SALES),
    ("atorvastatin", "Don't wait for a heart scare to take your cholesterol seriously.", SALES),
    ("sertraline", "You can join a local support group where other members share what helped them.", SALES),
]
