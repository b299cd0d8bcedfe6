"""`pipeline doctor`: the state of the optional engines and which one a check would use."""

from __future__ import annotations

import sys

import click

from pipeline.commands.invocation import Invocation
from pipeline.config import Config
from pipeline.errors import PipelineError


@click.command("doctor")
@click.option("--languagetool-url", default=None, help="Check this LanguageTool server instead of the configured one.")
@click.pass_obj
def doctor_cmd(state: Invocation, languagetool_url: str | None) -> None:
    """Show Java, LanguageTool (install and server), Harper, and which grammar engine runs.

    Exit 0 when a grammar engine can run as configured, 2 when not.

    \b
    Examples:
      pipeline doctor
      pipeline doctor --languagetool-url http://localhost:8081
    """
    from pipeline.checks.grammar.select import engine_status

    overrides = {"grammar.languagetool_url": languagetool_url} if languagetool_url else {}
    config = state.config(**overrides)
    status = engine_status(config)
    knowledge = _knowledge_line(config)
    rows = [knowledge, *status.lines]
    width = max(len(name) for name, _, _ in rows)
    for name, ok, detail in rows:
        click.echo(f"{'ok ' if ok else '-- '} {name.ljust(width)}  {detail}")
    click.echo(f"grammar engine: {status.verdict}")
    sys.exit(0 if status.ok and knowledge[1] else 2)


def _knowledge_line(config: Config) -> tuple[str, bool, str]:
    """The knowledge layers with their rule and drug counts, or the one-line problem loading them."""
    from pipeline.knowledge.facts import load_facts
    from pipeline.knowledge.rules import project_rules
    from pipeline.knowledge.sources import BUILTIN_LABEL, is_builtin, origin_label

    try:
        layers = config.knowledge_dirs
        rules = project_rules(config)
        facts = load_facts([d / "drugs" for d in layers])
    except PipelineError as exc:
        return ("Knowledge", False, str(exc))
    team = sum(rule.source != BUILTIN_LABEL for rule in rules)
    shown = " + ".join(f"built-in ({d})" if is_builtin(d) else origin_label(d, config.root) for d in layers)
    return ("Knowledge", True, f"{shown}: {len(rules.rules)} rules ({team} from the project), {len(facts.drugs)} drugs")
