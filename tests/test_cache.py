"""The document cache: what a later run reads back equals what extraction makes, and a cache
that is missing, damaged, unwritable, stale or turned off never changes a result."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time

import pytest

from conftest import write
from phrasing_cases import CASES
from votecli import cache, pipeline
from votecli.extract import extract
from votecli.model import Source

TEXT = "Kazakhstan received 138 votes, beating its competitor Thailand with 55."


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """A cache folder of the test's own, and a connection that is opened afresh."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("VOTECLI_CACHE_DIR", str(folder))
    monkeypatch.setattr(cache, "_DATABASE", cache._Database())
    return folder


@pytest.fixture
def extractions(monkeypatch):
    """Counts the documents extracted rather than read from the cache."""
    done: list[str] = []

    def counted(source: Source):
        done.append(source.name)
        return extract(source)

    monkeypatch.setattr(cache, "_extract", counted)
    return done


def _documents(paths, **options):
    return [outcome.document for outcome in pipeline.run(paths, **options)]


def _entries(folder) -> int:
    (database,) = folder.glob("documents-*.db")
    with sqlite3.connect(database) as connection:
        return connection.execute("select count(*) from documents").fetchone()[0]


@pytest.fixture(scope="module")
def shared_folder(tmp_path_factory):
    """One cache for all the phrasing cases: a database per case would cost 20 s of set-up."""
    with pytest.MonkeyPatch.context() as patch:
        folder = tmp_path_factory.mktemp("cache")
        patch.setenv("VOTECLI_CACHE_DIR", str(folder))
        patch.setattr(cache, "_DATABASE", cache._Database())
        yield folder


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_a_document_read_back_equals_the_one_extracted(shared_folder, case):
    source = Source(name="case.txt", title="", text=case.text)
    stored = cache.extracted(source)
    read_back = cache.extracted(source)
    assert read_back == stored == extract(source)
    assert read_back.source is source  # the text is the caller's, not a copy kept in the cache


def test_a_second_run_reads_every_document_from_the_cache(folder, extractions, tmp_path):
    paths = [write(tmp_path, f"{n}.txt", TEXT.replace("138", str(100 + n))) for n in range(3)]
    first = _documents(paths)
    assert len(extractions) == 3 and _entries(folder) == 3
    assert _documents(paths) == first
    assert len(extractions) == 3  # none extracted again


def test_a_changed_text_or_name_is_extracted_again(folder, extractions, tmp_path):
    path = write(tmp_path, "a.txt", TEXT)
    _documents([path])
    write(tmp_path, "a.txt", TEXT.replace("138", "139"))
    (changed,) = _documents([path])
    assert changed.tallies[0].votes == 139
    renamed = write(tmp_path, "b.txt", TEXT.replace("138", "139"))
    (moved,) = _documents([renamed])
    assert moved.tallies[0].span.source == renamed  # spans name the file they were read in
    assert len(extractions) == 3


def test_worker_processes_share_the_cache(folder, extractions, tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "BATCH_FILES", 2)  # several batches: the workers extract
    paths = [write(tmp_path, f"{n}.txt", TEXT.replace("55", str(n))) for n in range(6)]
    in_workers = _documents(paths, jobs=2)
    assert _entries(folder) == 6 and not extractions  # extracted in the workers, stored there
    assert _documents(paths) == in_workers == _documents(paths, jobs=2)
    assert not extractions  # read back here, from what the workers stored


def test_threads_keep_connections_of_their_own(folder, extractions):
    """A Dask worker may run batches in several threads; an SQLite connection serves one."""
    from concurrent.futures import ThreadPoolExecutor

    def batch(start: int) -> list:
        sources = [
            Source(f"{n}.txt", "", TEXT.replace("55", str(n))) for n in range(start, start + 5)
        ]
        documents = [cache.extracted(source) for source in sources]
        cache.flush()  # as pipeline.work does after each batch
        return documents

    with ThreadPoolExecutor(max_workers=4) as pool:
        first = [d for documents in pool.map(batch, range(0, 40, 5)) for d in documents]
    assert _entries(folder) == 40 and len(extractions) == 40
    assert [d for documents in map(batch, range(0, 40, 5)) for d in documents] == first
    assert len(extractions) == 40  # all read back


