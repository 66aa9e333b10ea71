"""What earlier runs extracted, kept so that the next command over the same texts skips it.

An analyst runs `tallies`, then `summary`, then `check` over the same files; each would
otherwise extract every text again. `extracted(source)` keeps each document's findings
(not its text, which the caller has) in an SQLite database, under a digest of the text,
its name and title. The database's name holds a digest of votecli's own files
(`fingerprint`): an upgrade or an edit opens a new one and removes the old, so a result
is never read back by code that would extract differently. The tests hold a document
read back equal to the one extracted.

SQLite rather than a file per document: thousands of small entries in one file, on a
quarter of the disk (a document averages 1.2 kB; a file takes a 4 kB block) and written no
slower (first runs over 2,645 files: 4% to 15% longer than without a cache, against 8% to
23% with a file each). Entries are disposable, so writes are not synced to disk.

The cache lives in the user's cache folder (`cache_dir`), can be moved with
`VOTECLI_CACHE_DIR` and turned off with `VOTECLI_NO_CACHE=1`; a damaged database is
replaced, and a folder that cannot be written is no error (nothing is kept). Entries are
pickles, so only the user's own folder is trusted: it is created private to them.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    import sqlite3

    from .model import Document, Source

try:
    from _blake2 import blake2b  # hashlib's own, without loading OpenSSL as hashlib does (3 ms)
except ImportError:  # pragma: no cover - not CPython
    from hashlib import blake2b


def cache_dir() -> Path | None:
    """Where votecli keeps its cache (`cache_location()`); None when `VOTECLI_NO_CACHE` is
    set."""
    return None if os.environ.get("VOTECLI_NO_CACHE") else cache_location()


def cache_location() -> Path:
    """`$VOTECLI_CACHE_DIR`, else the platform's cache folder, whether the cache is on or off."""
    if configured := os.environ.get("VOTECLI_CACHE_DIR"):
        return Path(configured)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local"
        return Path(base) / "votecli" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "votecli"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "votecli"


class CacheFile(NamedTuple):
    """One file votecli keeps in its cache folder."""

    path: Path
    kind: str  # "documents" or "patterns"
    size: int  # bytes, with the files SQLite keeps beside a database
    documents: int | None  # texts a documents database holds; None when it cannot be read


_KINDS = (("documents-", ".db", "documents"), ("patterns-", ".marshal", "patterns"))


def inventory(folder: Path) -> list[CacheFile]:
    """The files votecli made in `folder` (a missing folder holds none), by name."""
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return []
    found = []
    for name in names:
        for prefix, suffix, kind in _KINDS:
            if name.startswith(prefix) and name.endswith(suffix):
                path = folder / name
                size = sum(_size(f"{path}{extra}") for extra in ("", "-wal", "-shm"))
                count = _document_count(path) if kind == "documents" else None
                found.append(CacheFile(path, kind, size, count))
    return found


def clear(folder: Path) -> list[CacheFile]:
    """Remove the files `inventory` lists (a run under way keeps its open database and
    makes a new one next time); the ones removed."""
    removed = []
    for entry in inventory(folder):
        if entry.kind == "documents":
            _remove_database(entry.path)
        else:
            with contextlib.suppress(OSError):
                entry.path.unlink()
        if not entry.path.exists():
            removed.append(entry)
    return removed


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _document_count(path: Path) -> int | None:
    """How many documents a database holds as last written to its file (entries a running
    command has in SQLite's write-ahead log are not counted), read without touching it."""
    import sqlite3

    try:
        connection = sqlite3.connect(f"{path.as_uri()}?immutable=1", uri=True)
    except sqlite3.Error:
        return None
    try:
        return connection.execute("select count(*) from documents").fetchone()[0]
    except sqlite3.Error:
        return None
    finally:
        connection.close()


