"""A stomach bug told by both its ends, from eval/holdout132 (cz13, ondansetron), as a class.

Class: the bug named by its vomiting and diarrhoea ("When my own twins had the vomiting-and-diarrhea bug that went round
their nursery, the urgent care doctor gave each of them a dissolving ondansetron tablet", "a diarrhoea and vomiting bug",
"a sickness-and-diarrhoea bug") is gastroenteritis, not the approved chemotherapy or post-operative vomiting; "stomach
bugs" in the plural is the bug too. Ondansetron is approved only for the sickness of chemotherapy, radiotherapy and
surgery. Silent: the two as a side effect, the bug denied, the vomiting after chemotherapy.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_ONDANSETRON = "Ondansetron prevents sickness from chemotherapy. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (cz13)
    (
        "ondansetron",
        _ONDANSETRON + "When my own twins had the vomiting-and-diarrhea bug that went round their nursery, the urgent care"
        " doctor gave each of them a dissolving ondansetron tablet, and within the hour they were keeping down sips of juice.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices
    ("ondansetron", _ONDANSETRON + "The ER doctor gave my son ondansetron for a diarrhoea and vomiting bug.", OFF_LABEL, "warning"),
    (
        "ondansetron",
        _ONDANSETRON + "Our GP prescribed ondansetron when the whole house went down with a sickness-and-diarrhoea bug.",
        OFF_LABEL,
        "warning",
    ),
    ("ondansetron", _ONDANSETRON + "Your sister isn't wrong that it gets used for stomach bugs, though.", OFF_LABEL, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("ondansetron", _ONDANSETRON + "It can cause diarrhoea and vomiting in some people.", OFF_LABEL),
    ("ondansetron", _ONDANSETRON + "Ondansetron won't help with stomach bugs, so don't ask for it.", OFF_LABEL),
    (
        "ondansetron",
        _ONDANSETRON + "It was the vomiting, not a bug, that we treated: ondansetron for the vomiting after her chemo.",
        OFF_LABEL,
    ),
    ("ondansetron", _ONDANSETRON + "Stomach bugs spread fast in nurseries; wash your hands.", OFF_LABEL),
]