def test_processes_starting_together_all_keep_their_documents(tmp_path):
    """Processes that start at once and write at once all keep what they store. The race
    this guards (making the database and switching it to WAL take locks SQLite does not
    wait for) showed in 2 of 60 forked processes in a stress run; four processes here
    rarely hit it, so this holds the behaviour rather than reproducing the race each time."""
    script = (
        "import os, sys, time\n"
        "from votecli import cache\n"
        "time.sleep(max(0.0, float(sys.argv[1]) - time.time()))  # all at once\n"
        "for round in range(5):\n"
        "    cache._DATABASE.connection()\n"
        "    cache._DATABASE.pending.update({os.urandom(20): b'x' * 1000 for _ in range(20)})\n"
        "    cache.flush()\n"
    )
    folder = tmp_path / "cache"
    env = {**os.environ, "VOTECLI_CACHE_DIR": str(folder)}
    env.pop("VOTECLI_NO_CACHE", None)
    start = str(time.time() + 1.5)
    started = [subprocess.Popen([sys.executable, "-c", script, start], env=env) for _ in range(4)]
    assert [process.wait() for process in started] == [0] * 4
    assert _entries(folder) == 4 * 5 * 20


def test_the_database_keeps_to_its_size_by_dropping_the_oldest(folder, monkeypatch):
    monkeypatch.setenv("VOTECLI_CACHE_MAX_MB", "0.2")  # 200 kB: some 150 entries below
    database = cache._DATABASE.connection()
    keys = [n.to_bytes(20, "big") for n in range(1000)]
    for start in range(0, len(keys), 20):
        cache._DATABASE.pending.update({key: bytes(1000) for key in keys[start : start + 20]})
        cache.flush()
    (path,) = folder.glob("documents-*.db")
    kept = {row[0] for row in database.execute("select key from documents")}
    assert set(keys[-20:]) <= kept and keys[0] not in kept  # the oldest went first
    assert 50 < len(kept) < 250
    assert path.stat().st_size < 400_000  # the freed pages were reused


def test_a_damaged_database_is_replaced(folder, tmp_path, monkeypatch):
    path = write(tmp_path, "a.txt", TEXT)
    expected = _documents([path])
    (database,) = folder.glob("documents-*.db")
    database.write_bytes(b"this is not an SQLite database" * 100)
    monkeypatch.setattr(cache, "_DATABASE", cache._Database())  # as a new run opens it
    assert _documents([path]) == expected
    assert _entries(folder) == 1


def test_an_entry_that_does_not_unpickle_is_extracted_again(folder, extractions, tmp_path):
    path = write(tmp_path, "a.txt", TEXT)
    expected = _documents([path])
    (database,) = folder.glob("documents-*.db")
    with sqlite3.connect(database) as connection:
        connection.execute("update documents set fields = ?", (b"\x80\x05garbage",))
    assert _documents([path]) == expected
    assert len(extractions) == 2


def test_a_new_version_of_the_code_starts_a_new_database(folder, tmp_path, monkeypatch):
    path = write(tmp_path, "a.txt", TEXT)
    expected = _documents([path])
    (old,) = folder.glob("documents-*.db")
    monkeypatch.setattr(cache, "fingerprint", lambda: "0123456789abcdef")
    monkeypatch.setattr(cache, "_DATABASE", cache._Database())
    assert _documents([path]) == expected
    assert not old.exists()
    assert [p.name for p in folder.glob("documents-*.db")] == ["documents-0123456789abcdef.db"]


def test_the_fingerprint_follows_the_code(tmp_path, monkeypatch):
    package = tmp_path / "votecli"
    package.mkdir()
    (package / "extract.py").write_text("RULES = 1\n")
    monkeypatch.setattr(cache, "__file__", str(package / "cache.py"))
    before = cache.fingerprint()
    (package / "extract.py").write_text("RULES = 2\n")  # same size: the time tells
    os.utime(package / "extract.py", ns=(0, 1_000_000_000))
    edited = cache.fingerprint()
    (package / "extract.py").write_text("RULES = 20\n")
    os.utime(package / "extract.py", ns=(0, 1_000_000_000))  # same time: the size tells
    assert len({before, edited, cache.fingerprint()}) == 3


def test_no_cache_when_turned_off(folder, extractions, tmp_path, monkeypatch):
    monkeypatch.setenv("VOTECLI_NO_CACHE", "1")
    path = write(tmp_path, "a.txt", TEXT)
    assert _documents([path]) == _documents([path])
    assert len(extractions) == 2 and not folder.exists()


