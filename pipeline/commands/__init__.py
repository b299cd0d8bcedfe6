"""One module per command. :data:`COMMANDS` names each command and where it lives;
``pipeline.cli`` imports a command's module only when that command runs, so that
``pipeline --version`` or ``pipeline explain`` never load the checks, and a check can
start Harper's dictionary (``pipeline.checks.grammar.warm``) before its imports."""

from __future__ import annotations

#: Command name -> "module:attribute" of its click command.
COMMANDS: dict[str, str] = {
    "check": "pipeline.commands.check:check_cmd",
    "build": "pipeline.commands.build:build_cmd",
    "facts": "pipeline.commands.facts:facts_cmd",
    "rules": "pipeline.commands.rules:rules_cmd",
    "explain": "pipeline.commands.rules:explain_cmd",
    "doctor": "pipeline.commands.doctor:doctor_cmd",
    "setup": "pipeline.commands.setup:setup_cmd",
    "lsp": "pipeline.commands.lsp:lsp_cmd",
    "fix": "pipeline.commands.fix:fix_cmd",
    "init": "pipeline.commands.init:init_cmd",
    "server": "pipeline.commands.server:server_cmd",
}
