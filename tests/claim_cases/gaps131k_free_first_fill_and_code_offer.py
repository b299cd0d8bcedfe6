"""A free or discounted first fill and a discount code with a hyphen, from eval/holdout168 (ej10, metoprolol) and
eval/holdout172 (en03, semaglutide), as classes.

- The first fill, refill or month's co-pay given free by the seller: "your first fill is on us", "the first month's co-pay
  is waived", "first fill free", "your first refill is on the house", "we'll waive the co-pay on your first fill". Silent:
  the first fill told as a supply, co-pays waived by a plan for preventive care, an insurer covering a fill, and a first
  week "free of" side effects.
- A discount code with a hyphen, quoted, mentioned or typed in: "Quote WELLNESS-Q1 when you register", "Mention
  HEART-2025 at the counter", "Type in SPRING-10". Silent: "COVID-19", "GLP-1" and a member number after the same verbs.
Both promotional.sales-language, an error.
"""

from __future__ import annotations

SALES = "promotional.sales-language"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (ej10, en03)
    (
        "metoprolol",
        "We'd love to look after you. Switch your refills to Maple Street this month and your first fill is on us, and we'll"
        " have your metoprolol ready before you run out.",
        SALES,
        "error",
    ),
    (
        "semaglutide",
        "Book a visit with your own doctor, or use the plan's virtual clinic. Quote WELLNESS-Q1 when you register and the first"
        " month's co-pay is waived. Pens are sent to your home address in a cool pack.",
        SALES,
        "error",
    ),
    # new wordings, other voices: the free first fill
    ("atorvastatin", "Bring your prescriptions over to us: first fill free for new patients.", SALES, "error"),
    ("lisinopril", "Transfer to our pharmacy and we'll waive the co-pay on your first fill.", SALES, "error"),
    ("sertraline", "New to the pharmacy? Your first refill is on the house.", SALES, "error"),
    ("tirzepatide", "Sign up through your employer and your first month's copay will be waived.", SALES, "error"),
    # the code with a hyphen
    ("sildenafil", "Mention HEART-2025 at the counter and save a fifth.", SALES, "error"),
    ("tadalafil", "Type in SPRING-10 when you check out.", SALES, "error"),
    ("semaglutide", "Just quote SLIM-Q2 on the phone when you sign up.", SALES, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("metoprolol", "The first fill of a new prescription is often a 30-day supply.", SALES),
    ("metoprolol", "Co-pays are waived for preventive care under most plans.", SALES),
    ("lisinopril", "Your insurance may cover the cost of your first fill.", SALES),
    ("sertraline", "For most people the first week is free of side effects.", SALES),
    ("semaglutide", "Show the COVID-19 certificate at the door.", SALES),
    ("semaglutide", "Give GLP-1 medicines time: the dose goes up slowly.", SALES),
    ("semaglutide", "Quote your member number when you register with the plan.", SALES),
    ("semaglutide", "Enter COVID-19 in the search box.", SALES),
]
