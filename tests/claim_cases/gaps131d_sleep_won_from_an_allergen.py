"""Sleep won back from an allergen or an itch, from eval/holdout173 (eo03, cetirizine), as a class.

Class: the drug letting someone sleep, the allergen braved or the allergy sign spared told right after ("that combo finally lets
me sleep with my window open" in peak pollen weeks, "sleep with the cat on the bed", "sleep right through hay fever season",
"sleep without a blocked nose", "sleep through without scratching"): the relief of the allergy or the itch, not a sleep use (was
an error of insomnia for cetirizine). Still reported: sleep told alone, sleep told with what is no allergen, and another use in
the same sentence.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # sleep told alone
    ("cetirizine", "Zyrtec finally lets me sleep.", OFF_LABEL, "error"),
    # sleep told with what is no allergen
    ("cetirizine", "I take a Zyrtec at night because it lets me sleep with no more 3 am wake-ups.", OFF_LABEL, "error"),
    ("hydroxyzine", "Hydroxyzine lets me sleep on long-haul flights.", OFF_LABEL, "error"),
    # another use in the same sentence
    (
        "cetirizine",
        "Zyrtec is the one thing that lets me sleep with the window open, and I take it for my anxiety too.",
        OFF_LABEL,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording (eo03)
    (
        "cetirizine",
        "Real talk though: in peak pollen weeks one tablet doesn't cut it for me. What I do is one 10mg tablet when I get up and a"
        " second one with my bedtime snack, and that combo finally lets me sleep with my window open.",
        OFF_LABEL,
    ),
    # new wordings, other voices
    ("cetirizine", "Zyrtec lets my daughter sleep with the cat on the bed again.", OFF_LABEL),
    ("hydroxyzine", "Hydroxyzine at bedtime lets him sleep through without scratching.", OFF_LABEL),
    ("loratadine", "Claritin lets me sleep right through hay fever season.", OFF_LABEL),
    ("cetirizine", "Honestly, half a Zyrtec lets me sleep without a blocked nose.", OFF_LABEL),
]
