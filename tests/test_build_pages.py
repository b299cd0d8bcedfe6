"""`pipeline build`: what the published page, the published Markdown, the review page
and the index say, asserted on the parsed HTML (lxml), not on snapshots."""

from __future__ import annotations

import hashlib

import yaml
from conftest import REPO, SEED, run_cli
from pagecheck import parse

from pipeline.findings import FAMILIES

GOOD = """\
---
title: Gabapentin for nerve pain
slug: gabapentin-nerve-pain
summary: How gabapentin eases nerve pain, and what to watch for.
drugs: [gabapentin]
reviewed_by: Jane Doe, PharmD
last_reviewed: 2026-09-01
references:
  - "Neurontin (gabapentin) prescribing information, Pfizer, 2024."
  - {title: "Gabapentin, MedlinePlus", url: "https://medlineplus.gov/druginfo/meds/a694007.html"}
---

Sold as 300 mg capsules.

# Gabapentin for nerve pain

Gabapentin is a medicine for nerve pain. You take it by mouth.

### How to take it

Take it with water. Your doctor starts you on a low dose.

## Side effects

You may feel sleepy or dizzy. Do not drive until you know how it affects you.

#### Rare side effects

Call your doctor if you have a rash.
"""


def only_readability(project, extra: str = "") -> None:  # type: ignore[no-untyped-def]
    """Config that turns every family but readability off, so a test's verdict does not
    depend on check families other engineers are still adding."""
    others = "\n".join(f'"{family}" = "off"' for family in FAMILIES if family != "readability")
    project.config(f'checks_dir = "{(REPO / "checks").as_posix()}"\n{extra}\n[severity]\n{others}\n')


def build(project, *args: str):  # type: ignore[no-untyped-def]
    return run_cli("build", "--out", "out", *args, cwd=project.root)


def headings(doc) -> list[tuple[int, str]]:  # type: ignore[no-untyped-def]
    return [(int(h.tag[1]), h.text_content().strip()) for h in doc.iter("h1", "h2", "h3", "h4", "h5", "h6")]


def test_published_page_structure_and_content(project) -> None:  # type: ignore[no-untyped-def]
    only_readability(project)
    project.write("gaba.md", GOOD)
    result = build(project)
    assert result.exit_code == 0, result.stdout
    page = project.root / "out" / "gabapentin-nerve-pain.html"
    doc = parse(page)
    assert doc.get("lang") == "en"
    assert doc.findtext(".//title") == "Gabapentin for nerve pain"
    assert len(doc.findall(".//main")) == 1 and len(doc.findall(".//main/article")) == 1
    levels = headings(doc)
    assert [lvl for lvl, _ in levels].count(1) == 1
    assert levels[0] == (1, "Gabapentin for nerve pain")
    # The draft's H1 repeats the title (dropped); H3 after it becomes h2, H4 under H2 becomes h3.
    assert levels[1:4] == [(2, "How to take it"), (2, "Side effects"), (3, "Rare side effects")]
    assert all(b - a <= 1 for (a, _), (b, _) in zip(levels, levels[1:], strict=False)), levels
    text = " ".join(doc.text_content().split())
    assert "Sold as 300 mg capsules." in text  # the line before the H1 is kept as a paragraph
    assert "How gabapentin eases nerve pain" in doc.xpath("string(//p[@class='lead'])")
    assert "Medically reviewed by Jane Doe, PharmD" in text
    assert doc.xpath("//time[@datetime='2026-09-01']")
    refs = doc.xpath("//section[h2='References']//li")
    assert [" ".join(li.text_content().split()) for li in refs] == [
        "Neurontin (gabapentin) prescribing information, Pfizer, 2024.",
        "Gabapentin, MedlinePlus",
    ]
    assert refs[1].xpath("a/@href") == ["https://medlineplus.gov/druginfo/meds/a694007.html"]
    assert "not medical advice" in doc.xpath("string(//section[h2='Disclaimer'])")
    assert "Reading grade:" in text and "target: grade 8 or lower" in text
    assert not doc.xpath("//script | //link[@rel='stylesheet'] | //*[@src[starts-with(., 'http')]]")
    assert "@media print" in doc.findtext(".//style")


def test_draft_starting_at_h2_gets_one_h1_and_no_skipped_level(project) -> None:  # type: ignore[no-untyped-def]
    only_readability(project)
    project.write(
        "a.md",
        "---\ntitle: Iron tablets\n---\n## Why take iron\n\nIron helps your blood.\n\n"
        "#### Dose\n\nOne a day.\n\n# Another top heading\n\nText.\n",
    )
    assert build(project).exit_code == 0
    levels = headings(parse(project.root / "out" / "a.html"))
    assert levels[:4] == [(1, "Iron tablets"), (2, "Why take iron"), (3, "Dose"), (2, "Another top heading")]


