"""`pipeline setup languagetool` is the only command that downloads; here it never
reaches the network: the download host is a closed loopback port, or Java is missing."""

from __future__ import annotations

import os
from pathlib import Path

from conftest import run_subprocess
from lt_fake import closed_port_url


def test_offline_download_is_a_one_line_error(tmp_path: Path) -> None:
    env = {
        "LTP_PATH": str(tmp_path / "lt"),
        "LTP_DOWNLOAD_HOST_NEW_RELEASES": closed_port_url() + "/",
        "LTP_DOWNLOAD_HOST_RELEASE": closed_port_url() + "/",
    }
    (tmp_path / "lt").mkdir()
    result = run_subprocess("setup", "languagetool", cwd=tmp_path, env=env, timeout=120)
    assert result.exit_code == 2
    assert result.stderr.startswith("pipeline: error: cannot download LanguageTool 6.8 into ")
    assert "cannot connect" in result.stderr and "are you offline?" in result.stderr
    assert result.stderr.strip().count("\n") == 0
    assert not any((tmp_path / "lt").glob("LanguageTool-*"))


def test_without_java_nothing_is_downloaded(tmp_path: Path) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    env = {"PATH": str(bin_dir), "LTP_PATH": str(tmp_path / "lt"), "LTP_DOWNLOAD_HOST_NEW_RELEASES": closed_port_url() + "/"}
    result = run_subprocess("setup", "languagetool", cwd=tmp_path, env={**env, "PYTHONPATH": os.environ.get("PYTHONPATH", "")})
    assert result.exit_code == 2
    assert "LanguageTool needs Java 17+ (java: not found on PATH)" in result.stderr
