"""A process that loads the knowledge again (the language server after each edit of
`checks/`, a check server's next run) frees the copy it no longer uses: its compiled
patterns, and the indexes the checks built over them. The pattern registries
(pipeline/knowledge/literals.py, pipeline/checks/patterns.py) used to hold every load's
patterns, so each reload kept 5 to 12 MB for the life of the process."""

from __future__ import annotations

import gc
import os
import re
import shutil
import weakref
from pathlib import Path
from typing import Any

import pytest
from conftest import SEED, run_cli

from pipeline.knowledge import cache as knowledge_cache


def test_a_reloaded_knowledge_frees_the_old_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    draft = tmp_path / "draft.md"
    shutil.copy(SEED, draft)
    # Nothing kept in the process between runs: each run loads the knowledge from the cache anew.
    monkeypatch.setattr(knowledge_cache, "_KEPT", {})
    monkeypatch.setattr(knowledge_cache, "_KEEPING", False)
    restored: list[list[weakref.ref[re.Pattern[str]]]] = []
    restore = knowledge_cache._restore

    def recording(*args: Any) -> re.Pattern[str]:
        pattern = restore(*args)
        restored[-1].append(weakref.ref(pattern))
        return pattern

    monkeypatch.setattr(knowledge_cache, "_restore", recording)
    outputs = []
    for _ in range(2):
        restored.append([])
        shutil.rmtree(Path(os.environ["PIPELINE_CACHE_DIR"]) / "v2", ignore_errors=True)  # check the draft again
        result = run_cli("check", "--format", "json", draft.name, cwd=tmp_path)
        assert result.exit_code == 1, result.stderr
        outputs.append(result.json()["files"][0]["findings"])
    assert outputs[0] == outputs[1] and outputs[0], "the two loads find the same"
    assert len(restored[0]) > 500, "the first run loaded the knowledge from the cache"
    gc.collect()
    alive = [ref().pattern[:60] for ref in restored[0] if ref() is not None]  # type: ignore[union-attr]
    assert alive == [], f"{len(alive)} of {len(restored[0])} patterns of the first load are still held"
