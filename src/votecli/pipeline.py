"""From paths to documents: the library entry point the CLI and other programs call.

`run()` yields one `Outcome` per input in input order: one per file, and one per article of a
JSON Lines file. With `jobs=1` everything happens in this process, one input at a time. With
more, the work is cut into small batches (`plan()`) that worker processes read and extract
(`work()`): a batch of text files holds their paths (the worker reads them), a batch of JSON
Lines holds raw lines (this process streams the file, the workers parse it). At most a few
batches per worker are in flight, so memory stays flat however large the input, and outcomes
come back in input order as soon as they are ready. The same two functions drive a Dask
cluster (`distributed.run_on_cluster`).
"""

from __future__ import annotations

import itertools
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from . import cache, inputs
from .errors import InputError
from .model import Document, Source


@dataclass(frozen=True)
class Outcome:
    """What became of one input: a document (or what `finish` made of it, in its place), or
    the one-line reason it could not be read."""

    name: str
    document: Document | None = None
    error: str | None = None
    finished: Any = None  # finish(document), when run() was given a finish
    warnings: tuple[str, ...] = ()  # the document's, kept when finish takes its place
    has_tallies: bool = False  # whether the document held any tally


def _outcome(name: str, document: Document, finish: Callable[[Document], Any] | None) -> Outcome:
    facts = {"warnings": document.warnings, "has_tallies": bool(document.tallies)}
    if finish is None:
        return Outcome(name, document=document, **facts)
    return Outcome(name, finished=finish(document), **facts)


SEED_PREFIX = "seeds/"
# A batch costs a few milliseconds to hand to a worker and back, whatever its size: about a
# hundred kilobytes of text makes that small beside its extraction (2 workers on 2 cores
# went from 1.5x to 1.8x one process when batches grew from 4 news-sized files to 32).
BATCH_FILES = 32  # text files per batch, at most
BATCH_FILE_BYTES = 128 * 1024  # and their size on disk, at most (the workers read them)
BATCH_BYTES = 64 * 1024  # JSON Lines: raw bytes per batch, held here until it is sent
BATCH_LINES = 64  # JSON Lines: at most this many lines per batch
WINDOW_PER_JOB = 4  # batches in flight per worker


class Options(NamedTuple):
    """How inputs are read; travels to the workers with every batch."""

    encoding: str | None = None
    text_field: str = "text"
    id_field: str | None = None
    finish: Callable[[Document], Any] | None = None  # a module-level function: it is pickled


class FileTask(NamedTuple):
    """A file for a worker to read and extract: `path` (absolute for a cluster), shown as `name`."""

    path: str
    name: str


Task = FileTask | inputs.Record
Batch = tuple[Task, ...]
Result = tuple[list[Outcome], list[str]]  # a batch's outcomes, and the hints reading gave


def run(
    paths: Sequence[str] | None = None,
    encoding: str | None = None,
    *,
    jobs: int = 1,
    text_field: str = "text",
    id_field: str | None = None,
    finish: Callable[[Document], Any] | None = None,
) -> Iterator[Outcome]:
    """Read and extract every input in order; a bad input (or JSON Lines line) never stops
    the others. With no paths, the seed texts, named `seeds/<file>` wherever they are
    installed. `jobs` > 1 spreads reading and extraction over that many processes
    (standard input is read in this one); the outcomes are the same, in the same order.

    `finish`, a module-level function, is given each document where it was extracted (in
    the worker), and its result travels back in `Outcome.finished` instead of the document:
    what a caller keeps of a document (its rows, say) is far cheaper to send between
    processes than the document, and is made in parallel."""
    options = Options(encoding=encoding, text_field=text_field, id_field=id_field, finish=finish)
    named = named_inputs(paths)
    try:
        if jobs <= 1:
            for path, name in named:
                yield from outcomes_of(path, name, options)
        else:
            yield from _run_parallel(named, options, jobs)
    finally:
        cache.flush()


def extract_text(text: str, name: str = "-") -> Document:
    """Extract from a string: `extract_text("Kazakhstan received 138 votes.")`."""
    from .extract import extract

    return extract(Source(name=name, title=inputs.title_of(text), text=text))


def named_inputs(paths: Sequence[str] | None) -> Iterator[tuple[str, str]]:
    """(path to open, name to show) for every input, folders expanded as they come."""
    if paths:
        return ((name, name) for name in inputs.expand(paths))
    return ((str(p), SEED_PREFIX + p.name) for p in inputs.seed_paths())


def outcomes_of(path: str, name: str, options: Options) -> Iterator[Outcome]:
    """The outcomes of one input, read and extracted here."""
    for item in inputs.iter_sources(
        path,
        name,
        encoding=options.encoding,
        text_field=options.text_field,
        id_field=options.id_field,
    ):
        if isinstance(item, InputError):
            message = str(item)
            if path != name and message.startswith(f"{path}: "):  # absolute for a worker
                message = f"{name}: {message[len(path) + 2 :]}"
            yield Outcome(getattr(item, "name", name), error=message)
        else:
            yield _outcome(item.name, cache.extracted(item), options.finish)


