"""Corpus throughput of votecli against the regex floor, over 1 and 2 processes, at two sizes.

    python benchmarks/bench_throughput.py [--big /tmp/votecli-bench-50] [--small /tmp/votecli-bench-10]
                                          [--jobs 2] [--markdown throughput.md]

In one run it measures:

a. the floor: read every file of the big corpus and `re.findall(r"\\d+")` over it, in this
   process (MB/s; best of 3, so the files are in the page cache for every later step too);
b. `votecli tallies --format csv --jobs 1 BIG > /dev/null` (MB/s, and its ratio to the floor),
   as a user's first run does it: extracting, and keeping what it read in an empty cache;
   b0. the same with the cache turned off (`VOTECLI_NO_CACHE=1`): extraction alone;
c. the same as b with `--jobs 2` (MB/s, and its speed-up over one process);
d. `--jobs 1` over the small corpus: time and peak memory against the big one's (a linear
   pipeline takes 5x the time for 5x the text; a streaming one keeps peak memory flat);
e. `--scheduler local` over the small corpus (a Dask cluster of this machine's cores, when
   the `dask` extra is installed): whether its output equals step d's, byte for byte;
f. step b run again with the cache it wrote: a second command over the same corpus (and
   whether its output equals step b's, byte for byte).

Every step but f starts with a cache folder of its own, empty.

`--readme README.md` also writes the table into that file, between the lines
`<!-- throughput -->` and `<!-- /throughput -->`.

Wall time comes from the clock, CPU time and peak RSS from `os.wait4` (the child's and its
reaped workers'; peak RSS is the largest single process). On a machine shared with other work,
wall-clock speed-ups understate; compare the CPU seconds as well. Missing corpora are built
with make_corpus.py (seed 1) under /tmp.

Until the CLI has `--jobs`, `--runner library` (what `auto` falls back to) runs the same steps
as the CLI through the library in a child process: pipeline.run, analyse, views.tallies,
render.write as CSV.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
LIBRARY_DRIVER = """\
import sys
from votecli import analysis, pipeline, render, views

jobs, paths = int(sys.argv[1]), sys.argv[2:]
documents = []
for outcome in pipeline.run(paths, jobs=jobs):
    if outcome.error:
        sys.stderr.write(f"votecli: error: {outcome.error}\\n")
    elif outcome.document is not None:
        documents.append(outcome.document)  # as the CLI's _read() does today
