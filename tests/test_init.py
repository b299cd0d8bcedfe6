"""`pipeline init`: the files it writes, that they work, and that it never overwrites without --force."""

from __future__ import annotations

import tomllib
from pathlib import Path

import yaml
from conftest import run_cli

from pipeline import __version__
from pipeline.commands.init import release_version

WRITTEN = ["pipeline.toml", "articles/metformin-type-2-diabetes.md", ".github/workflows/pipeline.yml", ".pre-commit-config.yaml"]


def test_init_writes_the_files_and_the_example_passes(tmp_path: Path) -> None:
    result = run_cli("init", cwd=tmp_path)
    assert result.exit_code == 0, result.stderr
    for name in WRITTEN:
        assert (tmp_path / name).is_file(), name
        assert f"wrote       {name}" in result.stdout

    config = tomllib.loads((tmp_path / "pipeline.toml").read_text())
    assert config["paths"] == ["articles"]
    assert "README.md" in config["exclude"]
    assert config["readability"]["target_grade"] == 8
    assert config["disclaimer"]["position"] == "anywhere"
    toml_text = (tmp_path / "pipeline.toml").read_text()
    assert '# "promotional.price" = "warning"' in toml_text and "# knowledge = " in toml_text

    version = release_version()
    workflow = yaml.safe_load((tmp_path / ".github/workflows/pipeline.yml").read_text())
    steps = workflow["jobs"]["check"]["steps"]
    runs = " ".join(step.get("run", "") for step in steps)
    assert f"@v{version}" in runs and "pip install" in runs
    assert '--changed-since "origin/${{ github.base_ref }}"' in runs
    assert "-f sarif -o pipeline.sarif -f github" in runs
    assert any(step.get("uses", "").startswith("github/codeql-action/upload-sarif") for step in steps)
    assert workflow["jobs"]["check"]["permissions"]["security-events"] == "write"

    hooks = yaml.safe_load((tmp_path / ".pre-commit-config.yaml").read_text())
    assert hooks["repos"][0]["rev"] == f"v{version}"
    assert hooks["repos"][0]["hooks"] == [{"id": "pipeline-check"}]

    check = run_cli("check", "--no-cache", cwd=tmp_path)
    assert check.exit_code == 0, check.stdout + check.stderr
    assert "1 file checked: 0 errors" in check.stdout


def test_init_never_overwrites_without_force(tmp_path: Path) -> None:
    (tmp_path / "pipeline.toml").write_text('paths = ["drafts"]\n')
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "mine.md").write_text("# Mine\n")
    result = run_cli("init", cwd=tmp_path)
    assert result.exit_code == 0, result.stderr
    assert "exists      pipeline.toml (left as it is; --force overwrites it)" in result.stdout
    assert (tmp_path / "pipeline.toml").read_text() == 'paths = ["drafts"]\n'
    assert not (tmp_path / "articles" / "metformin-type-2-diabetes.md").exists()  # drafts exist: no example
    assert (tmp_path / ".pre-commit-config.yaml").is_file()

    again = run_cli("init", cwd=tmp_path)
    assert again.exit_code == 0
    assert "wrote" not in again.stdout
    assert again.stdout.count("exists") == 3

    forced = run_cli("init", "--force", "--repository", "https://example.org/tools/pipeline/", cwd=tmp_path)
    assert forced.exit_code == 0
    assert "overwrote   pipeline.toml" in forced.stdout
    assert 'paths = ["articles"]' in (tmp_path / "pipeline.toml").read_text()
    assert "repo: https://example.org/tools/pipeline\n" in (tmp_path / ".pre-commit-config.yaml").read_text()


def test_init_into_a_directory(tmp_path: Path) -> None:
    result = run_cli("init", "drafts", cwd=tmp_path)
    assert result.exit_code == 0
    assert (tmp_path / "drafts" / "articles" / "metformin-type-2-diabetes.md").is_file()


def test_release_version_pins_a_release() -> None:
    assert release_version("0.2.0") == "0.2.0"
    assert release_version("0.2.1.dev3+g1234") == "0.2.1"
    assert release_version("0.3.0+local") == "0.3.0"
    assert release_version() == release_version(__version__)
