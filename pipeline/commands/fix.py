"""`pipeline fix`: apply safe, mechanical fixes to drafts in place (atomically,
keeping a ``.bak``), or with ``--diff`` only print them; then check again and
report what remains.

Whether a rule's findings can be fixed is rule data (``fix: safe|unsafe|none``,
shown by `pipeline rules`); how is code here, by rule type:

- ``grammar``: the engine's one replacement (repeated words, spacing); a misspelling
  only with exactly one confident suggestion (one edit away, not a drug name);
- ``forbidden-pattern``: a line that holds nothing but the flagged text (web
  boilerplate, a product listing) is deleted;
- ``required-pattern``: the configured disclaimer is inserted at the configured position;
- ``front-matter``: a missing key gets a commented placeholder to fill in;
- ``front-matter-syntax``: a value holding ": " gets quotes around it;
- ``plain-words``: every use of a thesaurus term gets its replacement (unsafe: only
  with ``--select readability.plain-words`` or ``--unsafe-fixes``).

A fix never touches a claim, a dose or a drug name: an edit overlapping a drug
mention, a number, or a claim finding is dropped (deleting a whole boilerplate or
listing line is the one exception: the line is not part of the article).
"""

from __future__ import annotations

import difflib
import os
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.markup import escape

from pipeline.atomic import write_atomic
from pipeline.commands.invocation import Invocation
from pipeline.config import Config
from pipeline.document.article import Article, parse_article
from pipeline.document.frontmatter import plain_value_span
from pipeline.document.source import SourceText
from pipeline.errors import PipelineError
from pipeline.findings import FileResult, Finding, Severity
from pipeline.knowledge.rules import Rule, RuleSet
from pipeline.report.display import Display, selected, unknown_selectors
from pipeline.report.terminal import concise_line
from pipeline.run.checker import check_article
from pipeline.run.context import CheckContext
from pipeline.run.runner import make_context
from pipeline.run.selection import select_files

#: The disclaimer inserted when the configuration gives none (the published pages' text).
DEFAULT_DISCLAIMER = (
    "This article is general information, not medical advice. It does not replace talking with your doctor, "
    "pharmacist or nurse. Do not start, stop or change a medicine without asking them first."
)
#: Families whose findings are claims: no fix may edit inside them.
CLAIM_FAMILIES = frozenset({"unsupported-claim", "off-label", "dosage", "accuracy", "interactions", "safety-warnings"})
#: Placeholders for missing front-matter keys: YAML comments, so the article stays valid and the finding stays until filled in.
PLACEHOLDERS = {
    "reviewed_by": "# reviewed_by: NAME, CREDENTIALS (who reviewed this article)",
    "last_reviewed": "# last_reviewed: YYYY-MM-DD",
    "references": '# references: ["TITLE OF THE SOURCE, YEAR"]',
}
_MARKUP = re.compile(r"[\s#>*_\-+.,:;!?|`~\[\]()\"'“”‘’]+")


@dataclass(frozen=True)
class Edit:
    start: int
    end: int
    text: str
    rule: str
    #: Deletes whole lines (may remove a drug name or a number: the line is not article text).
    whole_lines: bool = False


@dataclass
class FileFix:
    path: Path
    before: str
    after: str
    edits: list[Edit] = field(default_factory=list)
    remaining: FileResult | None = None
    error: str | None = None


# -- which rules ---------------------------------------------------------------


def fix_rules(rules: RuleSet, select: tuple[str, ...], ignore: tuple[str, ...], unsafe: bool) -> set[str]:
    """Ids of the rules to fix: ``fix: safe`` ones (selected by ``--select``/``--ignore``),
    and ``fix: unsafe`` ones named by id in ``--select`` or with ``--unsafe-fixes``."""
    chosen = set()
    for rule in rules:
        if rule.fix == "none" or rule.type not in FIXERS or not selected(rule.id, rule.family, select, ignore):
            continue
        if rule.fix == "unsafe" and not (unsafe or rule.id in select):
            continue
        chosen.add(rule.id)
    return chosen


# -- the fixers, by rule type --------------------------------------------------


def _offset(source: SourceText, line: int, column: int) -> int:
    return source.line_starts[line - 1] + column - 1


