"""The command line: a thin typer layer over pipeline, analysis, views and render.

Data goes to stdout, diagnostics to stderr. Exit codes: 0 ok, 1 input or data error,
2 usage error, 130 interrupted, 141 broken pipe.

No `from __future__ import annotations` here: typer reads every command's annotations at
each start, and evaluating them from strings cost 3 ms of the 80 a run takes; the few
annotations naming types imported only for checking are quoted instead.
"""

import os
import signal
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from rich.text import Text

    from .analysis import Result
    from .model import Document
    from .pipeline import Outcome
    from .views import Column, Section

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    help="Read election results out of prose: contests, candidates, tallies, shares, margins.\n\n"
    "With no PATHS every command reads the two seed texts; '-' reads standard input.",
)


class Format(StrEnum):
    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"
    jsonl = "jsonl"
    markdown = "markdown"


class RankBy(StrEnum):
    votes = "votes"
    share = "share"


Paths = Annotated[
    list[str] | None,
    typer.Argument(
        help="Files, folders (read recursively) or '-' for stdin. Default: the seeds.",
        show_default=False,
    ),
]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
JobsOpt = Annotated[
    int | None,
    typer.Option(
        "--jobs", "-j", min=1, show_default=False,
        help="Processes to read and extract with. Default: all CPUs.",
    ),
]  # fmt: skip
TextFieldOpt = Annotated[
    str, typer.Option("--text-field", help="JSON Lines inputs: the field holding the text.")
]
IdFieldOpt = Annotated[
    str | None,
    typer.Option(
        "--id-field", show_default=False,
        help="JSON Lines inputs: the field naming each article (FILE#ID; default FILE:LINE).",
    ),
]  # fmt: skip
SchedulerOpt = Annotated[
    str | None,
    typer.Option(
        "--scheduler", show_default=False,
        help="Extract on a Dask cluster: tcp://HOST:8786, or 'local'. Needs votecli[dask].",
    ),
]  # fmt: skip


_NAMED_EMPTY_MAX = 10  # texts without tallies named one by one; more are only counted
_SETTINGS: dict[str, str] = {}  # options given before the command


def _fail(message: str, code: int = 1) -> NoReturn:
    _say("error", message)
    raise typer.Exit(code)


def _warn(message: str) -> None:
    _say("warning", message)


def _say(level: str, message: str) -> None:
    """One diagnostic line; paths and text from inputs never reach the terminal raw."""
    from .render import safe_text

    sys.stderr.write(f"votecli: {level}: {safe_text(message)}\n")


def _reading(
    jobs: int | None, text_field: str, id_field: str | None, scheduler: str | None
) -> None:
    """Remember the reading options every command takes."""
    _SETTINGS.update(text_field=text_field, id_field=id_field, scheduler=scheduler, jobs=jobs)


def _load(paths: list[str] | None) -> "tuple[list[Result], bool]":
    """Analysed results of every readable input, and whether any input failed. Each document
    is analysed as it comes and then dropped, so memory holds results, not texts."""
    from .analysis import analyse

    results: list[Result] = []
    failed = _read(paths, lambda document: results.extend(analyse([document])))
    return results, failed


def _read_documents(paths: list[str] | None) -> "tuple[list[Document], bool]":
    """Documents of every readable input (`explain` needs their texts), and whether any failed."""
    documents: list[Document] = []
    failed = _read(paths, documents.append)
    return documents, failed


def _outcomes(
    paths: list[str] | None, finish: "Callable[[Document], object] | None" = None
) -> "Iterator[Outcome]":
    """Outcomes of every input: over local processes, or a Dask cluster with --scheduler."""
    options = {
        "encoding": _SETTINGS.get("encoding"),
        "text_field": _SETTINGS.get("text_field") or "text",
        "id_field": _SETTINGS.get("id_field"),
        "finish": finish,
    }
    if _SETTINGS.get("scheduler"):
        from .distributed import run_on_cluster

        return run_on_cluster(paths, _SETTINGS["scheduler"], **options)
    from .pipeline import run

    return run(paths, jobs=_SETTINGS.get("jobs") or _cpus(), **options)


