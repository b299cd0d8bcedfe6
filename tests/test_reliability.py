"""Issue 16: hostile inputs end quickly with a one-line exit 2 (or a bounded
result), and no draft is ever changed. One test (or a few) per defended hole."""

from __future__ import annotations

import hashlib
import os
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from conftest import run_cli

pytestmark = pytest.mark.reliability

GOOD = "---\ntitle: Good\n---\n# Good\n\nTake one tablet a day with water.\n"


def draft_hashes(root: Path) -> dict[str, str]:
    """SHA-256 of every regular draft file under ``root`` (links and special files skipped)."""
    hashes = {}
    for path in sorted(root.rglob("*.md")):
        if path.is_symlink() or not path.is_file():
            continue
        hashes[str(path.relative_to(root))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return hashes


@contextmanager
def drafts_unchanged(root: Path) -> Iterator[None]:
    before = draft_hashes(root)
    assert before, "no drafts to guard"
    yield
    assert draft_hashes(root) == before


@contextmanager
def within(seconds: float) -> Iterator[None]:
    start = time.monotonic()
    yield
    elapsed = time.monotonic() - start
    assert elapsed < seconds, f"took {elapsed:.1f} s (bound {seconds} s)"


def error_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith(("error ", "pipeline: error"))]


def file_errors(report: dict) -> dict[str, str]:  # type: ignore[type-arg]
    return {Path(f["path"]).name: f["error"] for f in report["files"] if f.get("error")}


# --- 1. input files: special files, size while reading, links leaving the project ---


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_and_device_are_refused_without_blocking(project) -> None:  # type: ignore[no-untyped-def]
    project.write("good.md", GOOD)
    os.mkfifo(project.root / "articles" / "pipe.md")
    with drafts_unchanged(project.root), within(20):
        result = run_cli("check", "articles", "/dev/zero", cwd=project.root)
    assert result.exit_code == 2
    lines = error_lines(result.stdout)
    assert "error articles/pipe.md: is a FIFO (named pipe), not a regular file; not read" in lines
    assert "error /dev/zero: is a device, not a regular file; not read" in lines
    assert "articles/good.md  grade" in result.stdout  # the other file is still checked


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_read_refuses_a_fifo_even_when_called_directly(tmp_path: Path) -> None:
    from pipeline.document.source import read_source
    from pipeline.errors import InputError

    os.mkfifo(tmp_path / "pipe.md")
    with within(5), pytest.raises(InputError, match="FIFO"):
        read_source(tmp_path / "pipe.md")


def test_size_limit_is_enforced_while_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pipeline.document.source as source
    from pipeline.errors import InputError

    path = tmp_path / "big.md"
    path.write_bytes(b"a" * 101)
    assert len(source.read_draft_bytes(path, limit=101)) == 101
    with pytest.raises(InputError, match="above the 0 MB limit"):
        source.read_draft_bytes(path, limit=100)
    read_sizes: list[int] = []
    real_fdopen = os.fdopen

    def spy(fd: int, mode: str = "r"):  # type: ignore[no-untyped-def]
        handle = real_fdopen(fd, mode)
        real_read = handle.read

        def read(size: int = -1) -> bytes:
            read_sizes.append(size)
            return real_read(size)

        handle.read = read  # type: ignore[method-assign]
        return handle

    monkeypatch.setattr(source.os, "fdopen", spy)
    with pytest.raises(InputError):
        source.read_draft_bytes(path, limit=10)
    assert read_sizes == [11]  # never more than limit + 1 bytes, whatever stat says