def _span(source: SourceText, finding: Finding) -> tuple[int, int]:
    return _offset(source, finding.line, finding.column), _offset(source, finding.end_line, finding.end_column)


def _distance(a: str, b: str) -> int:
    """Damerau-Levenshtein (optimal string alignment) distance."""
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            row[j] = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


def confident_spelling(word: str, replacements: list[str], is_drug: Any) -> str | None:
    """The one suggestion one edit away from ``word`` (case aside), when exactly one is
    and it is not a drug name (a drug name is never changed by a fix)."""
    if len(word) < 4 or not word.isalpha():
        return None
    close = [r for r in replacements if _distance(word.lower(), r.lower()) <= 1]
    if len(close) != 1 or not close[0].replace("-", "").isalpha() or is_drug(close[0]) or is_drug(word):
        return None
    choice = close[0]
    return choice[:1].upper() + choice[1:] if word[:1].isupper() and choice[:1].islower() else choice


def _fix_grammar(article: Article, rule: Rule[Any], findings: list[Finding], ctx: CheckContext) -> list[Edit]:
    from pipeline.concepts.drugs import DrugNames, get_names

    try:
        names: DrugNames | None = get_names(ctx)
    except PipelineError:  # a project without drug knowledge
        names = None

    def is_drug(word: str) -> bool:
        return names is not None and names.resolve(word) is not None

    edits = []
    for finding in findings:
        replacements = list(finding.extra.get("replacements") or [])
        start, end = _span(article.source, finding)
        written = article.source.text[start:end]
        if finding.rule.endswith(".spelling") or finding.extra.get("engine_category") == "Spelling":
            choice = confident_spelling(written, replacements, is_drug)
            if choice:
                edits.append(Edit(start, end, choice, finding.rule))
        elif len(replacements) == 1 and replacements[0] != written:
            edits.append(Edit(start, end, replacements[0], finding.rule))
    return edits


def _fix_lines(article: Article, rule: Rule[Any], findings: list[Finding], ctx: CheckContext) -> list[Edit]:
    """Delete each line that holds nothing but flagged text (and markup), with one blank line after it."""
    source = article.source
    by_line: dict[int, list[tuple[int, int]]] = {}
    for finding in findings:
        if finding.line == finding.end_line:
            by_line.setdefault(finding.line, []).append((finding.column - 1, finding.end_column - 1))
    edits = []
    for line, spans in sorted(by_line.items()):
        text = source.line_text(line)
        rest = "".join(ch for i, ch in enumerate(text) if not any(s <= i < e for s, e in spans))
        if _MARKUP.sub("", rest):
            continue  # the line says something else as well: not a mechanical fix
        start = source.line_starts[line - 1]
        end = start + len(text) + 1
        if end < len(source.text) and not source.line_text(line + 1).strip():
            end = source.line_starts[line] + len(source.line_text(line + 1)) + 1  # the blank line after it
        elif end >= len(source.text) and line > 1 and not source.line_text(line - 1).strip():
            start = source.line_starts[line - 2]  # the last line: the blank line before it
        edits.append(Edit(start, min(end, len(source.text)), "", finding_rule(findings), whole_lines=True))
    return edits


def finding_rule(findings: list[Finding]) -> str:
    return findings[0].rule


def _fix_disclaimer(article: Article, rule: Rule[Any], findings: list[Finding], ctx: CheckContext) -> list[Edit]:
    config = ctx.config
    text = (config.get("disclaimer.text") or DEFAULT_DISCLAIMER).strip()
    position = config.get("disclaimer.position") or getattr(rule.options, "position", "anywhere")
    source = article.source.text
    body = article.front_matter.body_offset
    if " ".join(text.split()) in " ".join(source.split()):
        return []  # inserted before: the configured text does not match the rule's patterns
    if position == "start":
        first = next((u for u in article.units if u.kind == "heading" and u.heading_level == 1), None)
        if first is not None:
            line, _ = article.source.position(first.offsets[0])
            at = article.source.line_starts[line] if line < len(article.source.line_starts) else len(source)
            return [Edit(at, at, f"\n{text}\n", rule.id)]
        return [Edit(body, body, f"{text}\n\n", rule.id)]
    footnote = re.search(r"^\[\^[^\]]+\]:", source[body:], re.M)
    at = body + footnote.start() if footnote else len(source)
    prefix = "" if source[:at].endswith("\n\n") or at == 0 else ("\n" if source[:at].endswith("\n") else "\n\n")
    return [Edit(at, at, f"{prefix}{text}\n" + ("\n" if footnote else ""), rule.id)]