def _cpus() -> int:
    """The CPUs this process may run on (a container's share, not the host's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def _progress(outcomes: "Iterator[Outcome]") -> "Iterator[Outcome]":
    """Outcomes with a count on stderr while they come, when stderr is a terminal. Redrawn
    here rather than by rich's refresh thread: worker processes are forked, and forking
    while another thread holds a lock can hang the child."""
    if not sys.stderr.isatty():
        yield from outcomes
        return
    import time

    from rich.console import Console
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (  # inputs stream in, their number unknown: a pulsing bar, a count, the time
        SpinnerColumn(),
        BarColumn(),
        TextColumn("{task.completed} inputs read"),
        TimeElapsedColumn(),
    )
    console = Console(stderr=True)
    with Progress(*columns, console=console, transient=True, auto_refresh=False) as progress:
        task = progress.add_task("reading", total=None)
        shown = 0.0
        for outcome in outcomes:
            progress.advance(task)
            if time.monotonic() - shown > 0.1:
                progress.refresh()
                shown = time.monotonic()
            yield outcome


def _read(
    paths: list[str] | None,
    keep: "Callable[[Any], object]",
    finish: "Callable[[Document], object] | None" = None,
) -> bool:
    """Give `keep` the document of every readable input (or, with `finish`, what `finish`
    made of it where it was extracted); whether any input failed."""
    from .errors import VotecliError

    if paths and "-" in paths and sys.stdin.isatty():
        _warn("reading standard input; end it with Ctrl-D")
    from .inputs import hints

    read, empty, failures = 0, [], 0
    try:
        for outcome in _progress(_outcomes(paths, finish)):
            if outcome.error:
                _say("error", outcome.error)
                failures += 1
            else:
                keep(outcome.document if finish is None else outcome.finished)
                read += 1
                for warning in outcome.warnings:
                    _warn(warning)
                if not outcome.has_tallies:
                    empty.append(outcome.name)
    except VotecliError as exc:  # e.g. --scheduler without dask, or an unreachable cluster
        _fail(str(exc))
    for hint in hints():
        _say("hint", hint)
    if failures and not read:
        raise typer.Exit(1)  # every input failed: each has had its line
    if read and len(empty) == read and not failures:
        where = empty[0] if len(empty) == 1 else f"any of the {len(empty)} inputs"
        _fail(f"no vote tallies found in {where}")
    if len(empty) <= _NAMED_EMPTY_MAX:  # beyond that, the closing count says it
        for name in empty:
            _warn(f"{name}: no vote tallies found")
    total = read + failures
    if total > 1 and (failures or empty):
        sys.stderr.write(
            f"votecli: {total} inputs: {read - len(empty)} read, {len(empty)} without tallies, "
            f"{failures} failed\n"
        )
    return failures > 0


def _emit(sections: "list[Section]", fmt: Format, failed: bool, bars: bool = False) -> None:
    from . import render

    try:
        if fmt is Format.table and sys.stdout.isatty():
            _print_rich(sections, bars=bars)
        else:
            render.write(sections, fmt.value, sys.stdout)
        sys.stdout.flush()
    except BrokenPipeError:  # `votecli ... | head`: the reader has what it wanted
        _silence_stdout()
        raise SystemExit(141) from None
    if failed:
        raise typer.Exit(1)


def _print_rich(sections: "list[Section]", bars: bool = False) -> None:
    """Tables for a terminal. Input text goes in as rich `Text`, never as markup."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from .render import heading_lines, safe_text

    console = Console(highlight=False)
    for section in sections:
        table = Table(title=Text(safe_text(section.title), style="bold"), title_justify="left")
        for column in section.columns:
            justify = "right" if column.kind in ("int", "share", "percent") else "left"
            table.add_column(column.name, justify=justify)
        with_bars = bars and any(c.name == "share" for c in section.columns)
        if with_bars:
            table.add_column("share bar", no_wrap=True, min_width=10)
        for row in section.rows:
            cells = [_rich_cell(Text, row, c) for c in section.columns]
            if with_bars:
                cells.append(Text(_bar(row.get("share")), style="cyan"))
            table.add_row(*cells)
        console.print(table)
        for line in heading_lines(section):
            console.print(Text(line, style="dim"))
        for note in section.notes:
            console.print(Text(f"warning: {safe_text(note)}", style="yellow"))
        console.print()


