"""The pipeline: inputs in order over one or more processes, errors isolated per file and per
JSON Lines line, gzip and JSON Lines read as streams, memory flat over many documents."""

from __future__ import annotations

import gc
import gzip
import importlib.util
import json
import tracemalloc
from pathlib import Path

import pytest

from votecli import inputs, pipeline
from votecli.errors import InputError

ROOT = Path(__file__).resolve().parents[1]


def _make_corpus():
    spec = importlib.util.spec_from_file_location(
        "make_corpus", ROOT / "benchmarks" / "make_corpus.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make_corpus = _make_corpus()


@pytest.fixture(autouse=True)
def small_batches(monkeypatch):
    """Batches of four files, so that the small corpora here go through the worker pool."""
    monkeypatch.setattr(pipeline, "BATCH_FILES", 4)


def corpus(root: Path, kb: int = 60, seed: int = 7) -> list[str]:
    """A small generated corpus of .txt files; their paths in order."""
    paths = []
    for doc_id, _title, text in make_corpus.generate(seed, kb * 1000):
        path = root / f"{doc_id}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def jsonl(path: Path, records: list[object], compress: bool = False) -> str:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.write_bytes(gzip.compress(data) if compress else data)
    return str(path)


def summary(outcomes) -> list[tuple]:
    """Comparable: name, error, and each tally as (candidate, votes, percent, line, rule)."""
    return [
        (
            o.name,
            o.error,
            None
            if o.document is None
            else [
                (t.candidate.name, t.votes, t.percent, t.span.line, t.rule)
                for t in o.document.tallies
            ],
        )
        for o in outcomes
    ]


# --- order and equality over processes ----------------------------------------------------------


def test_two_jobs_give_what_one_gives_on_a_generated_corpus(tmp_path):
    paths = corpus(tmp_path, kb=80)
    one = list(pipeline.run([str(tmp_path)], jobs=1))
    two = list(pipeline.run([str(tmp_path)], jobs=2))
    assert len(one) == len(paths) > 10
    assert sum(len(o.document.tallies) for o in one) > 20
    assert two == one  # whole Documents, pickled back from the workers, compare equal


def test_finish_runs_in_the_workers_and_gives_what_it_gives_in_process(tmp_path):
    from votecli import views

    corpus(tmp_path, kb=80)
    one = list(pipeline.run([str(tmp_path)], jobs=1))
    two = list(pipeline.run([str(tmp_path)], jobs=2, finish=views.tally_records))
    assert [o.name for o in two] == [o.name for o in one]
    assert all(o.document is None for o in two)
    assert [o.finished for o in two] == [views.tally_records(o.document) for o in one]
    assert [(o.warnings, o.has_tallies) for o in two] == [
        (o.document.warnings, bool(o.document.tallies)) for o in one
    ]
    assert sum(len(o.finished) for o in two) > 20


def test_files_are_batched_by_count_and_by_size(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "BATCH_FILES", 3)
    monkeypatch.setattr(pipeline, "BATCH_FILE_BYTES", 1000)
    sizes = [100, 100, 100, 100, 900, 50, 2000, 10]
    named = []
    for index, size in enumerate(sizes):
        path = tmp_path / f"{index}.txt"
        path.write_text("x" * size, encoding="utf-8")
        named.append((str(path), path.name))
    batches = list(pipeline.plan(named, pipeline.Options()))
    assert [[task.name for task in batch] for batch in batches] == [
        ["0.txt", "1.txt", "2.txt"],  # three files
        ["3.txt", "4.txt"],  # 1000 bytes
        ["5.txt", "6.txt"],
        ["7.txt"],
    ]


def test_order_is_kept_with_two_jobs_across_files_folders_and_jsonl(tmp_path):
    names = []
    for i in range(15):
        path = tmp_path / f"f{i:02d}.txt"
        path.write_text(f"Country news {i}.\n\nJapan received {100 + i} votes.\n", encoding="utf-8")
        names.append(str(path))
    feed = jsonl(
        tmp_path / "feed.jsonl",
        [{"id": f"a{i}", "text": f"Italy won {50 + i} votes."} for i in range(40)],
    )
    given = [names[3], feed, *names[5:9], names[0]]
    outcomes = list(pipeline.run(given, jobs=2, id_field="id"))
    expected = [names[3], *(f"{feed}#a{i}" for i in range(40)), *names[5:9], names[0]]
    assert [o.name for o in outcomes] == expected
    votes = [o.document.tallies[0].votes for o in outcomes]
    assert votes == [103, *range(50, 90), 105, 106, 107, 108, 100]


def test_stopping_early_shuts_the_workers_down(tmp_path):
    corpus(tmp_path, kb=40)
    run = pipeline.run([str(tmp_path)], jobs=2)
    first = next(run)
    assert first.document is not None
    run.close()  # as when the reader of `votecli ... | head` goes away


# --- errors stay with their input ----------------------------------------------------------------


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_bad_file_is_reported_in_its_place_and_the_rest_are_read(tmp_path, jobs):
    good = tmp_path / "a.txt"
    good.write_text("Japan received 182 votes.\n", encoding="utf-8")
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 50)
    later = tmp_path / "c.txt"
    later.write_text("Italy won 92 votes.\n", encoding="utf-8")
    missing = str(tmp_path / "gone.txt")
    outcomes = list(pipeline.run([str(good), missing, str(binary), str(later)], jobs=jobs))
    assert [o.name for o in outcomes] == [str(good), missing, str(binary), str(later)]
    assert outcomes[1].error == f"{missing}: no such file"
    assert outcomes[2].error == f"{binary}: binary file, not text (PNG image)"
    assert [o.document.tallies[0].votes for o in (outcomes[0], outcomes[3])] == [182, 92]


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_bad_jsonl_line_is_one_error_naming_file_and_line(tmp_path, jobs):
    feed = jsonl(
        tmp_path / "feed.jsonl",
        [
            {"id": 1, "text": "Japan received 182 votes."},
            "{not json",
            "",  # blank lines are skipped, not errors
            '["a list"]',
            {"id": 4, "body": "no text field"},
            {"id": 5, "text": 42},
            {"id": 6, "text": "   "},
            {"id": 7, "text": "Italy won 92 votes.", "title": "Italy elected"},
            {"text": "Chile won 77 votes."},
        ],
    )
    outcomes = list(pipeline.run([feed], jobs=jobs, id_field="id"))
    assert [(o.name, o.error) for o in outcomes] == [
        (f"{feed}#1", None),
        (f"{feed}:2", f"{feed}:2: not JSON (Expecting property name enclosed in double quotes)"),
        (f"{feed}:4", f"{feed}:4: not a JSON object"),
        (f"{feed}:5", f"{feed}:5: no 'text' field"),
        (f"{feed}:6", f"{feed}:6: 'text' is not a string"),
        (f"{feed}:7", f"{feed}:7: empty text"),
        (f"{feed}#7", None),
        (f"{feed}:9", None),  # no id: named by its line
    ]
    documents = [o.document for o in outcomes if o.document]
    assert [d.tallies[0].votes for d in documents] == [182, 92, 77]
    assert documents[1].source.title == "Italy elected"


