"""Start-up time of votecli against the floors it cannot beat.

    python benchmarks/bench_start.py [--runs 20] [--markdown start.md]

Measures, best of N runs (after warm-up runs, like hyperfine), the wall time of:

- `votecli summary --format csv` on the two seeds (the whole job: import, read, extract, print)
  three ways: run again, with the cache an earlier run wrote (compiled patterns and the
  seeds' documents, in a temporary folder filled by the warm-up runs); on a text it has not
  seen (the documents removed before each run, the patterns kept); and with no cache at all
  (`VOTECLI_NO_CACHE=1`: what the very first run pays),
- `votecli --help`,
- a bare typer app with one command that prints "ok" (the CLI framework's own floor),
- a bare Python script that imports re, csv and json and prints one CSV line (the interpreter's).

and prints each with its ratio to the bare typer app and to bare Python (`--readme README.md`
also writes the table there, between `<!-- start-up -->` and `<!-- /start-up -->`). Uses the `votecli`
next to this interpreter (`sys.executable`), so run it with the project's virtualenv.

votecli's bytecode is compiled first, as `pip install` does: an editable install run with
PYTHONDONTWRITEBYTECODE set would otherwise compile every edited module on every run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

BARE_TYPER = """\
import typer

app = typer.Typer()


@app.command()
def main() -> None:
    print("ok")


app()
"""
BARE_PYTHON = """\
import csv
import json
import re
import sys

csv.writer(sys.stdout, lineterminator="\\n").writerow(["ok", json.dumps(1), re.escape("a")])
"""


def votecli_command() -> list[str]:
    script = Path(sys.executable).with_name("votecli")
    if script.exists():
        return [str(script)]
    found = shutil.which("votecli")
    return [found] if found else [sys.executable, "-m", "votecli"]


def compile_package() -> None:
    """Write votecli's .pyc files for this interpreter (typer's came with its install)."""
    found = subprocess.run(
        [sys.executable, "-c", "import votecli; print(votecli.__path__[0])"],
        capture_output=True,
        text=True,
        check=True,
    )
    package = found.stdout.strip()
    subprocess.run([sys.executable, "-m", "compileall", "-q", package], check=True)


def timed(
    command: list[str], runs: int, warmup: int, env: dict[str, str], before: Callable[[], None]
) -> list[float]:
    env = {**os.environ, "NO_COLOR": "1", **env}
    times = []
    for index in range(warmup + runs):
        before()
        start = time.perf_counter()
        done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        elapsed = time.perf_counter() - start
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(command)} failed: {done.stderr.decode()[-500:]}")
        if index >= warmup:
            times.append(elapsed)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="votecli start-up time against bare floors")
    parser.add_argument("--runs", type=int, default=20, help="timed runs per command")
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--markdown", help="also write the table as Markdown to this file")
    parser.add_argument("--readme", help="also write the table into this README, between markers")
    args = parser.parse_args(argv)

    votecli = votecli_command()
    compile_package()
    with tempfile.TemporaryDirectory(prefix="votecli-start-") as tmp:
        typer_app = Path(tmp, "bare_typer.py")
        typer_app.write_text(BARE_TYPER, encoding="utf-8")
        bare = Path(tmp, "bare_python.py")
        bare.write_text(BARE_PYTHON, encoding="utf-8")
        cache = Path(tmp, "cache")
        cached = {"VOTECLI_CACHE_DIR": str(cache)}

        def nothing() -> None:
            pass

        def forget_documents() -> None:
            for database in cache.glob("documents-*.db*"):
                database.unlink()

        summary = [*votecli, "summary", "--format", "csv"]
        commands = {
            "bare python (re, csv, json, one CSV line)": ([sys.executable, str(bare)], {}, nothing),
            "bare typer app (one command, prints ok)": (
                [sys.executable, str(typer_app)],
                {},
                nothing,
            ),
            "votecli --help": ([*votecli, "--help"], cached, nothing),
            "votecli summary --format csv (seeds), run again": (summary, cached, nothing),
            "same, texts not seen before (patterns cached)": (summary, cached, forget_documents),
            "same, no cache (a first run)": (summary, {"VOTECLI_NO_CACHE": "1"}, nothing),
        }
        results = {}
        for label, (command, env, before) in commands.items():
            times = timed(command, args.runs, args.warmup, env, before)
            results[label] = (min(times), statistics.median(times))

    bare_python = results["bare python (re, csv, json, one CSV line)"][0]
    bare_typer = results["bare typer app (one command, prints ok)"][0]
    header = ["command", "best ms", "median ms", "x bare python", "x bare typer"]
    rows = [
        [
            label,
            f"{best * 1000:.0f}",
            f"{median * 1000:.0f}",
            f"{best / bare_python:.2f}",
            f"{best / bare_typer:.2f}",
        ]
        for label, (best, median) in results.items()
    ]
    print(f"start-up, best of {args.runs} runs ({args.warmup} warm-up), {os.cpu_count()} CPUs")
    print(_plain(header, rows))
    if args.markdown:
        Path(args.markdown).write_text(_markdown(header, rows), encoding="utf-8")
    if args.readme:
        from bench_throughput import write_between

        write_between(Path(args.readme), "start-up", _markdown(header, rows))
    return 0


def _plain(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = [
        "  ".join(
            c.ljust(w) if i == 0 else c.rjust(w)
            for i, (c, w) in enumerate(zip(r, widths, strict=True))
        )
        for r in [header, *rows]
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _markdown(header: list[str], rows: list[list[str]]) -> str:
    out = [
        "| " + " | ".join(header) + " |",
        "|" + "|".join("---" if i == 0 else "---:" for i in range(len(header))) + "|",
    ]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    sys.exit(main())