def test_published_markdown_keeps_body_and_records_review(project) -> None:  # type: ignore[no-untyped-def]
    only_readability(project)
    draft = project.write("gaba.md", GOOD)
    assert build(project, "--reproducible").exit_code == 0
    out = (project.root / "out" / "gabapentin-nerve-pain.md").read_text(encoding="utf-8")
    _, front, body = out.split("---\n", 2)
    assert body == draft.read_text(encoding="utf-8").split("---\n", 2)[2]
    meta = yaml.safe_load(front)
    assert list(meta)[:2] == ["title", "slug"]
    assert meta["reviewed_by"] == "Jane Doe, PharmD"
    review = meta["review"]
    checks = REPO / "checks"
    files = sorted((p for p in checks.rglob("*") if p.suffix in (".yml", ".txt")), key=lambda p: p.relative_to(checks).as_posix())
    assert checks / "conditions.yml" in files and checks / "drugs" / "baclofen.yml" in files
    digest = hashlib.sha256()
    for f in files:
        digest.update(f.relative_to(checks).as_posix().encode() + b"\0" + f.read_bytes() + b"\0")
    assert review["rules_hash"] == "sha256:" + digest.hexdigest()
    assert review["tool"].startswith("pipeline ")
    assert review["result"] == "pass"
    assert "readability" in review["engines"]
    assert review["readability"]["consensus_grade"] > 0
    assert review["checked_at"].endswith("Z")


def test_error_findings_skip_the_article_with_reasons(project) -> None:  # type: ignore[no-untyped-def]
    only_readability(project, "")
    project.config((project.root / "pipeline.toml").read_text() + '"readability.sentence-length" = "error"\n')
    project.write("gaba.md", GOOD)
    project.write("long.md", "# Long one\n\n" + "This sentence goes on " * 10 + "and ends here.\n")
    result = build(project)
    assert result.exit_code == 1
    assert "skipped articles/long.md: 1 error finding: readability (1)" in result.stdout
    out = project.root / "out"
    assert not (out / "long.html").exists() and not (out / "long.md").exists()
    assert (out / "review" / "long.html").is_file() and (out / "gabapentin-nerve-pain.html").is_file()
    rows = {r.xpath("string(th//code)"): r for r in parse(out / "index.html").xpath("//tbody/tr")}
    assert set(rows) == {"articles/gaba.md", "articles/long.md"}
    skipped = " ".join(rows["articles/long.md"].text_content().split())
    assert "skipped" in skipped and "1 error finding: readability (1)" in skipped
    assert rows["articles/long.md"].xpath(".//a/@href") == ["review/long.html"]
    assert rows["articles/gaba.md"].xpath(".//a/@href") == ["gabapentin-nerve-pain.html", "review/gabapentin-nerve-pain.html"]
    assert "published" in rows["articles/gaba.md"].text_content()
    # --allow-errors publishes it and says so.
    result = build(project, "--allow-errors")
    assert result.exit_code == 0 and (out / "long.html").is_file()
    assert "published with --allow-errors" in result.stdout


def test_a_draft_that_now_fails_is_unpublished(project) -> None:  # type: ignore[no-untyped-def]
    only_readability(project)
    draft = project.write("a.md", "# Short\n\nTake it with food.\n")
    assert build(project).exit_code == 0 and (project.root / "out" / "a.html").exists()
    project.config((project.root / "pipeline.toml").read_text() + '"readability.sentence-length" = "error"\n')
    draft.write_text("# Short\n\n" + "This sentence goes on " * 10 + "and ends.\n", encoding="utf-8")
    result = build(project)
    assert result.exit_code == 1 and "removed previously published" in result.stdout
    assert not (project.root / "out" / "a.html").exists() and not (project.root / "out" / "a.md").exists()


def test_review_page_marks_every_finding_at_its_span(project) -> None:  # type: ignore[no-untyped-def]
    project.write("seed.md", SEED.read_text(encoding="utf-8"), dedent=False)
    _, report = project.check_json()
    findings = [f for f in report["files"][0]["findings"] if not f["suppressed"]]
    assert len({f["check"] for f in findings}) >= 1 and findings
    result = build(project)
    assert result.exit_code == 1 and "skipped articles/seed.md" in result.stdout
    doc = parse(project.root / "out" / "review" / "baclofen-10mg-anxiety.html")
    lines = SEED.read_text(encoding="utf-8").split("\n")
    notes = doc.xpath("//li[contains(@class, 'note')]")
    # Errors and warnings are marked and noted in the draft; info findings are only listed, linked to their line.
    assert len(notes) == sum(f["severity"] != "info" for f in findings)
    for f in findings:
        line = doc.get_element_by_id(f"L{f['line']}")
        if f["severity"] == "info":
            listed = [li for li in doc.xpath("//ol[@class='findings']/li") if f["message"] in li.text_content()]
            assert listed and listed[0].xpath("a/@href")[0] == f"#L{f['line']}"
            continue
        matching = [
            n for n in line.xpath(".//li[contains(@class, 'note')]") if f["message"] in n.text_content() and f["rule"] in n.text_content()
        ]
        assert matching, f"no note for {f['rule']} at line {f['line']}"
        number = matching[0].get("id").removeprefix("f-")
        assert f["severity"].capitalize() in matching[0].text_content()
        if f["end_line"] == f["line"]:
            marked = "".join(m.text_content() for m in line.xpath(f".//mark[@data-finding='{number}']"))
            assert marked == lines[f["line"] - 1][f["column"] - 1 : f["end_column"] - 1]
        # The findings list links to the flag at the mark; the flag links to the note.
        assert doc.xpath(f"//ol[@class='findings']//a[@href='#m-{number}']")
        assert line.xpath(f".//a[@id='m-{number}']/@href") == [f"#f-{number}"]
    # Every line of the draft is shown, numbered as in the file.
    assert len(doc.xpath("//ol[@class='source']/li")) == len(lines) - (lines[-1] == "")
    line8 = doc.get_element_by_id("L8").find("code")
    assert "".join(line8.xpath(".//text()[not(ancestor::a)]")) == lines[7]  # the text, less the flags


