"""The installed console script, run as a user runs it: from another directory."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


def _votecli() -> str:
    here = Path(sys.executable).parent / "votecli"
    found = str(here) if here.exists() else shutil.which("votecli")
    if not found:
        pytest.skip("votecli is not installed as a console script")
    return found


def _run(args: list[str], cwd: Path, **kw) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, env=env, timeout=60, **kw)


def test_console_script_reads_the_seeds_from_any_directory(tmp_path):
    result = _run([_votecli(), "summary", "--format", "csv"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert "Kazakhstan,KAZ,138" in result.stdout
    assert "Thailand,THA,55" in result.stdout


def test_python_dash_m(tmp_path):
    result = _run([sys.executable, "-m", "votecli", "tallies", "-f", "jsonl"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("\n") == 3


def test_head_closing_the_pipe_is_quiet(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("Japan received 182 votes.\n" * 20000, encoding="utf-8")
    script = f"'{_votecli()}' tallies -f csv '{big}' | head -n 1"
    result = _run(["bash", "-o", "pipefail", "-c", script], tmp_path)
    assert result.stdout.startswith("source,")
    assert "Traceback" not in result.stderr
    assert "Error" not in result.stderr


def test_help_never_imports_the_extractor(tmp_path):
    code = (
        "import sys\n"
        "sys.argv = ['votecli', '--help']\n"
        "from votecli.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "loaded = [m for m in sys.modules if m.startswith('votecli.')]\n"
        "print(','.join(sorted(loaded)), file=sys.stderr)\n"
    )
    result = _run([sys.executable, "-c", code], tmp_path)
    loaded = set(result.stderr.strip().split(","))
    assert loaded == {"votecli.cli"}, loaded