def _rich_cell(text_type: type, row: dict, column: "Column") -> "Text":
    from .render import human_value, safe_text

    if column.name != "evidence" or not row.get("_marks"):
        return text_type(human_value(row.get(column.name), column.kind))
    cell = text_type(safe_text(row["evidence"]))
    for start, end, kind in row["_marks"]:
        cell.stylize("bold reverse" if kind == "number" else "bold underline", start, end)
    return cell


def _bar(share: float | None, width: int = 20) -> str:
    if share is None:
        return ""
    filled = round(max(0.0, min(share, 1.0)) * width)
    return "█" * filled + "·" * (width - filled)


@app.command()
def summary(
    paths: Paths = None,
    fmt: FormatOpt = Format.table,
    merge: Annotated[
        bool,
        typer.Option("--merge", help="Merge one contest's tallies across sources, with counts."),
    ] = False,
    jobs: JobsOpt = None,
    text_field: TextFieldOpt = "text",
    id_field: IdFieldOpt = None,
    scheduler: SchedulerOpt = None,
) -> None:
    """Per contest: rank, candidate, votes, share, margin to the next, elected."""
    from . import views

    _reading(jobs, text_field, id_field, scheduler)
    if merge:
        from . import check as checks

        documents, failed = _read_documents(paths)
        _emit(views.merged_summary(checks.merge(documents)), fmt, failed)
        return
    results, failed = _load(paths)
    _emit(views.summary(results), fmt, failed, bars=True)


@app.command()
def check(
    paths: Paths = None,
    fmt: FormatOpt = Format.table,
    strict: Annotated[
        bool, typer.Option("--strict", help="Exit 1 when any finding is contradicted.")
    ] = False,
    jobs: JobsOpt = None,
    text_field: TextFieldOpt = "text",
    id_field: IdFieldOpt = None,
    scheduler: SchedulerOpt = None,
) -> None:
    """Reconcile sources, check the arithmetic and the rules, verify rank claims."""
    from . import check as checks
    from . import views

    _reading(jobs, text_field, id_field, scheduler)
    documents, failed = _read_documents(paths)
    findings = checks.run_checks(documents)
    _emit(views.check(findings), fmt, failed)
    if strict and checks.contradicted(findings):
        raise typer.Exit(1)


@app.command()
def compare(
    a: Annotated[str, typer.Argument(help="A candidate: name, short form, code or capital.")],
    b: Annotated[str, typer.Argument(help="Another candidate.")],
    paths: Paths = None,
    fmt: FormatOpt = Format.table,
    jobs: JobsOpt = None,
    text_field: TextFieldOpt = "text",
    id_field: IdFieldOpt = None,
    scheduler: SchedulerOpt = None,
) -> None:
    """Head to head: votes, shares, margin in votes and points, ratio, who won."""
    from . import analysis, views
    from .errors import VotecliError

    _reading(jobs, text_field, id_field, scheduler)

    results, failed = _load(paths)
    try:
        first, second = analysis.resolve(a, results), analysis.resolve(b, results)
    except VotecliError as exc:
        _fail(str(exc))
    found = analysis.head_to_head(results, first, second)
    _emit(views.compare(found, (first.key, second.key)), fmt, failed)


