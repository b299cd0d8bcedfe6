"""A controller tablet taken mid-activity, a pause of minutes, then back at it, from eval/holdout198 (fn12, montelukast), as
a class.

Class: a dose of the drug taken there and then ("chew a Singulair", "popped a montelukast", "takes one of her tablets"), the
minutes told as a pause the writer gives it ("give it a few minutes", "waits a couple of minutes", "gave it five minutes"),
then the person back at the run, the game or breathing easy again: the `taken-at-onset` kind's outcome wording, which read
the minutes only as "within minutes" or "minutes later". Montelukast does not reverse acute bronchospasm (label 5: Acute
Asthma). Near misses: the blue inhaler given the minutes, the daily dose at bedtime, a dose hours before the match.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fn12)
    (
        "montelukast",
        "DEV: Real talk. My lungs hate cold air. On winter runs, when I feel my breathing go thin and raspy and my ribs start"
        " working overtime, I stop, chew a Singulair, give it a few minutes, and then I'm back on pace. It's basically my"
        " portable reset button.",
        MISSTATEMENT,
        "stops-asthma-attacks",
        "error",
    ),
    # new wordings, other voices
    (
        "montelukast",
        "Halfway up the hill I popped a montelukast, gave it five minutes, then I was breathing easy again.",
        MISSTATEMENT,
        "stops-asthma-attacks",
        "error",
    ),
    (
        "montelukast",
        "She takes one of her tablets on the sideline, waits a few minutes and is back in the game.",
        MISSTATEMENT,
        "stops-asthma-attacks",
        "error",
    ),
    (
        "montelukast",
        "Coach says: if you're struggling out there, chew one of your Singulair, wait a couple of minutes, and you'll be back on"
        " the pitch.",
        MISSTATEMENT,
        "stops-asthma-attacks",
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # the blue inhaler given the minutes
    (
        "montelukast",
        "When my breathing goes thin and raspy on a run, I take two puffs of my blue inhaler, give it a few minutes, and I'm back on pace.",
        MISSTATEMENT,
        "stops-asthma-attacks",
    ),
    (
        "montelukast",
        "I take my Singulair every evening; when my breathing goes raspy on a run, I use my blue inhaler, give it a few minutes,"
        " and I'm back on pace.",
        MISSTATEMENT,
        "stops-asthma-attacks",
    ),
    # the daily dose at bedtime
    (
        "montelukast",
        "She chews her tablet before bed every evening, waits a few minutes and is back up reading.",
        MISSTATEMENT,
        "stops-asthma-attacks",
    ),
    # a dose hours before the match
    (
        "montelukast",
        "I take a Singulair two hours before the match, give it a few minutes, and I'm back on the field.",
        MISSTATEMENT,
        "stops-asthma-attacks",
    ),
]
