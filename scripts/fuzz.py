#!/usr/bin/env python3
"""Fuzz votecli's extraction for a set time, outside CI.

    python scripts/fuzz.py --seconds 600              # atheris if installed, else hypothesis
    python scripts/fuzz.py --engine hypothesis --seconds 60 --out /tmp/votecli-fuzz

Each case feeds random or mutated text to `votecli.extract_text`, and random bytes through
`inputs.decode` and, for some, through a file read by `votecli.run` (encoding detection,
mojibake repair, web pages). A case fails when anything raises, when a tally's span does
not hold its number, when CSV/JSON output does not parse back, when raw ESC reaches an
output, or when one case takes longer than `--slow` seconds (super-linear time). Failing
inputs are saved to `--out` (one file per failure, with a `.txt` note of what went wrong),
and the run ends with a line counting the cases run and the failures found.

Atheris (`pip install atheris`) guides mutation by coverage; without it, hypothesis runs
batches of many examples (random text, real-looking vote sentences, mutated seed texts,
random bytes) until the time is up. Either way the process never stops at the first
failure: every failure is recorded and fuzzing goes on.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import os
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

NAMES = [
    "Kazakhstan", "Thailand", "the UAE", "Republic of Korea", "Astana", "Italy", "Japan",
    "Côte d'Ivoire", "South Sudan", "Lindsay Hoyle", "Sir Lindsay", "AMANAT party",
    "People's Party of Kazakhstan", "Bangkok", "the Netherlands", "Russia", "he", "it",
]  # fmt: skip
VERBS = [
    "received", "garnered", "won", "obtained", "secured", "polled", "was backed by", "had",
    "with", "beat", "defeated", "picked up", "racked up", "trailed with", "-", ":", "(", ",",
]  # fmt: skip
GLUE = [
    " votes", " countries", "%", " per cent", " votes each", " respectively", " to ", " of ",
    " out of 193", ", ", ". ", "\n", " | ", "\t", " and ", " in the second round", "(", ")",
    " more than ", " needed ", " by a vote of ", "...........", " – ", "\x1b[31m", "=", "\r",
]  # fmt: skip
NUMBERS = [
    "0", "1", "55", "138", "193", "1,234", "1,1,1", "12,34,567", "2.4 million", "57.4",
    "999999999999999999999", "-5", "one hundred and thirty-eight", "nine", "none", "2017-2018",
    "1" * 40, "3 341 510", "1.234.567", "41st",
]  # fmt: skip


SAVED_PER_KIND = 25


class Finding(AssertionError):
    """A broken invariant of its own kind (so one frequent finding does not hide others)."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


class Stats:
    def __init__(self, out: Path, slow: float) -> None:
        self.out = out
        self.slow = slow
        self.cases = 0
        self.failures = 0
        self.kinds: dict[str, int] = {}
        self.slowest = (0.0, 0)  # seconds, input length

    def fail(self, kind: str, data: bytes, detail: str) -> None:
        self.failures += 1
        self.kinds[kind] = self.kinds.get(kind, 0) + 1
        if self.kinds[kind] > SAVED_PER_KIND:
            return  # counted, neither saved nor printed: the first ones reproduce it
        digest = hashlib.sha1(data).hexdigest()[:12]
        self.out.mkdir(parents=True, exist_ok=True)
        (self.out / f"{kind}-{digest}.bin").write_bytes(data)
        (self.out / f"{kind}-{digest}.txt").write_text(detail, encoding="utf-8")
        print(f"FAILURE {kind} ({len(data)} bytes) saved as {kind}-{digest}.bin", flush=True)


# --- the checks ------------------------------------------------------------------------------


def check_document(document, text: str) -> None:
    """Every tally's span lies inside the source text and holds its number."""
    from votecli import numbers

    for tally in document.tallies:
        span = tally.span
        assert 0 <= span.start < span.end <= len(text), f"span out of bounds: {span}"
        written = text[span.start : span.end]
        assert written in span.sentence, f"number {written!r} not in its sentence"
        assert span.sentence in text, "sentence not in the source"
        assert span.line == text.count("\n", 0, span.start) + 1, f"wrong line {span.line}"
        values = {m.value for m in numbers.find_numbers(written)}
        if tally.votes is not None:
            assert 0 <= tally.votes <= 10**10, f"absurd tally {tally.votes}"
        stated = tally.percent if tally.votes is None else tally.votes
        words = written.strip("()[];,. ").lower()
        assert (
            stated in values
            or tally.percent in values
            or (stated == 0 and words in ("none", "nil"))
        ), f"span {written!r} does not hold {tally.votes} / {tally.percent}"


