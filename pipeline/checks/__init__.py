"""Rule types. Importing this package registers every built-in type with
:func:`pipeline.knowledge.rules.rule_type`; add a module here for a new type."""

from pipeline.checks import readability  # noqa: F401
from pipeline.checks import claims, metadata, patterns  # noqa: F401  (text-pattern rule types)
from pipeline.checks import grammar  # noqa: F401  (Harper / LanguageTool)
from pipeline.checks import dosage, drug_checks  # noqa: F401  (drug-fact rule types)
