"""Every table of misstatement, safety-warning and interaction wordings in
``tests/accuracy_cases/``, each case written as an article about one drug and all checked in
one `pipeline check` run (the families these rules do not need switched off); the assertion
is what the writer would see: the finding with its item and severity, or none."""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType

import accuracy_cases
import pytest
from rule_runner import check_cases

RULES = ("accuracy.misstatement", "safety-warnings.missing", "interactions.missing")
MODULES: list[ModuleType] = [
    importlib.import_module(f"accuracy_cases.{info.name}") for info in pkgutil.iter_modules(accuracy_cases.__path__)
]
Reported = dict[tuple[str, str], list[tuple[str, str, str]]]


def _cases(table: str) -> list[pytest.ParameterSet]:
    return [
        pytest.param(*case, id=f"{module.__name__.rpartition('.')[2]}-{index}")
        for module in MODULES
        for index, case in enumerate(getattr(module, table))
    ]


@pytest.fixture(scope="module")
def reported(tmp_path_factory: pytest.TempPathFactory) -> Reported:
    """Every case checked in one run: (drug, body) -> its findings as (rule, item, severity)."""
    cases = list(
        dict.fromkeys((drug, body) for table in ("SHOULD", "SHOULD_NOT") for module in MODULES for drug, body, *_ in getattr(module, table))
    )
    return check_cases(tmp_path_factory, cases, RULES, ("grammar", "readability", "off-label", "dosage", "metadata"))


@pytest.mark.parametrize(("drug", "body", "rule", "item", "severity"), _cases("SHOULD"))
def test_reported(reported: Reported, drug: str, body: str, rule: str, item: str, severity: str) -> None:
    assert (rule, item, severity) in reported[(drug, body)]


@pytest.mark.parametrize(("drug", "body", "rule", "item"), _cases("SHOULD_NOT"))
def test_not_reported(reported: Reported, drug: str, body: str, rule: str, item: str) -> None:
    assert [f for f in reported[(drug, body)] if f[:2] == (rule, item)] == []
