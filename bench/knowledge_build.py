"""What building the knowledge cache costs: the first `pipeline check` after an install (or
after the knowledge or the tool changed), and a second build in the same process (what the
language server does after an edit of `checks/`, with most patterns unchanged).

    python bench/knowledge_build.py [--draft articles/amoxicillin-bacterial-infections.md]

Each figure is one run in a fresh Python process (CPU seconds of the process, and wall
seconds), with its own empty cache directory and cache key; the size of the knowledge
entries written is printed with it. Run it on a quiet machine: it takes about a minute.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

#: Run in a fresh process: two `pipeline check` runs of the draft, each with its own empty
#: cache directory (the second in the same process, after the first), timed apart.
_CHILD = r"""
import contextlib, io, json, os, sys, tempfile, time
from pathlib import Path
from pipeline.cli import run

draft = sys.argv[1]

def once(cache):
    os.environ["PIPELINE_CACHE_DIR"] = cache
    sys.argv = ["pipeline", "check", "--quiet", draft]
    cpu, wall = time.process_time(), time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        try:
            run()
        except SystemExit:
            pass
    size = sum(p.stat().st_size for p in Path(cache, "knowledge-v1").iterdir())
    return {"cpu_seconds": time.process_time() - cpu, "wall_seconds": time.perf_counter() - wall, "entries_bytes": size}

with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
    first, second = once(a), once(b)
print(json.dumps({"first": first, "second_in_the_same_process": second}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--draft", type=Path, default=REPO / "articles" / "amoxicillin-bacterial-infections.md")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as config:
        env = {**os.environ, "XDG_CONFIG_HOME": config}
        proc = subprocess.run(
            [sys.executable, "-c", _CHILD, str(args.draft.resolve())], env=env, capture_output=True, text=True, timeout=1800, check=False
        )
    if proc.returncode != 0:
        sys.exit(f"knowledge_build: the run failed: {proc.stderr.strip().splitlines()[-1:] or proc.returncode}")
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    for name, figures in result.items():
        print(
            f"{name.replace('_', ' ')}: {figures['cpu_seconds']:.2f} s CPU, {figures['wall_seconds']:.2f} s wall, "
            f"knowledge entries {figures['entries_bytes'] / 1e6:.1f} MB"
        )


if __name__ == "__main__":
    main()
