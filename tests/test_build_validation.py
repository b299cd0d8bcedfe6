"""Every page the build writes is valid HTML (the Nu HTML Checker reports no error)
and accessible (axe-core in headless Chromium reports no WCAG 2 A/AA violation):
for the project's own articles/ and for drafts full of awkward Markdown and raw HTML."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import REPO, run_cli
from pagecheck import axe_violations, nu_errors
from test_build_pages import only_readability
from test_build_safety import XSS

AWKWARD = """\
---
title: "Warfarin & vitamin K: <what> to \\"eat\\""
summary: A table, footnotes, code, quotes, images and raw HTML.
reviewed_by: A. Pharmacist
last_reviewed: 2026-01-31
references:
  - {title: "Coumadin label", url: "https://example.org/coumadin?a=1&b=2"}
---

Intro line before any heading, with a footnote.[^1]

## Starts at H2

| Food | Vitamin K | Note |
|:-----|----------:|:----:|
| Kale | high | eat the same amount each week |
| Rice | low | |

#### Skips a level

> A block quote with **bold** and `code`.

```python
print("code is not prose")
```

![A pill box with seven compartments](pillbox.png)

<div id="pl-references">raw div with a reserved id</div>
<span id="dup">one</span> <span id="dup">two</span> <span id="has space">three</span>
<img src="chart.png"> <table><tr><td colspan="abc">bad colspan</td></tr></table>
<h1>A raw H1 in the middle</h1>
<details><summary>More</summary>Hidden text.</details>

1. First
2. Second
   - nested

Term[^2] and a [link](https://example.org/a "title") and <https://example.org/auto>.

[^1]: First note.
[^2]: Second note with *emphasis*.
"""


@pytest.fixture(scope="module")
def built_pages(tmp_path_factory) -> list[Path]:  # type: ignore[no-untyped-def]
    """The repository's articles/ built as `pipeline build articles/` would, plus awkward drafts."""
    out = tmp_path_factory.mktemp("site")
    result = run_cli("build", "--out", str(out), "articles/", cwd=REPO)
    assert result.exit_code in (0, 1), result.stdout + result.stderr
    assert "skipped articles/baclofen-10mg-anxiety.md" in result.stdout  # the seed is the bad draft
    pages = sorted(out.rglob("*.html"))
    assert out / "review" / "baclofen-10mg-anxiety.html" in pages and out / "index.html" in pages
    root = tmp_path_factory.mktemp("awkward")
    from conftest import Project

    project = Project(root)
    only_readability(project)
    project.write("warfarin.md", AWKWARD)
    project.write("xss.md", XSS)
    project.write("empty.md", "")
    result = run_cli("build", "--out", "out", "--allow-errors", cwd=root)
    assert result.exit_code == 0, result.stdout + result.stderr
    awkward = sorted((root / "out").rglob("*.html"))
    assert len(awkward) == 10  # 3 articles, 3 review pages, the index in its 4 sort orders
    return pages + awkward


def test_every_page_passes_the_nu_html_checker(built_pages: list[Path]) -> None:
    errors = nu_errors(built_pages)
    assert errors == [], "\n".join(f"{e.get('url')}:{e.get('lastLine')}: {e['message']}" for e in errors)


@pytest.mark.slow
def test_every_page_has_no_axe_violations(built_pages: list[Path]) -> None:
    results = axe_violations(built_pages)
    assert set(results) == {str(p) for p in built_pages}
    problems = [
        f"{page}: {v['id']} ({v['impact']}) {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for page, violations in results.items()
        for v in violations
    ]
    assert problems == [], "\n".join(problems)


def test_axe_finds_violations_in_a_bad_page(tmp_path: Path) -> None:
    """The runner really reports: a page with an unlabelled image, no lang and low contrast fails."""
    page = tmp_path / "bad.html"
    page.write_text(
        '<!DOCTYPE html><html><head><title>x</title></head><body><main><img src="a.png">'
        '<p style="color:#bbb;background:#fff">faint</p></main></body></html>',
        encoding="utf-8",
    )
    ids = {v["id"] for v in axe_violations([page])[str(page)]}
    assert {"image-alt", "html-has-lang", "color-contrast"} <= ids
    assert any("img" in e["message"] for e in nu_errors([page]))