# --- batches: what workers are given -----------------------------------------------------------


def plan(
    named: Iterable[tuple[str, str]],
    options: Options,
    *,
    absolute: bool = False,
    batch_files: int | None = None,
    batch_file_bytes: int | None = None,
    batch_bytes: int | None = None,
    batch_lines: int | None = None,
) -> Iterator[Batch | Outcome]:
    """Batches of work in input order, made lazily: text files in groups of `batch_files`
    or `batch_file_bytes`; JSON Lines files streamed here and cut into batches of raw lines.
    What only this process can do comes as finished Outcomes in its place: standard input,
    and a JSON Lines file that cannot be opened or breaks off. `absolute` makes paths
    absolute for workers whose working folder differs (a cluster). Sizes default to the
    BATCH_ constants."""
    batch_files = batch_files or BATCH_FILES
    batch_file_bytes = batch_file_bytes or BATCH_FILE_BYTES
    batch_bytes = batch_bytes or BATCH_BYTES
    batch_lines = batch_lines or BATCH_LINES
    files: list[Task] = []
    size = 0
    for path, name in named:
        if path != inputs.STDIN and not inputs.is_jsonl(path):
            files.append(FileTask(os.path.abspath(path) if absolute else path, name))
            size += _size(path)
            if len(files) >= batch_files or size >= batch_file_bytes:
                yield tuple(files)
                files, size = [], 0
            continue
        if files:
            yield tuple(files)
            files, size = [], 0
        if path == inputs.STDIN:
            yield from outcomes_of(path, name, options)
        else:
            yield from _plan_jsonl(path, name, batch_bytes, batch_lines)
    if files:
        yield tuple(files)


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0  # the worker reports what is wrong with it


def _plan_jsonl(
    path: str, name: str, batch_bytes: int, batch_lines: int
) -> Iterator[Batch | Outcome]:
    records: list[Task] = []
    size = 0
    try:
        for record in inputs.jsonl_records(path, name):
            records.append(record)
            size += len(record.data)
            if size >= batch_bytes or len(records) >= batch_lines:
                yield tuple(records)
                records, size = [], 0
    except InputError as exc:
        if records:
            yield tuple(records)
            records = []
        yield Outcome(name, error=str(exc))
    if records:
        yield tuple(records)


def work(batch: Batch, options: Options) -> Result:
    """Read and extract one batch (in a worker): its outcomes in order, and the hints
    reading gave, which would otherwise stay in the worker."""
    outcomes: list[Outcome] = []
    for task in batch:
        if isinstance(task, FileTask):
            outcomes.extend(outcomes_of(task.path, task.name, options))
            continue
        try:
            source = inputs.parse_record(
                task, text_field=options.text_field, id_field=options.id_field
            )
        except inputs.RecordError as exc:
            outcomes.append(Outcome(exc.name, error=str(exc)))
            continue
        outcomes.append(_outcome(source.name, cache.extracted(source), options.finish))
    cache.flush()
    from . import patterns  # imported by then: extraction compiled its patterns through it

    patterns.save()  # a worker exits without running atexit, which would save them
    return outcomes, inputs.hints()


def in_order(
    items: Iterable[Batch | Outcome],
    submit: Callable[[Batch], Any],
    result: Callable[[Any], Result],
    window: int,
) -> Iterator[Outcome]:
    """Submit batches as they come with at most `window` in flight, and yield their outcomes
    in input order; an Outcome among `items` waits its turn behind earlier batches."""
    pending: deque[tuple[bool, Any]] = deque()
    in_flight = 0

    def oldest() -> Iterator[Outcome]:
        nonlocal in_flight
        done, value = pending.popleft()
        if done:
            yield value
            return
        in_flight -= 1
        outcomes, hints = result(value)
        for hint in hints:
            inputs.add_hint(hint)
        yield from outcomes

    for item in items:
        if isinstance(item, Outcome):
            pending.append((True, item))
            continue
        while in_flight >= window:
            yield from oldest()
        pending.append((False, submit(item)))
        in_flight += 1
    while pending:
        yield from oldest()


def _run_parallel(
    named: Iterable[tuple[str, str]], options: Options, jobs: int
) -> Iterator[Outcome]:
    items = plan(named, options)
    head: list[Batch | Outcome] = []
    for item in items:
        head.append(item)
        if not isinstance(item, Outcome) and sum(not isinstance(i, Outcome) for i in head) > 1:
            break
    else:  # one batch at most (the seeds, a few files): a pool would cost more than it saves
        yield from in_order(head, lambda batch: batch, lambda batch: work(batch, options), 1)
        return
    from concurrent.futures import ProcessPoolExecutor  # ~25 ms: only when a pool is used

    executor = ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init)
    try:
        yield from in_order(
            itertools.chain(head, items),
            lambda batch: executor.submit(work, batch, options),
            lambda future: future.result(),
            window=jobs * WINDOW_PER_JOB,
        )
    finally:  # also when the reader stops early (`| head`, Ctrl-C): drop what is queued
        executor.shutdown(wait=True, cancel_futures=True)


def _worker_init() -> None:
    """Workers leave Ctrl-C to the parent, which then stops them."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
