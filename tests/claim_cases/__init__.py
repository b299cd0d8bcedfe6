"""Tables of claim and promotional wordings, one module per round of evaluation drafts or
probes, each with a docstring naming its classes: ``SHOULD`` holds (drug, body, rule,
severity), a claim its writer must see reported at that severity; ``SHOULD_NOT`` holds
(drug, body, rule), a near miss that must stay quiet. ``tests/test_claim_cases.py`` runs
every table; a new round adds a module here."""
