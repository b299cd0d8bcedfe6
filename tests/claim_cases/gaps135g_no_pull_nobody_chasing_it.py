"""No pull of its own, nobody chasing it, never left needing it: dependence denied in lay words, from eval/holdout199 (fo04,
baclofen) and eval/holdout205 (fu09, hydroxyzine), as a class.

Class: the drug said to have no pull, hold or grip of its own ("baclofen has no pull of its own"), nobody or the reader said never
to end up chasing it or the next tablet ("Nobody ends up chasing it, the way my uncle did with his nerve pills"), and the reader
said never to be left needing or relying on it ("hydroxyzine will never leave you needing it every night"). Uncited: an error for
a drug whose label warns of dependence or withdrawal (baclofen, benzodiazepines, tramadol), a warning for one whose label warns of
none (hydroxyzine). Silent: another thing's pull ("the bottle has no pull on him now"), some people who do chase it, a need for
something else ("needing a nap"), sleeping pills said to leave you needing them, a condition after, a question.
"""

from __future__ import annotations

DEPENDENCY = "unsupported-claim.dependency"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (fo04, fu09)
    (
        "baclofen",
        "**RAY (CALLER):** And the best part, Deb, is that baclofen has no pull of its own. Nobody ends up chasing it, the way my"
        " uncle did with his nerve pills.",
        DEPENDENCY,
        "error",
    ),
    (
        "hydroxyzine",
        "What Eleanor likes most: unlike the sleeping pills her sister took for years, hydroxyzine will never leave you needing it"
        " every night, so you can put it down whenever you like.",
        DEPENDENCY,
        "warning",
    ),
    # new wordings, other voices
    ("lorazepam", "These tablets have no hold of their own on you.", DEPENDENCY, "error"),
    ("tramadol", "It doesn't have any pull of its own, so nobody goes chasing the next tablet.", DEPENDENCY, "error"),
    ("pregabalin", "No one ever ends up chasing the next capsule.", DEPENDENCY, "error"),
    ("zolpidem", "Unlike the old sleeping pills, this one won't leave you relying on it.", DEPENDENCY, "error"),
    ("diazepam", "Take it when you need it; it doesn't leave people needing them every night.", DEPENDENCY, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("baclofen", "Since he started baclofen, the bottle has no pull on him now.", DEPENDENCY),
    ("tramadol", "Some people end up chasing it, so your doctor will keep the supply short.", DEPENDENCY),
    ("zolpidem", "It won't leave you needing a nap the next afternoon.", DEPENDENCY),
    ("zolpidem", "Sleeping pills can leave you needing them every night.", DEPENDENCY),
    ("lorazepam", "It won't leave you needing it if you keep to a few nights a week.", DEPENDENCY),
    ("lorazepam", "Does it have any pull of its own?", DEPENDENCY),
    ("tramadol", "Nobody ends up chasing it if they only take it for three days.", DEPENDENCY),
]
