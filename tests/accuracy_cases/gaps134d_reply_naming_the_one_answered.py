"""A denial in a chat answered by a reply that names the one it answers before saying it is so, from eval/holdout194 (fj11,
acetaminophen: a false error), as a class.

Class: a reply under a speaker's label with a time in brackets, as chat exports give it ("Maya (9:44): ...", "Dad [8:02 pm]:
..."), that opens by addressing the one it answers ("Uncle Jim, yes you can.", "Grandpa, that's not true.", "@bigdave, you
absolutely can.", "Dad - that is wrong") refutes the statement before it, as the bare reply does: the label's time no longer
cuts the label short and the name addressed is read past. Near misses that must still be reported: a reply that names the one
answered but agrees, asks or talks of something else ("Uncle Jim, I love you.", "If so, it is a very safe medicine.", "Maya, you
can take two more tonight.").
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # a reply naming someone but saying nothing of the claim
    (
        "acetaminophen",
        "You can't really overdose on Tylenol, it's just Tylenol.\n\nUncle Jim, I love you.",
        MISSTATEMENT,
        "cannot-overdose",
        "error",
    ),
    # a condition opening the reply, not a name
    (
        "acetaminophen",
        "You can't really overdose on Tylenol, it's just Tylenol.\n\nIf so, it is a very safe medicine.",
        MISSTATEMENT,
        "cannot-overdose",
        "error",
    ),
    # the name addressed, then advice that goes along with it
    (
        "acetaminophen",
        "You can't really overdose on Tylenol, it's just Tylenol.\n\nMaya, you can take two more tonight.",
        MISSTATEMENT,
        "cannot-overdose",
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording (fj11)
    (
        "acetaminophen",
        "**Uncle Jim (9:40):** You can't really overdose on Tylenol, it's just Tylenol lol\n\n**Maya (9:44):** "
        "Uncle Jim, yes you can. Too much can cause serious liver damage, even liver failure.",
        MISSTATEMENT,
        "cannot-overdose",
    ),
    # a grandparent named, then called wrong
    (
        "acetaminophen",
        "Grandpa says you can't overdose on Tylenol because it's so mild.\n\nGrandpa, that's not true. Too much "
        "Tylenol can wreck your liver.",
        MISSTATEMENT,
        "cannot-overdose",
    ),
    # a forum handle addressed
    (
        "acetaminophen",
        "@bigdave: honestly you can't overdose on tylenol, it's basically candy\n\n@nurse_kim: @bigdave, you "
        "absolutely can. Please don't tell people that.",
        MISSTATEMENT,
        "cannot-overdose",
    ),
    # a kin word and a dash
    (
        "acetaminophen",
        "Mom: You can't really overdose on Tylenol.\n\nDad - that is wrong, and you know it.",
        MISSTATEMENT,
        "cannot-overdose",
    ),
    # a time in square brackets on the label
    (
        "acetaminophen",
        "Jim [9:40 pm]: You can't really overdose on Tylenol.\n\nMaya [9:44 pm]: Jim, yes you can.",
        MISSTATEMENT,
        "cannot-overdose",
    ),
]
