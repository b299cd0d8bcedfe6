"""Hostile drafts: whatever HTML, URLs or slugs a draft carries, the built pages run
no script and nothing is written outside the output directory."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import run_cli
from pagecheck import INDEX_PAGES, parse
from test_build_pages import only_readability

from pipeline.site.output import MANIFEST

XSS = """\
---
title: "Ibuprofen <script>alert('title')</script> basics"
summary: "Summary \\" onmouseover=\\"alert(1)"
reviewed_by: "<img src=x onerror=alert(2)>"
references:
  - {title: "Evil reference", url: "javascript:alert(3)"}
  - {title: "Spaced evil", url: " JaVaScRiPt:alert(4)"}
lang: 'en" onload="alert(5)'
---

# Ibuprofen <em onclick="alert(6)">basics</em>

<script>alert(7)</script>

Take it with food.<img src="x" onerror="alert(8)"> <svg onload="alert(9)"><circle r="1"/></svg>

<iframe src="https://example.com/"></iframe>

[plain js link](javascript:alert(10)) and [entity link](jav&#x61;script:alert(11)) and
[tab link](java&#9;script:alert(12)) and <a href="jav&#x61;script:alert(13)">raw entity</a>
and <a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(14)">decimal entities</a>.

<div style="background:url(javascript:alert(15))" onmouseover="alert(16)">styled</div>

<object data="x.swf"></object><embed src="x.swf">
<form action="javascript:alert(17)"><button formaction="javascript:alert(18)">go</button></form>

<math><mtext><table><mglyph><style><img src=x onerror=alert(19)></style></mglyph></table></mtext></math>

&lt;script&gt;alert(20)&lt;/script&gt; is shown as text, which is fine.

<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data url</a>
"""

URL_ATTRS = ("href", "src", "action", "formaction", "data", "xlink:href", "poster", "background")


def active_dangers(path: Path) -> list[str]:
    """Everything in a parsed page that could run script or pull in a foreign document."""
    doc = parse(path)
    problems = []
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        tag = el.tag.lower().rsplit("}", 1)[-1]
        if tag in ("script", "iframe", "frame", "object", "embed", "form", "svg", "math", "base", "meta") and not (
            tag == "meta" and set(el.attrib) <= {"charset", "name", "content"}
        ):
            problems.append(f"<{tag}>")
        for name, value in el.attrib.items():
            if name.lower().startswith("on"):
                problems.append(f"{tag}@{name}")
            if name.lower() == "style":
                problems.append(f"{tag}@style={value}")
            if name.lower() in URL_ATTRS:
                squashed = re.sub(r"[\x00-\x20]", "", value).lower()
                if squashed.startswith(("javascript:", "vbscript:", "data:")):
                    problems.append(f"{tag}@{name}={value}")
    return problems


def test_no_script_survives_in_any_page(project) -> None:  # type: ignore[no-untyped-def]
    only_readability(project)
    project.write("xss.md", XSS)
    result = run_cli("build", "--out", "out", "--allow-errors", cwd=project.root)
    assert result.exit_code == 0, result.stdout + result.stderr
    out = project.root / "out"
    pages = sorted(out.rglob("*.html"))
    assert {p.relative_to(out).as_posix() for p in pages} == {*INDEX_PAGES, "xss.html", "review/xss.html"}
    for page in pages:
        assert active_dangers(page) == [], page
    published = parse(out / "xss.html")
    text = " ".join(published.text_content().split())
    # The content is still there, as text.
    assert "Take it with food." in text and "Evil reference" in text and "entity link" in text
    assert "<script>alert(20)</script> is shown as text" in text
    assert published.get("lang") == "en"
    # The review page shows the draft's raw HTML as text, never as markup.
    review = parse(out / "review" / "xss.html")
    assert "<script>alert(7)</script>" in review.text_content()


def test_slug_cannot_escape_the_output_directory(project) -> None:  # type: ignore[no-untyped-def]
    only_readability(project)
    project.write("a.md", "---\nslug: ../../etc/x\n---\n# Iron\n\nTake it with food.\n")
    project.write("b.md", "---\nslug: /abs/../../y\n---\n# Zinc\n\nTake it with food.\n")
    (project.root / "work").mkdir()
    result = run_cli("build", "--out", "../out", "../articles", cwd=project.root / "work")
    assert result.exit_code == 0, result.stdout + result.stderr
    out = project.root / "out"
    written = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    assert written == {"etc-x.html", "etc-x.md", "abs-y.html", "abs-y.md", "review/etc-x.html", "review/abs-y.html", *INDEX_PAGES, MANIFEST}
    everything = {p.relative_to(project.root).as_posix() for p in project.root.rglob("*") if p.is_file()}
    assert {p for p in everything if not p.startswith(("out/", "articles/", ".pipeline_cache/"))} == {"pipeline.toml"}


def test_symlink_in_output_directory_pointing_outside_is_refused(project, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    only_readability(project)
    project.write("a.md", "# Iron\n\nTake it with food.\n")
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    (project.root / "out").mkdir()
    (project.root / "out" / "review").symlink_to(elsewhere, target_is_directory=True)
    result = run_cli("build", "--out", "out", cwd=project.root)
    assert result.exit_code == 2
    assert "outside the output directory" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert list(elsewhere.iterdir()) == []
