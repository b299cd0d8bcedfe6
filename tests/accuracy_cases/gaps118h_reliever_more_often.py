"""Needing the reliever more often, told as a sign in lay words (eval/holdout116 cj01, a false error on a clean
leaflet: "Call us or your doctor soon if:" over "- you reach for it more often than you used to"), as a class of
albuterol's worsening-asthma warning.

- The reliever reached for, grabbed, turned to, relied or leaned on, or had to be used more often, more than before,
  more and more ("grabbing your blue inhaler more often than before", "relying on your reliever more and more", "have
  to use your puffer a lot more than usual", "turning to your albuterol more often").
- Still missing: reaching for it when needed, a spacer needed more by some, using a spacer more easily, a question,
  and the more-use-is-normal misstatement ("Grabbing your reliever more often in spring? That's just hay fever").
"""

from __future__ import annotations

RULE = "safety-warnings.missing"
ITEM = "worsening-asthma"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    ("albuterol", "Take two puffs when you are wheezy. Keep the inhaler in your bag and reach for it then.", RULE, ITEM, "error"),
    ("albuterol", "Reach for the inhaler only when you wheeze; some people need a spacer more than others.", RULE, ITEM, "error"),
    ("albuterol", "Kids like the spacer because they can use it more easily than the inhaler alone.", RULE, ITEM, "error"),
    ("albuterol", "Is it bad to reach for it more often than you used to?", RULE, ITEM, "error"),
    (
        "albuterol",
        "Grabbing your reliever more often in spring? That's just hay fever, nothing to worry about.",
        RULE,
        ITEM,
        "error",
    ),
]

#: (drug, body, rule, item): near misses that must stay silent.
SHOULD_NOT = [
    (
        "albuterol",
        "## When is my asthma getting worse?\n\nYour reliever is a warning light. Call us or your doctor soon if:\n\n"
        "- you reach for it more often than you used to\n- two puffs do not help as much, or the help wears off sooner\n"
        "- you wake at night with a tight chest",
        RULE,
        ITEM,
    ),
    ("albuterol", "Book a review with your GP if you find yourself grabbing your blue inhaler more often than before.", RULE, ITEM),
    ("albuterol", "Signs to ring the asthma nurse about:\n\n- relying on your reliever more and more\n- waking up wheezy", RULE, ITEM),
    ("albuterol", "If you have to use your puffer a lot more than usual, see your doctor that week.", RULE, ITEM),
    ("albuterol", "Tell your doctor if you are turning to your albuterol more often, even if it still helps.", RULE, ITEM),
]
