"""An effect closed to question with "full stop", from eval/holdout198 (fn09, naltrexone), as a class.

Class: what the medicine does said flat and closed to question by "full stop", "period", "end of story", "simple as that" or
"no ifs or buts" ("naltrexone takes the craving away, full stop", "this stops the urge to drink, end of story", "it clears the
itch, simple as that"): an absolute efficacy claim, uncited, an error. Silent: hedged, an instruction, a denial, and a turn
between the effect and the stop ("it works, but not for everyone, full stop").
"""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fn09)
    (
        "naltrexone",
        "Here's the honest answer: naltrexone takes the craving away, full stop. Every colleague who has used it through our"
        " program has stayed sober, and it will do the same for you.",
        ABSOLUTE,
        "error",
    ),
    # new wordings, other voices
    ("varenicline", "Chantix stops the urge to smoke, end of story.", ABSOLUTE, "error"),
    ("hydrocortisone", "One thin layer and it clears the itch, simple as that.", ABSOLUTE, "error"),
    ("ibuprofen", "For period pain it gets rid of the cramps, no ifs or buts.", ABSOLUTE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # hedged
    ("naltrexone", "For many people it usually takes the edge off the cravings, full stop.", ABSOLUTE),
    # an instruction
    ("naltrexone", "Take it every day, full stop, even on days you don't plan to drink.", ABSOLUTE),
    # denied
    ("naltrexone", "It doesn't take the craving away, full stop; it makes a drink less rewarding.", ABSOLUTE),
    # a turn between
    ("naltrexone", "It takes the edge off for most people, but not for everyone, full stop.", ABSOLUTE),
    # a period of another kind
    ("ibuprofen", "It eases the cramps of your period.", ABSOLUTE),
]
