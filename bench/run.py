"""Benchmark: `pipeline check` cold, warm and after one changed file, with --jobs 1,
--jobs 2 and the default, against proselint and Harper's own lint of the same prose
(bench/harper_floor.py) in the same run; a fresh one-file check of a changed draft
(median of 5; knowledge cache warm, the draft's result not cached), the same with
`pipeline server` running (pipeline/server.py), and the language server's change-to-diagnostics time (bench/lsp_latency.py); then
issue 15's targets, each with its measured figure.

"Cold" is a check with no draft's result cached: each cold run gets a fresh cache
directory holding only the knowledge cache, as the first run after an install leaves
it (so the run also writes every result, as a real first run does). One serial run
with --no-cache (no knowledge cache either) is measured and shown beside it.

The Harper floor, cold --jobs 1 and cold --jobs 2 are run in rounds (--rounds N,
default 3: floor, --jobs 1, --jobs 2, then again), so that a change in the machine's
load touches all three alike. The targets use the best (least) figure of each: CPU
for the one-process ratio, wall time for the jobs ratio, whose per-round ratios and
median are printed too, with the machine's cores and load average before and after.
Wall-time ratios from a machine with other work on it (load average above its cores)
are flagged as unreliable.

    .venv/bin/python bench/run.py                 # ../shared/corpus/medquad-300
    .venv/bin/python bench/run.py path/to/drafts  # any directory of *.md
    .venv/bin/python bench/run.py --profile 40    # plus a cProfile of a serial cold run on 40 files

The corpus is copied to a temporary directory first (the changed-file step edits
one file; ../shared is never written), and so are the tool's code and checks/, so
that edits made to the working tree while the benchmark runs do not change (or
invalidate the cache of) the code being measured; the copy's bytecode is compiled
first, as an install does (with PYTHONDONTWRITEBYTECODE set, every fresh process would
otherwise compile the tool from source). The runs find no check server but the one
the benchmark starts for its own step (XDG_RUNTIME_DIR is the benchmark's). Each step runs in a fresh process; its peak
memory is the largest resident set of any process it started (ru_maxrss of the
children, measured by a small wrapper process per step). Results are printed and
written to bench/results/latest.json.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "medquad-300"
RESULTS = REPO / "bench" / "results" / "latest.json"
BIN = Path(sys.executable).parent

#: Runs a command and prints its wall time and the peak RSS (KiB) of its process tree's largest process.
_WRAPPER = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
proc = subprocess.run(sys.argv[2:], cwd=sys.argv[1], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
wall = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"seconds": wall, "cpu_seconds": usage.ru_utime + usage.ru_stime, "peak_rss_kib": usage.ru_maxrss,
                  "exit": proc.returncode, "stderr": proc.stderr[-2000:]}))
"""


def measure(cmd: list[str], cwd: Path, ok: tuple[int, ...], env: dict[str, str] | None = None) -> dict[str, Any]:
    environ = {**os.environ, **(env or {})}
    out = subprocess.run([sys.executable, "-c", _WRAPPER, str(cwd), *cmd], capture_output=True, text=True, check=True, env=environ)
    result = json.loads(out.stdout)
    if result["exit"] not in ok:
        sys.exit(f"bench: {' '.join(cmd)} exited {result['exit']}: {result['stderr'].strip()}")
    return result


def corpus_stats(files: list[Path]) -> dict[str, int]:
    return {"articles": len(files), "words": sum(len(f.read_text(encoding="utf-8", errors="replace").split()) for f in files)}


def pipeline_step(
    name: str,
    workdir: Path,
    corpus: Path,
    jobs: int | None,
    stats: dict[str, int],
    extra: list[str] | None = None,
    env: dict[str, str] | None = None,
) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "pipeline", "check", "-q", "-f", "json", "-o", str(workdir / f"{name}.json"), *(extra or [])]
    if jobs:
        cmd += ["--jobs", str(jobs)]
    result = measure([*cmd, str(corpus)], workdir, ok=(0, 1), env=env)
    report = json.loads((workdir / f"{name}.json").read_text(encoding="utf-8"))
    result.update(step=name, summary=report["summary"], run=report["run"])
    result["articles_per_second"] = round(stats["articles"] / result["seconds"], 1)
    result["words_per_second"] = round(stats["words"] / result["seconds"])
    print(
        f"  {name:<22} {result['seconds']:7.2f} s  ({result['cpu_seconds']:6.1f} s CPU) {result['articles_per_second']:7.1f} articles/s  "
        f"{result['words_per_second']:8d} words/s  peak {result['peak_rss_kib'] / 1024:6.0f} MiB  "
        f"(checked {report['run']['checked']}, cached {report['run']['cache_hits']}, jobs {report['run']['jobs']})",
        flush=True,
    )
    return result


