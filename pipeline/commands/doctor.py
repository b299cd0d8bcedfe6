"""`pipeline doctor`: the state of the optional engines and which one a check would use."""

from __future__ import annotations

import sys

import click


@click.command("doctor")
@click.option("--languagetool-url", default=None, help="Check this LanguageTool server instead of the configured one.")
@click.pass_obj
def doctor_cmd(state, languagetool_url: str | None) -> None:  # type: ignore[no-untyped-def]
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
    width = max(len(name) for name, _, _ in status.lines)
    for name, ok, detail in status.lines:
        click.echo(f"{'ok ' if ok else '-- '} {name.ljust(width)}  {detail}")
    click.echo(f"grammar engine: {status.verdict}")
    sys.exit(0 if status.ok else 2)
