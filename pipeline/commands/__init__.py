"""One module per command; :data:`COMMANDS` is what ``pipeline.cli`` registers."""

from __future__ import annotations

import click

from pipeline.commands.build import build_cmd
from pipeline.commands.check import check_cmd
from pipeline.commands.doctor import doctor_cmd
from pipeline.commands.facts import facts_cmd
from pipeline.commands.fix import fix_cmd
from pipeline.commands.init import init_cmd
from pipeline.commands.lsp import lsp_cmd
from pipeline.commands.rules import explain_cmd, rules_cmd
from pipeline.commands.setup import setup_cmd

COMMANDS: tuple[click.Command, ...] = (
    check_cmd,
    build_cmd,
    facts_cmd,
    rules_cmd,
    explain_cmd,
    doctor_cmd,
    setup_cmd,
    lsp_cmd,
    fix_cmd,
    init_cmd,
)
