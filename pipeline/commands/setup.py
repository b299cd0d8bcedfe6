"""`pipeline setup languagetool`: the ONLY code path that downloads anything.

:func:`download_lt` fetches LanguageTool (a zip of about 250 MB, with a progress
bar) into language_tool_python's download directory (``LTP_PATH``, default
~/.cache/language_tool_python), through language-tool-python's own verified
downloader. Nothing else in `pipeline` downloads: checks use a local LanguageTool
only when it is already installed, else a configured server, else Harper.
"""

from __future__ import annotations

import click

from pipeline.checks.grammar import languagetool_engine as lt
from pipeline.errors import PipelineError


def download_lt(version: str | None = None) -> lt.LocalInstall:
    """Download and unpack LanguageTool ``version`` (default: language-tool-python's
    release) unless it is installed; returns the install.

    Raises PipelineError with one line when Java 17+ is missing, or the download fails
    (offline, HTTP error, checksum mismatch)."""
    java = lt.java_info()
    if not java.usable:
        raise PipelineError(
            f"LanguageTool needs Java {lt.MIN_JAVA}+ (java: {java.text}); install it first (e.g. apt-get install default-jre-headless)"
        )
    # Imported here, not at start-up: every command would otherwise pay for it.
    from language_tool_python.download_lt import LTP_DOWNLOAD_VERSION, LocalLanguageTool

    version = version or LTP_DOWNLOAD_VERSION
    local = LocalLanguageTool.from_version_name(version)
    try:
        local.download()
    except (OSError, ValueError, SystemError, ModuleNotFoundError) as exc:  # requests' errors are OSErrors
        raise PipelineError(
            f"cannot download LanguageTool {version} into {lt.download_dir()}: {lt.describe_error(exc)} (are you offline?)"
        ) from None
    install = lt.find_local_install()
    if install is None:
        raise PipelineError(f"LanguageTool {version} was downloaded but no jar was found in {lt.download_dir()}")
    return install


@click.group("setup")
def setup_cmd() -> None:
    """Install optional tools (needs a network once)."""


@setup_cmd.command("languagetool")
@click.option("--version", "version", default=None, help="LanguageTool release to download (default: language-tool-python's release).")
def setup_languagetool(version: str | None) -> None:
    """Download LanguageTool for local grammar checking (needs Java 17+).

    \b
    Examples:
      pipeline setup languagetool
      LTP_PATH=/opt/lt pipeline setup languagetool --version 6.8
    """
    install = download_lt(version)
    click.echo(f"LanguageTool {install.version} is installed at {install.directory}; `pipeline doctor` shows which grammar engine runs.")
