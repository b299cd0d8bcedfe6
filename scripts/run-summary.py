"""`make run`'s last step: say whether check and build behaved as documented.

Usage: python scripts/run-summary.py CHECK_REPORT.json CHECK_EXIT BUILD_EXIT [EXPECTED_FAILING ...]

Documented: the EXPECTED_FAILING drafts (the seed) fail the check and are held back
by the build with a review page; every other draft passes and is published.
Prints one summary and exits 0 when that is what happened, 1 (saying what differs) when not.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from pipeline.config import load_config
from pipeline.document.article import load_article


def shown(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


def main(argv: list[str]) -> int:
    report_path, check_exit, build_exit, *expected = argv
    output = load_config(None).path("output")
    problems: list[str] = []
    if int(check_exit) not in (0, 1):
        problems.append(f"`pipeline check` exited {check_exit} (2: an input or configuration error, 3: a bug)")
    if int(build_exit) not in (0, 1):
        problems.append(f"`pipeline build` exited {build_exit}")
    try:
        report = json.loads(Path(report_path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        print(f"make run: no check report ({exc}); see the output above", file=sys.stderr)
        return 1
    published: list[str] = []
    held: list[tuple[str, int, str]] = []
    for item in report["files"]:
        path = item["path"]
        if item.get("error"):
            problems.append(f"{path}: {item['error']}")
            continue
        errors = sum(1 for f in item["findings"] if f["severity"] == "error" and not f["suppressed"])
        slug = load_article(Path(path)).slug
        if errors:
            held.append((path, errors, shown(output / "review" / f"{slug}.html")))
        elif (output / f"{slug}.html").is_file():
            published.append(path)
        else:
            problems.append(f"{path} passed the check but {shown(output / (slug + '.html'))} was not written")
    expected_set = {os.path.normpath(p) for p in expected}
    held_set = {os.path.normpath(p) for p, _, _ in held}
    for path in sorted(held_set - expected_set):
        problems.append(f"{path} has error findings (only {', '.join(sorted(expected_set)) or 'no draft'} should)")
    for path in sorted(expected_set - held_set):
        if Path(path).exists():
            problems.append(f"{path} was expected to fail the check (it is the sample of a bad draft) but did not")
    out = shown(output)
    print()
    if problems:
        print("make run: NOT as documented:")
        for problem in problems:
            print(f"  - {problem}")
        return 1
    n = len(published)
    line = f"make run: as documented. {n} article{'s' * (n != 1)} published to {out}/ (index: {shown(output / 'index.html')})"
    if held:
        parts = [f"{path} ({count} error{'s' * (count != 1)}: see {review})" for path, count, review in held]
        line += f", {len(held)} held back as intended: " + "; ".join(parts)
    print(line + ".")
    print(f"Every article's review page is in {out}/review/; the full report is above.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
