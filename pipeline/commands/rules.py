"""`pipeline rules` (every rule of every pack, with its family and severities) and
`pipeline explain RULE` (one rule in full: texts, type, where it is defined, examples)."""

from __future__ import annotations

import difflib
import json
import sys
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.markup import escape

from pipeline.config import Config
from pipeline.errors import PipelineError
from pipeline.findings import FAMILIES
from pipeline.knowledge.rules import Rule, RuleSet, project_rules
from pipeline.knowledge.sources import BUILTIN_LABEL


def _load(state: Any) -> tuple[Config, RuleSet]:
    config: Config = state.config()
    return config, project_rules(config)


def _source(rule: Rule) -> str:
    """``built-in``, or the team pack (relative to the current directory when inside it)."""
    return rule.source if rule.source == BUILTIN_LABEL else where(rule.origin).rpartition(":")[0]


def _configured(rule: Rule, config: Config) -> str:
    return config.severity_for(rule.id, rule.family, rule.severity)


def _sorted(rules: RuleSet) -> list[Rule]:
    """Rules grouped by family in the fixed FAMILIES order, then by id."""
    return sorted(rules, key=lambda r: (FAMILIES.index(r.family) if r.family in FAMILIES else len(FAMILIES), r.id))


def where(origin: str) -> str:
    """``file:line`` of a rule, relative to the current directory when inside it."""
    path, _, line = origin.rpartition(":")
    try:
        path = str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        pass
    return f"{path}:{line}"


def rule_record(rule: Rule, config: Config) -> dict[str, Any]:
    configured = _configured(rule, config)
    return {
        "id": rule.id,
        "family": rule.family,
        "type": rule.type,
        "severity": rule.severity,
        "configured_severity": configured,
        "description": rule.description,
        "fix": rule.fix,
        "defined_at": where(rule.origin),
        "source": _source(rule),
    }


@click.command("rules")
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "json"]), default="text", help="Output format.")
@click.pass_obj
def rules_cmd(state: Any, fmt: str) -> None:
    """List every rule: family, default severity (and the configured one if different), description.

    \b
    Examples:
      pipeline rules
      pipeline rules --format json
    """
    config, rules = _load(state)
    ordered = _sorted(rules)
    if fmt == "json":
        sys.stdout.write(json.dumps({"rules": [rule_record(r, config) for r in ordered]}, indent=2, ensure_ascii=False) + "\n")
        return
    console = Console(highlight=False, soft_wrap=True)
    family = None
    for rule in ordered:
        if rule.family != family:
            family = rule.family
            console.print(f"[bold]{escape(family)}[/]")
        configured = _configured(rule, config)
        severity = rule.severity if configured == rule.severity else f"{rule.severity} → {configured} (configured)"
        source = "" if rule.source == BUILTIN_LABEL else f"  [dim]({escape(_source(rule))})[/]"
        fix = f"  [dim]fix: {rule.fix}[/]" if rule.fix != "none" else ""
        console.print(f"  {escape(rule.id)}  [dim]{escape(severity)}[/]{fix}  {escape(rule.description)}{source}")
    team = sum(rule.source != BUILTIN_LABEL for rule in ordered)
    origin = f" ({len(ordered) - team} built-in, {team} from the project's knowledge)" if team else " (built-in)"
    console.print(f"{len(ordered)} rules{origin}; `pipeline explain RULE` for one rule in full")


def _suggest(name: str, rules: RuleSet) -> str:
    ids = [r.id for r in rules]
    close = [i for i in ids if i.startswith(name + ".")] if name in FAMILIES else []
    close = close or difflib.get_close_matches(name, ids, n=3, cutoff=0.5)
    close = close or [i for i in ids if name.lower() in i][:3]
    return f" (did you mean: {', '.join(close)}?)" if close else " (`pipeline rules` lists them)"


def _indent(text: str, prefix: str = "    ") -> str:
    return "\n".join(prefix + line if line else prefix.rstrip() for line in text.rstrip().splitlines())


@click.command("explain")
@click.argument("rule_id")
@click.pass_obj
def explain_cmd(state: Any, rule_id: str) -> None:
    """Explain one rule: why it exists, its severity and type, where it is defined, examples.

    \b
    Examples:
      pipeline explain unsupported-claim.dependency
      pipeline explain disclaimer.missing
    """
    config, rules = _load(state)
    rule = rules.get(rule_id)
    if rule is None:
        raise PipelineError(f"unknown rule '{rule_id}'{_suggest(rule_id, rules)}")
    click.echo(explain_text(rule, config))


def explain_text(rule: Rule, config: Config) -> str:
    """What `pipeline explain` prints for one rule (also the language server's hover)."""
    configured = _configured(rule, config)
    lines = [
        f"{rule.id}  ({rule.family})",
        "",
        rule.description,
        "",
        f"severity:   {rule.severity}" + (f" (configured: {configured})" if configured != rule.severity else ""),
        f"type:       {rule.type}",
        f"fix:        {rule.fix}" + {"safe": " (`pipeline fix`)", "unsafe": " (`pipeline fix --unsafe-fixes`)"}.get(rule.fix, ""),
        f"defined at: {where(rule.origin)}",
        f"source:     {_source(rule)}",
    ]
    if rule.explanation:
        lines += ["", "Why:", _indent(rule.explanation)]
    if rule.suggestion:
        lines += ["", "Suggestion:", _indent(rule.suggestion)]
    for kind, label in (("pass", "Passes"), ("fail", "Fails")):
        examples = rule.examples.get(kind) or []
        if examples:
            lines += ["", f"{label}:"]
            lines += [_indent(example, "    | ") for example in examples]
    return "\n".join(lines)
