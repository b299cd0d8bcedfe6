"""Issue 14, items 4 and 5: a review page for deciding (errors first with links, filters
that need no script, long error-free sections collapsed) and published pages with
exactly one disclaimer, footnotes under "Notes" and front-matter dates kept as dates."""

from __future__ import annotations

import datetime as dt
import re

import yaml
from conftest import REPO, SEED, run_cli
from pagecheck import parse
from test_build_pages import GOOD, build

from pipeline.findings import FAMILIES

DISCLAIMER_RULES = yaml.safe_load((REPO / "checks" / "rules" / "disclaimer.yml").read_text(encoding="utf-8"))["rules"]
DISCLAIMER_PATTERNS = [re.compile(p, re.I) for p in DISCLAIMER_RULES[0]["patterns"]]
OWN_DISCLAIMER = "This article is for information only. It is not a substitute for advice from your doctor or pharmacist.\n"


def readability_and_disclaimer(project, extra: str = "") -> None:  # type: ignore[no-untyped-def]
    """Only the readability and disclaimer families on (the disclaimer rule decides whether the article has its own)."""
    others = "\n".join(f'"{family}" = "off"' for family in FAMILIES if family not in ("readability", "disclaimer"))
    project.config(f'checks_dir = "{(REPO / "checks").as_posix()}"\n{extra}\n[severity]\n{others}\n')


def disclaimers(doc) -> list[str]:  # type: ignore[no-untyped-def]
    """Every paragraph of the page that says it is a disclaimer (the rule's own patterns)."""
    texts = [" ".join(p.text_content().split()) for p in doc.iter("p")]
    return [t for t in texts if any(pattern.search(t) for pattern in DISCLAIMER_PATTERNS)]


def seed_review(project):  # type: ignore[no-untyped-def]
    project.write("seed.md", SEED.read_text(encoding="utf-8"), dedent=False)
    _, report = project.check_json()
    findings = [f for f in report["files"][0]["findings"] if not f["suppressed"]]
    build(project)
    return parse(project.root / "out" / "review" / "baclofen-10mg-anxiety.html"), findings


def test_review_page_lists_the_errors_first_each_linked_to_its_line(project) -> None:  # type: ignore[no-untyped-def]
    doc, findings = seed_review(project)
    errors = [f for f in findings if f["severity"] == "error"]
    assert errors
    first = doc.xpath("//main//h2")[0]
    assert first.text_content() == f"Errors: what blocks publishing ({len(errors)})"
    items = doc.xpath("//section[@aria-labelledby='pl-errors']/ol[@class='errors']/li")
    assert len(items) == len(errors)
    for item, f in zip(items, sorted(errors, key=lambda f: (f["line"], f["column"], f["rule"])), strict=True):
        text = " ".join(item.text_content().split())
        assert f"Line {f['line']}, column {f['column']}" in text and f["message"] in text and f["rule"] in text
        if f["suggestion"]:
            assert "Suggestion: " + " ".join(f["suggestion"].split()) in text
        (href,) = item.xpath("p/a/@href")
        flag = doc.get_element_by_id(href[1:])  # the error's flag, on its line in the draft
        assert flag.tag == "a" and "sev-error" in flag.get("class")
        assert flag.xpath("ancestor::li[starts-with(@id, 'L')]/@id") == [f"L{f['line']}"]
        assert not flag.xpath("ancestor::details")  # a section with an error is never collapsed


def test_review_page_filters_work_without_script(project) -> None:  # type: ignore[no-untyped-def]
    doc, findings = seed_review(project)
    assert not doc.xpath("//script")
    wrapper = doc.xpath("//div[@class='filtered']")[0]
    radios = wrapper.xpath("input[@type='radio']")
    ids = [r.get("id") for r in radios]
    assert ids[:3] == ["sev-all", "sev-warning", "sev-error"] and ids[3] == "fam-all"
    for radio in radios:  # every radio has its label; the first of each group is the default
        assert doc.xpath(f"//label[@for='{radio.get('id')}']")
    assert [r.get("id") for r in radios if r.get("checked") is not None] == ["sev-all", "fam-all"]
    # The lists the filters act on follow the radios as siblings (CSS `~`), so no script is needed.
    assert [s.get("aria-labelledby") for s in wrapper.xpath("input[last()]/following-sibling::section")] == ["pl-findings", "pl-source"]
    style = doc.findtext(".//style")
    assert "#sev-error:checked ~ section .f.sev-warning" in style and "#sev-warning:checked ~ section .f.sev-info" in style
    families = {}
    for radio in radios[4:]:
        label = doc.xpath(f"string(//label[@for='{radio.get('id')}'])")
        family, count = re.fullmatch(r"(\S+) \((\d+)\)", label).groups()  # type: ignore[union-attr]
        families[radio.get("id")] = family
        assert int(count) == sum(f["check"] == family for f in findings)
        assert f"#{radio.get('id')}:checked ~ section .f:not(.{radio.get('id')})" in style
    assert sorted(families.values()) == sorted({f["check"] for f in findings})
    # Every finding in the list carries the classes the filters select by.
    items = doc.xpath("//ol[@class='findings']/li")
    assert len(items) == len(findings)
    for item in items:
        classes = item.get("class").split()
        severity = next(c for c in classes if c.startswith("sev-"))[4:]
        family = families[next(c for c in classes if c.startswith("fam-"))]
        assert "f" in classes and f"<code>{family}." in "<code>" + item.xpath("string(code)")
        assert severity in ("error", "warning", "info")


