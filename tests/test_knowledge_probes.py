"""Every correction of the drug facts (issue 12) has a probe article that must pass
(a correct statement) or fail (the hidden off-label use, the dose above the label,
the missing boxed warning): tests/fixtures/knowledge-probes.yml."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import REPO, Project

PROBES = yaml.safe_load((Path(__file__).parent / "fixtures" / "knowledge-probes.yml").read_text(encoding="utf-8"))["probes"]
#: Probes the checks do not get right yet, with the reason (kept visible, not deleted).
#: (None today; the naproxen-sodium salt gap is kept visible in tests/test_claim_false_errors.py.)
KNOWN_GAPS: dict[str, str] = {}


def _item_id(probe: dict[str, Any]) -> str:
    return str(probe.get("item", "")).split(" (")[0]


@pytest.mark.parametrize("probe", PROBES, ids=[p["id"] for p in PROBES])
def test_probe(project: Project, probe: dict[str, Any]) -> None:
    if probe["id"] in KNOWN_GAPS:
        pytest.xfail(KNOWN_GAPS[probe["id"]])
    project.config(f'knowledge = ["{(REPO / "checks").as_posix()}"]\nbuiltin = false\n[severity]\nreadability = "off"\ngrammar = "off"\n')
    project.write("probe.md", f"---\ntitle: Probe\ndrugs: [{probe['drug']}]\n---\n{probe['text']}", dedent=False)
    found = [f for f in project.findings() if f["rule"] == probe["rule"] and f["severity"] in ("error", "warning")]
    item = _item_id(probe)
    if probe["rule"] in ("safety-warnings.missing", "interactions.missing") and ":" not in item:
        found = [f for f in found if item in (f.get("extra", {}).get("warning"), f.get("extra", {}).get("interaction"))]
    if probe["expect"] == "pass":
        assert [f["message"] for f in found if f["severity"] == "error"] == [], probe["reason"]
    else:
        assert found, f"not caught: {probe['reason']}"
