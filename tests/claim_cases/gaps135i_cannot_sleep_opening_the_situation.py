"""Sleep lost told as what the person cannot do, opening a situation, then the dose taken (an end-of-stop spot check of the
thirty-fourth stop's sleep classes), as a class.

Class: "When I can't sleep, I take it", "If she cannot sleep, she takes a 7.5 mg tablet", "On nights he can't get to sleep,
he takes half a tablet": the situation opens the sentence and the main clause is the dose taken in it (the fronted-situation
reading of "When my anxiety keeps me awake, I take half of a 0.5"), which took only lay wordings: "can't sleep" holds the
name's own "sleep", an error where a use verb names it ("the go-to pill for people who just can't sleep") and a warning
here. Silent: something else done in the situation, another medicine taken, sleep lost as a side effect. Not yet: the drug
named in lower case in the main clause ("When I can't sleep, I take mirtazapine"), since a lower-case word there may be no
medicine at all.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("mirtazapine", "When I can't sleep, I take it. It knocks me out within the hour.", OFF_LABEL, "warning"),
    ("mirtazapine", "If she cannot sleep, she takes a 7.5 mg tablet.", OFF_LABEL, "warning"),
    ("quetiapine", "On nights he can't get to sleep, he takes half a 25 mg tablet.", OFF_LABEL, "warning"),
    ("mirtazapine", "When I can't sleep, I take Remeron.", OFF_LABEL, "warning"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("mirtazapine", "When I can't sleep, I read a book until I'm drowsy.", OFF_LABEL),
    ("mirtazapine", "When I can't sleep, I take Benadryl.", OFF_LABEL),
    ("mirtazapine", "Some people can't sleep on it at first; tell your doctor if that lasts.", OFF_LABEL),
    ("mirtazapine", "When I can't sleep, I take a walk around the garden.", OFF_LABEL),
]