def _beside(path: Path) -> Path:
    """A temporary name next to `path` that no other process or thread uses."""
    return path.with_name(f"{path.name}.{os.getpid()}-{threading.get_ident()}.tmp")


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that a reader sees the old file or the new one, never
    half of one (another process may be reading or writing it)."""
    temporary = _beside(path)
    try:
        with open(temporary, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def extracted(source: Source) -> Document:
    """`extract(source)`, read from the cache when an earlier run extracted the same source
    with the same code, and stored there otherwise (by `flush()`, or every few dozen)."""
    database = None if os.environ.get("VOTECLI_NO_CACHE") else _DATABASE.connection()
    if database is None:
        return _extract(source)
    key = _key(source)
    document = _load(database, key, source)
    if document is None:
        document = _extract(source)
        _store(key, document)
    return document


def flush() -> None:
    """Write the documents extracted since the last flush, in one short transaction (so
    that worker processes sharing the database seldom wait for each other)."""
    database, pending = _DATABASE.open, _DATABASE.pending
    if database is None or not pending or _DATABASE.pid != os.getpid():
        return
    import sqlite3

    try:
        database.execute("begin immediate")  # the write lock first, waiting for it if need be
        database.executemany("insert or replace into documents values (?, ?)", pending.items())
        _trim(database)
        database.commit()
    except sqlite3.Error:  # a full disk, a read-only folder, a lock held too long: dropped
        with contextlib.suppress(sqlite3.Error):
            database.rollback()
    pending.clear()


def _max_bytes() -> int:
    """The most the documents may take: `VOTECLI_CACHE_MAX_MB` megabytes (default 1000)."""
    try:
        return int(float(os.environ.get("VOTECLI_CACHE_MAX_MB") or 1000) * 1_000_000)
    except ValueError:
        return 1000 * 1_000_000


def _trim(database: sqlite3.Connection) -> None:
    """Past `_max_bytes()`, drop the oldest quarter of the documents: the file then stays
    that size, its freed pages taken by the next ones (page counts cost nothing to read)."""
    page_size = database.execute("pragma page_size").fetchone()[0]
    pages = database.execute("pragma page_count").fetchone()[0]
    free = database.execute("pragma freelist_count").fetchone()[0]
    if (pages - free) * page_size <= _max_bytes():
        return
    first, last = database.execute("select min(rowid), max(rowid) from documents").fetchone()
    database.execute("delete from documents where rowid <= ?", (first + (last - first) // 4,))


def _extract(source: Source) -> Document:
    from .extract import extract  # never imported when every document is cached

    return extract(source)


def _key(source: Source) -> bytes:
    digest = blake2b(digest_size=20)
    for part in (source.name, source.title, source.text):
        data = part.encode("utf-8", "surrogatepass")
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.digest()


def _load(database: sqlite3.Connection, key: bytes, source: Source) -> Document | None:
    import sqlite3

    from .model import Document

    fields = _DATABASE.pending.get(key)
    if fields is None:
        try:
            row = database.execute("select fields from documents where key = ?", (key,)).fetchone()
        except sqlite3.Error:
            return None
        if row is None:
            return None
        fields = row[0]
    try:
        return Document(source=source, **_unpickle(fields))
    except Exception:  # an entry that does not unpickle into a document: extracted again
        return None


def _store(key: bytes, document: Document) -> None:
    """Keep the document's fields but its source: the text is what the key is made of."""
    fields = {name: value for name, value in vars(document).items() if name != "source"}
    _DATABASE.pending[key] = _pickled(fields)
    if len(_DATABASE.pending) >= _FLUSH_EVERY:
        flush()


def _unpickle(data: bytes) -> dict[str, object]:
    # CPython's C unpickler alone: the `pickle` module around it costs 1.4 ms of every start
    # that reads cached documents (measured with -X importtime), 2% of a warm `summary`.
    try:
        from _pickle import loads
    except ImportError:  # another Python
        from pickle import loads
    return loads(data)


def _pickled(fields: dict[str, object]) -> bytes:
    """Pickle the model's dataclasses as their constructor's arguments rather than as
    attribute dictionaries: a third smaller, and read back in 60% of the time."""
    import io
    import pickle
    from dataclasses import fields as fields_of

    from . import model

    if not _REDUCERS:
        for cls in (model.Span, model.Candidate, model.Figure, model.Contest, model.Tally):
            _REDUCERS[cls] = _as_arguments(tuple(field.name for field in fields_of(cls)))
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = _REDUCERS
    pickler.dump(fields)
    return buffer.getvalue()


Reducer = Callable[[Any], tuple[type, tuple[object, ...]]]
_REDUCERS: dict[type, Reducer] = {}


def _as_arguments(names: tuple[str, ...]) -> Reducer:
    def reduce(obj: Any) -> tuple[type, tuple[object, ...]]:
        return type(obj), tuple([getattr(obj, name) for name in names])

    return reduce


