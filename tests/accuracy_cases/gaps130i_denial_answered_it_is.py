"""A denial answered at once by a bare reply that it is so, the reply the whole sentence or its first clause: the
misstatement is set up to be corrected, not made ("Listeners ask me all the time, "Is it addictive?" People say it's not
habit-forming. It is.", eval/holdout163 ee10). Only after a statement that denies with its verb ("isn't", "can't",
"won't", "don't need to"). Near misses, still the misstatement: the same "It is." after a statement that denies nothing
("It's fine to stop metoprolol suddenly. It is."), after "non-addictive" (agreeing), a reply that goes on to something
else ("It is, however, a strong sedative"), a reply that narrows it ("It is in high doses only"), and a statement of
another kind after it ("It is gentle and works fast")."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    ("metoprolol", "It's fine to stop metoprolol suddenly. It is.", MISSTATEMENT, "safe-to-stop", "error"),
    ("alprazolam", "Xanax isn't addictive. It is, however, a strong sedative.", MISSTATEMENT, "not-addictive", "error"),
    ("clonazepam", "People say it's not habit-forming. It is in high doses only.", MISSTATEMENT, "not-addictive", "error"),
    ("lorazepam", "Lorazepam is not addictive. It is gentle and works fast.", MISSTATEMENT, "not-addictive", "error"),
    ("diazepam", "Diazepam is non-addictive. It is.", MISSTATEMENT, "not-addictive", "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "clonazepam",
        'Listeners ask me all the time, "Is it addictive?" People say it\'s not habit-forming. It is.',
        MISSTATEMENT,
        "not-addictive",
    ),
    (
        "alprazolam",
        "My cousin swears Xanax isn't addictive. Oh, it is, and coming off it was the hardest month of my life.",
        MISSTATEMENT,
        "not-addictive",
    ),
    ("lorazepam", "Lorazepam won't get you hooked if you only take it at night. It will.", MISSTATEMENT, "not-addictive"),
    ("metoprolol", "You don't need to taper metoprolol. You do.", MISSTATEMENT, "safe-to-stop"),
    ("diazepam", "Valium can't make you dependent, my gym mate says. It absolutely can.", MISSTATEMENT, "not-addictive"),
    ("tramadol", "Tramadol can't get you hooked. Sadly, it can, even at prescribed doses.", MISSTATEMENT, "not-addictive"),
]
