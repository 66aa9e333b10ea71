"""Shared test set-up: no colour, a fixed width, the CLI runner and golden-file checks."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests check what is read, not how fast: hypothesis's default deadline is wall time,
# which a loaded machine or a second xdist worker exceeded (437 ms against 200 ms on a cold first
# example). Speed is checked in CPU time (test_hostile, test_numbers, test_countries).
settings.register_profile("votecli", deadline=None)
# They explore new inputs on each local run; CI runs the same derandomised ones, so a red build
# always means a change, never a draw (a failure found locally goes into @example).
settings.register_profile(
    "ci", parent=settings.get_profile("votecli"), derandomize=True, print_blob=True
)
settings.load_profile("ci" if os.environ.get("CI") else "votecli")

os.environ["NO_COLOR"] = "1"
os.environ["COLUMNS"] = "120"
os.environ.pop("FORCE_COLOR", None)
# The cache of compiled patterns goes to a folder of this run's, never the user's.
os.environ["VOTECLI_CACHE_DIR"] = tempfile.mkdtemp(prefix="votecli-test-cache-")
os.environ.pop("VOTECLI_NO_CACHE", None)
atexit.register(shutil.rmtree, os.environ["VOTECLI_CACHE_DIR"], True)

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = Path(__file__).parent / "golden"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def runner():
    from typer.testing import CliRunner

    return CliRunner()


@pytest.fixture
def invoke(runner):
    """Run the CLI in-process: `invoke("tallies", "-f", "csv")` -> result with
    `.exit_code`, `.stdout` and `.stderr` kept apart."""
    from votecli.cli import app

    def run(*args: str, input: str | None = None):
        return runner.invoke(app, list(args), input=input)

    return run


@pytest.fixture
def golden():
    """Compare text with a golden file byte for byte; UPDATE_GOLDEN=1 rewrites it."""

    def check(name: str, text: str) -> None:
        path = GOLDEN / name
        if os.environ.get("UPDATE_GOLDEN"):
            path.write_text(text, encoding="utf-8", newline="\n")
        assert path.exists(), f"missing golden file {path}; run with UPDATE_GOLDEN=1"
        assert text == path.read_text(encoding="utf-8")

    return check


def write(tmp_path: Path, name: str, text: str | bytes) -> str:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return str(path)