ONE_FILE = "articles/gabapentin-nerve-pain.md"


def fresh_one_file(workdir: Path, draft: Path, runs: int, server: bool = False) -> dict[str, Any]:
    """``pipeline check one.md`` in a fresh process after the draft changed, ``runs``
    times: what an editor's save or a pre-commit hook costs. The knowledge cache is
    warm (one run first fills it, as any earlier run would have); the draft's own
    result is not (its text changes before every run). With ``server``, a check server
    (`pipeline server start`, started after that first run, stopped after) runs the
    checks. Wall seconds, CPU (the program's own: a server's forked run is not its
    child), medians."""
    target = workdir / draft.name
    text = draft.read_text(encoding="utf-8")
    program = [sys.executable, "-m", "pipeline"]
    cmd = [*program, "check", "-q", draft.name]
    target.write_text(text, encoding="utf-8")
    measure(cmd, workdir, ok=(0, 1))  # fills the knowledge cache
    if server:
        subprocess.run([*program, "server", "start", "--idle", "10"], cwd=workdir, check=True, capture_output=True)
    runs_measured = []
    try:
        for run in range(runs):
            target.write_text(f"{text}\n<!-- edit {run} -->\n", encoding="utf-8")
            runs_measured.append(measure(cmd, workdir, ok=(0, 1)))
    finally:
        if server:
            subprocess.run([*program, "server", "stop"], cwd=workdir, check=False, capture_output=True)
    seconds = [r["seconds"] for r in runs_measured]
    cpu = [r["cpu_seconds"] for r in runs_measured]
    return {
        "seconds": [round(s, 3) for s in seconds],
        "median_seconds": round(statistics.median(seconds), 3),
        "median_cpu_seconds": round(statistics.median(cpu), 3),
    }


def targets(ratios: dict[str, Any], steps: dict[str, Any]) -> list[dict[str, Any]]:
    """Issue 15's targets, each with the figure measured in this run."""
    rows = [
        ("LSP change -> diagnostics, 1,000-word draft", "s", 0.3, ratios["lsp_change_to_diagnostics_seconds"]),
        ("fresh `pipeline check one.md`", "s", 1.0, ratios["fresh_one_file_seconds"]),
        ("fresh one-file check, `pipeline server` running", "s", 1.0, ratios["fresh_one_file_server_seconds"]),
        ("cold check, one process, over Harper-only lint (CPU)", "x", 1.15, ratios["cold_jobs1_over_harper"]),
        ("two jobs over one job (cold, best wall of each)", "x", 0.55, ratios["jobs2_over_jobs1"]),
    ]
    print("issue 15 targets (measured in this run):")
    out = []
    for name, unit, limit, figure in rows:
        met = figure <= limit
        print(f"  {name:<54} target <= {limit:<5}{unit}  measured {figure:<7}{unit}  {'met' if met else 'NOT met'}")
        out.append({"target": name, "limit": limit, "unit": unit, "measured": figure, "met": met})
    floor, serial = steps["harper_floor"], steps["cold_jobs1"]
    parallel, rounds = steps["cold_jobs2"], steps["rounds"]
    print(
        f"  (best of {len(rounds['floor_cpu_seconds'])}: Harper-only {floor['cpu_seconds']:.2f} s CPU, pipeline --jobs 1 "
        f"{serial['cpu_seconds']:.2f} s CPU; wall --jobs 1 {serial['seconds']:.2f} s, --jobs 2 {parallel['seconds']:.2f} s)"
    )
    print(
        f"  (cold means no result cached; the knowledge cache is as the first run after an install leaves it. With --no-cache, "
        f"which also rebuilds the knowledge: {steps['cold_jobs1_no_cache']['cpu_seconds']:.2f} s CPU, "
        f"{ratios['cold_jobs1_no_cache_over_harper']}x)"
    )
    print(
        f"  (jobs 2 / jobs 1 by round: {', '.join(f'{r:.3f}' for r in rounds['jobs2_over_jobs1'])}; median "
        f"{ratios['jobs2_over_jobs1_median']}; CPU --jobs 2 / --jobs 1 {ratios['jobs2_over_jobs1_cpu']} (medians); "
        f"{rounds['cores']} cores, load average {rounds['load_before']} before, {rounds['load_after']} after"
        + ("; the machine was busy: wall-time ratios are unreliable" if rounds["busy"] else "")
        + ")"
    )
    return out