def test_review_page_checklist_and_grade_chart(project) -> None:  # type: ignore[no-untyped-def]
    project.write("seed.md", SEED.read_text(encoding="utf-8"), dedent=False)
    _, report = project.check_json()
    data = report["files"][0]
    build(project)
    doc = parse(project.root / "out" / "review" / "baclofen-10mg-anxiety.html")
    rows = {r.xpath("string(th)").split()[0]: r for r in doc.xpath("//section[h2='Checklist']//tbody/tr")}
    assert list(rows) == list(FAMILIES)
    for family in FAMILIES:
        errors = sum(1 for f in data["findings"] if f["check"] == family and f["severity"] == "error" and not f["suppressed"])
        cells = [td.text_content().strip() for td in rows[family].xpath("td")]
        assert int(cells[1]) == errors
        if errors:
            assert cells[0].endswith("fail")
    assert "Not published (skipped)" in " ".join(doc.text_content().split())
    grade = data["readability"]["consensus_grade"]
    assert f"Reading grade {grade}" in " ".join(doc.xpath("string(//section[h2='Readability'])").split())
    chart = doc.xpath("//section[h2='Readability']//table//tbody/tr")
    assert [r.xpath("string(th)") for r in chart] == [s["heading"] for s in data["readability"]["sections"]]
    assert [float(r.xpath("string(td[3])")) for r in chart] == [s["consensus_grade"] for s in data["readability"]["sections"]]


def test_project_templates_override_the_built_in_ones(project) -> None:  # type: ignore[no-untyped-def]
    only_readability(project, 'templates = "site-templates"')
    (project.root / "site-templates").mkdir()
    (project.root / "site-templates" / "article.html").write_text(
        '{% extends "base.html" %}{% block body %}<main><h1>{{ title }}</h1><p id="custom">House style</p>'
        "{{ body_html | safe }}</main>{% endblock %}",
        encoding="utf-8",
    )
    project.write("a.md", "# Iron\n\nTake it with food.\n")
    assert build(project).exit_code == 0
    doc = parse(project.root / "out" / "a.html")
    assert doc.get_element_by_id("custom").text == "House style"
    assert parse(project.root / "out" / "review" / "a.html").xpath("//h1")[0].text_content() == "Review: Iron"


def test_missing_templates_directory_is_a_config_error(project) -> None:  # type: ignore[no-untyped-def]
    only_readability(project, 'templates = "nowhere"')
    project.write("a.md", "# Iron\n\nTake it with food.\n")
    result = build(project)
    assert result.exit_code == 2
    assert "templates directory not found" in result.stderr and "nowhere" in result.stderr


def test_index_is_sortable_without_scripts(project) -> None:  # type: ignore[no-untyped-def]
    """Each sortable column heading links to a page sorted by it; the current one
    carries aria-sort. No page needs JavaScript."""
    only_readability(project, "")
    project.config((project.root / "pipeline.toml").read_text() + '"readability.sentence-length" = "error"\n')
    project.write("gaba.md", GOOD)
    project.write("long.md", "# Long one\n\n" + "This sentence goes on " * 10 + "and ends here.\n")
    build(project)
    out = project.root / "out"

    def order(page: str) -> list[str]:
        return [r.xpath("string(th//code)") for r in parse(out / page).xpath("//tbody/tr")]

    index = parse(out / "index.html")
    assert index.xpath("//thead//th[@aria-sort]/text()")[0].strip() == "Article"
    assert index.xpath("//thead//a/@href") == ["index-status.html", "index-grade.html", "index-errors.html"]
    assert order("index.html") == ["articles/gaba.md", "articles/long.md"]  # "Gabapentin…" before "Long one"
    assert order("index-status.html") == ["articles/long.md", "articles/gaba.md"]  # skipped first
    assert order("index-errors.html") == ["articles/long.md", "articles/gaba.md"]
    grade = parse(out / "index-grade.html")
    assert grade.xpath("//thead//th[@aria-sort='descending']/text()")[0].strip() == "Grade"
    grades = [float(g) for g in grade.xpath("//tbody/tr/td[2]/text()")]
    assert grades == sorted(grades, reverse=True)
    for page in out.glob("index*.html"):
        assert not parse(page).xpath("//script")
