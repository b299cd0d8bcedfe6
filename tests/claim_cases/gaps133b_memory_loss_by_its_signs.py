"""Memory loss told by its signs, then the drug kept on to hold it back, from eval/holdout183 (ey04, atorvastatin), as a
class.

Class: the memory going told by two or more of its everyday signs in a breath (words or names lost, the kettle or the gas
left on, someone called by another's name, the same question asked again and again, getting lost on the way home, "the
forgetting"), or by "the memory slipping", then the drug said to help hold it back, slow it, or help with that ("keeping her
on the atorvastatin should also help hold the memory slipping back", "should help with that too", "kept him on atorvastatin to
slow it down"): dementia, not on any statin's label, inferred from lay words, a warning. Silent: another medicine said to do
it (donepezil), the help denied, one sign alone (an iron left on), and the use disclosed.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_SIGNS = "The forgetting has been worse this month: lost words, the kettle left on twice, calling me by her sister's name."

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (ey04)
    (
        "atorvastatin",
        _SIGNS + " When I mentioned it, Dr. Farrow said that keeping her on the atorvastatin should also help hold the memory"
        " slipping back, so that is another reason she takes it now, and I've written it on the carers' sheet.",
        OFF_LABEL,
        "warning",
    ),
    # the signs alone, pointed back at
    (
        "atorvastatin",
        _SIGNS + " When I mentioned it, Dr. Farrow said that keeping her on the atorvastatin should also help with that.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices
    (
        "atorvastatin",
        "Mum keeps losing her words and leaving the gas on. The GP said atorvastatin should help with that too.",
        OFF_LABEL,
        "warning",
    ),
    (
        "atorvastatin",
        "Dad has been asking the same question five times and getting lost on the way home. His doctor kept him on atorvastatin"
        " to slow it down, she said.",
        OFF_LABEL,
        "warning",
    ),
    (
        "rosuvastatin",
        "Gran's memory has been slipping since the spring. Her GP says rosuvastatin should help hold her memory slipping back.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # another medicine
    (
        "atorvastatin",
        "The forgetting has been worse this month: lost words, the kettle left on twice. Donepezil should help hold the memory"
        " slipping back.",
        OFF_LABEL,
    ),
    # denied
    (
        "atorvastatin",
        "The forgetting has been worse this month: lost words, the kettle left on twice. Dr. Farrow said atorvastatin won't"
        " help with that.",
        OFF_LABEL,
    ),
    # one sign alone
    ("atorvastatin", "I left the iron on this morning. Atorvastatin helps with that.", OFF_LABEL),
    # disclosed
    (
        "atorvastatin",
        _SIGNS + " When I mentioned it, Dr. Farrow said that keeping her on the atorvastatin should also help hold the memory"
        " slipping back, although that is an off-label use.",
        OFF_LABEL,
    ),
    # what it is for, held down
    (
        "atorvastatin",
        "Keeping her on the atorvastatin should also help hold her cholesterol down and slow the furring of her arteries.",
        OFF_LABEL,
    ),
]
