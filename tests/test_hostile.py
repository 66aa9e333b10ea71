"""Inputs from the wild: never crash, never lose a result, never let a text attack the
terminal or the spreadsheet.

- time: adversarial texts take linear time (doubling the input at most about doubles the
  time), and no single worst-case line costs more than a fraction of a second;
- memory: a run over many files holds one document at a time;
- terminal: control characters, escape sequences and rich markup from a text are never
  sent to a terminal raw (checked in a pseudo-terminal);
- spreadsheets: CSV and TSV cells starting with = + - @ tab or CR are quoted;
- numbers: absurd values never become tallies; shares above 100% are flagged;
- pipes and Ctrl-C: `| head` and SIGINT end quietly with 141/0 and 130.

Each input here once found a bug (quadratic regexes, raw escapes); the tests keep them fixed.
"""

from __future__ import annotations

import contextlib
import csv
import gc
import io
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import votecli
from votecli import extract_text

VOTECLI = [sys.executable, "-m", "votecli"]
ENV = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200", "PYTHONIOENCODING": "utf-8"}


def rep(unit: str, n: int) -> str:
    """`unit` repeated to exactly `n` characters."""
    return (unit * (n // len(unit) + 1))[:n]


# --- 1. linear time ------------------------------------------------------------------------

LINEAR: dict[str, Callable[[int], str]] = {
    "one long line of words": lambda n: rep("the quick brown fox jumps over ", n),
    "digits and commas": lambda n: rep("1234567890,", n),
    "1,1,1,1": lambda n: rep("1,", n),
    "country names in a row": lambda n: rep("Kazakhstan Thailand Japan ", n),
    "nested brackets": lambda n: "(" * (n // 2) + ")" * (n // 2),
    "votes votes votes": lambda n: rep("votes ", n),
    "capitalised words": lambda n: rep("Abc Def Ghi ", n),
    "X received 1 votes, ": lambda n: rep("X received 1 votes, ", n),
    "country received 1 votes, ": lambda n: rep("Kazakhstan received 1 votes, ", n),
    "pipes and newlines": lambda n: rep("|\n", n),
    "pipes": lambda n: rep("|", n),
    "dot leaders": lambda n: rep("Japan .......... 12 ", n),
    "no space at all": lambda n: rep("abcdefghij", n),
    "one long number": lambda n: rep("9", n),
    "country number list": lambda n: rep("Japan 1, ", n),
    "country (number)": lambda n: rep("Japan (1) ", n),
    "angle brackets": lambda n: rep("<", n),
    "number words": lambda n: rep("one hundred and ", n),
    "percentages": lambda n: rep("5% ", n),
    "short sentences": lambda n: rep("Japan received 5 votes. ", n),
    "one tally restated on many lines": lambda n: rep("Japan 1, Italy 2 and Chile 3 votes.\n", n),
    "party words": lambda n: rep("Abc and ", n) + " Party",
    "a long list of count - name rows": lambda n: rep("164 - Panama\n120 - Chile\n", n),
}


def _best_of(runs: int, func: Callable[[], object]) -> float:
    """The least CPU time of `runs` calls: CPU time, not wall time, so that other processes
    on a busy machine (a CI runner, a parallel build) do not make a linear input look
    quadratic."""
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        began = time.process_time()
        func()
        best = min(best, time.process_time() - began)
    return best


def _ratio(make: Callable[[int], str], n: int) -> tuple[float, float]:
    """CPU times on a half and on twice `n`: four times the input, where a linear reading
    takes about four times as long and a quadratic one sixteen."""
    small, large = make(n // 2), make(2 * n)
    extract_text(small[:2000])  # warm the lazy tables
    return _best_of(2, lambda: extract_text(small)), _best_of(2, lambda: extract_text(large))


_HEAVY = {
    "short sentences": 16_000,
    "dot leaders": 16_000,
    "one tally restated on many lines": 16_000,
    "a long list of count - name rows": 16_000,
}  # many tallies: slower per byte


@pytest.mark.parametrize("name", list(LINEAR))
def test_four_times_the_input_takes_at_most_about_four_times_the_time(name):
    for _attempt in range(2):  # one retry: a busy machine can slow one timing
        small, large = _ratio(LINEAR[name], _HEAVY.get(name, 32_000))
        if large / max(small, 1e-3) < 6.0:
            return
    pytest.fail(f"{name}: {small:.3f} s -> {large:.3f} s")


# Whole-text passes that are quadratic today. The regex engine checks for signals, so an
# alarm stops a runaway match: linear code reads 40 KB of these in well under 0.1 s.
_BUDGET = 0.5


class _Overrun(Exception):
    pass


@contextlib.contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    def overrun(signum: int, frame: object) -> None:
        raise _Overrun

    # a CPU-time alarm (ITIMER_PROF), not a wall-clock one: a parallel test worker or a busy
    # CI runner then cannot make a linear reading overrun
    previous = signal.signal(signal.SIGPROF, overrun)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def _finishes_within(seconds: float, func: Callable[[], object]) -> bool:
    try:
        with _deadline(seconds):
            func()
    except _Overrun:
        return False
    return True


# Inputs that were quadratic before sentences.py bounded its look-back (now linear).
QUADRATIC = {
    "a run of dots": lambda n: rep(".", n),
    "a run of exclamation marks": lambda n: rep("!", n),
    "Mr. Mr. Mr.": lambda n: rep("Mr. ", n),
    "initials A. A. A.": lambda n: rep("A. ", n),
    "U.S. U.S. U.S.": lambda n: rep("U.S. ", n),
    "no space then a sentence": lambda n: rep("x", n) + " y. Abc",
}


@pytest.mark.parametrize(
    "name",
    list(QUADRATIC),
)
def test_sentence_splitting_of_punctuation_runs_is_linear(name):
    text = QUADRATIC[name](40_000)
    extract_text("warm up: Japan received 5 votes.")
    assert _finishes_within(_BUDGET, lambda: extract_text(text)), f"{name}: over {_BUDGET} s"


# A sentence is cut at 4,000 characters, so a regex that is quadratic within one sentence
# costs a constant per line; it must still be small: a 10 MB file holds 2,500 such lines.
_LINE_BUDGET = 0.25  # seconds for one 4,000-character line (linear lines take ~0.01 s)
LINES: dict[str, Callable[[int], str]] = {
    "capitalised words": lambda n: rep("Abc Def ", n),
    "pronouns": lambda n: rep("it ", n),
    "comma clause": lambda n: "Japan, " + rep("a ", n) + ", received 5 votes",
    "long gap": lambda n: "Japan " + rep("a", n) + " received 5 votes",
    "respectively": lambda n: rep("Japan and Italy 5 and 6 ", n),
    "from ... to": lambda n: "Japan fell " + rep("from 5 votes to ", n),
    "dash lists": lambda n: rep("Japan - 5, ", n),
    "label and spaces": lambda n: "Required majority" + " " * n + "x",
    "capital letters without spaces": lambda n: rep("A", n),
    "a long list of names": lambda n: rep("Abc, ", n) + " with 5 votes each",
}


@pytest.mark.parametrize(
    "name",
    list(LINES),
)
def test_a_worst_case_line_costs_little(name):
    line = LINES[name](3_990)
    extract_text("warm up: Japan received 5 votes.")
    if not _finishes_within(_LINE_BUDGET * 2, lambda: extract_text(line)):
        pytest.fail(f"{name}: over {_LINE_BUDGET * 2} s for one line")
    took = _best_of(2, lambda: extract_text(line))
    assert took < _LINE_BUDGET, f"{name}: {took:.2f} s for one line"


def test_rule_patterns_on_worst_case_skeletons():
    """Each phrasing rule over skeletons built to make its bounded gaps backtrack."""
    from votecli import rules

    skeletons = [
        "<C0>" + rep("x", 4000),
        rep("<N1> votes ", 4000),
        rep("<C1> <N2> to ", 4000),
        "<C0>, " + rep("a ", 4000),
        rep("<C0> (a) ", 4000),
        rep("<X1> ", 4000),
        rep("<C0> - ", 4000),
        "<C0>" + rep(".", 4000),
        rep("it ", 4000),
        rep("<C1>, <C2> ", 3000) + rep("<N1> and ", 1000),
        "<C0> " + rep("from <N1> to ", 4000),
    ]
    gc.collect()  # once: a collection before each of the ~900 timings took 30 s in all
    for skeleton in skeletons:
        for rule in rules.RULES:
            took = float("inf")
            for _ in range(2):  # CPU time, the better of two: a busy machine slows some runs
                began = time.process_time()
                list(rule.pattern.finditer(skeleton))
                took = min(took, time.process_time() - began)
            # the slowest take 0.05 s on a quiet machine; backtracking over the run would
            # take seconds (a budget of 0.1 s of wall time failed on a machine busy with
            # other work)
            assert took < 0.2, f"{rule.name} on {skeleton[:30]!r}...: {took:.3f} s"


def test_number_and_name_regexes_on_long_runs():
    from votecli import names, numbers
    from votecli.figures import _NOT_TALLY_AFTER, _not_tally_before

    for text in (rep("1,", 200_000), rep("1\u00a0", 200_000), rep("one ", 200_000)):
        assert _best_of(1, lambda t=text: numbers.find_numbers(t)) < 2.0
    for text in (rep("Abc ", 200_000), rep("al-Abc de ", 200_000), rep("Mr. ", 200_000)):
        assert _best_of(1, lambda t=text: list(names._WORD.finditer(t))) < 1.0
    for text in (rep("by ", 30), rep(" ", 30), "more than" + " " * 21):
        assert _best_of(1, lambda t=text: _not_tally_before(t)) < 0.01
        assert _best_of(1, lambda t=text: _NOT_TALLY_AFTER.match(t)) < 0.01


def _children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _cli_seconds(path: Path) -> float:
    """The CPU time of one run (see _best_of for why not wall time)."""
    began = _children_cpu()
    done = subprocess.run(
        [*VOTECLI, "tallies", "-f", "csv", str(path)], capture_output=True, env=ENV, timeout=60
    )
    took = _children_cpu() - began
    assert b"Traceback" not in done.stderr
    assert done.returncode in (0, 1), done.stderr
    return took


@pytest.mark.parametrize("unit", ["Kazakhstan received 1 votes, ", "Japan 1, "])
def test_the_cli_time_is_linear(unit, tmp_path):
    small, large = tmp_path / "small.txt", tmp_path / "large.txt"
    small.write_text(rep(unit, 150_000), encoding="utf-8")
    large.write_text(rep(unit, 300_000), encoding="utf-8")
    a = min(_cli_seconds(small) for _ in range(2))
    b = min(_cli_seconds(large) for _ in range(2))
    assert b / a < 3.0, f"{a:.2f} s -> {b:.2f} s"


# --- 2. memory -----------------------------------------------------------------------------


def _peak_while_iterating(paths: list[str]) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        for outcome in votecli.run(paths):
            assert outcome.document is not None
            del outcome
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_is_bounded_by_the_largest_document_not_their_number(tmp_path):
    body = "Kazakhstan received {0} votes, beating Thailand with {1}.\n" * 4
    paths = []
    for index in range(200):
        path = tmp_path / f"{index:03}.txt"
        path.write_text(body.format(100 + index, 50 + index % 7), encoding="utf-8")
        paths.append(str(path))
    # fill the bounded caches first: country tables, compiled patterns, cues per sentence
    # and rule matches per skeleton (each an LRU of fixed size)
    list(votecli.run(paths))
    few, many = _peak_while_iterating(paths[:20]), _peak_while_iterating(paths)
    assert many < few * 1.5 + 100_000, f"20 files: {few} B peak, 200 files: {many} B peak"


# --- 3. terminal safety --------------------------------------------------------------------

EVIL = (
    "Kazakhstan received 138 votes \x1b[31m\x07 [bold red]and[/] \x1b]8;;http://evil\x07"
    "click\x1b]8;;\x07, beating [link=http://x]Thailand[/link].\n"
    "[bold red]Sir Zorro Zed[/] received 40 votes.\x1b[2J [blink]x[/]\n"
    "Japan received 12 votes \x1b[31m\x9b31m.\n"
)
RAW = ("\x1b[31m", "\x1b[2J", "\x07", "\x1b]8;;http://evil", "\x9b")


def _in_terminal(args: list[str], cwd: Path) -> bytes:
    """stdout and stderr of votecli run in a pseudo-terminal (`script`), as bytes."""
    if shutil.which("script") is None:
        pytest.skip("no `script` to give votecli a pseudo-terminal")
    command = " ".join(f"'{a}'" for a in [*VOTECLI, *args])
    env = {**ENV, "TERM": "xterm-256color"}
    env.pop("NO_COLOR")
    done = subprocess.run(
        ["script", "-qec", command, "/dev/null"], capture_output=True, env=env, cwd=cwd, timeout=60
    )
    return done.stdout + done.stderr


@pytest.mark.parametrize("command", ["summary", "tallies", "explain", "candidates"])
def test_escape_sequences_never_reach_the_terminal_raw(command, tmp_path):
    (tmp_path / "story.txt").write_text(EVIL, encoding="utf-8")
    shown = _in_terminal([command, "story.txt"], tmp_path).decode("utf-8", "replace")
    assert "Kazakhstan" in shown and "Traceback" not in shown
    for raw in RAW:
        assert raw not in shown, f"{raw!r} reached the terminal"
    assert "http://evil" not in shown or "\x1b]8" not in shown
    if command in ("tallies", "explain"):  # the evidence column: markup printed literally
        assert "[bold red]" in shown.replace("\r\n", "") or "[bold" in shown


def test_a_hostile_file_name_never_reaches_the_terminal_raw(tmp_path):
    name = "x\x1b]8;;evil\x07y\x1b[31m.txt"  # no "/": one file, not a folder
    (tmp_path / name).write_text("No numbers here at all.\n", encoding="utf-8")
    (tmp_path / "ok.txt").write_text("Kazakhstan received 138 votes.\n", encoding="utf-8")
    shown = _in_terminal(["tallies", "ok.txt", name], tmp_path).decode("utf-8", "replace")
    assert "Kazakhstan" in shown
    for raw in RAW:
        assert raw not in shown, f"{raw!r} reached the terminal"


def _cli(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*VOTECLI, *args], capture_output=True, text=True, env=ENV, cwd=cwd, timeout=60
    )


@pytest.mark.parametrize(
    "fmt",
    [
        "json",
        "jsonl",
        "markdown",
        "table",
        "csv",
        "tsv",
    ],
)
def test_machine_and_plain_outputs_hold_no_raw_escape(fmt, tmp_path):
    (tmp_path / "story.txt").write_text(EVIL, encoding="utf-8")
    done = _cli(["tallies", "-f", fmt, "story.txt"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Kazakhstan" in done.stdout
    # JSON escapes C0 controls; C1 (U+009B, the one-byte CSI) is valid JSON text as it is
    for raw in RAW if fmt not in ("json", "jsonl") else ("\x1b", "\x07"):
        assert raw not in done.stdout, f"{raw!r} in {fmt} output"
    if fmt == "json":
        assert "[bold red]" in json.loads(done.stdout)[0]["evidence"]


# --- 4. spreadsheet safety -----------------------------------------------------------------

FORMULAS = ["=HYPERLINK(x)", "+cmd", "@SUM(A1)", "-2+3", "=cmd|' -C calc'!A0"]


def _cells_are_safe(rows: list[list[str]], numeric: set[str]) -> None:
    header = rows[0]
    for row in rows[1:]:
        for column, cell in zip(header, row, strict=True):
            if column in numeric:
                assert cell == "" or float(cell) == float(cell), cell
                continue
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")) or cell == "-", (
                f"{column}: {cell!r}"
            )


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_formula_cells_are_neutralised_numbers_untouched(fmt, tmp_path):
    names = []
    for index, formula in enumerate(FORMULAS):
        name = f"{formula}{index}.txt".replace("/", "_")
        (tmp_path / name).write_text(
            f"{formula} Kazakhstan received {138 + index} votes.\n"
            f"=1+1 Thailand received 55 votes.\n@SUM(1) Japan received 12 votes.\n",
            encoding="utf-8",
        )
        names.append(name)
    tab = tmp_path / "\tcell.txt"
    tab.write_text("\tItaly received 7 votes.\n", encoding="utf-8")
    names.append(tab.name)
    done = _cli(["tallies", "-f", fmt, "--", *names], tmp_path)
    assert done.returncode == 0, done.stderr
    rows = list(csv.reader(io.StringIO(done.stdout), delimiter="," if fmt == "csv" else "\t"))
    assert len(rows) > len(names)
    _cells_are_safe(rows, {"votes", "percent", "total", "share", "rank", "line", "round"})
    sources = {row[0] for row in rows[1:]}
    assert "'=HYPERLINK(x)0.txt" in sources and "'\tcell.txt" in sources
    evidence = {row[-1] for row in rows[1:]}
    assert "'=1+1 Thailand received 55 votes." in evidence
    votes = [row[rows[0].index("votes")] for row in rows[1:]]
    assert "138" in votes and "55" in votes


def test_spreadsheet_safe_keeps_numbers_and_stdin():
    from votecli.render import spreadsheet_safe

    assert spreadsheet_safe(-5) == "-5"
    assert spreadsheet_safe("-0.5") == "-0.5"
    assert spreadsheet_safe("+1e5") == "+1e5"
    assert spreadsheet_safe("-") == "-"
    assert spreadsheet_safe("\r=1") == "'\r=1"
    assert spreadsheet_safe("-1+1") == "'-1+1"


# --- 5. numbers ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan received 999999999999999999999 votes.",
        "Kazakhstan received -5 votes.",
        "Kazakhstan received " + "9" * 1_000_000 + " votes.",
        "Kazakhstan received " + rep("999,", 400_000) + "999 votes.",
        "Kazakhstan received 1e400 votes and 99999999999999999999999999999% support.",
        "Kazakhstan received nine sextillion nine hundred quintillion votes.",
    ],
)
def test_absurd_numbers_never_become_tallies(text):
    document = extract_text(text)
    assert all(t.votes is None or 0 <= t.votes <= 10**10 for t in document.tallies)
    assert not [t for t in document.tallies if t.votes is not None]
    for result in votecli.analyse([document]):
        for row in result.rows:
            assert row.share is None or row.share < 10**6


def test_shares_above_100_percent_are_flagged_not_hidden(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Kazakhstan won 150% of the vote.\nThailand received 250 votes out of 193 votes cast.\n",
        encoding="utf-8",
    )
    warnings = [
        w
        for r in votecli.analyse(d.document for d in votecli.run([str(tmp_path)]))
        for w in r.warnings
    ]
    assert any("above 100%" in w for w in warnings)
    assert any("more than the total of 193" in w for w in warnings)
    done = _cli(["summary", "a.txt"], tmp_path)
    assert "warning:" in done.stdout and "150" in done.stdout


# --- 7. broken pipe and Ctrl-C -------------------------------------------------------------


def test_a_closed_pipe_ends_quietly(tmp_path):
    big = tmp_path / "big.txt"
    # 2,000 rows (about 300 KB of CSV) overflow the pipe's 64 KB buffer well before the end
    big.write_text("".join(f"Kazakhstan received {i} votes.\n" for i in range(2_000)))
    err = tmp_path / "err"
    command = (
        f"{' '.join(VOTECLI)} tallies -f csv '{big}' 2>'{err}' | head -1; exit ${{PIPESTATUS[0]}}"
    )
    done = subprocess.run(["bash", "-c", command], capture_output=True, env=ENV, timeout=120)
    assert done.stdout.startswith(b"source,contest,")
    assert done.stdout.count(b"\n") == 1
    assert err.read_bytes() == b""
    assert done.returncode in (0, 141)


def test_ctrl_c_ends_quietly_with_130(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(rep("Kazakhstan received 138 votes, beating Thailand with 55. ", 30_000_000))
    child = subprocess.Popen(
        [*VOTECLI, "tallies", str(big)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV
    )
    time.sleep(1.0)
    if child.poll() is not None:
        pytest.skip("votecli finished before the interrupt")
    child.send_signal(signal.SIGINT)
    _, err = child.communicate(timeout=30)
    assert child.returncode == 130, err
    assert b"Traceback" not in err
    assert err.strip() == b""


def test_a_progress_bar_shows_on_a_terminal_and_nowhere_else(tmp_path):
    for index in range(3):
        (tmp_path / f"{index}.txt").write_text(f"Japan received {index + 10} votes.\n", "utf-8")
    shown = _in_terminal(["tallies", "--format", "csv", "."], tmp_path).decode("utf-8", "replace")
    assert "inputs read" in shown  # drawn on the terminal's stderr, then cleared
    piped = subprocess.run(
        [*VOTECLI, "tallies", "--format", "csv", "."],
        capture_output=True,
        env=ENV,
        cwd=tmp_path,
        timeout=60,
    )
    assert piped.returncode == 0
    assert b"inputs read" not in piped.stderr + piped.stdout
    assert len(piped.stdout.splitlines()) == 4  # the header and three rows


def test_checking_and_reporting_one_contest_stated_by_many_sources_is_linear():
    from datetime import UTC, datetime

    from votecli import analyse
    from votecli.check import run_checks
    from votecli.report import render_report

    def documents(n: int) -> list:
        return [
            extract_text(
                f"Security Council election 2016. Kazakhstan received {138 + i % 3} votes, "
                f"beating Thailand with {55 + i % 2}.",
                name=f"source{i}.txt",
            )
            for i in range(n)
        ]

    def seconds(docs: list) -> float:
        def work() -> None:
            gc.disable()  # the collector's passes grow with everything the suite holds
            try:
                findings = run_checks(docs)
                render_report(
                    docs, analyse(docs), findings, generated_at=datetime.now(UTC), inputs=["x"]
                )
            finally:
                gc.enable()

        return _best_of(2, work)

    small, large = seconds(documents(300)), seconds(documents(1200))
    assert large < 4.8 * small + 0.05, (small, large)  # quadratic was 5.7x here, linear 3-4x


def _one_word_names(n: int) -> str:
    names = ("".join(chr(97 + (i // 26**k) % 26) for k in range(4)) for i in range(n))
    return "".join(
        f"The mayor said Q{name} received {i % 90 + 5} votes. " for i, name in enumerate(names)
    )


@pytest.mark.parametrize(
    ("make", "n"),
    [
        (lambda n: "Japan received 12 votes. " * n, 2_000),  # one long line of vote sentences
        (lambda n: "Mayor Vidal held on. She received 12 votes. " * n, 1_000),  # pronouns back
        (lambda n: "Mr. " * n + "Japan received 12 votes.", 20_000),  # one endless sentence
        (_one_word_names, 1_000),  # thousands of one-word candidates in one contest
        # a long sentence of "has" before a bare count held ("Y has 1,321."), asked whether
        # it counted delegates
        (lambda n: "She has it and he has it, " * n + "all told. Vidal has 1,321.", 1_000),
    ],
    ids=["vote-sentences", "pronouns", "abbreviations", "one-word-names", "has-before-bare"],
)
def test_one_long_text_is_read_in_linear_time(make, n):
    def seconds(size: int) -> float:
        text = make(size)
        return _best_of(1, lambda: extract_text(text))

    extract_text(make(1))  # patterns built and twinned before any timing
    small, large = seconds(n), seconds(4 * n)
    # 4x the text: about 4x the time (a test of the whole text per sentence made it 7x)
    assert large < 5 * small + 0.2, (small, large)
