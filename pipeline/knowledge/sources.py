"""Where the knowledge comes from: the built-in knowledge shipped with the package
and the team's knowledge directories, layered built-in first.

The built-in knowledge is this repository's top-level ``checks/`` folder, installed
as the package ``pipeline_knowledge`` (package data of the wheel; in a source
checkout without that package the folder itself). A project adds directories with
the ``knowledge`` setting (paths relative to the project root, default
``["checks"]``); ``builtin = false`` leaves the built-ins out.

Every loader takes the layers in order: rule packs add rules and may redefine a
built-in rule by id, drug facts files add drugs or replace one by generic name,
``dictionary.txt`` words, ``conditions.yml`` conditions and ``drug-names.yml`` names add
to the earlier layers.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.errors import ConfigError

if TYPE_CHECKING:
    from pipeline.config import Config

#: One knowledge directory, or the layers in order (built-in first).
KnowledgeDirs = Path | Sequence[Path]

#: What `pipeline rules` and `pipeline facts` print for something from the built-ins.
BUILTIN_LABEL = "built-in"


@lru_cache(maxsize=1)
def builtin_dir() -> Path:
    """The directory of the built-in knowledge (rules/, drugs/, conditions.yml, ...)."""
    try:
        import pipeline_knowledge  # type: ignore[import-not-found,unused-ignore]

        installed = Path(pipeline_knowledge.__file__).resolve().parent
        if (installed / "rules").is_dir():
            return installed
    except ImportError:
        pass
    # A source checkout installed before the package mapping existed (or run from the tree).
    import pipeline

    checkout = Path(pipeline.__file__).resolve().parent.parent / "checks"
    if (checkout / "rules").is_dir():
        return checkout
    raise ConfigError("the built-in knowledge is missing from this installation (reinstall the package)")


def as_dirs(dirs: KnowledgeDirs) -> list[Path]:
    return [dirs] if isinstance(dirs, Path) else list(dirs)


def is_builtin(path: Path) -> bool:
    """Whether ``path`` (a file or directory) is part of the built-in knowledge."""
    try:
        path.resolve().relative_to(builtin_dir())
    except (ValueError, ConfigError):
        return False
    return True


def origin_label(path: Path, root: Path | None = None) -> str:
    """``built-in`` or the file's path (relative to the project ``root``, else the
    current directory, when inside it)."""
    if is_builtin(path):
        return BUILTIN_LABEL
    for base in (root, Path.cwd()):
        if base is not None and path.resolve().is_relative_to(base.resolve()):
            return path.resolve().relative_to(base.resolve()).as_posix()
    return str(path)


def knowledge_dirs(config: Config) -> list[Path]:
    """The knowledge layers of a configuration, built-in first, each directory once.

    A configured directory that does not exist is a ConfigError; the default
    (``checks``) is simply skipped when a project has none."""
    layers: list[Path] = [builtin_dir()] if config.get("builtin") else []
    legacy = config.get("checks_dir")
    configured = [legacy] if legacy is not None else list(config.get("knowledge"))
    explicit = legacy is not None or config.is_set("knowledge")
    for entry in configured:
        path = (config.root / entry).resolve()
        if path in layers:
            continue
        if not path.is_dir():
            if explicit:
                raise ConfigError(f"knowledge directory not found: {entry}", path=str(config.source or "configuration"))
            continue
        layers.append(path)
    if not layers:
        raise ConfigError("no knowledge: builtin = false and no knowledge directory exists", path=str(config.source or "configuration"))
    return layers


def files_in(dirs: KnowledgeDirs, name: str) -> list[Path]:
    """``name`` (a file) in every layer that has it, in layer order."""
    return [d / name for d in as_dirs(dirs) if (d / name).is_file()]


def yml_in(dirs: KnowledgeDirs, sub: str) -> list[list[Path]]:
    """The ``sub/*.yml`` files of every layer, one sorted list per layer."""
    return [sorted((d / sub).glob("*.yml")) if (d / sub).is_dir() else [] for d in as_dirs(dirs)]
