"""Tables of misstatement, safety-warning and interaction wordings, one module per round of
evaluation drafts, each with a docstring naming its classes: ``SHOULD`` holds (drug, body,
rule, item, severity), a finding its writer must see; ``SHOULD_NOT`` holds (drug, body, rule,
item), a finding that must not be reported. ``tests/test_accuracy_cases.py`` checks every
case in one `pipeline check` run; a new round adds a module here."""