def test_text_field_and_id_field_are_chosen_by_name(tmp_path):
    feed = jsonl(tmp_path / "a.ndjson", [{"url": "u1", "content": "Peru received 140 votes."}])
    (outcome,) = pipeline.run([feed], text_field="content", id_field="url")
    assert outcome.name == f"{feed}#u1"
    assert outcome.document.tallies[0].votes == 140


def test_a_missing_jsonl_file_is_one_error(tmp_path):
    missing = str(tmp_path / "none.jsonl")
    for jobs in (1, 2):
        assert [(o.name, o.error) for o in pipeline.run([missing], jobs=jobs)] == [
            (missing, f"{missing}: no such file")
        ]


# --- gzip ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("jobs", [1, 2])
def test_gzip_text_and_gzip_jsonl_are_read(tmp_path, jobs):
    text = tmp_path / "story.txt.gz"
    text.write_bytes(gzip.compress(b"Headline\n\nMongolia received 141 votes.\n"))
    feed = jsonl(
        tmp_path / "feed.jsonl.gz",
        [
            {"id": "x", "text": "Kenya won 120 votes."},
            "{oops",
            {"id": "y", "text": "Chad won 3 votes."},
        ],
        compress=True,
    )
    outcomes = list(pipeline.run([str(text), feed], jobs=jobs, id_field="id"))
    assert [o.name for o in outcomes] == [str(text), f"{feed}#x", f"{feed}:2", f"{feed}#y"]
    assert outcomes[0].document.tallies[0].votes == 141
    assert outcomes[0].document.tallies[0].span.line == 3
    assert outcomes[1].document.tallies[0].votes == 120
    assert outcomes[2].error.startswith(f"{feed}:2: not JSON")


