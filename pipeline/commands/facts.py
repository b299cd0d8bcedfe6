"""`pipeline facts DRUG`: one drug's facts, every fact with its source.

DRUG may be a generic name, an alias or a brand (``pipeline facts Xanax`` shows
alprazolam). An unknown name is a one-line error with close matches, exit 2.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.markup import escape

from pipeline.errors import PipelineError
from pipeline.knowledge.digest import knowledge_digest
from pipeline.knowledge.facts import DrugFacts, Source, load_facts
from pipeline.knowledge.sources import origin_label


def _source_line(console: Console, source: Source, indent: int = 4) -> None:
    console.print(" " * indent + f"[dim]source: {escape(source.cite())}[/]")


def _fmt(value: float | None, unit: str) -> str:
    return "-" if value is None else f"{value:g} {unit}"


def print_facts(console: Console, drug: DrugFacts) -> None:
    console.print(f"[bold]{escape(drug.generic)}[/]  [dim]{escape(drug.path)}[/]")
    console.print(f"  brands: {escape(', '.join(drug.brands) or '-')}")
    if drug.aliases:
        console.print(f"  aliases: {escape(', '.join(drug.aliases))}")
    console.print(f"  class: {escape(drug.drug_class)}")
    if drug.class_source:
        _source_line(console, drug.class_source)
    sections: list[tuple[str, list[tuple[str, list[str], Source]]]] = [
        ("FDA-approved uses", [(u.condition, [f"words: {', '.join(u.synonyms)}"], u.source) for u in drug.approved_uses]),
        (
            "Dosing",
            [
                (
                    f"{d.route}, {d.population}" + (f", {d.form}" if d.form else ""),
                    [
                        f"start {_fmt(d.start_single, d.unit)} per dose, {_fmt(d.start_daily, d.unit)} a day; "
                        f"max {_fmt(d.max_single, d.unit)} per dose, {_fmt(d.max_daily, d.unit)} a day",
                        *([d.note] if d.note else []),
                    ],
                    d.source,
                )
                for d in drug.dosing
            ],
        ),
        (
            "Interactions an article must warn about",
            [(f"{i.name} [{i.id}]", [f"mentions: {', '.join(i.mentions)}"], i.source) for i in drug.interactions],
        ),
        (
            "Required safety warnings",
            [
                (
                    ("BOXED: " if w.boxed and not w.name.upper().startswith("BOXED") else "") + f"{w.name} [{w.id}]",
                    [f"phrasings: {', '.join(w.texts)}"],
                    w.source,
                )
                for w in drug.safety_warnings
            ],
        ),
        ("Known misstatements", [(f"[{m.id}] pattern: {m.text}", [f"correct: {m.correct}"], m.source) for m in drug.misstatements]),
    ]
    for title, items in sections:
        console.print(f"\n  [bold underline]{title}[/]")
        if not items:
            console.print("  [dim](none)[/]")
        for head, details, source in items:
            console.print(f"  - {escape(head)}")
            for detail in details:
                console.print(f"      {escape(detail)}")
            _source_line(console, source, indent=6)
    console.print("\n  [bold underline]Sources[/]")
    for key, citation in drug.sources.items():
        console.print(f"  {escape(key)}: {escape(citation)}")


@click.command("facts")
@click.argument("drug")
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "json"]), default="text", help="Output format.")
@click.pass_obj
def facts_cmd(state: Any, drug: str, fmt: str) -> None:
    """Show one drug's facts with their sources (DRUG: generic name, alias or brand).

    \b
    Examples:
      pipeline facts baclofen
      pipeline facts Xanax --format json
    """
    config = state.config()
    layers = config.knowledge_dirs
    base = load_facts([d / "drugs" for d in layers])
    facts = base.resolve(drug)
    if facts is None:
        close = base.suggestions(drug)
        shown = ", ".join(origin_label(d / "drugs", config.root) for d in layers)
        hint = f"; did you mean {', '.join(close)}?" if close else f"; known drugs: {len(base.drugs)} (see {shown})"
        raise PipelineError(f"unknown drug '{drug}'{hint}")
    source = origin_label(Path(facts.path), config.root)
    if fmt == "json":
        record = {**facts.to_dict(), "query": drug, "origin": source, "digest": knowledge_digest(layers)}
        sys.stdout.write(json.dumps(record, indent=2, ensure_ascii=False) + "\n")
        return
    console = Console(highlight=False, soft_wrap=True)
    print_facts(console, facts)
    console.print(f"[dim]from: {escape(source)}[/]")