def test_symlink_leaving_the_project_is_refused_and_others_checked(project, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    secret = tmp_path_factory.mktemp("outside") / "secret.md"
    secret.write_text("[core]\n\ttoken = ghp_SECRET_TOKEN_123\n", encoding="utf-8")
    project.write("good.md", GOOD)
    project.write("inside.md", GOOD.replace("Good", "Inside"))
    (project.root / "articles" / "leak.md").symlink_to(secret)
    (project.root / "articles" / "passwd.md").symlink_to("/etc/passwd")
    (project.root / "articles" / "alias.md").symlink_to(project.root / "articles" / "inside.md")
    with drafts_unchanged(project.root), within(20):
        result = run_cli("check", "articles", cwd=project.root)
        code, report = project.check_json("articles")
    assert result.exit_code == 2 and code == 2
    message = "is a symbolic link to a file outside the checked paths and the project; not followed"
    assert f"error articles/leak.md: {message}" in error_lines(result.stdout)
    assert f"error articles/passwd.md: {message}" in error_lines(result.stdout)
    assert "ghp_SECRET_TOKEN" not in result.stdout and "root:" not in result.stdout
    assert "ghp_SECRET_TOKEN" not in str(report)
    errors = file_errors(report)
    assert set(errors) == {"leak.md", "passwd.md"}
    checked = {Path(f["path"]).name for f in report["files"] if not f.get("error")}
    assert "good.md" in checked
    assert checked & {"alias.md", "inside.md"}  # a link inside the project is followed (the target checked once)


def test_symlink_named_explicitly_is_refused_too(project) -> None:  # type: ignore[no-untyped-def]
    project.write("good.md", GOOD)
    (project.root / "articles" / "passwd.md").symlink_to("/etc/passwd")
    with drafts_unchanged(project.root), within(20):
        result = run_cli("check", "articles/passwd.md", "articles/good.md", cwd=project.root)
    assert result.exit_code == 2
    assert error_lines(result.stdout) == [
        "error articles/passwd.md: is a symbolic link to a file outside the checked paths and the project; not followed"
    ]


# --- 2. YAML aliases: no expansion bombs, no cycles, none at all in front matter ---


def billion_laughs(levels: int = 9) -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, levels):
        this, prev = chr(97 + i), chr(96 + i)
        lines.append(f"{this}: &{this} [{','.join(['*' + prev] * 9)}]")
    return "\n".join(lines) + "\n"


def test_billion_laughs_in_front_matter_is_refused_at_once(project) -> None:  # type: ignore[no-untyped-def]
    project.write("bomb.md", "---\ntitle: Bomb\n" + billion_laughs() + "---\n# Bomb\n\nText.\n", dedent=False)
    project.write("good.md", GOOD)
    with drafts_unchanged(project.root), within(10):
        code, report = project.check_json()
    assert code == 2
    assert file_errors(report)["bomb.md"].endswith(
        "bomb.md:4: malformed front matter: YAML anchors and aliases (&name, *name, <<) are not allowed here; write the value out"
    )
    assert "good.md" not in file_errors(report)


def test_billion_laughs_is_refused_in_well_under_a_second() -> None:
    from pipeline.errors import ConfigError
    from pipeline.yamlload import parse_yaml

    for aliases in (False, True):
        with within(0.5), pytest.raises(ConfigError, match="alias"):
            parse_yaml(billion_laughs(), "bomb.yml", aliases=aliases)


def test_self_referencing_alias_is_exit_2_not_an_internal_error(project) -> None:  # type: ignore[no-untyped-def]
    project.write("loop.md", "---\ntitle: Loop\nx: &x [*x]\n---\n# Loop\n\nText.\n", dedent=False)
    with drafts_unchanged(project.root), within(20):
        result = run_cli("check", "--format", "json", "articles", cwd=project.root)
    assert result.exit_code == 2
    assert "internal error" not in result.stderr
    assert file_errors(result.json())["loop.md"].endswith(
        "loop.md:3: malformed front matter: invalid YAML: an alias refers to the value that contains it (a cycle)"
    )


def test_knowledge_files_keep_bounded_anchors(tmp_path: Path) -> None:
    from conftest import REPO

    from pipeline.knowledge.rules import load_rules
    from pipeline.yamlload import parse_yaml

    # the shipped rule packs share one ignore_before list through an anchor
    rules = {rule.id: rule for rule in load_rules(REPO / "checks")}
    assert rules["unsupported-claim.absolute"].options.ignore_before == rules["unsupported-claim.comparative"].options.ignore_before
    assert parse_yaml("a: &x [1, 2]\nb: *x\nc: {<<: {k: 1}, j: 2}\n", "k.yml").data == {"a": [1, 2], "b": [1, 2], "c": {"k": 1, "j": 2}}