@app.command()
def tallies(
    paths: Paths = None,
    fmt: FormatOpt = Format.table,
    jobs: JobsOpt = None,
    text_field: TextFieldOpt = "text",
    id_field: IdFieldOpt = None,
    scheduler: SchedulerOpt = None,
) -> None:
    """One row per tally, with its evidence sentence: the machine interface."""
    from . import views
    from .render import MACHINE_FORMATS

    _reading(jobs, text_field, id_field, scheduler)
    if fmt.value in MACHINE_FORMATS:
        _stream_tallies(paths, fmt)
        return
    results, failed = _load(paths)
    _emit(views.tallies(results), fmt, failed)


def _stream_tallies(paths: list[str] | None, fmt: Format) -> None:
    """`tallies` in a machine format: each document's rows written as soon as it is read."""
    from functools import partial

    from . import views
    from .render import StreamWriter

    writer = StreamWriter(fmt.value, sys.stdout)
    try:  # rows are rendered where each document is extracted (in the workers with --jobs)
        failed = _read(paths, writer.write_chunk, finish=partial(views.tally_text, fmt=fmt.value))
        writer.close(views.tallies([]))
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
        raise SystemExit(141) from None
    if failed:
        raise typer.Exit(1)


@app.command()
def candidates(
    paths: Paths = None,
    fmt: FormatOpt = Format.table,
    jobs: JobsOpt = None,
    text_field: TextFieldOpt = "text",
    id_field: IdFieldOpt = None,
    scheduler: SchedulerOpt = None,
) -> None:
    """One row per candidate per contest, with its status."""
    from . import views

    _reading(jobs, text_field, id_field, scheduler)

    results, failed = _load(paths)
    _emit(views.candidates(results), fmt, failed)


@app.command()
def rank(
    paths: Paths = None,
    by: Annotated[RankBy, typer.Option("--by", help="Rank by votes or by share.")] = RankBy.votes,
    fmt: FormatOpt = Format.table,
    jobs: JobsOpt = None,
    text_field: TextFieldOpt = "text",
    id_field: IdFieldOpt = None,
    scheduler: SchedulerOpt = None,
) -> None:
    """All tallies of all contests, ranked."""
    from . import views

    _reading(jobs, text_field, id_field, scheduler)

    results, failed = _load(paths)
    _emit(views.rank(results, by.value), fmt, failed)


@app.callback()
def _options(
    verbose: Annotated[
        bool, typer.Option("--verbose", help="Show a traceback on unexpected errors.")
    ] = False,
    encoding: Annotated[
        str | None,
        typer.Option("--encoding", help="Read inputs in this encoding (default: detect)."),
    ] = None,
    no_cache: Annotated[
        bool,
        typer.Option(
            "--no-cache", help="Extract every text afresh; keep nothing (VOTECLI_NO_CACHE=1)."
        ),
    ] = False,
) -> None:
    if verbose:
        os.environ["VOTECLI_VERBOSE"] = "1"
    if no_cache:
        os.environ["VOTECLI_NO_CACHE"] = "1"  # read by the cache, here and in workers
    if encoding:
        _SETTINGS["encoding"] = encoding


@app.command()
def report(
    paths: Paths = None,
    output: Annotated[
        Path,
        typer.Option(
            "-o",
            "--output",
            help="Write the HTML page here ('-' for standard output).",
            dir_okay=False,
        ),
    ] = ...,  # type: ignore[assignment]
    jobs: JobsOpt = None,
    text_field: TextFieldOpt = "text",
    id_field: IdFieldOpt = None,
    scheduler: SchedulerOpt = None,
) -> None:
    """One self-contained HTML page: a chart and a table per contest, every tally marked in
    its source text, and the findings of `check`."""
    _reading(jobs, text_field, id_field, scheduler)
    from datetime import datetime

    from . import analysis
    from . import report as html
    from .check import run_checks
    from .inputs import seed_paths
    from .pipeline import SEED_PREFIX

    documents, failed = _read_documents(paths)
    page = html.render_report(
        documents,
        analysis.analyse(documents),
        run_checks(documents),
        generated_at=datetime.now().astimezone().replace(microsecond=0),
        inputs=paths or [SEED_PREFIX + p.name for p in seed_paths()],
    )
    try:
        if str(output) == "-":
            sys.stdout.write(page)
            sys.stdout.flush()
        else:
            output.write_text(page, encoding="utf-8")
    except BrokenPipeError:
        _silence_stdout()
        raise SystemExit(141) from None
    except OSError as exc:
        _fail(f"{output}: {exc.strerror or exc}")
    if failed:
        raise typer.Exit(1)


