"""`pipeline lsp`: the language server over standard input and output."""

from __future__ import annotations

import logging

import click

from pipeline.commands.invocation import Invocation


@click.command("lsp")
@click.option("--stdio", is_flag=True, help="Talk over standard input and output (the only transport; accepted as editors pass it).")
@click.option("-v", "--verbose", is_flag=True, help="Log each check and its time to standard error.")
@click.pass_obj
def lsp_cmd(invocation: Invocation, stdio: bool, verbose: bool) -> None:
    """Run the language server: diagnostics, quick fixes and rule explanations in the editor.

    The configuration is the workspace's pipeline.toml (or --config); the engines and
    the knowledge load once and reload when checks/ or the configuration changes.

    \b
    Examples:
      pipeline lsp
      pipeline --config team/pipeline.toml lsp
    """
    from pipeline.lsp.server import serve

    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="pipeline lsp: %(levelname)s %(message)s")
    if not verbose:
        logging.getLogger("pygls").setLevel(logging.ERROR)
    serve(invocation.config_path)
