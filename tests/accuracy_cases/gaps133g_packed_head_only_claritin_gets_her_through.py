"""A blocked head told by its own picture, then plain loratadine the only thing that gets one through, from eval/holdout186
(fb12, loratadine), as a class.

Class: the head, nose or sinuses said to feel packed, stuffed or blocked ("her whole head feels like it's packed with wet
cotton from April to June"), then Claritin or loratadine "the only thing that lets her get through", "the only thing that
gets him through the day" or "my lifesaver". Plain loratadine is an antihistamine only, not a decongestant (Drug Facts;
the decongestant is Claritin-D's pseudoephedrine): `not-a-decongestant`, a warning. Near misses: Sudafed credited with the
blocked head, a runny and itchy nose (which it is for), and a denial.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "not-a-decongestant"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fb12)
    (
        "loratadine",
        "Doris from the altar guild says her whole head feels like it's packed with wet cotton from April to June, and a Claritin"
        " each morning is the only thing that lets her get through the Gloria without sounding like she's singing through a"
        " pillow. She gave away her Sudafed years ago.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    # new wordings, other voices
    ("loratadine", "My head feels stuffed up solid every May, and loratadine is honestly my lifesaver.", MISSTATEMENT, ITEM, "warning"),
    (
        "loratadine",
        "Every spring his nose is completely blocked, and one Claritin at breakfast is the only thing that gets him through the day.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "loratadine",
        "when my sinuses feel crammed full of concrete, Alavert is the only pill that helps me at all",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # Sudafed credited
    (
        "loratadine",
        "Her head feels packed with cotton, and Sudafed is the only thing that lets her breathe; Claritin is for the sneezing.",
        MISSTATEMENT,
        ITEM,
    ),
    # a runny, itchy nose: what it is for
    ("loratadine", "My nose is runny and itchy every spring, and Claritin is the only thing that helps.", MISSTATEMENT, ITEM),
    # a denial
    (
        "loratadine",
        "His head feels packed with cotton, and loratadine is not the thing that helps that; a decongestant is.",
        MISSTATEMENT,
        ITEM,
    ),
    # Claritin-D, which has the decongestant
    (
        "loratadine",
        "My head feels completely blocked in May, and Claritin-D is the only thing that gets me through.",
        MISSTATEMENT,
        ITEM,
    ),
]