render.write(views.tallies(analysis.analyse(documents)), "csv", sys.stdout)
"""


def corpus_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and not p.name.startswith("."))


def corpus_bytes(root: Path) -> int:
    return sum(p.stat().st_size for p in corpus_files(root))


def ensure_corpus(root: Path, mb: float) -> None:
    if root.exists() and any(root.iterdir()):
        return
    print(f"building {root} ({mb:g} MB)...", file=sys.stderr)
    subprocess.run(
        [sys.executable, str(HERE / "make_corpus.py"), "--mb", f"{mb:g}", "--out", str(root)],
        check=True,
    )


def floor(root: Path, repeats: int = 3) -> float:
    """Seconds to read every file and find its digit runs (best of `repeats`)."""
    files = corpus_files(root)
    digits = re.compile(r"\d+")
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for path in files:
            digits.findall(path.read_text(encoding="utf-8"))
        best = min(best, time.perf_counter() - start)
    return best


def votecli_command() -> list[str]:
    script = Path(sys.executable).with_name("votecli")
    return [str(script)] if script.exists() else [sys.executable, "-m", "votecli"]


def cli_has_jobs() -> bool:
    done = subprocess.run(
        [*votecli_command(), "tallies", "--help"], capture_output=True, text=True, check=False
    )
    return "--jobs" in done.stdout


def measure(
    command: list[str], out: str = os.devnull, env: dict[str, str] | None = None
) -> dict[str, float]:
    """Run `command` with stdout to `out`: wall s, CPU s, peak RSS MB, exit code."""
    start = time.perf_counter()
    with open(out, "wb") as sink:
        child = subprocess.Popen(
            command, stdout=sink, stderr=subprocess.PIPE, env={**os.environ, **(env or {})}
        )
        assert child.stderr is not None
        errors = child.stderr.read()  # a busy pipe would block the child
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - start
    if child.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command[:6])}... exited {child.returncode}: {errors[-800:]!r}")
    return {
        "wall": wall,
        "cpu": usage.ru_utime + usage.ru_stime,
        "rss_mb": usage.ru_maxrss / 1024,  # KiB on Linux
        "code": child.returncode,
    }


def tallies_command(runner: str, jobs: int, corpus: Path) -> list[str]:
    if runner == "cli":
        return [*votecli_command(), "tallies", "--format", "csv", "--jobs", str(jobs), str(corpus)]
    return [sys.executable, "-c", LIBRARY_DRIVER, str(jobs), str(corpus)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="votecli throughput against the regex floor")
    parser.add_argument("--big", default="/tmp/votecli-bench-50", help="corpus folder (50 MB)")
    parser.add_argument("--small", default="/tmp/votecli-bench-10", help="corpus folder (10 MB)")
    parser.add_argument("--big-mb", type=float, default=50, help="size to build --big at")
    parser.add_argument("--small-mb", type=float, default=10, help="size to build --small at")
    parser.add_argument("--jobs", type=int, default=2, help="processes for step c (default 2)")
    parser.add_argument("--runner", choices=["auto", "cli", "library"], default="auto")
    parser.add_argument("--markdown", help="also write the table as Markdown to this file")
    parser.add_argument("--readme", help="also write the table into this README, between markers")
    args = parser.parse_args(argv)

    big, small = Path(args.big), Path(args.small)
    ensure_corpus(big, args.big_mb)
    ensure_corpus(small, args.small_mb)
    runner = args.runner
    if runner == "auto":
        runner = "cli" if cli_has_jobs() else "library"
        if runner == "library":
            print(
                "note: this votecli has no --jobs yet; running the library driver", file=sys.stderr
            )
    big_mb, small_mb = corpus_bytes(big) / 1e6, corpus_bytes(small) / 1e6
    files = len(corpus_files(big))

    floor_s = floor(big)
    print(f"floor: {big_mb / floor_s:.1f} MB/s", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="votecli-bench-") as tmp:

        def cache(step: str) -> dict[str, str]:
            return {"VOTECLI_CACHE_DIR": str(Path(tmp, f"cache-{step}"))}

        first_out, again_out = Path(tmp, "b.csv"), Path(tmp, "f.csv")
        one = measure(tallies_command(runner, 1, big), str(first_out), cache("b"))
        print(f"jobs 1: {big_mb / one['wall']:.2f} MB/s", file=sys.stderr)
        bare = measure(tallies_command(runner, 1, big), env={"VOTECLI_NO_CACHE": "1"})
        print(f"jobs 1, no cache: {big_mb / bare['wall']:.2f} MB/s", file=sys.stderr)
        many = measure(tallies_command(runner, args.jobs, big), env=cache("c"))
        print(f"jobs {args.jobs}: {big_mb / many['wall']:.2f} MB/s", file=sys.stderr)
        local_out, dask_out = Path(tmp, "local.csv"), Path(tmp, "dask.csv")
        small_one = measure(tallies_command(runner, 1, small), str(local_out), cache("d"))
        dask = None
        if runner == "cli" and importlib.util.find_spec("distributed") is not None:
            dask = measure(
                [*tallies_command(runner, 1, small)[:-3], "--scheduler", "local", str(small)],
                str(dask_out),
                cache("e"),
            )
            dask["same"] = local_out.read_bytes() == dask_out.read_bytes()
        again = measure(tallies_command(runner, 1, big), str(again_out), cache("b"))
        again["same"] = first_out.read_bytes() == again_out.read_bytes()
        print(f"jobs 1, again: {big_mb / again['wall']:.2f} MB/s", file=sys.stderr)

    load = os.getloadavg()[0]
    header = ["step", "MB", "wall s", "CPU s", "MB/s", "peak RSS MB", "ratio", "ratio of"]
    rows = [
        ["a. floor: read + re.findall(\\d+)", f"{big_mb:.1f}", f"{floor_s:.2f}", "",
         f"{big_mb / floor_s:.1f}", "", "1.00", ""],
        ["b. tallies --jobs 1", f"{big_mb:.1f}", f"{one['wall']:.1f}", f"{one['cpu']:.1f}",
         f"{big_mb / one['wall']:.2f}", f"{one['rss_mb']:.0f}",
         f"{floor_s / one['wall']:.4f}", "floor MB/s"],
        ["b0. same, no cache", f"{big_mb:.1f}", f"{bare['wall']:.1f}", f"{bare['cpu']:.1f}",
         f"{big_mb / bare['wall']:.2f}", f"{bare['rss_mb']:.0f}",
         f"{floor_s / bare['wall']:.4f}", "floor MB/s"],
        [f"c. tallies --jobs {args.jobs}", f"{big_mb:.1f}", f"{many['wall']:.1f}",
         f"{many['cpu']:.1f}", f"{big_mb / many['wall']:.2f}", f"{many['rss_mb']:.0f}",
         f"{one['wall'] / many['wall']:.2f}", "jobs 1 MB/s"],
        ["d. tallies --jobs 1 (small)", f"{small_mb:.1f}", f"{small_one['wall']:.1f}",
         f"{small_one['cpu']:.1f}", f"{small_mb / small_one['wall']:.2f}",
         f"{small_one['rss_mb']:.0f}", "", ""],
        ["d. big / small", f"{big_mb / small_mb:.2f}", f"{one['wall'] / small_one['wall']:.2f}",
         f"{one['cpu'] / small_one['cpu']:.2f}", "", f"{one['rss_mb'] / small_one['rss_mb']:.2f}",
         "", ""],
    ]  # fmt: skip
    if dask is not None:
        rows.append(
            ["e. tallies --scheduler local (small)", f"{small_mb:.1f}", f"{dask['wall']:.1f}",
             f"{dask['cpu']:.1f}", f"{small_mb / dask['wall']:.2f}", f"{dask['rss_mb']:.0f}",
             "yes" if dask["same"] else "NO", "same rows as d"]
        )  # fmt: skip
    rows.append(
        ["f. b again (its cache)", f"{big_mb:.1f}", f"{again['wall']:.1f}", f"{again['cpu']:.1f}",
         f"{big_mb / again['wall']:.2f}", f"{again['rss_mb']:.0f}",
         f"{one['wall'] / again['wall']:.1f}",
         f"b's time; same rows: {'yes' if again['same'] else 'NO'}"]
    )  # fmt: skip
    title = (
        f"{files} files, runner {runner}, {os.cpu_count()} CPUs, load average {load:.1f} at the end"
    )
    print(title)
    print(_plain(header, rows))
    table = f"{title}\n\n{_markdown(header, rows)}"
    if args.markdown:
        Path(args.markdown).write_text(table, encoding="utf-8")
    if args.readme:
        write_between(Path(args.readme), "throughput", table)
    return 0


def write_between(path: Path, marker: str, text: str) -> None:
    """Put `text` between the lines `<!-- marker -->` and `<!-- /marker -->` of `path`."""
    start, end = f"<!-- {marker} -->", f"<!-- /{marker} -->"
    page = path.read_text(encoding="utf-8")
    before, found, rest = page.partition(start)
    _, found_end, after = rest.partition(end)
    if not (found and found_end):
        raise SystemExit(f"{path}: no {start} ... {end} lines to write between")
    path.write_text(f"{before}{start}\n{text.strip()}\n{end}{after}", encoding="utf-8")


def _plain(header: list[str], rows: list[list[str]]) -> str:
    table = [header, *rows]
    widths = [max(len(r[i]) for r in table) for i in range(len(header))]

    def line(row: list[str]) -> str:
        cells = [
            c.ljust(w) if i in (0, 7) else c.rjust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        ]
        return "  ".join(cells).rstrip()

    return "\n".join([line(header), "  ".join("-" * w for w in widths), *map(line, rows)])


def _markdown(header: list[str], rows: list[list[str]]) -> str:
    align = ["---" if i in (0, 7) else "---:" for i in range(len(header))]
    out = ["| " + " | ".join(header) + " |", "|" + "|".join(align) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    sys.exit(main())