# --- 3. NaN and infinity in YAML-loaded knowledge ---


@pytest.mark.parametrize("value", [".nan", ".NaN", ".inf", "-.Inf"])
def test_nan_or_infinity_in_drug_facts_is_refused_with_file_and_line(project, tmp_path_factory, value: str) -> None:  # type: ignore[no-untyped-def]
    import shutil

    from conftest import REPO

    checks = tmp_path_factory.mktemp("checks") / "checks"
    shutil.copytree(REPO / "checks", checks)
    facts = checks / "drugs" / "gabapentin.yml"
    lines = facts.read_text(encoding="utf-8").splitlines(keepends=True)
    line_no = next(i for i, line in enumerate(lines, 1) if "max_daily_mg:" in line)
    lines[line_no - 1] = lines[line_no - 1].split("max_daily_mg:")[0] + f"max_daily_mg: {value}\n"
    facts.write_text("".join(lines), encoding="utf-8")
    project.config(f'checks_dir = "{checks.as_posix()}"\n')
    project.write("gaba.md", "---\ntitle: Gabapentin\n---\n# Gabapentin\n\nTake 9000 mg of gabapentin a day.\n", dedent=False)
    with drafts_unchanged(project.root), within(30):
        result = run_cli("check", "articles", cwd=project.root)
    assert result.exit_code == 2
    shown = "NaN (not a number)" if "nan" in value.lower() else "infinity"
    assert result.stderr.strip().splitlines() == [f"pipeline: error: {facts}:{line_no}: {shown} is not allowed; write a finite number"]


def test_nan_in_front_matter_is_refused(project) -> None:  # type: ignore[no-untyped-def]
    project.write("nan.md", "---\ntitle: T\nweight: .nan\n---\n# T\n\nText.\n", dedent=False)
    with drafts_unchanged(project.root):
        code, report = project.check_json()
    assert code == 2
    assert file_errors(report)["nan.md"].endswith(
        "nan.md:3: malformed front matter: NaN (not a number) is not allowed; write a finite number"
    )


# --- 4. reserved and duplicate slugs, refused before anything is written ---


def only_readability(project) -> None:  # type: ignore[no-untyped-def]
    """Every family but readability off: a build test that does not wait for grammar engines."""
    from conftest import REPO

    from pipeline.findings import FAMILIES

    others = "\n".join(f'"{family}" = "off"' for family in FAMILIES if family != "readability")
    project.config(f'checks_dir = "{(REPO / "checks").as_posix()}"\n[severity]\n{others}\n')


def output_hashes(out: Path) -> dict[str, str]:
    return {p.relative_to(out).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(out.rglob("*")) if p.is_file()}


def test_every_name_the_build_writes_is_reserved() -> None:
    from pipeline.site.builder import INDEX_ORDERS, reserved_slugs

    assert {"index", "index-status", "index-grade", "index-errors", "review", "style"} <= reserved_slugs()
    assert {Path(order.page).stem for order in INDEX_ORDERS} <= reserved_slugs()


@pytest.mark.parametrize("slug", ["index", "index-status", "Review"])
def test_reserved_slug_is_refused_before_any_write(project, slug: str) -> None:  # type: ignore[no-untyped-def]
    only_readability(project)
    project.write("good.md", GOOD)
    project.write("bad.md", f"---\ntitle: Bad\nslug: {slug}\n---\n# Bad\n\nTake one tablet a day with water.\n", dedent=False)
    with drafts_unchanged(project.root), within(60):
        result = run_cli("build", "--out", "site", "articles", cwd=project.root)
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"pipeline: error: articles/bad.md: slug '{slug.lower()}' is reserved (the build writes its own {slug.lower()} page); "
        "set a different `slug` in the front matter; nothing was written"
    ]
    assert not (project.root / "site").exists()