def check_rendered(documents) -> None:
    """CSV, JSON and JSON Lines of the tallies view parse back, with no raw ESC."""
    from votecli import analyse, render, views

    sections = views.tallies(analyse(documents))
    rows = sum(len(s.rows) for s in sections)
    for fmt in ("csv", "tsv", "json", "jsonl", "table", "markdown"):
        out = io.StringIO()
        render.write(sections, fmt, out)
        value = out.getvalue()
        if "\x1b" in value or "\x9b" in value:  # ESC or the one-byte CSI
            raise Finding(f"esc-{fmt}", f"raw ESC in {fmt} output")
        if fmt in ("csv", "tsv"):
            parsed = list(csv.reader(io.StringIO(value), delimiter="," if fmt == "csv" else "\t"))
            assert len(parsed) == (rows + 1 if sections else 0), f"{fmt} rows lost"
            for cell in (c for r in parsed[1:] for c in r):
                assert not cell.startswith(("=", "+", "@", "\t", "\r")) or _numeric(cell), cell
        elif fmt == "json":
            assert len(json.loads(value)) == rows
        elif fmt == "jsonl":
            assert len([json.loads(line) for line in value.splitlines()]) == rows


def _numeric(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def run_text(text: str) -> None:
    from votecli import extract_text

    document = extract_text(text)
    check_document(document, text)
    check_rendered([document])


def run_bytes(data: bytes, tmpdir: str, through_file: bool) -> None:
    from votecli import inputs, run
    from votecli.errors import InputError

    try:
        text = inputs.decode(data, "fuzz")
    except InputError:
        text = None
    if text is not None:
        run_text(text)
    if through_file:
        path = os.path.join(tmpdir, "case.html" if data[:1] == b"<" else "case.txt")
        with open(path, "wb") as stream:
            stream.write(data)
        for outcome in run([path]):
            assert (outcome.document is None) != (outcome.error is None)
            if outcome.error:
                assert "\n" not in outcome.error and outcome.error.startswith(path)
            else:
                check_document(outcome.document, outcome.document.source.text)
                check_rendered([outcome.document])


def one_case(stats: Stats, data: bytes, tmpdir: str) -> None:
    """Run one input (its first byte picks the mode), record any failure, never raise."""
    stats.cases += 1
    mode, body = (data[0] % 4, data[1:]) if data else (0, b"")
    began = time.perf_counter()
    try:
        if mode in (0, 1):
            run_text(body.decode("utf-8", "replace"))
        elif mode == 2:
            run_text(body.decode("latin-1"))
        else:
            run_bytes(body, tmpdir, through_file=len(body) % 3 == 0)
    except Finding as exc:
        stats.fail(exc.kind, data, f"{exc}\n\n{traceback.format_exc()}")
    except AssertionError as exc:
        stats.fail("invariant", data, f"{exc}\n\n{traceback.format_exc()}")
    except RecursionError as exc:
        stats.fail("recursion", data, repr(exc))
    except Exception as exc:
        stats.fail("crash", data, f"{exc!r}\n\n{traceback.format_exc()}")
    took = time.perf_counter() - began
    if took > stats.slowest[0]:
        stats.slowest = (took, len(data))
    if took > stats.slow:
        stats.fail("slow", data, f"{took:.2f} s for {len(data)} bytes")


# --- engines ---------------------------------------------------------------------------------


def seed_corpus(folder: Path) -> None:
    """Starting inputs for atheris: the seed texts and a few vote sentences, each mode."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts += [
        "Kazakhstan received 138 votes, beating Thailand with 55.",
        "Of the 193 member-nations 183 had voted for Kazakhstan.",
        "Mexico\n|\n33\nRequired majority: 129\nJapan (182 votes), Italy (175)",
        "X won 44 votes to Y's 40. Sir Lindsay Hoyle received 12,34,567 votes.",
        "<html><body><p>Kazakhstan received 138 votes.</p></body></html>",
    ]
    for index, text in enumerate(texts):
        for mode in range(4):
            data = bytes([mode]) + text.encode("utf-8")
            (folder / f"seed-{index}-{mode}").write_bytes(data)


def fuzz_atheris(stats: Stats, seconds: float, tmpdir: str) -> None:
    import atheris

    with atheris.instrument_imports():
        import votecli.analysis
        import votecli.extract
        import votecli.inputs
        import votecli.render
        import votecli.views  # noqa: F401
    deadline = time.monotonic() + seconds

    def target(data: bytes) -> None:
        if time.monotonic() > deadline:
            summary(stats, "atheris")
            sys.stdout.flush()
            shutil.rmtree(tmpdir, ignore_errors=True)
            os._exit(1 if stats.failures else 0)
        one_case(stats, data, tmpdir)

    corpus = Path(tmpdir) / "corpus"
    seed_corpus(corpus)
    argv = [
        sys.argv[0],
        f"-max_total_time={int(seconds) + 60}",
        "-max_len=16384",
        f"-timeout={max(60, int(stats.slow * 4))}",
        "-rss_limit_mb=4096",
        f"-artifact_prefix={stats.out}/",
        "-print_final_stats=1",
        str(corpus),
    ]
    stats.out.mkdir(parents=True, exist_ok=True)
    atheris.Setup(argv, target)
    atheris.Fuzz()
    summary(stats, "atheris")


def fuzz_hypothesis(stats: Stats, seconds: float, tmpdir: str) -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    atom = st.one_of(
        st.sampled_from(NAMES), st.sampled_from(VERBS), st.sampled_from(GLUE),
        st.sampled_from(NUMBERS), st.integers(-10, 10**12).map(str),
        st.integers(0, 10**9).map("{:,}".format), st.text(max_size=8),
    )  # fmt: skip
    sentences = st.lists(atom, max_size=60).map(" ".join)

    @st.composite
    def mutated_seed(draw) -> str:
        text = draw(st.sampled_from(seeds))
        for _ in range(draw(st.integers(1, 8))):
            at = draw(st.integers(0, len(text)))
            cut = draw(st.integers(0, 40))
            text = text[:at] + draw(st.one_of(atom, st.just(""))) + text[at + cut :]
        return text

    def with_mode(mode: int, strategy):
        return strategy.map(lambda s: bytes([mode]) + s.encode("utf-8", "surrogatepass"))

    cases = st.one_of(
        with_mode(0, st.text(max_size=400)),
        with_mode(1, sentences),
        with_mode(0, mutated_seed()),
        st.binary(max_size=600).map(lambda b: bytes([3]) + b),
        with_mode(3, sentences).map(lambda b: b[:1] + b[1:].decode().encode("cp1252", "ignore")),
        with_mode(3, sentences.map(lambda s: f"<html><body><p>{s}</p></body></html>")),
    )

    @settings(
        max_examples=2000, deadline=None, database=None, derandomize=False,
        suppress_health_check=list(HealthCheck),
    )  # fmt: skip
    @given(cases)
    def batch(data: bytes) -> None:
        one_case(stats, data, tmpdir)

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        batch()
        print(f"... {stats.cases} cases, {stats.failures} failures", flush=True)
    summary(stats, "hypothesis")


def summary(stats: Stats, engine: str) -> None:
    kinds = ", ".join(f"{k}: {v}" for k, v in sorted(stats.kinds.items())) or "none"
    slowest, length = stats.slowest
    print(
        f"fuzz ({engine}): {stats.cases} cases run, {stats.failures} failures ({kinds}); "
        f"slowest case {slowest:.3f} s ({length} bytes); failing inputs in {stats.out}",
        flush=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=600, help="how long to fuzz")
    parser.add_argument(
        "--engine", choices=("auto", "atheris", "hypothesis"), default="auto",
        help="atheris when installed (auto), else hypothesis",
    )  # fmt: skip
    parser.add_argument(
        "--out", type=Path, default=Path(tempfile.gettempdir()) / "votecli-fuzz",
        help="folder for failing inputs",
    )  # fmt: skip
    parser.add_argument("--slow", type=float, default=5.0, help="seconds one case may take")
    args = parser.parse_args(argv)
    engine = args.engine
    if engine == "auto":
        try:
            import atheris  # noqa: F401
        except ImportError:
            engine = "hypothesis"
        else:
            engine = "atheris"
    stats = Stats(args.out, args.slow)
    print(f"fuzzing with {engine} for {args.seconds:g} s; failures go to {args.out}", flush=True)
    with tempfile.TemporaryDirectory(prefix="votecli-fuzz-") as tmpdir:
        if engine == "atheris":
            fuzz_atheris(stats, args.seconds, tmpdir)
        else:
            fuzz_hypothesis(stats, args.seconds, tmpdir)
    return 1 if stats.failures else 0


if __name__ == "__main__":
    sys.exit(main())
