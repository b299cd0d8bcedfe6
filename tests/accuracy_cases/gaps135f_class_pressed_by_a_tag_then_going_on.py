"""A wrong class pressed on the listener by a tag ("..., right?"), the speaker going on with what it leaves out, from
eval/holdout206 (fv13, naltrexone), as a class.

Class: a statement closed by a pressing tag claims what it says unless it is answered no; the speaker's own next sentence
in the same paragraph that only says what the statement leaves out ("Just without the buzz.", "Only without the high.")
holds the word "without" but answers nothing ("naltrexone is basically a very mild opioid itself, right? Just without the
buzz."). Naltrexone is an opioid antagonist, not an opioid (`not-an-opioid`). Near misses: the tag answered "No" in the
same paragraph, answered in the next speaker's paragraph, denied by the speaker ("It isn't, though."), the right class.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "not-an-opioid"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fv13)
    (
        "naltrexone",
        "**DANA:** And because it sits on those same receptors, naltrexone is basically a very mild opioid itself, right?"
        " Just without the buzz.\n\n**ROSA:** The main thing people notice is that they're not thinking about the next drink"
        " all day.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    # new wordings, other voices
    (
        "naltrexone",
        "So Vivitrol is a kind of opioid too, isn't it? Only without the high, which is the whole point.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "naltrexone",
        "my counsellor says naltrexone is a narcotic, right? just without the kick, so nobody gets hooked on it.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "naltrexone",
        "Naltrexone is basically a weak opioid, yeah? Minus the buzz and without the risk.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # answered no, same paragraph
    (
        "naltrexone",
        "Naltrexone is basically a very mild opioid itself, right? No, it blocks the opioid receptors instead.",
        MISSTATEMENT,
        ITEM,
    ),
    # answered no by the next speaker
    (
        "naltrexone",
        "**DANA:** Naltrexone is basically a very mild opioid itself, right?\n\n**ROSA:** Not at all. It blocks opioids; it is not one.",
        MISSTATEMENT,
        ITEM,
    ),
    # the speaker denies it
    (
        "naltrexone",
        "You'd think naltrexone is a mild opioid, right? It isn't, though, not without a lot of confusion about it.",
        MISSTATEMENT,
        ITEM,
    ),
    # the right class
    (
        "naltrexone",
        "Naltrexone is an opioid blocker, right? Just without any of the high that opioids give.",
        MISSTATEMENT,
        ITEM,
    ),
]