def _fix_front_matter(article: Article, rule: Rule[Any], findings: list[Finding], ctx: CheckContext) -> list[Edit]:
    key = rule.options.key
    if article.front_matter.declared(key) or key not in PLACEHOLDERS:
        return []
    source = article.source.text
    placeholder = PLACEHOLDERS[key]
    body = article.front_matter.body_offset
    if body == 0 or not source.startswith("---"):
        return [Edit(0, 0, f"---\n{placeholder}\n---\n", rule.id)]
    front = source[:body]
    if re.search(rf"^#\s*{re.escape(key)}:", front, re.M):
        return []  # the placeholder is there already
    closing = front.rstrip("\n").rfind("\n") + 1  # the closing --- line
    return [Edit(closing, closing, placeholder + "\n", rule.id)]


def _fix_front_matter_syntax(article: Article, rule: Rule[Any], findings: list[Finding], ctx: CheckContext) -> list[Edit]:
    """Quotes around the value (inserted, so the words of the value, a drug's name among
    them, are not edited): double quotes, else single ones, else no fix."""
    edits = []
    for finding in findings:
        line = article.source.line_text(finding.line)
        span = plain_value_span(line)
        if span is None:
            continue
        value = line[span[0] : span[1]]
        quote = '"' if '"' not in value and "\\" not in value else "'" if "'" not in value else None
        if quote is None:
            continue
        at = article.source.line_starts[finding.line - 1]
        edits += [Edit(at + span[0], at + span[0], quote, rule.id), Edit(at + span[1], at + span[1], quote, rule.id)]
    return edits


def _fix_plain_words(article: Article, rule: Rule[Any], findings: list[Finding], ctx: CheckContext) -> list[Edit]:
    from pipeline.checks.readability import plain_word_uses

    edits = []
    for use in plain_word_uses(article, ctx):
        start, end = use.span.unit.span(use.span.start, use.span.end)
        if article.source.text[start:end] == use.match.text:  # the source says it exactly as the prose does
            edits.append(Edit(start, end, use.replacement, rule.id))
    return edits


FIXERS = {
    "grammar": _fix_grammar,
    "forbidden-pattern": _fix_lines,
    "required-pattern": _fix_disclaimer,
    "front-matter": _fix_front_matter,
    "front-matter-syntax": _fix_front_matter_syntax,
    "plain-words": _fix_plain_words,
}


# -- guarding and applying -------------------------------------------------------


def protected_spans(article: Article, result: FileResult, ctx: CheckContext) -> list[tuple[int, int]]:
    """Source spans no fix may edit: drug mentions and claim findings."""
    from pipeline.concepts.drugs import analyse

    spans = []
    try:
        mentions = analyse(article, ctx).mentions
    except PipelineError:  # a project without drug knowledge names no drugs
        mentions = []
    for mention in mentions:
        spans.append(mention.unit.span(mention.start, mention.end))
    for finding in result.findings:
        if finding.check in CLAIM_FAMILIES and (finding.line, finding.column) != (finding.end_line, finding.end_column):
            spans.append(_span(article.source, finding))
    return spans


def _allowed(edit: Edit, text: str, protected: list[tuple[int, int]]) -> bool:
    if edit.whole_lines:
        return True
    if re.search(r"\d", text[edit.start : edit.end] + edit.text):
        return False  # a number may be a dose
    return not any(s < edit.end and edit.start < e for s, e in protected if edit.end > edit.start)