@app.command()
def explain(
    args: Annotated[
        list[str] | None,
        typer.Argument(
            help="An optional candidate NAME, then PATHS (files, folders or '-').",
            show_default=False,
        ),
    ] = None,
    unattributed: Annotated[
        bool,
        typer.Option("--unattributed", help="List numbers in vote sentences no rule read."),
    ] = False,
    fmt: FormatOpt = Format.table,
    jobs: JobsOpt = None,
    text_field: TextFieldOpt = "text",
    id_field: IdFieldOpt = None,
    scheduler: SchedulerOpt = None,
) -> None:
    """Each tally with its sentence, the number and the name marked, and the rule that read it."""
    from . import analysis, views
    from .errors import VotecliError

    _reading(jobs, text_field, id_field, scheduler)
    name, paths = _name_and_paths(args or [])
    documents, failed = _read_documents(paths)
    if unattributed:
        _emit(views.unattributed(documents), fmt, failed)
        return
    candidate = None
    if name:
        try:
            candidate = analysis.resolve(name, analysis.analyse(documents))
        except VotecliError as exc:
            _fail(str(exc))
    _emit(views.explain(documents, candidate), fmt, failed)


@app.command()
def cache(
    clear: Annotated[
        bool, typer.Option("--clear", help="Remove the cache's files (always safe).")
    ] = False,
    fmt: FormatOpt = Format.table,
) -> None:
    """The cache's files: their size and the texts they hold. --clear removes them."""
    from . import cache as store
    from . import views

    folder = store.cache_location()
    if clear:
        os.environ["VOTECLI_NO_CACHE"] = "1"  # this run writes nothing back at its exit
        files = store.clear(folder)
        freed = sum(f.size for f in files) / 1e6
        _say("note", f"removed {len(files)} files ({freed:.1f} MB) from {folder}")
    else:
        if os.environ.get("VOTECLI_NO_CACHE"):
            _say(
                "note", "the cache is turned off (--no-cache or VOTECLI_NO_CACHE): nothing is kept"
            )
        files = store.inventory(folder)
        if not files:
            _say("note", f"no cache files in {folder}")
    _emit(views.cache_files("Removed from" if clear else "Cache in", folder, files), fmt, False)


def _name_and_paths(args: list[str]) -> tuple[str | None, list[str] | None]:
    """`explain [NAME] [PATHS]`: the first argument is a name unless it is a path or `-`."""
    if args and args[0] != "-" and not os.path.exists(args[0]):
        return args[0], args[1:] or None
    return None, args or None


def main() -> None:
    """Console entry point: one line for errors, quiet on broken pipes and Ctrl-C."""
    signal.signal(signal.SIGINT, _interrupted)
    try:
        app()
    except Exception as exc:  # a bug: one line unless --verbose asks for the traceback
        if os.environ.get("VOTECLI_VERBOSE"):
            raise
        sys.stderr.write(f"votecli: error: internal error: {exc!r} (rerun with --verbose)\n")
        sys.exit(1)


def _interrupted(signum: int, frame: object) -> NoReturn:
    sys.stderr.write("\n")
    raise SystemExit(130)


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at devnull so the interpreter's flush is quiet."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
