"""Rule types. Importing this package registers every built-in type with
:func:`pipeline.knowledge.rules.rule_type`; add a module here for a new type."""

from pipeline.checks import (  # noqa: F401  (text-pattern rule types)  # noqa: F401  (drug-fact rule types)
    claims,
    dosage,
    drug_checks,
    grammar,  # noqa: F401  (Harper / LanguageTool)
    hidden,  # noqa: F401  (invisible, bidirectional-control and mixed-script characters)
    metadata,
    patient_grammar,  # noqa: F401  (the patient-text grammar pack)
    patterns,
    readability,  # noqa: F401
)
