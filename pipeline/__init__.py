"""pipeline: checks patient-education articles about medicines and builds publish-ready files."""

from typing import Any


def __getattr__(name: str) -> Any:
    """``__version__``, read when asked for (see :mod:`pipeline.installed`), not at every start-up."""
    if name == "__version__":
        from pipeline.installed import version

        return version("pipeline") or "0.0.0+source"  # a source tree that was not installed
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