def plan_edits(article: Article, result: FileResult, ctx: CheckContext, chosen: set[str]) -> list[Edit]:
    """The non-overlapping edits for ``result``'s findings of the ``chosen`` rules (line
    deletions first, then in text order)."""
    edits: list[Edit] = []
    by_rule: dict[str, list[Finding]] = {}
    for finding in result.findings:
        if finding.rule in chosen and not finding.suppressed:
            by_rule.setdefault(finding.rule, []).append(finding)
    for rule_id, findings in by_rule.items():
        rule = ctx.rules.rules[rule_id]
        edits.extend(FIXERS[rule.type](article, rule, findings, ctx))
    protected = protected_spans(article, result, ctx)
    text = article.source.text
    deleting = any(e.whole_lines for e in edits)
    kept: list[Edit] = []
    for edit in sorted(edits, key=lambda e: (not e.whole_lines, e.start, e.end, e.rule)):
        if not _allowed(edit, text, protected):
            continue
        if edit.start == edit.end and deleting and edit.start >= len(text.rstrip("\n")):
            continue  # an insertion at the end waits until the lines before it are gone (the next round)
        if any(k.start < edit.end and edit.start < k.end for k in kept):
            continue
        if any(k.whole_lines and k.start <= edit.start < k.end for k in kept):
            continue
        kept.append(edit)
    return sorted(kept, key=lambda e: (e.start, e.end, e.rule))


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    out = []
    pos = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end, e.rule)):
        out.append(text[pos : edit.start])
        out.append(edit.text)
        pos = edit.end
    out.append(text[pos:])
    return "".join(out)


def _read(path: Path) -> tuple[str, str]:
    """(normalised text, newline) of a draft; InputError if it cannot be read."""
    from pipeline.document.source import decode_article

    data = path.read_bytes()
    text = decode_article(data, str(path))
    newline = "\r\n" if "\r\n" in text else "\n"
    return text.replace("\r\n", "\n").replace("\r", "\n"), newline


def fix_text(path: str, text: str, ctx: CheckContext, chosen: set[str], rounds: int = 3) -> tuple[str, list[Edit], FileResult]:
    """``text`` with the chosen fixes applied (repeated until nothing changes, at most
    ``rounds`` times: removing a line can reveal nothing new, but a fix may), the edits
    made and the check result of the fixed text."""
    made: list[Edit] = []
    for _ in range(rounds):
        article = parse_article(SourceText.from_text(path, text))
        result = check_article(article, ctx)
        edits = plan_edits(article, result, ctx, chosen)
        if not edits:
            return text, made, result
        text = apply_edits(text, edits)
        made.extend(edits)
    article = parse_article(SourceText.from_text(path, text))
    return text, made, check_article(article, ctx)


def fix_file(path: Path, ctx: CheckContext, chosen: set[str]) -> FileFix:
    try:
        before, newline = _read(path)
        after, edits, remaining = fix_text(str(path), before, ctx, chosen)
    except PipelineError as exc:
        return FileFix(path, "", "", error=str(exc))
    fixed = FileFix(path, before, after, edits, remaining)
    fixed.after = after
    fixed.before = before
    if newline != "\n":
        fixed.before, fixed.after = before.replace("\n", newline), after.replace("\n", newline)
    return fixed


def unified_diff(fixed: FileFix, shown: str) -> str:
    return "".join(
        difflib.unified_diff(
            fixed.before.splitlines(keepends=True),
            fixed.after.splitlines(keepends=True),
            fromfile=f"a/{shown}",
            tofile=f"b/{shown}",
        )
    )


# -- the command ---------------------------------------------------------------


@click.command("fix")
@click.argument("paths", nargs=-1)
@click.option("--diff", "show_diff", is_flag=True, help="Only print the fixes as a unified diff; change nothing (exit 1 if there are any).")
@click.option("--no-backup", is_flag=True, help="Do not keep the original as FILE.bak.")
@click.option(
    "--select",
    "select",
    multiple=True,
    metavar="RULE|FAMILY",
    help="Fix only these rules or families (repeatable). Naming a rule with `fix: unsafe` by id fixes it too.",
)
@click.option("--ignore", "ignore", multiple=True, metavar="RULE|FAMILY", help="Do not fix these rules or families (repeatable).")
@click.option("--unsafe-fixes", is_flag=True, help="Also apply fixes of rules marked `fix: unsafe` (e.g. readability.plain-words).")
@click.pass_obj
def fix_cmd(
    invocation: Invocation,
    paths: tuple[str, ...],
    show_diff: bool,
    no_backup: bool,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    unsafe_fixes: bool,
) -> None:
    """Apply safe, mechanical fixes to drafts in place, then report what remains.

    \b
    Fixes: repeated words, a misspelling with one confident suggestion, spacing slips,
    web boilerplate and product-listing lines, a missing disclaimer, placeholders for
    missing front-matter keys; plain-word replacements when selected. Never a claim,
    a dose or a drug name. `pipeline rules` shows each rule's fix: safe, unsafe or none.

    \b
    Examples:
      pipeline fix --diff articles/draft.md
      pipeline fix articles/
      pipeline fix --select grammar.repetition --select promotional articles/draft.md
      pipeline fix --select readability.plain-words --diff articles/draft.md
    """
    config = invocation.config()
    sys.exit(run_fix(config, paths, show_diff=show_diff, backup=not no_backup, select=select, ignore=ignore, unsafe=unsafe_fixes))


