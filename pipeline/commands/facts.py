"""`pipeline facts DRUG`: one drug's facts, every fact with its source and tier;
`pipeline facts verify DRUG --label FILE`: the facts against a drug label.

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
from pipeline.knowledge.facts import DrugFacts, FactsBase, Source, load_facts
from pipeline.knowledge.phrases import readable
from pipeline.knowledge.sources import origin_label
from pipeline.knowledge.verify import read_label, verify


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

    def words(patterns: list[str]) -> str:
        return "; ".join(dict.fromkeys(phrase for pattern in patterns for phrase in readable(pattern)))

    def product(products: tuple[str, ...]) -> str:
        return f" (only {', '.join(products)})" if products else ""

    tiers = {"required": "required: error when missing", "recommended": "recommended: warning when missing", "reference": "reference"}
    misstatement_tiers = {"required": "required: error when stated", "recommended": "recommended: warning when stated"}
    sections: list[tuple[str, list[tuple[str, list[str], Source]]]] = [
        (
            "FDA-approved uses",
            [(u.condition + product(u.products), [f"words: {words(u.synonyms)}"], u.source) for u in drug.approved_uses],
        ),
        (
            "Dosing",
            [
                (
                    f"{d.route}, {d.population}"
                    + (f", {d.form}" if d.form else "")
                    + (f", {d.component}" if d.component else "")
                    + product(d.products),
                    [
                        f"start {_fmt(d.start_single, d.unit)} per dose, {_fmt(d.start_daily, d.unit)} a day; "
                        f"max {_fmt(d.max_single, d.unit)} per dose, {_fmt(d.max_daily, d.unit)} a day"
                        + ("" if d.max_daily_is_label_limit else " (top of the usual range, not a hard label limit)"),
                        *([d.note] if d.note else []),
                    ],
                    d.source,
                )
                for d in drug.dosing
            ],
        ),
        (
            "Interactions",
            [
                (
                    f"{i.name} [{i.id}] ({tiers.get(i.importance, i.importance)})",
                    [f"why: {i.importance_reason}", f"counts as named: {words(i.mentions)}", f"advice: {i.advice}"],
                    i.source,
                )
                for i in drug.interactions
            ],
        ),
        (
            "Safety warnings",
            [
                (
                    ("BOXED: " if w.boxed and not w.name.upper().startswith("BOXED") else "")
                    + f"{w.name} [{w.id}] ({tiers.get(w.importance, w.importance)})",
                    [f"why: {w.importance_reason}", f"counts as given: {words(w.texts)}", f"advice: {w.advice}"],
                    w.source,
                )
                for w in drug.safety_warnings
            ],
        ),
        (
            "Known misstatements",
            [
                (
                    f"[{m.id}] ({misstatement_tiers.get(m.importance, m.importance)}) "
                    + "; ".join(
                        [
                            *([words([m.text])] if m.text else []),
                            *(
                                [f"taken as an attack comes on, to stop one or as a rescue: {words([m.taken_at_onset])}"]
                                if m.taken_at_onset
                                else []
                            ),
                        ]
                    ),
                    [f"correct: {m.correct}", *([f"why: {m.importance_reason}"] if m.importance_reason else [])],
                    m.source,
                )
                for m in drug.misstatements
            ],
        ),
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


class _FactsGroup(click.Group):
    """`pipeline facts DRUG` shows a drug (the `show` command); `pipeline facts verify ...`."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("-h", "--help"):
            args = ["show", *args]
        return super().parse_args(ctx, args)


@click.group("facts", cls=_FactsGroup)
def facts_cmd() -> None:
    """Drug facts: `pipeline facts DRUG` shows one drug; `pipeline facts verify DRUG --label FILE` checks it against a label.

    \b
    Examples:
      pipeline facts baclofen
      pipeline facts Xanax --format json
      pipeline facts verify lisinopril --label lisinopril-label.json
    """


def _drug(state: Any, drug: str) -> tuple[Any, FactsBase, DrugFacts]:
    config = state.config()
    layers = config.knowledge_dirs
    base = load_facts([d / "drugs" for d in layers])
    facts = base.resolve(drug)
    if facts is None:
        close = base.suggestions(drug)
        shown = ", ".join(origin_label(d / "drugs", config.root) for d in layers)
        hint = f"; did you mean {', '.join(close)}?" if close else f"; known drugs: {len(base.drugs)} (see {shown})"
        raise PipelineError(f"unknown drug '{drug}'{hint}")
    return config, base, facts


@facts_cmd.command("show")
@click.argument("drug")
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "json"]), default="text", help="Output format.")
@click.pass_obj
def show_cmd(state: Any, drug: str, fmt: str) -> None:
    """Show one drug's facts with their sources and tiers (DRUG: generic name, alias or brand).

    \b
    Examples:
      pipeline facts baclofen
      pipeline facts Xanax --format json
    """
    config, _, facts = _drug(state, drug)
    layers = config.knowledge_dirs
    source = origin_label(Path(facts.path), config.root)
    if fmt == "json":
        record = {**facts.to_dict(), "query": drug, "origin": source, "digest": knowledge_digest(layers)}
        sys.stdout.write(json.dumps(record, indent=2, ensure_ascii=False) + "\n")
        return
    console = Console(highlight=False, soft_wrap=True)
    print_facts(console, facts)
    console.print(f"[dim]from: {escape(source)}[/]")


@facts_cmd.command("verify")
@click.argument("drug")
@click.option(
    "--label",
    "label_path",
    type=click.Path(path_type=Path, dir_okay=False),
    required=True,
    help="A drug label in openFDA's drug/label JSON format (a file you downloaded; nothing is fetched).",
)
@click.option(
    "--source",
    "refs",
    multiple=True,
    help="Which of the facts file's `sources` keys this label is (default: the key whose citation names the label's "
    "set_id, else `label`); repeat for several.",
)
@click.pass_obj
def verify_cmd(state: Any, drug: str, label_path: Path, refs: tuple[str, ...]) -> None:
    """Check a drug's facts against its label: uses in the indications, maximum doses in the
    dosage text, required warnings and interactions in the label, and boxed-warning topics the
    facts do not cover. Exit 0 when all is supported, 1 with one line per problem, 2 on a bad file.

    \b
    Examples:
      pipeline facts verify lisinopril --label lisinopril-label.json
      pipeline facts verify baclofen --label baclofen-oral-solution.json --source oral_plr
    """
    _, _, facts = _drug(state, drug)
    label = read_label(label_path)
    keys = list(refs) or [k for k, citation in facts.sources.items() if label.set_id in citation] or ["label"]
    unknown = [k for k in keys if k not in facts.sources]
    if unknown:
        raise PipelineError(f"--source {unknown[0]} is not a key of {facts.generic}'s sources ({', '.join(facts.sources)})")
    problems: list[str] = []
    checked = 0
    for key in keys:
        result = verify(facts, label, key)
        checked += result.checked
        problems.extend(p for p in result.problems if p not in problems)
    click.echo(f"{facts.generic} against label set_id {label.set_id} (effective {label.effective_time}), facts citing {', '.join(keys)}:")
    for problem in problems:
        click.echo(f"  {problem}")
    click.echo(f"{checked} facts checked: {'all supported' if not problems else f'{len(problems)} not supported or not covered'}")
    sys.exit(1 if problems else 0)
