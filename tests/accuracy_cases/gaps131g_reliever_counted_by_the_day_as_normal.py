"""A reliever (albuterol) needed five or more times a day, or every hour or two, told as normal by blaming what the days do to
the lungs, perhaps as someone's word the writer passes on: "During finals week she had been reaching for her blue inhaler
five or six times a day ... Her roommate told her that's just what all-nighters and dry dorm air do to your lungs"
(eval/holdout174 ep03; albuterol `more-use-is-normal`, a warning: it contradicts the deterioration-of-asthma warning, label
5). The count by the day joins the ways of saying more use, the verdict gains "what X does to your lungs", and the hearsay
may be told to her, him or them. Near misses: four times a day (within the nebuliser's label), the count called not
normal, someone's word that it was a warning sign, and coughs blamed on what a cold does to the throat."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (ep03)
    (
        "albuterol",
        "Last December, a sophomore we'll call Maya came in for a refill. During finals week she had been reaching for her blue"
        " inhaler five or six times a day, sitting in the library with a tight chest. Her roommate told her that's just what"
        " all-nighters and dry dorm air do to your lungs, and Maya agreed: you ride it out until break.",
        MISSTATEMENT,
        "more-use-is-normal",
        "warning",
    ),
    # new wordings
    (
        "albuterol",
        "I was on my Ventolin seven or eight times a day all through harvest, which is just what the dust does to your chest.",
        MISSTATEMENT,
        "more-use-is-normal",
        "warning",
    ),
    (
        "albuterol",
        "Grandad needed his puffer every hour or two in the heatwave. The nurse told him that was just what the heat does to old lungs.",
        MISSTATEMENT,
        "more-use-is-normal",
        "warning",
    ),
    (
        "albuterol",
        "If you find yourself taking the reliever 6 times a day during a bad cold, it's what a cold does to the airways, nothing more.",
        MISSTATEMENT,
        "more-use-is-normal",
        "warning",
    ),
    (
        "albuterol",
        "Our coach used albuterol a dozen times a day on tour, and he always said that was perfectly normal for a runner.",
        MISSTATEMENT,
        "more-use-is-normal",
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "albuterol",
        "With the nebuliser, the usual dose is one vial three or four times a day, and that is normal.",
        MISSTATEMENT,
        "more-use-is-normal",
    ),
    (
        "albuterol",
        "If you need your blue inhaler five or six times a day, that is not normal: book an asthma review this week.",
        MISSTATEMENT,
        "more-use-is-normal",
    ),
    (
        "albuterol",
        "She had been reaching for her blue inhaler five or six times a day. Her roommate told her that was a warning sign,"
        " and she booked a review.",
        MISSTATEMENT,
        "more-use-is-normal",
    ),
    (
        "albuterol",
        "She used the blue inhaler five times a day that week. Her doctor said dry dorm air does a lot to your lungs, but that"
        " needing it so often meant her asthma was getting worse.",
        MISSTATEMENT,
        "more-use-is-normal",
    ),
    (
        "albuterol",
        "He was coughing five or six times a day, which is just what a cold does to your throat.",
        MISSTATEMENT,
        "more-use-is-normal",
    ),
]
