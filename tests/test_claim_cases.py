"""Every table of claim and promotional wordings in ``tests/claim_cases/``: each case is the
body of one article about one drug, checked with one rule; the assertion is what its writer
would see: the finding of that rule at its severity, or none."""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType

import claim_cases
import pytest
from rule_runner import findings

MODULES: list[ModuleType] = [importlib.import_module(f"claim_cases.{info.name}") for info in pkgutil.iter_modules(claim_cases.__path__)]


def _cases(table: str) -> list[pytest.ParameterSet]:
    return [
        pytest.param(*case, id=f"{module.__name__.rpartition('.')[2]}-{index}")
        for module in MODULES
        for index, case in enumerate(getattr(module, table))
    ]


@pytest.mark.parametrize(("drug", "body", "rule", "severity"), _cases("SHOULD"))
def test_the_claim_is_reported(drug: str, body: str, rule: str, severity: str) -> None:
    severities = findings(drug, body, rule)
    assert severities and set(severities) == {severity}, body


@pytest.mark.parametrize(("drug", "body", "rule"), _cases("SHOULD_NOT"))
def test_the_near_miss_is_not_reported(drug: str, body: str, rule: str) -> None:
    assert findings(drug, body, rule) == [], body