def fingerprint() -> str:
    """A digest of what extraction depends on besides the text: votecli's code and data,
    told apart as Python tells .pyc files from their sources, by each file's modification
    time and size (hashing their contents would cost 2 ms of every start)."""
    package = os.path.dirname(__file__)
    digest = blake2b(digest_size=8)
    digest.update(sys.implementation.cache_tag.encode())
    for folder, subfolders, files in os.walk(package):
        subfolders[:] = sorted(name for name in subfolders if name != "__pycache__")
        for name in sorted(files):
            if name.endswith(".py"):
                stat = os.stat(os.path.join(folder, name))
                where = os.path.relpath(os.path.join(folder, name), package)
                digest.update(f"{where}:{stat.st_mtime_ns}:{stat.st_size};".encode())
    return digest.hexdigest()


class _Database(threading.local):
    """This thread's connection to `documents-<fingerprint>.db`, opened on first use (an
    SQLite connection serves the thread that opened it: a Dask worker may run several).
    A forked worker opens its own: a connection must not be used, nor closed, in a process
    forked after it was opened, so the parent's is kept unused."""

    def __init__(self) -> None:
        self.pid: int | None = None
        self.open: sqlite3.Connection | None = None
        self.inherited: list[sqlite3.Connection] = []
        self.pending: dict[bytes, bytes] = {}  # key -> pickled fields, not written yet

    def connection(self) -> sqlite3.Connection | None:
        if self.pid != os.getpid():
            if self.open is not None:
                self.inherited.append(self.open)
            self.pid, self.open, self.pending = os.getpid(), self._connect(), {}
        return self.open

    def _connect(self) -> sqlite3.Connection | None:
        folder = cache_dir()
        if folder is None:
            return None
        path = folder / f"documents-{fingerprint()}.db"
        with contextlib.suppress(OSError):
            for _attempt in range(2):
                if not path.exists():
                    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
                    _create_database(path)
                    _remove_other_versions(folder, path.name)
                connection = _open_database(path)
                if connection is not None:
                    return connection
                _remove_database(path)  # not a database (damaged): start afresh once
        return None


_DATABASE = _Database()
_FLUSH_EVERY = 64  # documents held before they are written
atexit.register(flush)  # the main thread's last entries (workers flush per batch)


def _create_database(path: Path) -> None:
    """Make an empty database aside and link it into place, so that processes starting
    together never race to make one: switching it to WAL and creating its table take locks
    SQLite does not wait for ("database is locked")."""
    import sqlite3

    temporary = _beside(path)
    try:
        connection = sqlite3.connect(temporary)
        try:
            connection.execute("pragma journal_mode = wal")  # readers never wait for a writer
            connection.execute(  # a rowid table: rows of a kilobyte or more are appended,
                # where a table keyed by the (random) digest would split pages all over
                "create table documents (key blob primary key, fields blob)"
            )
        finally:
            connection.close()
        with contextlib.suppress(FileExistsError):  # another process made it first
            os.link(temporary, path)
    except sqlite3.Error as exc:
        raise OSError(str(exc)) from exc
    finally:
        _remove_database(temporary)


def _open_database(path: Path) -> sqlite3.Connection | None:
    """The database at `path`, ready to use; None when it is damaged. OSError when it
    cannot be used (a folder not writable, a lock held too long)."""
    import sqlite3

    try:
        connection = sqlite3.connect(path, timeout=30)
    except sqlite3.Error as exc:
        raise OSError(str(exc)) from exc
    try:
        connection.execute("pragma synchronous = off")  # disposable: a lost entry is re-made
        connection.execute("select 1 from documents limit 1")  # a damaged file fails here
    except sqlite3.DatabaseError as exc:
        connection.close()
        if getattr(exc, "sqlite_errorname", "") in _DAMAGED:
            return None
        raise OSError(str(exc)) from exc
    return connection


_DAMAGED = ("SQLITE_NOTADB", "SQLITE_CORRUPT", "SQLITE_ERROR")  # SQLITE_ERROR: no table


def _remove_database(path: Path) -> None:
    """A database and the files SQLite keeps beside it."""
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            os.unlink(f"{path}{suffix}")


def _remove_other_versions(folder: Path, keep: str) -> None:
    """Databases of other versions of votecli will not be read again by this one."""
    for old in folder.glob("documents-*.db*"):
        if not old.name.startswith(keep):
            with contextlib.suppress(OSError):
                old.unlink()