def test_gzip_that_is_not_gzip_or_cut_short_is_an_error(tmp_path):
    fake = tmp_path / "fake.txt.gz"
    fake.write_bytes(b"Japan received 182 votes.")
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(gzip.compress(b'{"text": "Japan received 182 votes."}\n' * 50)[:60])
    outcomes = list(pipeline.run([str(fake), str(cut)]))
    assert outcomes[0].error.startswith(f"{fake}: not a gzip file")
    assert outcomes[-1].error in (f"{cut}: truncated gzip file",) or "gzip" in outcomes[-1].error


def test_gzip_in_a_gzip_folder_is_found_and_non_text_gz_is_not(tmp_path):
    for name in ["a.txt.gz", "b.jsonl", "c.jsonl.gz", "d.tar.gz", "e.gz", "f.md"]:
        (tmp_path / name).write_bytes(b"")
    found = [Path(p).name for p in inputs.expand([str(tmp_path)])]
    assert found == ["a.txt.gz", "b.jsonl", "c.jsonl.gz", "f.md"]


def test_iter_sources_yields_one_source_for_a_plain_file_and_errors_in_line(tmp_path):
    plain = tmp_path / "a.txt"
    plain.write_text("Japan received 182 votes.\n", encoding="utf-8")
    (source,) = inputs.iter_sources(str(plain))
    assert source.text == "Japan received 182 votes.\n"
    feed = jsonl(tmp_path / "b.jsonl", [{"text": "One."}, "nope"])
    items = list(inputs.iter_sources(feed))
    assert items[0].name == f"{feed}:1"
    assert isinstance(items[1], InputError) and items[1].name == f"{feed}:2"


# --- memory ----------------------------------------------------------------------------------------


def _peak_while_reading(path: str, jobs: int) -> tuple[int, int]:
    gc.collect()
    tracemalloc.start()
    try:
        count = 0
        for outcome in pipeline.run([path], jobs=jobs):
            count += outcome.document is not None
        return tracemalloc.get_traced_memory()[1], count
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("jobs", [1, 2])
def test_memory_stays_flat_over_many_documents(tmp_path, jobs):
    """A JSON Lines file far larger than what is held at any time: each line carries 4 KB of
    page markup that is never the text, so the file grows while the work stays small."""
    padding = "<div>" + "x" * 4000 + "</div>"

    def write(n: int) -> str:
        rows = [
            {"text": f"Report {i}\n\nJapan received {100 + i % 90} votes.", "html": padding}
            for i in range(n)
        ]
        return jsonl(tmp_path / f"n{n}.jsonl", rows)

    small, large = write(400), write(1600)
    list(pipeline.run([large], jobs=jobs))  # fill the bounded cache of rule matches first
    peak_small, n_small = _peak_while_reading(small, jobs)
    peak_large, n_large = _peak_while_reading(large, jobs)
    assert (n_small, n_large) == (400, 1600)
    size = Path(large).stat().st_size  # 6.5 MB
    assert peak_large < size / 4, (peak_large, size)  # never the file, never all documents
    assert peak_large < 1.5 * peak_small + 256 * 1024, (peak_small, peak_large)


@pytest.mark.parametrize("files", [2, 12], ids=["few-files-in-process", "pool"])
def test_hints_from_workers_reach_the_user_once(tmp_path, monkeypatch, files):
    from votecli import webpage

    if webpage.trafilatura_available():
        pytest.skip("the hint is only given without trafilatura")
    monkeypatch.setattr(inputs, "_hints_given", set())
    monkeypatch.setattr(inputs, "_pending_hints", [])
    paths = []
    for i in range(files):
        page = tmp_path / f"p{i:02d}.html"
        page.write_text(f"<html><body><p>Japan received {100 + i} votes.</p></body></html>")
        paths.append(str(page))
    outcomes = list(pipeline.run(paths, jobs=2))
    assert [o.document.tallies[0].votes for o in outcomes] == [100 + i for i in range(files)]
    assert inputs.hints() == [webpage.HINT]
