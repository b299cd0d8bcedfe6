"""`pipeline init`: set up a drafts repository. Writes a commented ``pipeline.toml``,
an example draft in ``articles/`` (only when it has no Markdown yet), a GitHub Actions
workflow and a pre-commit configuration, from the templates in
``pipeline/templates/init/``. An existing file is never overwritten unless ``--force``."""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

import click

from pipeline import __version__
from pipeline.atomic import write_atomic
from pipeline.clock import today

#: Where pip and pre-commit fetch the tool from, unless --repository says otherwise.
DEFAULT_REPOSITORY = "https://github.com/YOUR-ORG/pipeline"
ARTICLES = Path("articles")
EXAMPLE = ARTICLES / "metformin-type-2-diabetes.md"


@dataclass(frozen=True)
class Planned:
    """One file ``init`` writes: its path (relative to the repository) and template."""

    path: Path
    template: str
    what: str


PLANNED = (
    Planned(Path("pipeline.toml"), "pipeline.toml", "configuration"),
    Planned(Path(".github/workflows/pipeline.yml"), "pipeline.yml", "GitHub Actions workflow"),
    Planned(Path(".pre-commit-config.yaml"), "pre-commit-config.yaml", "pre-commit configuration"),
)


def release_version(version: str = __version__) -> str:
    """The release the generated files pin: the installed version without a local or dev part."""
    return version.split("+", 1)[0].split(".dev", 1)[0]


def render(template: str, repository: str, version: str) -> str:
    text = files("pipeline").joinpath("templates", "init", template).read_text(encoding="utf-8")
    return text.replace("@REPOSITORY@", repository).replace("@VERSION@", version).replace("@TODAY@", today().isoformat())


def has_drafts(root: Path) -> bool:
    folder = root / ARTICLES
    return folder.is_dir() and any(p.is_file() for pattern in ("*.md", "*.markdown") for p in folder.rglob(pattern))


@click.command("init")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path), default=".")
@click.option("--force", is_flag=True, help="Overwrite files that already exist.")
@click.option(
    "--repository",
    metavar="URL",
    default=DEFAULT_REPOSITORY,
    show_default=True,
    help="Where the workflow and pre-commit install this tool from (the URL of its Git repository).",
)
def init_cmd(directory: Path, force: bool, repository: str) -> None:
    """Set up a drafts repository: pipeline.toml, an example draft, CI and pre-commit.

    \b
    Writes (in DIRECTORY, default: the current one):
      pipeline.toml                     commented configuration
      articles/metformin-type-2-diabetes.md   an example draft that passes (only if articles/ has no drafts)
      .github/workflows/pipeline.yml    check on pull requests: annotations, SARIF upload, --changed-since
      .pre-commit-config.yaml           the pipeline-check hook
    Existing files are left as they are (exit 0) unless --force.
    """
    version = release_version()
    repository = repository.rstrip("/")
    plan = list(PLANNED)
    if not has_drafts(directory):
        plan.insert(1, Planned(EXAMPLE, "example-article.md", "example draft"))
    else:
        click.echo(f"kept        {directory / ARTICLES}/ (it has drafts; no example written)")
    written = 0
    for item in plan:
        target = directory / item.path
        if target.exists() and not force:
            click.echo(f"exists      {target} (left as it is; --force overwrites it)")
            continue
        verb = "overwrote" if target.exists() else "wrote"
        write_atomic(target, render(item.template, repository, version))
        written += 1
        click.echo(f"{verb:<11} {target} ({item.what})")
    if written and repository == DEFAULT_REPOSITORY:
        click.echo(f"note: the workflow and pre-commit install pipeline v{version} from {DEFAULT_REPOSITORY}; ", nl=False)
        click.echo("replace YOUR-ORG with this tool's repository (or run again with --repository URL --force)")
    click.echo("next: pipeline check" + ("" if directory == Path(".") else f" (in {directory})"))