def test_no_cache_option(folder, extractions, tmp_path, invoke, monkeypatch):
    monkeypatch.setenv("VOTECLI_NO_CACHE", "")  # unset after the test: the option sets it
    path = write(tmp_path, "a.txt", TEXT)
    assert invoke("tallies", "-f", "csv", path).exit_code == 0  # stored
    runs = [invoke("--no-cache", "tallies", "-f", "csv", path) for _ in range(2)]
    assert runs[0].stdout == runs[1].stdout and "Kazakhstan" in runs[0].stdout
    assert len(extractions) == 3  # each run with --no-cache extracted afresh


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs an unprivileged user")
def test_an_unwritable_folder_is_no_error(folder, extractions, tmp_path):
    folder.mkdir(mode=0o500)
    path = write(tmp_path, "a.txt", TEXT)
    assert _documents([path]) == _documents([path])
    assert len(extractions) == 2


def test_a_folder_that_is_a_file_is_no_error(tmp_path, monkeypatch, extractions):
    blocker = tmp_path / "a file"
    blocker.write_text("")
    monkeypatch.setenv("VOTECLI_CACHE_DIR", str(blocker / "cache"))
    monkeypatch.setattr(cache, "_DATABASE", cache._Database())
    path = write(tmp_path, "a.txt", TEXT)
    assert _documents([path]) == _documents([path])
    assert len(extractions) == 2


def test_the_cli_reads_cached_texts_without_loading_the_extractor(tmp_path):
    """A second command over the same texts: same output, and the extractor (its patterns
    and tables) is never imported."""
    script = (
        "import sys\n"
        "from votecli.cli import main\n"
        "try:\n    main()\n"
        "except SystemExit:\n    pass\n"
        "print('extractor loaded:', 'votecli.extract' in sys.modules, file=sys.stderr)\n"
    )
    env = {**os.environ, "VOTECLI_CACHE_DIR": str(tmp_path / "cache"), "NO_COLOR": "1"}
    env.pop("VOTECLI_NO_CACHE", None)
    command = [sys.executable, "-c", script, "summary", "--format", "csv"]
    runs = [subprocess.run(command, env=env, capture_output=True, text=True) for _ in range(2)]
    assert runs[0].stdout == runs[1].stdout and "Kazakhstan" in runs[0].stdout
    assert "extractor loaded: True" in runs[0].stderr
    assert "extractor loaded: False" in runs[1].stderr


def _votecli(folder, *args: str) -> subprocess.CompletedProcess[str]:
    """The CLI in a process of its own, so that its cache is written at exit as for a user."""
    env = {**os.environ, "VOTECLI_CACHE_DIR": str(folder), "NO_COLOR": "1"}
    env.pop("VOTECLI_NO_CACHE", None)
    command = [sys.executable, "-m", "votecli", *args]
    return subprocess.run(command, env=env, capture_output=True, text=True)


def test_the_cache_command_lists_its_files_and_the_texts_they_hold(tmp_path):
    folder = tmp_path / "cache"
    assert _votecli(folder, "tallies", "-f", "csv").returncode == 0  # the two seeds
    listed = _votecli(folder, "cache", "-f", "csv")
    assert listed.returncode == 0 and listed.stderr == ""
    rows = [line.split(",") for line in listed.stdout.splitlines()]
    assert rows[0] == ["folder", "file", "kind", "bytes", "documents"]
    kinds = {row[2]: row for row in rows[1:]}
    assert set(kinds) == {"documents", "patterns"}
    assert kinds["documents"][0] == str(folder) and kinds["documents"][4] == "2"
    for _, name, _, size, _ in rows[1:]:
        assert int(size) >= (folder / name).stat().st_size > 0


def test_the_cache_command_clears_the_cache_and_keeps_nothing_of_its_own(tmp_path):
    folder = tmp_path / "cache"
    first = _votecli(folder, "summary", "-f", "csv")
    cleared = _votecli(folder, "cache", "--clear", "-f", "csv")
    assert cleared.returncode == 0 and "removed 2 files" in cleared.stderr
    assert len(cleared.stdout.splitlines()) == 3  # the header and the two files removed
    assert list(folder.iterdir()) == []
    again = _votecli(folder, "summary", "-f", "csv")  # extracted afresh, same result
    assert again.stdout == first.stdout and any(folder.glob("documents-*.db"))


def test_the_cache_command_on_no_cache_says_so(tmp_path):
    listed = _votecli(tmp_path / "never made", "cache", "-f", "csv")
    assert listed.returncode == 0
    assert listed.stdout == "folder,file,kind,bytes,documents\n"
    assert listed.stderr == f"votecli: note: no cache files in {tmp_path / 'never made'}\n"