def test_duplicate_slug_is_refused_before_any_write(project) -> None:  # type: ignore[no-untyped-def]
    only_readability(project)
    project.write("a.md", "---\ntitle: A\nslug: same\n---\n# A\n\nTake one tablet a day with water.\n", dedent=False)
    project.write("b.md", "---\ntitle: B\nslug: same\n---\n# B\n\nTake one tablet a day with water.\n", dedent=False)
    project.write("c.md", GOOD)
    site = project.root / "site"
    site.mkdir()
    (site / "index.html").write_text("earlier build\n", encoding="utf-8")
    before = output_hashes(site)
    with drafts_unchanged(project.root), within(60):
        result = run_cli("build", "--out", "site", "articles", cwd=project.root)
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "pipeline: error: articles/b.md: slug 'same' is also the slug of articles/a.md; "
        "set a different `slug` in the front matter of one of them; nothing was written"
    ]
    assert output_hashes(site) == before


# --- 5. regular expressions in the shipped rules run in linear time ---

ADVERSARIAL = {
    "digits-commas": "1," * 25000,
    "word-hyphens": "ab-" * 20000,
    "if-clauses": "if " * 8000 + ",x",
    "negation-apostrophes": "no " + "'" * 24000 + ",x",
    "warning-spaces": "beware" + " " * 24000 + ".x",
    "spaces": " " * 24000 + "x.",
    "short-words": "a " * 12000 + "!",
    "long-word": "a" * 24000 + "!",
    "digits": "1" * 24000 + "x",
    "dose-like": "aa " * 8000 + "1 mg x",
}


def shipped_patterns() -> list[tuple[str, str, str]]:
    """(rule id, option, pattern as the check compiles it) for every pattern option of every shipped rule."""
    import dataclasses

    from conftest import REPO

    from pipeline.knowledge.rules import load_rules

    found = []
    for rule in load_rules(REPO / "checks"):
        for field in dataclasses.fields(rule.options):
            value = getattr(rule.options, field.name)
            for pattern in getattr(value, "source", None) or ():
                # cited-claim appends \W*$ to ignore_before (see pipeline/checks/claims.py)
                found.append((rule.id, field.name, rf"(?:{pattern})\W*$" if field.name == "ignore_before" else pattern))
    return found


def _search_seconds(regex: re.Pattern[str], text: str) -> float:
    start = time.perf_counter()
    regex.search(text)
    return time.perf_counter() - start