def run_fix(
    config: Config,
    paths: tuple[str, ...],
    *,
    show_diff: bool,
    backup: bool = True,
    select: tuple[str, ...] = (),
    ignore: tuple[str, ...] = (),
    unsafe: bool = False,
    out: Any = None,
) -> int:
    """Run `fix`; returns the exit code (``--diff``: 1 when there is something to fix;
    otherwise like `check` for what remains; 2 for input errors)."""
    console = Console(file=out or sys.stdout, highlight=False, soft_wrap=True)
    ctx = make_context(config)
    bad = unknown_selectors([*select, *ignore], [(rule.id, rule.family) for rule in ctx.rules])
    if bad:
        name, close = bad[0]
        hint = f" (did you mean '{close}'?)" if close else " (`pipeline rules` lists the rules and families)"
        raise click.UsageError(f"--select/--ignore: no rule or family '{name}'{hint}")
    chosen = fix_rules(ctx.rules, select, ignore, unsafe)
    found = select_files(config, paths)
    display = Display(relative=not any(os.path.isabs(p) for p in paths))
    for bad_path, message in found.errors:
        console.print(f"[bold red]error[/] {escape(bad_path)}: {escape(message)}")
    changed = fixes = worst = 0
    input_errors = len(found.errors)
    for path in found.files:
        fixed = fix_file(path, ctx, chosen)
        shown = display.path(str(path))
        if fixed.error:
            input_errors += 1
            console.print(f"[bold red]error[/] {escape(fixed.error)}")
            continue
        if fixed.remaining is not None:
            worst = max([worst, *(f.severity.rank for f in fixed.remaining.findings if not f.suppressed)])
        if fixed.after == fixed.before:
            continue
        changed += 1
        fixes += len(fixed.edits)
        if show_diff:
            console.out(unified_diff(fixed, shown), end="", highlight=False)
            continue
        if backup:
            write_atomic(path.with_name(path.name + ".bak"), fixed.before.encode("utf-8"))
        write_atomic(path, fixed.after.encode("utf-8"))
        counts: dict[str, int] = {}
        for edit in fixed.edits:
            counts[edit.rule] = counts.get(edit.rule, 0) + 1
        what = ", ".join(f"{rule} ×{n}" if n > 1 else rule for rule, n in sorted(counts.items()))
        console.print(f"[green]fixed[/] {escape(shown)}: {len(fixed.edits)} fix{'es' * (len(fixed.edits) != 1)} ({escape(what)})")
        if fixed.remaining is not None:
            remaining = [f for f in fixed.remaining.findings if not f.suppressed]
            for finding in sorted(remaining, key=lambda f: (-f.severity.rank, f.line, f.column)):
                console.print("  " + escape(concise_line(finding, display)), highlight=False)
    if show_diff:
        console.print(f"{fixes} fix{'es' * (fixes != 1)} in {changed} file{'s' * (changed != 1)} (nothing written)", style="dim")
        return 2 if input_errors else (1 if fixes else 0)
    if not changed:
        console.print("nothing to fix")
    else:
        files = f"{changed} file{'s' * (changed != 1)}"
        console.print(f"{fixes} fix{'es' * (fixes != 1)} applied in {files}; what remains is listed under each file")
    if input_errors:
        return 2
    return 1 if worst >= Severity(config.get("fail_on")).rank else 0
