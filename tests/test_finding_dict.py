"""The written-out serialisation of findings and readability scores (issue 15): the JSON
report, the result cache and SARIF/JUnit get every field, in declaration order, exactly
as ``dataclasses.asdict`` gave them, and a new field cannot be forgotten silently."""

from __future__ import annotations

import json
from dataclasses import asdict, fields

from pipeline.checks.readability import Readability, Scores
from pipeline.findings import FileResult, Finding, Severity


def finding(**changes: object) -> Finding:
    values: dict[str, object] = {
        "path": "articles/a.md",
        "line": 3,
        "column": 5,
        "end_line": 3,
        "end_column": 9,
        "severity": "warning",
        "check": "grammar",
        "rule": "grammar.spelling",
        "message": "“usualy” is not in the dictionary",
    }
    values.update(changes)
    return Finding(**values)  # type: ignore[arg-type]


def test_a_finding_dict_has_every_field_in_order_and_extra_only_when_set() -> None:
    plain = finding().to_dict()
    assert list(plain) == [f.name for f in fields(Finding) if f.name != "extra"]
    assert plain["severity"] == "warning" and type(plain["severity"]) is str
    rich = finding(
        suggestion="usually", excerpt="usualy", suppressed=True, suppression_reason="quoted", extra={"replacements": ["usually"]}
    ).to_dict()
    assert list(rich) == [f.name for f in fields(Finding)]
    assert rich["extra"] == {"replacements": ["usually"]}


def test_the_dict_is_what_asdict_gave_and_round_trips() -> None:
    for item in (finding(), finding(severity=Severity.ERROR, extra={"engine": "harper", "replacements": ["a", "b"]})):
        old = asdict(item)
        old["severity"] = item.severity.value
        if not old["extra"]:
            del old["extra"]
        assert json.dumps(item.to_dict()) == json.dumps(old)
        assert Finding.from_dict(item.to_dict()) == item


def test_changing_the_dict_leaves_the_finding_alone() -> None:
    item = finding(extra={"engine": "harper"})
    item.to_dict()["extra"]["engine"] = "languagetool"
    assert item.extra == {"engine": "harper"}


def test_readability_scores_dict_has_every_score_in_order() -> None:
    scores = Scores(120, 9, 71.5, 6.2, 8.1, 9.0, 7.7, 5.9, 7.3, 7.4)
    data = Readability(scores, []).to_dict()
    assert list(data)[: len(fields(Scores))] == [f.name for f in fields(Scores)]
    assert {k: data[k] for k in asdict(scores)} == asdict(scores)
    assert Readability(None, []).to_dict()["words"] == 0
    result = FileResult("a.md", [finding()], data)
    assert json.loads(json.dumps(result.to_dict()))["readability"]["consensus_grade"] == 7.4
