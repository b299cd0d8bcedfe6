"""Benchmark: the tool's own CPU in a cold one-process check, Harper's lint replayed (issue 15).

    .venv/bin/python bench/own_work.py                      # ../shared/corpus/medquad-300, 3 replays
    .venv/bin/python bench/own_work.py path/to/drafts --rounds 5

`bench/run.py` divides a cold `pipeline check --jobs 1` by Harper's own lint of the same
prose; what is left above 1.0 is the tool's own work, a few seconds against Harper's
thirty, so the ratio moves with the machine more than with a change. This script times
that work alone: one cold check in a fresh process records every text Harper lints and
what it found, then each round runs the same cold check in a fresh process (a fresh
cache holding only the knowledge cache, as `bench/run.py`'s cold runs) with Harper's
lint answered from the recording (and Harper's dictionary, which `bench/harper_floor.py` counts in the
floor, not built), and reports the CPU seconds of each. Every round's
findings must equal the recording run's: a change that alters a finding is not a speed-up.
Compare two versions of the code by alternating runs of this script in their checkouts.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "medquad-300"
RECORDING = "harper-lints.pickle"


def _child(mode: str, workdir: Path) -> None:
    """One cold check of ``workdir/corpus`` in this process: ``record`` lints with Harper and
    keeps every text's lints; ``replay`` answers Harper's lint from that recording. Prints the
    check's CPU seconds as JSON."""
    sys.path.insert(0, str(REPO))
    os.chdir(workdir)
    from pipeline import cli, codepatterns

    codepatterns.preload()  # as `pipeline check` does before the check modules are imported (their patterns from the user cache)
    from pipeline.checks.grammar import harper_engine
    from pipeline.checks.grammar.text import EngineMatch

    engine = harper_engine.HarperEngine
    recorded: dict[str, list[EngineMatch]] = {}
    if mode == "record":
        lint = engine._lint

        def recording(self: harper_engine.HarperEngine, text: str) -> list[EngineMatch]:
            recorded[text] = lint(self, text)
            return recorded[text]

        engine._lint = recording  # type: ignore[method-assign]
    else:
        from pipeline import warm

        with open(RECORDING, "rb") as stored:
            recorded = pickle.load(stored)
        engine._lint = lambda self, text: recorded[text]  # type: ignore[method-assign]
        warm._build = lambda: None  # Harper's dictionary, built on its thread in a real check: Harper's cost, in the floor
    engine.check = lambda self, text: self._lint(text)  # type: ignore[method-assign]  # no sandbox child: its CPU is not ours
    shutil.rmtree("cache", ignore_errors=True)
    shutil.copytree("knowledge-seed", "cache")
    sys.argv = ["pipeline", "check", "-q", "-f", "json", "-o", f"{mode}.json", "--jobs", "1", "corpus"]
    cpu = time.process_time()
    cli.run()
    cpu = time.process_time() - cpu
    if mode == "record":
        with open(RECORDING, "wb") as stored:
            pickle.dump(recorded, stored)
    print(json.dumps({"cpu_seconds": cpu}))


def _run_child(mode: str, workdir: Path) -> float:
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", mode, str(workdir)], capture_output=True, text=True, check=True
    )
    cpu: float = json.loads(proc.stdout.strip().splitlines()[-1])["cpu_seconds"]
    return cpu


def _findings(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))["files"]


def _knowledge_seed(workdir: Path) -> None:
    """A cache directory holding only the knowledge cache, filled by checking one article."""
    draft = workdir / "seed.md"
    shutil.copy(REPO / "articles" / "gabapentin-nerve-pain.md", draft)
    path = os.pathsep.join([str(REPO), *filter(None, [os.environ.get("PYTHONPATH")])])  # this checkout's code, as the timed runs
    env = {**os.environ, "PIPELINE_CACHE_DIR": str(workdir / "knowledge-seed"), "PYTHONPATH": path}
    subprocess.run([sys.executable, "-m", "pipeline", "check", "-q", draft.name], cwd=workdir, env=env, capture_output=True)
    draft.unlink()
    for entry in (workdir / "knowledge-seed").iterdir():
        if entry.is_dir() and not entry.name.startswith("knowledge"):
            shutil.rmtree(entry)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--rounds", type=int, default=3, metavar="N", help="Replayed cold checks (default 3; the median is reported).")
    parser.add_argument("--child", nargs=2, metavar=("MODE", "DIR"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child[0], Path(args.child[1]))
        return
    source = args.corpus.resolve()
    if not source.is_dir():
        sys.exit(f"own_work: {source}: not a directory")
    with tempfile.TemporaryDirectory(prefix="pipeline-own-work-") as tmp:
        workdir = Path(tmp)
        shutil.copytree(source, workdir / "corpus", ignore=shutil.ignore_patterns(".*"))
        (workdir / "pipeline.toml").write_text(
            f'knowledge = ["{(REPO / "checks").as_posix()}"]\nbuiltin = false\ncache_dir = "cache"\n', encoding="utf-8"
        )
        _knowledge_seed(workdir)
        with_harper = _run_child("record", workdir)
        print(f"recorded: a cold check with Harper, {with_harper:.2f} s CPU", flush=True)
        expected = _findings(workdir / "record.json")
        rounds = []
        for index in range(max(1, args.rounds)):
            rounds.append(_run_child("replay", workdir))
            if _findings(workdir / "replay.json") != expected:
                sys.exit("own_work: the replayed check's findings differ from the recorded run's")
            print(f"round {index + 1}: {rounds[-1]:.2f} s CPU of the tool's own work (Harper's lint replayed)", flush=True)
        print(f"own work: median {statistics.median(rounds):.2f} s CPU over {len(rounds)} rounds; findings identical to the recorded run")


if __name__ == "__main__":
    main()