def load_average() -> list[float]:
    """The 1-, 5- and 15-minute load averages (empty where the system has none)."""
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except (AttributeError, OSError):
        return []


def knowledge_only_cache(workdir: Path) -> Path:
    """A cache directory holding only the knowledge cache (what the first run after an
    install leaves, before any draft's result is kept): filled by checking one article,
    whose result is then removed."""
    seed = workdir / "knowledge-seed"
    draft = workdir / "seed.md"
    shutil.copy(REPO / ONE_FILE, draft)
    measure([sys.executable, "-m", "pipeline", "check", "-q", draft.name], workdir, ok=(0, 1), env={"PIPELINE_CACHE_DIR": str(seed)})
    draft.unlink()
    for entry in seed.iterdir():
        if entry.is_dir() and not entry.name.startswith("knowledge"):
            shutil.rmtree(entry)
    return seed


def cold_step(name: str, workdir: Path, corpus: Path, jobs: int, stats: dict[str, int], seed: Path) -> dict[str, Any]:
    """A check with no result cached: a fresh cache directory that holds only the knowledge cache."""
    fresh = workdir / "cold-cache"
    shutil.rmtree(fresh, ignore_errors=True)
    shutil.copytree(seed, fresh)
    result = pipeline_step(name, workdir, corpus, jobs, stats, env={"PIPELINE_CACHE_DIR": str(fresh)})
    if result["run"]["cache_hits"]:
        sys.exit(f"bench: {name} found results in a cache that should have none")
    return result


def timed_rounds(
    workdir: Path, corpus: Path, stats: dict[str, int], rounds: int, cores: int
) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any], dict[str, Any]]:
    """The Harper floor, cold --jobs 1 and cold --jobs 2, ``rounds`` times in turn: the
    best run of each (least CPU for the floor and --jobs 1, least wall for --jobs 2;
    --jobs 1's best wall is used for the jobs ratio) and what every round measured."""
    from harper_floor import harper_floor  # bench/harper_floor.py: Harper's own lint of the same prose

    seed = knowledge_only_cache(workdir)
    before = load_average()
    floors, serial, parallel = [], [], []
    for n in range(rounds):
        floor = harper_floor(workdir, corpus)
        floors.append(floor)
        print(
            f"  {'Harper-only lint':<22} {floor['seconds']:7.2f} s  ({floor['cpu_seconds']:.2f} s CPU, "
            f"{floor['words']} words of prose, {floor['harper']})  round {n + 1}",
            flush=True,
        )
        serial.append(cold_step("cold --jobs 1", workdir, corpus, 1, stats, seed))
        parallel.append(cold_step("cold --jobs 2", workdir, corpus, 2, stats, seed))
    after = load_average()
    best_floor = dict(min(floors, key=lambda r: r["cpu_seconds"]))
    best_serial = dict(min(serial, key=lambda r: r["cpu_seconds"]))
    best_serial["seconds"] = min(r["seconds"] for r in serial)  # best wall, for the jobs ratio
    best_parallel = dict(min(parallel, key=lambda r: r["seconds"]))
    record = {
        "cores": cores,
        "load_before": before,
        "load_after": after,
        # Wall times are only worth comparing when nothing else wanted the cores.
        "busy": bool(before and after and max(before[0], after[0]) > cores),
        "floor_cpu_seconds": [round(r["cpu_seconds"], 2) for r in floors],
        "jobs1_seconds": [round(r["seconds"], 2) for r in serial],
        "jobs1_cpu_seconds": [round(r["cpu_seconds"], 2) for r in serial],
        "jobs2_seconds": [round(r["seconds"], 2) for r in parallel],
        "jobs2_cpu_seconds": [round(r["cpu_seconds"], 2) for r in parallel],
        "jobs2_over_jobs1": [round(p["seconds"] / s["seconds"], 3) for s, p in zip(serial, parallel, strict=True)],
    }
    return best_floor, best_serial, best_parallel, record