def test_every_shipped_pattern_is_fast_on_adversarial_text() -> None:
    """No shipped pattern blows up on hostile text: none takes 5 s, and none that takes a
    noticeable time grows faster than the text. The old backtracking patterns took 4 to 72 s
    here and grew with the square of the text; a linear pattern takes milliseconds, or, for
    the longest alternations that look back over a clause at every comma (rapid-onset's
    `reason_for`), about a second on a slow, loaded machine. An absolute bound of 1 s failed
    those on such a machine; a quarter of the text taking a quarter of the time (a ratio
    near 4, where a quadratic pattern gives 16) tells linear from not on any machine."""
    from pipeline.knowledge.patterns import compile_pattern

    slow = []
    patterns = shipped_patterns()
    assert len(patterns) > 50
    for rule_id, option, pattern in patterns:
        regex = compile_pattern(pattern) if isinstance(pattern, str) else re.compile(pattern)
        for name, text in ADVERSARIAL.items():
            elapsed = _search_seconds(regex, text)
            if elapsed < 0.25:
                continue
            # timed again, the least of three (a busy moment of the machine is not the pattern's),
            # against the same shape a quarter as long (its last characters kept: they decide the match)
            elapsed = min(elapsed, *(_search_seconds(regex, text) for _ in range(2)))
            short = text[: len(text) // 4] + text[-6:]
            quarter = min(_search_seconds(regex, short) for _ in range(3))
            if elapsed > 5.0 or elapsed > 8 * max(quarter, 0.01):
                slow.append(f"{rule_id} {option} on {name}: {elapsed:.2f} s (a quarter of it: {quarter:.2f} s)")
    assert not slow, slow


@pytest.mark.parametrize(
    ("rule_id", "text"),
    [
        ("promotional.price", "1," * 25000),
        ("promotional.product-listing", "ab-" * 20000),
        ("unsupported-claim.absolute", "if " * 8000 + ", it is completely safe."),
    ],
)
def test_adversarial_drafts_check_in_seconds(project, rule_id: str, text: str) -> None:  # type: ignore[no-untyped-def]
    """The shapes from the hostile review, as drafts through the whole check (only the rule's family on)."""
    from conftest import REPO

    from pipeline.findings import FAMILIES

    family = rule_id.split(".")[0]
    others = "\n".join(f'"{f}" = "off"' for f in FAMILIES if f != family)
    project.config(f'checks_dir = "{(REPO / "checks").as_posix()}"\n[severity]\n{others}\n')
    project.write("hostile.md", f"---\ntitle: Hostile\n---\n# Hostile\n\n{text}\n", dedent=False)
    with drafts_unchanged(project.root), within(30):
        code, report = project.check_json("--no-cache")
    assert code in (0, 1)
    assert not file_errors(report)


# --- 6. Markdown shapes: nesting flattened, open brackets refused, before the parser sees them ---

BRACKETS = (
    "more than 100 brackets or parentheses left open on one line; such Markdown is refused "
    "(close them, or escape literal ones with a backslash)"
)


@pytest.mark.parametrize(
    "shape",
    ["- " * 50000, "> " * 50000 + "x", ">" * 50000 + " x", "> - " * 25000],
    ids=["dashes", "quotes", "quotes-tight", "quote-list"],
)
def test_deep_nesting_is_flattened_and_checked_in_seconds(project, shape: str) -> None:  # type: ignore[no-untyped-def]
    project.write("shape.md", f"---\ntitle: Shape\n---\n# Shape\n\n{shape}\n", dedent=False)
    project.write("good.md", GOOD)
    with drafts_unchanged(project.root), within(30):
        code, report = project.check_json("articles")
    assert code in (0, 1)  # findings, no input error
    assert not file_errors(report)


@pytest.mark.parametrize("shape", ["[a](" * 50000, "[" * 100000 + "a" + "]" * 100000], ids=["link-openers", "brackets"])
def test_runaway_open_brackets_are_refused_in_seconds(project, shape: str) -> None:  # type: ignore[no-untyped-def]
    project.write("shape.md", f"---\ntitle: Shape\n---\n# Shape\n\n{shape}\n", dedent=False)
    project.write("good.md", GOOD)
    with drafts_unchanged(project.root), within(30):
        result = run_cli("check", "articles", cwd=project.root)
    assert result.exit_code == 2
    assert f"error articles/shape.md:6: {BRACKETS}" in error_lines(result.stdout)
    assert "articles/good.md  grade" in result.stdout


def test_nesting_guard_is_cheap_and_leaves_real_markdown_alone() -> None:
    from conftest import REPO

    from pipeline.document.prose import guard_nesting
    from pipeline.document.source import SourceText

    normal = "> quote\n> - item\n>   - nested (with [a link](https://example.org) and (parentheses))\n- - -\n1. one\n"
    for path in sorted((REPO / "articles").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        assert guard_nesting(SourceText.from_text(str(path), text), 0) == text
    assert guard_nesting(SourceText.from_text("normal.md", normal), 0) == normal
    flattened = guard_nesting(SourceText.from_text("deep.md", "> " * 100 + "deep text\n"), 0)
    assert flattened == "> " * 32 + " deep text\n"
    big = SourceText.from_text("big.md", "Take one tablet (10 mg) a day [1].\n" * 300_000)
    with within(5):
        guard_nesting(big, 0)
