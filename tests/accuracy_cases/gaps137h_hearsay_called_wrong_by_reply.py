"""A misstatement passed on from someone and answered by the reply that calls that person wrong, from eval/holdout216 (gf08,
clonazepam), as a class.

Class: "My cousin says benzos aren't habit-forming if you're prescribed them." then "Your cousin is wrong, sorry." (the reply
opening the next paragraph or sentence, after "Sorry, but", "Honestly,": "your friend is mistaken", "He's dead wrong", "she's
misinformed"): the misstatement is quoted to be refuted, not the article's own (the context lexicon's `refutes_previous`).
Still reported: the same hearsay with no such reply, the person called not wrong or right, or wrong about something else.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "alprazolam",
        "A reader writes: my friend told me Xanax isn't addictive as long as a doctor prescribed it.\n\nAlprazolam carries a boxed"
        " warning for abuse, misuse and addiction.",
        MISSTATEMENT,
        "not-addictive",
        "error",
    ),
    (
        "clonazepam",
        "My cousin says benzos aren't habit-forming if you're prescribed them.\n\nYour cousin isn't wrong about much, but there's a"
        " boxed warning for addiction.",
        MISSTATEMENT,
        "not-addictive",
        "error",
    ),
    (
        "clonazepam",
        "My cousin says benzos aren't habit-forming if you're prescribed them.\n\nYour cousin is wrong to worry about the dose, though.",
        MISSTATEMENT,
        "not-addictive",
        "error",
    ),
    ("clonazepam", "My cousin says clonazepam isn't habit-forming.\n\nYour cousin is right.", MISSTATEMENT, "not-addictive", "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording (gf08)
    (
        "clonazepam",
        "**Q: Is it addictive? My cousin says benzos aren't habit-forming if you're prescribed them.**\n\nYour cousin is wrong,"
        " sorry. There's a boxed warning on the label for abuse, misuse and addiction, and your body gets physically dependent on it"
        " even at a normal prescribed dose.",
        MISSTATEMENT,
        "not-addictive",
    ),
    # new wordings, other voices
    (
        "alprazolam",
        "A reader writes: my friend told me Xanax isn't addictive as long as a doctor prescribed it.\n\nSorry, but your friend is"
        " mistaken. Alprazolam carries a boxed warning for abuse, misuse and addiction.",
        MISSTATEMENT,
        "not-addictive",
    ),
    (
        "lorazepam",
        "Dad keeps saying lorazepam isn't habit-forming. He's dead wrong: the label warns of dependence and withdrawal.",
        MISSTATEMENT,
        "not-addictive",
    ),
    (
        "diazepam",
        "My mum says Valium can't get you hooked.\n\nHonestly, she's misinformed. The label warns of abuse, misuse and addiction.",
        MISSTATEMENT,
        "not-addictive",
    ),
]
