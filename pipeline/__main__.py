"""The program: ``python -m pipeline``, and the installed ``pipeline`` script
(``[project.scripts]`` in pyproject.toml names :func:`main`)."""

from __future__ import annotations

import sys

from pipeline import warm


def main() -> None:
    """Run the command line as the program. Harper's dictionary build starts first, before
    the command line's modules are imported (:func:`pipeline.warm.start_for_program`), and
    the process ends with :func:`pipeline.cli.exit_now`. Under a profiler, tracer or
    coverage tool (``python -m cProfile -m pipeline``) it ends with SystemExit instead, so
    that they can write their reports after it."""
    if sys.gettrace() is not None or sys.getprofile() is not None:
        from pipeline.cli import run

        sys.exit(run())
    warm.start_for_program(sys.argv[1:])
    from pipeline.cli import program

    program()


if __name__ == "__main__":
    main()
