"""Performance anxiety told by an occasion that opens the sentence, the dose then taken by a person named by a role, not a
pronoun or a name: "Before every away match the keeper swallows one of his dad's propranolol", "Ahead of a big recital
our tenor takes a 10 mg tablet" (my spot check after the forty-fifth stop's helpers; "The keeper swallows a propranolol
before every away match" was caught). A warning (the use is inferred from the occasion). Silent: the role taking something
that is no dose ("the coach takes the team for a walk", "the surgeon takes a look"), a history taken before surgery.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "propranolol",
        "Before every away match the keeper swallows one of his dad's propranolol so his legs stop trembling.",
        OFF_LABEL,
        "warning",
    ),
    ("propranolol", "Ahead of a big recital our tenor takes a 10 mg tablet.", OFF_LABEL, "warning"),
    ("propranolol", "Before each big match the team captain always pops a propranolol.", OFF_LABEL, "warning"),
]

#: (drug, body, rule): must stay silent.
SHOULD_NOT = [
    ("propranolol", "Before every away match the coach takes the team for a walk. He has been on propranolol for years.", OFF_LABEL),
    ("propranolol", "Before surgery the anaesthetist takes a full history of your medicines, including propranolol.", OFF_LABEL),
    ("propranolol", "Before the operation the surgeon takes a look at your heart tracing while you stay on propranolol.", OFF_LABEL),
    (
        "propranolol",
        "Propranolol is not approved for stage fright; using it that way is off-label. Before every away match the keeper takes "
        "a propranolol.",
        OFF_LABEL,
    ),
]