def profile(corpus: Path, workdir: Path, count: int) -> None:
    """cProfile a serial cold run on the first ``count`` files: where the time goes."""
    subset = workdir / "profile-corpus"
    subset.mkdir()
    for path in sorted(corpus.glob("*.md"))[:count]:
        shutil.copy(path, subset)
    out = workdir / "profile.prof"
    subprocess.run(
        [sys.executable, "-m", "cProfile", "-o", str(out), "-m", "pipeline", "check", "-q", "--no-cache", "--jobs", "1", str(subset)],
        cwd=workdir,
        stdout=subprocess.DEVNULL,
        check=False,
        env=os.environ,
    )
    import pstats

    print(f"\nProfile of a serial cold run on {count} files (cumulative, top 25):")
    pstats.Stats(str(out)).sort_stats("cumulative").print_stats(25)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--no-proselint", action="store_true", help="Skip the proselint comparison.")
    parser.add_argument("--profile", type=int, metavar="N", default=0, help="Also profile a serial cold run on N files.")
    parser.add_argument("--one-file-runs", type=int, metavar="N", default=5, help="Fresh one-file checks to time (median; default 5).")
    parser.add_argument(
        "--rounds", type=int, metavar="N", default=3, help="Rounds of Harper floor, cold --jobs 1, cold --jobs 2 (best of N; default 3)."
    )
    args = parser.parse_args()
    source = args.corpus.resolve()
    if not source.is_dir():
        sys.exit(f"bench: {source}: not a directory")

    with tempfile.TemporaryDirectory(prefix="pipeline-bench-") as tmp:
        workdir = Path(tmp)
        corpus = workdir / "corpus"
        shutil.copytree(source, corpus, ignore=shutil.ignore_patterns(".*"))
        files = sorted(corpus.rglob("*.md"))
        stats = corpus_stats(files)
        # A project of its own: a snapshot of the code, rules and facts; a cache that starts empty.
        shutil.copytree(REPO / "pipeline", workdir / "src" / "pipeline", ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copytree(REPO / "checks", workdir / "checks")
        compileall.compile_dir(workdir / "src" / "pipeline", quiet=1)
        os.environ["PYTHONPATH"] = str(workdir / "src")
        (workdir / "runtime").mkdir(mode=0o700)
        os.environ["XDG_RUNTIME_DIR"] = str(workdir / "runtime")
        (workdir / "pipeline.toml").write_text('knowledge = ["checks"]\nbuiltin = false\ncache_dir = "cache"\n', encoding="utf-8")
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "pipeline", "checks"], cwd=REPO, capture_output=True, text=True
        ).stdout.strip()
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
        print(f"corpus {source}: {stats['articles']} articles, {stats['words']} words; {cores} cores, load average {load_average()}")

        results: dict[str, Any] = {"corpus": str(source), **stats, "cores": cores, "commit": commit, "dirty_tree": bool(dirty), "steps": {}}
        steps = results["steps"]
        if not args.no_proselint:
            proselint = shutil.which("proselint", path=str(BIN)) or shutil.which("proselint")
            if not proselint:
                sys.exit("bench: proselint not found; pip install -e '.[bench]'")
            version = subprocess.run([proselint, "version"], capture_output=True, text=True).stdout.strip()
            steps["proselint"] = measure([proselint, "check", *map(str, files)], workdir, ok=(0, 1))
            p = steps["proselint"]
            p["articles_per_second"] = round(stats["articles"] / p["seconds"], 1)
            p["words_per_second"] = round(stats["words"] / p["seconds"])
            results["proselint_version"] = version
            print(
                f"  {'proselint ' + version:<22} {p['seconds']:7.2f} s  {p['articles_per_second']:7.1f} articles/s  "
                f"{p['words_per_second']:8d} words/s  peak {p['peak_rss_kib'] / 1024:6.0f} MiB",
                flush=True,
            )

        floor, steps["cold_jobs1"], steps["cold_jobs2"], steps["rounds"] = timed_rounds(
            workdir, corpus, stats, max(1, args.rounds), cores or 1
        )
        steps["harper_floor"] = floor
        # No cache at all, not even the knowledge cache: what --no-cache costs (shown, not a target).
        steps["cold_jobs1_no_cache"] = pipeline_step("cold --jobs 1 --no-cache", workdir, corpus, 1, stats, ["--no-cache"])
        shutil.rmtree(workdir / "cache", ignore_errors=True)
        steps["cold"] = pipeline_step("cold", workdir, corpus, None, stats)
        steps["warm"] = pipeline_step("warm", workdir, corpus, None, stats)
        steps["warm_jobs1"] = pipeline_step("warm --jobs 1", workdir, corpus, 1, stats)
        changed = files[len(files) // 2]
        with changed.open("a", encoding="utf-8") as handle:
            handle.write("\nAsk your pharmacist if you have questions about this medicine.\n")
        steps["one_changed"] = pipeline_step("one file changed", workdir, corpus, None, stats)

        for name in ("cold", "warm", "one_changed"):
            if steps[name]["summary"]["files"] != stats["articles"]:
                sys.exit(f"bench: step {name} checked {steps[name]['summary']['files']} files, expected {stats['articles']}")
        if steps["warm"]["summary"] != steps["cold"]["summary"] or steps["cold_jobs1"]["summary"] != steps["cold"]["summary"]:
            sys.exit("bench: warm or serial run reported different totals from the cold run")

        ratios = {
            "warm_over_cold": round(steps["warm"]["seconds"] / steps["cold"]["seconds"], 3),
            "jobs1_over_default": round(steps["cold_jobs1"]["seconds"] / steps["cold"]["seconds"], 2),
            "one_changed_seconds": round(steps["one_changed"]["seconds"], 2),
        }
        if "proselint" in steps:
            ratios["cold_over_proselint"] = round(steps["cold"]["seconds"] / steps["proselint"]["seconds"], 2)
            ratios["cold_jobs1_over_proselint"] = round(steps["cold_jobs1"]["seconds"] / steps["proselint"]["seconds"], 2)
        ratios["jobs2_over_jobs1"] = round(steps["cold_jobs2"]["seconds"] / steps["cold_jobs1"]["seconds"], 3)
        ratios["jobs2_over_jobs1_median"] = round(statistics.median(steps["rounds"]["jobs2_over_jobs1"]), 3)
        rounds = steps["rounds"]
        cpu1, cpu2 = statistics.median(rounds["jobs1_cpu_seconds"]), statistics.median(rounds["jobs2_cpu_seconds"])
        ratios["jobs2_over_jobs1_cpu"] = round(cpu2 / cpu1, 3)
        # CPU, not wall: other processes on a shared machine stretch wall times unevenly. Three places:
        # rounded to two, 1.153 would pass the 1.15 target.
        ratios["cold_jobs1_over_harper"] = round(steps["cold_jobs1"]["cpu_seconds"] / floor["cpu_seconds"], 3)
        ratios["cold_jobs1_no_cache_over_harper"] = round(steps["cold_jobs1_no_cache"]["cpu_seconds"] / floor["cpu_seconds"], 3)
        one = steps["fresh_one_file"] = fresh_one_file(workdir, REPO / ONE_FILE, runs=args.one_file_runs)
        ratios["fresh_one_file_seconds"] = one["median_seconds"]
        print(
            f"  {'fresh one-file check':<22} {one['median_seconds']:7.2f} s  ({one['median_cpu_seconds']:.2f} s CPU; "
            f"median of {len(one['seconds'])}, {ONE_FILE})",
            flush=True,
        )
        served = steps["fresh_one_file_server"] = fresh_one_file(workdir, REPO / ONE_FILE, runs=args.one_file_runs, server=True)
        ratios["fresh_one_file_server_seconds"] = served["median_seconds"]
        print(f"  {'  with pipeline server':<22} {served['median_seconds']:7.2f} s  ({served['median_cpu_seconds']:.2f} s CPU)", flush=True)
        from lsp_latency import DEBOUNCE_SECONDS, latency  # bench/lsp_latency.py: a small LSP client

        lsp = steps["lsp"] = latency(workdir, REPO / "articles")
        ratios["lsp_change_to_diagnostics_seconds"] = median = lsp["change_to_diagnostics_median_seconds"]
        print(f"  {'lsp change->diagnostics':<22} {median:7.3f} s  (median, {lsp['words']}-word draft, a change after a pause)", flush=True)
        burst = lsp["burst_end_to_diagnostics_median_seconds"]
        keys = f"five keys 60 ms apart; the {DEBOUNCE_SECONDS} s debounce included"
        print(f"  {'lsp end of a burst':<22} {burst:7.3f} s  (median, {keys})", flush=True)
        results["ratios"] = ratios
        results["summary"] = steps["cold"]["summary"]
        print("ratios: " + ", ".join(f"{k} {v}" for k, v in ratios.items()))
        results["targets"] = targets(ratios, steps)
        if args.profile:
            profile(corpus, workdir, args.profile)

    for step in results["steps"].values():
        step.pop("stderr", None)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"written {RESULTS.relative_to(REPO)}")


if __name__ == "__main__":
    main()
