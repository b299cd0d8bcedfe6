"""`pipeline rules` and `pipeline explain RULE`."""

from __future__ import annotations

from pathlib import Path

import yaml
from conftest import REPO, run_cli

RULE_FILES = sorted((REPO / "checks" / "rules").glob("*.yml"))


def all_rules() -> dict[str, dict]:
    """Every rule of every pack, read with plain PyYAML (independent of the tool's loader)."""
    return {r["id"]: r for path in RULE_FILES for r in yaml.safe_load(path.read_text(encoding="utf-8"))["rules"]}


def test_rules_lists_every_rule_of_every_pack(project) -> None:
    result = run_cli("rules", cwd=project.root)
    assert result.exit_code == 0
    rules = all_rules()
    assert len(rules) >= 17
    for rule_id, rule in rules.items():
        line = next(line for line in result.stdout.splitlines() if line.split()[:1] == [rule_id])
        assert rule["severity"] in line and rule["description"] in line
    assert f"{len(rules)} rules" in result.stdout


def test_rules_json_has_family_severities_and_origin(project) -> None:
    project.config(project.root.joinpath("pipeline.toml").read_text() + '[severity]\n"promotional.price" = "warning"\nmetadata = "off"\n')
    result = run_cli("rules", "--format", "json", cwd=project.root)
    assert result.exit_code == 0
    listed = {r["id"]: r for r in result.json()["rules"]}
    assert set(listed) == set(all_rules())
    price = listed["promotional.price"]
    assert (price["family"], price["severity"], price["configured_severity"]) == ("promotional", "error", "warning")
    assert listed["metadata.reviewer"]["configured_severity"] == "off"
    assert listed["disclaimer.missing"]["configured_severity"] == "error"
    path, line = price["defined_at"].rsplit(":", 1)
    assert Path(path).name == "promotional.yml"
    assert "id: promotional.price" in Path(path).read_text().splitlines()[int(line) - 1]
    text = run_cli("rules", cwd=project.root).stdout
    assert "promotional.price  error → warning (configured)" in text


def test_explain_shows_texts_type_origin_and_examples() -> None:
    result = run_cli("explain", "unsupported-claim.dependency", cwd=REPO)
    assert result.exit_code == 0
    rule = all_rules()["unsupported-claim.dependency"]
    out = result.stdout
    assert rule["description"] in out
    assert "severity:   error" in out and "type:       cited-claim" in out
    origin = next(line for line in out.splitlines() if line.startswith("defined at: "))
    path, line = origin.removeprefix("defined at: ").rsplit(":", 1)
    assert path == "checks/rules/claims.yml"
    assert (REPO / path).read_text().splitlines()[int(line) - 1].strip() == "- id: unsupported-claim.dependency"
    assert rule["explanation"].split("\n")[0] in out
    assert "Passes:" in out and rule["examples"]["pass"][0] in out
    assert "Fails:" in out and rule["examples"]["fail"][0] in out


def test_explain_unknown_rule_is_one_line_with_close_matches() -> None:
    result = run_cli("explain", "promotional.prices", cwd=REPO)
    assert result.exit_code == 2
    assert (
        result.stderr.strip().splitlines() == [result.stderr.strip()]
        and "unknown rule 'promotional.prices' (did you mean: promotional.price" in result.stderr
    )
    family = run_cli("explain", "metadata", cwd=REPO)
    assert family.exit_code == 2 and "metadata.reviewer" in family.stderr
    nothing = run_cli("explain", "zzz", cwd=REPO)
    assert nothing.exit_code == 2 and "`pipeline rules` lists them" in nothing.stderr