def test_review_draft_marks_errors_and_warnings_not_info_and_collapses_long_quiet_sections(project) -> None:  # type: ignore[no-untyped-def]
    doc, findings = seed_review(project)
    marked = [f for f in findings if f["severity"] != "info"]
    assert len(doc.xpath("//li[contains(@class, 'note')]")) == len(marked)
    assert not doc.xpath("//ol[@class='source']//mark[contains(@class, 'sev-info')]")
    assert doc.xpath("//ol[@class='source']//mark[contains(@class, 'sev-error')]")
    style = doc.findtext(".//style")
    assert re.search(r"mark\.sev-error \{[^}]*background: var\(--error-bg\)", style)  # strong
    assert re.search(r"mark\.sev-warning \{[^}]*background: none", style)  # subtle
    collapsed = doc.xpath("//section[@aria-labelledby='pl-source']/details[@class='block']")
    assert collapsed, "the seed has long sections without errors"
    for block in collapsed:
        assert block.get("open") is None
        assert not block.xpath(".//*[contains(@class, 'sev-error')]")
        assert block.find("summary").text_content().startswith("Lines ")
    # Every line is still there, numbered as in the file, collapsed or not.
    lines = SEED.read_text(encoding="utf-8").split("\n")
    numbers = [int(li.get("id")[1:]) for li in doc.xpath("//ol[@class='source']/li")]
    assert numbers == list(range(1, len(lines) + 1 - (lines[-1] == "")))


def test_published_page_has_exactly_one_disclaimer_the_articles_own(project) -> None:  # type: ignore[no-untyped-def]
    readability_and_disclaimer(project)
    project.write("gaba.md", GOOD + "\n" + OWN_DISCLAIMER)
    result = build(project)
    assert result.exit_code == 0, result.stdout
    doc = parse(project.root / "out" / "gabapentin-nerve-pain.html")
    assert disclaimers(doc) == [" ".join(OWN_DISCLAIMER.split())]
    assert not doc.xpath("//section[@class='disclaimer']")


def test_published_page_without_its_own_disclaimer_gets_the_configured_one(project) -> None:  # type: ignore[no-untyped-def]
    readability_and_disclaimer(project)
    project.write("gaba.md", GOOD)
    assert build(project, "--allow-errors").exit_code == 0  # disclaimer.missing is an error
    doc = parse(project.root / "out" / "gabapentin-nerve-pain.html")
    (box,) = doc.xpath("//section[@class='disclaimer']")
    assert len(disclaimers(doc)) == 1 and "not medical advice" in box.text_content()
    readability_and_disclaimer(project, '[disclaimer]\ntext = "This page is for information only; ask your pharmacist."')
    assert build(project, "--allow-errors").exit_code == 0
    doc = parse(project.root / "out" / "gabapentin-nerve-pain.html")
    assert disclaimers(doc) == ["This page is for information only; ask your pharmacist."]


def test_footnotes_are_under_notes_apart_from_references(project) -> None:  # type: ignore[no-untyped-def]
    readability_and_disclaimer(project)
    project.write("gaba.md", GOOD.replace("Take it with water.", "Take it with water.[^1]") + "\n[^1]: Or with milk.\n\n" + OWN_DISCLAIMER)
    assert build(project).exit_code == 0
    doc = parse(project.root / "out" / "gabapentin-nerve-pain.html")
    sections = [s.findtext("h2") for s in doc.xpath("//article/section")]
    assert sections == ["Notes", "References"]
    notes = doc.xpath("//section[h2='Notes']/ol/li")
    assert len(notes) == 1 and "Or with milk." in notes[0].text_content()
    assert doc.xpath("//sup/a/@href") == [f"#{notes[0].get('id')}"]
    assert len(doc.xpath("//section[h2='References']//li")) == 2


def test_published_markdown_keeps_front_matter_dates_as_dates(project) -> None:  # type: ignore[no-untyped-def]
    readability_and_disclaimer(project)
    project.write("gaba.md", GOOD.replace("slug:", "published: 2026-01-15\nslug:") + "\n" + OWN_DISCLAIMER)
    assert build(project).exit_code == 0
    text = (project.root / "out" / "gabapentin-nerve-pain.md").read_text(encoding="utf-8")
    assert "\nlast_reviewed: 2026-09-01\n" in text and "\npublished: 2026-01-15\n" in text
    meta = yaml.safe_load(text.split("---\n", 2)[1])
    assert meta["last_reviewed"] == dt.date(2026, 9, 1)
    assert run_cli("check", "out/gabapentin-nerve-pain.md", cwd=project.root).exit_code in (0, 1)
