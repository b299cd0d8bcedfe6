"""The built-in knowledge and a team's own: layers, families, origins, the project
root found from a subfolder, include/exclude, and the configuration checks that go
with them (unknown [severity] keys, guard rules, NaN)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import REPO, run_cli
from team_repo import make_team_repo

from pipeline.config import load_config
from pipeline.knowledge.digest import knowledge_digest
from pipeline.knowledge.sources import builtin_dir
from pipeline.knowledge.spelling import load_spelling_vocabulary


@pytest.fixture
def team(tmp_path: Path) -> Path:
    make_team_repo(tmp_path)
    return tmp_path


def test_builtin_dir_is_the_checks_folder() -> None:
    assert (builtin_dir() / "rules").is_dir() and (builtin_dir() / "drugs" / "baclofen.yml").is_file()
    assert builtin_dir().samefile(REPO / "checks")


def test_without_configuration_the_builtins_apply(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("# Baclofen\n\nBaclofen relaxes muscles.\n", encoding="utf-8")
    assert run_cli("facts", "baclofen", cwd=tmp_path).exit_code == 0
    listing = run_cli("rules", cwd=tmp_path)
    assert listing.exit_code == 0 and "(built-in)" in listing.stdout.splitlines()[-1]


def test_team_rule_family_drug_word_and_override_take_effect_from_a_subfolder(team: Path) -> None:
    sub = team / "articles" / "allergy"
    result = run_cli("check", "--format", "json", ".", cwd=sub)
    assert result.exit_code == 1, result.stderr
    findings = {f["rule"]: f for file in result.json()["files"] for f in file["findings"]}
    assert findings["house.utilize"]["check"] == "house"
    assert findings["promotional.price"]["severity"] == "warning"  # configured in the root's pipeline.toml
    assert "spelling" not in " ".join(findings)  # grammar off; the word list is checked below
    vocab = load_spelling_vocabulary(load_config(start=sub).knowledge_dirs, bundled=False)
    assert "zorblemeds" in vocab.words and "fexofenadine" in vocab.drugs


def test_rules_and_facts_show_where_things_come_from(team: Path) -> None:
    listing = run_cli("rules", cwd=team / "articles")
    assert "house.utilize" in listing.stdout and "checks/rules/house.yml" in listing.stdout
    record = {r["id"]: r for r in run_cli("rules", "--format", "json", cwd=team).json()["rules"]}
    assert record["house.utilize"]["source"] == "checks/rules/house.yml"
    assert record["promotional.price"]["source"] == "built-in"
    facts = run_cli("facts", "Allegra", cwd=team)
    assert facts.exit_code == 0 and "from: checks/drugs/fexofenadine.yml" in facts.stdout
    assert "from: built-in" in run_cli("facts", "baclofen", cwd=team).stdout
    assert run_cli("facts", "fexofenadine", "--format", "json", cwd=team).json()["origin"] == "checks/drugs/fexofenadine.yml"


def test_a_team_pack_redefines_a_builtin_rule_by_id(team: Path) -> None:
    builtin = (REPO / "checks" / "rules" / "promotional.yml").read_text(encoding="utf-8")
    start = builtin.index("  - id: promotional.price")
    end = builtin.index("  - id:", start + 10)
    (team / "checks" / "rules" / "override.yml").write_text("rules:\n" + builtin[start:end].replace("severity: error", "severity: info"))
    (team / "pipeline.toml").write_text('[severity]\ngrammar = "off"\n', encoding="utf-8")
    record = {r["id"]: r for r in run_cli("rules", "--format", "json", cwd=team).json()["rules"]}
    assert record["promotional.price"]["severity"] == "info"
    assert record["promotional.price"]["source"] == "checks/rules/override.yml"
    assert len([r for r in record if r.startswith("promotional.")]) >= 2  # the other built-in rules stay


def test_a_rule_may_not_be_defined_twice_in_one_layer(team: Path) -> None:
    (team / "checks" / "rules" / "again.yml").write_text(
        (team / "checks" / "rules" / "house.yml").read_text().split("rules:")[0]
        + "rules:"
        + (team / "checks" / "rules" / "house.yml").read_text().split("rules:")[1]
    )
    result = run_cli("rules", cwd=team)
    assert result.exit_code == 2 and "duplicate rule id 'house.utilize'" in result.stderr


def test_families_must_be_declared_and_builtin_ones_are_reserved(team: Path) -> None:
    pack = team / "checks" / "rules" / "house.yml"
    pack.write_text(pack.read_text().replace("  - name: house\n", "  - name: houses\n"))
    result = run_cli("rules", cwd=team)
    assert result.exit_code == 2 and "unknown family 'house'" in result.stderr and "house.yml" in result.stderr
    pack.write_text(pack.read_text().replace("  - name: houses\n", "  - name: promotional\n"))
    result = run_cli("rules", cwd=team)
    assert result.exit_code == 2 and "reserved" in result.stderr


def test_builtin_false_uses_only_the_team_knowledge(team: Path) -> None:
    (team / "pipeline.toml").write_text("builtin = false\n", encoding="utf-8")
    ids = [r["id"] for r in run_cli("rules", "--format", "json", cwd=team).json()["rules"]]
    assert ids == ["house.utilize"]
    assert run_cli("facts", "baclofen", cwd=team).exit_code == 2


def test_a_configured_knowledge_directory_must_exist(team: Path) -> None:
    (team / "pipeline.toml").write_text('knowledge = ["checks", "../shared-house-rules"]\n', encoding="utf-8")
    result = run_cli("rules", cwd=team)
    assert result.exit_code == 2 and "knowledge directory not found: ../shared-house-rules" in result.stderr


def test_the_digest_covers_every_layer(team: Path) -> None:
    before = knowledge_digest(load_config(start=team).knowledge_dirs)
    assert before != knowledge_digest(builtin_dir())
    (team / "checks" / "dictionary.txt").write_text("another\n", encoding="utf-8")
    assert knowledge_digest(load_config(start=team).knowledge_dirs) != before


def test_unknown_severity_keys_are_errors_with_the_closest_id(tmp_path: Path) -> None:
    for key, hint in (("readability.long-word", "readability.long-words"), ("promotinal", "promotional")):
        (tmp_path / "pipeline.toml").write_text(f'[severity]\n"{key}" = "off"\n', encoding="utf-8")
        result = run_cli("rules", cwd=tmp_path)
        assert result.exit_code == 2, result.stdout
        assert f"unknown rule or family '{key}'" in result.stderr and f"did you mean '{hint}'" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


def test_a_family_turned_off_leaves_the_guard_rules_on(tmp_path: Path) -> None:
    (tmp_path / "pipeline.toml").write_text('[severity]\nmetadata = "off"\n', encoding="utf-8")
    config = load_config(start=tmp_path)
    assert config.severity_for("metadata.reviewer", "metadata", "warning") == "off"
    assert config.severity_for("metadata.ignore-reason", "metadata", "warning") == "warning"
    assert config.severity_for("metadata.drug-facts-missing", "metadata", "warning") == "warning"
    (tmp_path / "pipeline.toml").write_text('[severity]\nmetadata = "off"\n"metadata.ignore-reason" = "off"\n', encoding="utf-8")
    assert load_config(start=tmp_path).severity_for("metadata.ignore-reason", "metadata", "warning") == "off"


@pytest.mark.parametrize("value", ["nan", "inf", "-inf"])
def test_non_finite_numbers_in_the_configuration_are_errors(tmp_path: Path, value: str) -> None:
    (tmp_path / "pipeline.toml").write_text(f"[readability]\ntarget_grade = {value}\n", encoding="utf-8")
    result = run_cli("rules", cwd=tmp_path)
    assert result.exit_code == 2
    assert "readability.target_grade" in result.stderr and "finite" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_exclude_skips_readmes_found_by_walking_but_not_named_files(team: Path) -> None:
    result = run_cli("check", "--format", "json", cwd=team)
    paths = [Path(f["path"]).name for f in result.json()["files"]]
    assert paths == ["fexofenadine.md"]
    named = run_cli("check", "--format", "json", "articles/README.md", cwd=team)
    assert [Path(f["path"]).name for f in named.json()["files"]] == ["README.md"]
    (team / "pipeline.toml").write_text('exclude = ["articles/allergy/**"]\ninclude = ["**/*.md"]\n', encoding="utf-8")
    walked = run_cli("check", "--format", "json", ".", cwd=team).json()
    assert sorted((team / f["path"]).resolve().relative_to(team.resolve()).as_posix() for f in walked["files"]) == [
        "README.md",
        "articles/README.md",
    ]


def test_doctor_shows_the_knowledge_layers_and_fails_without_any(team: Path) -> None:
    env = {"PATH": str(team / "no-bin"), "LTP_PATH": str(team / "lt"), "PIPELINE_LANGUAGETOOL_URL": ""}
    result = run_cli("doctor", cwd=team, env=env)
    line = next(line for line in result.stdout.splitlines() if "Knowledge" in line)
    assert line.startswith("ok") and "built-in (" in line and "+ checks:" in line and "(1 from the project)" in line
    (team / "pipeline.toml").write_text('builtin = false\nknowledge = ["nothing-here"]\n', encoding="utf-8")
    result = run_cli("doctor", cwd=team, env=env)
    assert result.exit_code == 2
    assert next(line for line in result.stdout.splitlines() if "Knowledge" in line).startswith("--")


def test_a_directory_pattern_excludes_that_directory_anywhere(team: Path) -> None:
    """`exclude = ["allergy/"]` reads as in .gitignore: every draft under any folder named
    allergy is skipped, and nothing else is."""
    (team / "pipeline.toml").write_text('exclude = ["allergy/", "README.md"]\n', encoding="utf-8")
    (team / "allergy.md").write_text((team / "articles" / "allergy" / "fexofenadine.md").read_text(encoding="utf-8"), encoding="utf-8")
    walked = run_cli("check", "--format", "json", ".", cwd=team).json()
    assert sorted(Path(f["path"]).name for f in walked["files"]) == ["allergy.md"]


def test_a_team_context_lexicon_adds_a_way_of_saying_the_last_sentence_is_false(tmp_path: Path) -> None:
    """A team's `lexicons/context.yml` adds to the built-in context words: a house way of
    refuting the sentence before ("Codswallop.") stops the misstatement it answers from being
    reported, and a mistyped key is an error naming the file."""
    (tmp_path / "pipeline.toml").write_text('knowledge = ["team"]\n[severity]\ngrammar = "off"\nreadability = "off"\n', encoding="utf-8")
    (tmp_path / "a.md").write_text(
        "---\ntitle: Lorazepam\ndrugs: [lorazepam]\n---\n# Lorazepam\n\nA neighbour said lorazepam is not addictive. Codswallop.\n",
        encoding="utf-8",
    )

    def misstatements() -> list[str]:
        result = run_cli("check", "--format", "json", "a.md", cwd=tmp_path)
        assert result.exit_code in (0, 1), result.stderr
        findings = [f for file in result.json()["files"] for f in file["findings"]]
        return [f["extra"].get("misstatement", "") for f in findings if f["rule"] == "accuracy.misstatement"]

    (tmp_path / "team" / "lexicons").mkdir(parents=True)
    assert "not-addictive" in misstatements()
    lexicon = tmp_path / "team" / "lexicons" / "context.yml"
    lexicon.write_text("refutes_previous:\n  - '^(utter )?codswallop'\n", encoding="utf-8")
    assert "not-addictive" not in misstatements()
    lexicon.write_text("refute_previous:\n  - '^codswallop'\n", encoding="utf-8")
    result = run_cli("check", "a.md", cwd=tmp_path)
    assert result.exit_code == 2 and "context.yml" in result.stderr and "refute_previous" in result.stderr


def test_a_team_copy_of_the_context_lexicon_changes_nothing_it_repeats(tmp_path: Path) -> None:
    """A team that copies the built-in context lexicon and adds its own lines (the usual way to
    extend a list) must not change how the built-in lines read: "no high to chase and no real
    risk of getting hooked" is still the denial it is, though every negation is now listed twice."""
    lexicon = (REPO / "checks" / "lexicons" / "context.yml").read_text(encoding="utf-8")
    (tmp_path / "checks" / "lexicons").mkdir(parents=True)
    extended = lexicon.replace("\nnegation:\n", "\nnegation:\n  - 'nary a'\n", 1)
    (tmp_path / "checks" / "lexicons" / "context.yml").write_text(extended, encoding="utf-8")
    (tmp_path / "pipeline.toml").write_text('[severity]\ngrammar = "off"\nreadability = "off"\n', encoding="utf-8")
    body = "The capsule releases its medicine slowly, so there is no high to chase and no real risk of getting hooked on it."
    (tmp_path / "a.md").write_text(f"---\ndrugs: [lisdexamfetamine]\n---\n# Vyvanse\n\n{body}\n", encoding="utf-8")
    result = run_cli("check", "--format", "json", "a.md", cwd=tmp_path)
    findings = [f for file in result.json()["files"] for f in file["findings"]]
    items = {f["extra"].get("misstatement") for f in findings if f["rule"] == "accuracy.misstatement"}
    assert "not-addictive" in items, result.stdout


def test_a_team_condition_may_only_yield_to_a_known_condition(team: Path) -> None:
    (team / "checks" / "conditions.yml").write_text(
        'source: "House vocabulary of the team, reviewed by our pharmacist"\n'
        "conditions:\n"
        "  - name: tummy upset\n"
        "    yields_to: [morning sicknes]\n"
        "    patterns: ['tummy upset']\n",
        encoding="utf-8",
    )
    (team / "articles" / "a.md").write_text("---\ndrugs: [ondansetron]\n---\n# Ondansetron\n\nOndansetron is for a tummy upset.\n")
    result = run_cli("check", "articles/a.md", cwd=team)
    assert result.exit_code == 2
    assert "yields_to names 'morning sicknes'" in result.stderr and "conditions.yml:4" in result.stderr
