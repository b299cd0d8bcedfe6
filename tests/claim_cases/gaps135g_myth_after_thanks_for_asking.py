"""Hearsay asked about, then answered as one of the biggest myths after a word of thanks, from eval/holdout201 (fq11, clonazepam:
a false error), as a class.

Class: a caller's or a reader's relative says the drug is not addictive, asks "Is she right?", and the answer opens with thanks
for the question ("I'm glad you asked, Carol, because that's one of the biggest myths", "Good question, Sam: that's a common
misconception", "Thanks for asking, Jo: that's one of the most persistent myths about benzodiazepines"), or is only "That's one
of the most common myths we hear": the claim is quoted to be refuted, not made. Still reported: the thanks followed by praise of
the medicine, "one of the biggest benefits", a bare "Good question.", and the claim answered by nothing.
"""

from __future__ import annotations

DEPENDENCY = "unsupported-claim.dependency"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "clonazepam",
        "My sister says Klonopin is not addictive. Is she right?\n\nI'm glad you asked, Carol, because it's one of the best"
        " medicines we have.",
        DEPENDENCY,
        "error",
    ),
    ("clonazepam", "Klonopin is not addictive. That's one of the biggest benefits.", DEPENDENCY, "error"),
    ("clonazepam", "Klonopin is not addictive. Good question.", DEPENDENCY, "error"),
    (
        "diazepam",
        "My sister says Valium is not addictive. Is she right?\n\nGood question, Sam: it's a fine medicine.",
        DEPENDENCY,
        "error",
    ),
    (
        "lorazepam",
        "My brother says lorazepam is not habit-forming. Is that right?\n\nThanks for asking, Jo: it's a good medicine.",
        DEPENDENCY,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording (fq11)
    (
        "clonazepam",
        "**CALLER (Carol):** My sister says Klonopin is not addictive because it's a prescription. Is she right?\n\n**GUEST:** I'm"
        " glad you asked, Carol, because that's one of the biggest myths. It can be habit-forming, even when it's taken exactly as"
        " prescribed.",
        DEPENDENCY,
    ),
    # new wordings, other voices
    (
        "diazepam",
        "My sister says Valium is not addictive. Is she right?\n\nGood question, Sam: that's a common misconception. It can be"
        " habit-forming.",
        DEPENDENCY,
    ),
    (
        "lorazepam",
        "My brother says lorazepam is not habit-forming. Is that right?\n\nThanks for asking, Jo: that's one of the most"
        " persistent myths about benzodiazepines.",
        DEPENDENCY,
    ),
    (
        "lorazepam",
        "My brother says lorazepam is not habit-forming. Is that right?\n\nThat's one of the most common myths we hear.",
        DEPENDENCY,
    ),
]
