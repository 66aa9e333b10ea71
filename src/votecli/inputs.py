"""Reading inputs: files, folders, stdin and the embedded seed texts, each as a Source.

Inputs come from the wild: scraped, re-encoded, saved from a browser, pasted. Bytes become text by
byte-order mark, then strict UTF-8, then a guess (cp1252 for mostly-ASCII Western text, else
charset-normalizer); UTF-8 that was once read as cp1252 ("CÃ´te dâ€™Ivoire") is repaired with
ftfy; a saved web page is cut down to its article (see `webpage`). Line breaks are only ever
normalised to "\\n", never added or removed, so reported line numbers are the file's own (web
pages excepted: their lines are the article's blocks). Anything that is not text - a binary file,
a pipe, a device, a folder without text files - is one `InputError` line starting with the path.

The plain UTF-8 text file, by far the common case, imports nothing beyond the standard library's
basics: charset-normalizer, ftfy and the HTML reader load only when an input needs them.

Large inputs come as news datasets ship them: JSON Lines of articles (`.jsonl`, `.ndjson`), one
object per line whose text field is the document, and gzip-compressed files (`.jsonl.gz`,
`.txt.gz`...). `iter_sources` reads them as streams, line by line, so a multi-GB file is never
held whole; a bad line is one `InputError` naming the file and line, and the rest go on.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from .errors import InputError
from .model import Source

STDIN = "-"
TEXT_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ""}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
GZIP_SUFFIX = ".gz"
_TITLE_MAX = 100
_SNIFF = 8192  # bytes looked at for binary content

_pending_hints: list[str] = []
_hints_given: set[str] = set()


def hints() -> list[str]:
    """Advice gathered while reading (each at most once per process), cleared on return;
    the CLI prints it, the core never does."""
    pending = list(_pending_hints)
    _pending_hints.clear()
    return pending


def add_hint(message: str) -> None:
    """Pass on a hint a worker gathered: each worker gives it once, the user sees it once."""
    _hints_given.add(message)
    if message not in _pending_hints:
        _pending_hints.append(message)


def _hint(message: str) -> None:
    if message not in _hints_given:
        _hints_given.add(message)
        _pending_hints.append(message)


def seed_paths() -> list[Path]:
    """The seed texts: package data beside this module when installed (the wheel puts them
    in votecli/seeds), the checkout's seeds/ when installed in editable mode."""
    here = Path(__file__).resolve().parent
    places = (here / "seeds", here.parents[1] / "seeds")
    for folder in places:
        found = sorted(folder.glob("*.txt"))
        if found:
            return found
    raise InputError(f"no seed texts in {places[0]} or {places[1]}: give PATHS to read")


# --- folders ---------------------------------------------------------------------------------


def expand(paths: Iterable[str]) -> Iterator[str]:
    """Paths as given, folders replaced by their text files (recursively, sorted, hidden ones
    skipped, symlinked folders followed once). A folder without any yields itself, which
    read() then reports."""
    for raw in paths:
        if raw != STDIN and os.path.isdir(raw):
            found = _text_files(raw)
            if not found:
                yield raw
            yield from found
        else:
            yield raw


def _text_files(folder: str) -> list[str]:
    seen: set[tuple[int, int]] = set()
    found: list[str] = []
    for top, dirs, files in os.walk(folder, followlinks=True, onerror=lambda _exc: None):
        try:
            st = os.stat(top)
        except OSError:
            dirs[:] = []
            continue
        if (st.st_dev, st.st_ino) in seen:  # a symlink back up the tree: been here
            dirs[:] = []
            continue
        seen.add((st.st_dev, st.st_ino))
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            path = os.path.join(top, name)
            if _is_texty(name) and os.path.isfile(path):  # isfile: no dangling or looping links
                found.append(path)
    return sorted(found, key=lambda p: Path(p).parts)


def _is_texty(name: str) -> bool:
    """Text files, JSON Lines and gzip-compressed ones of either (`a.txt.gz`, `b.jsonl.gz`)."""
    if name.startswith("."):
        return False
    stem, suffix = os.path.splitext(name)
    suffix = suffix.lower()
    if suffix == GZIP_SUFFIX:
        inner = os.path.splitext(stem)[1].lower()
        return bool(inner) and (inner in TEXT_SUFFIXES or inner in JSONL_SUFFIXES)
    return suffix in TEXT_SUFFIXES or suffix in JSONL_SUFFIXES


# --- reading ---------------------------------------------------------------------------------


def read(name: str, display: str | None = None, *, encoding: str | None = None) -> Source:
    """Read one path (or `-`) as a Source named `display` (default: the path as given),
    raising InputError with a one-line reason. `encoding` forces a text encoding."""
    data = _read_bytes(name)
    shown = display or name
    text = decode(data, shown, encoding=encoding)
    return _source(name, shown, text)


def _source(path: str, shown: str, text: str, title: str | None = None) -> Source:
    """Decoded text to a Source: refused when blank, web pages cut to their article,
    mojibake repaired. `path` decides by its suffix whether the text is a web page."""
    if not text.strip():
        raise InputError(f"{shown}: empty text")
    if _is_html(path, text):
        from . import webpage

        if not webpage.trafilatura_available():
            _hint(webpage.HINT)
        text = webpage.html_to_text(text)
        if not text.strip():
            raise InputError(f"{shown}: web page holds no text")
    text = _lost_dashes(_backtick_apostrophes(repair(text)))
    return Source(name=shown, title=title or title_of(text), text=text)


# A backtick typed for an apostrophe inside a word ("Kim Young-Bae`s 111 votes", "don`t"), as
# some older sites print it
_BACKTICK_APOSTROPHE = re.compile(r"(?<=[^\W\d_])`(?=[^\W\d_])")


def _backtick_apostrophes(text: str) -> str:
    """The text with each in-word backtick read as an apostrophe (one character for one, so
    every offset stays as it was)."""
    if "`" not in text:
        return text
    return _BACKTICK_APOSTROPHE.sub("’", text)


def _lost_dashes(text: str) -> str:
    """The text with a replacement character standing alone between spaces read as the dash
    it once was ("incumbent Y \ufffd 99": a dash that a bad decoding lost)."""
    if "\ufffd" not in text:
        return text
    return text.replace(" \ufffd ", " – ")


def _read_bytes(name: str) -> bytes:
    if name == STDIN:
        return _read_stdin()
    try:
        st = os.stat(name)
    except OSError as exc:
        raise InputError(f"{name}: {_os_reason(name, exc)}") from None
    if stat.S_ISDIR(st.st_mode):
        if _text_files(name):
            raise InputError(f"{name}: is a folder, not a file")
        raise InputError(f"{name}: folder holds no text files")
    if not stat.S_ISREG(st.st_mode):
        raise InputError(f"{name}: not a regular file ({_file_kind(st.st_mode)})")
    try:
        fd = _open(name)
    except OSError as exc:
        raise InputError(f"{name}: {_os_reason(name, exc)}") from None
    with os.fdopen(fd, "rb") as stream:
        try:
            kind = os.fstat(fd).st_mode
            if not stat.S_ISREG(kind):  # swapped for a pipe or device since the stat()
                raise InputError(f"{name}: not a regular file ({_file_kind(kind)})")
            return stream.read()
        except OSError as exc:
            raise InputError(f"{name}: {_os_reason(name, exc)}") from None


def _open(name: str) -> int:
    """Open for reading without ever blocking: a path swapped for a FIFO after the stat()
    opens at once (and is then refused) instead of waiting for a writer."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    return os.open(name, flags)


def _read_stdin() -> bytes:
    stream = sys.stdin
    if stream is None:
        raise InputError(f"{STDIN}: standard input is closed")
    try:
        buffer = getattr(stream, "buffer", None)
        if buffer is not None:
            return buffer.read()
        return stream.read().encode("utf-8", "surrogatepass")
    except ValueError:  # "I/O operation on closed file"
        raise InputError(f"{STDIN}: standard input is closed") from None
    except (OSError, UnicodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise InputError(f"{STDIN}: cannot read standard input ({reason})") from None


def _os_reason(name: str, exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symlink loop"
    if isinstance(exc, FileNotFoundError | NotADirectoryError):
        return "broken symlink" if os.path.islink(name) else "no such file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a folder, not a file"
    return f"cannot read ({exc.strerror or exc})"


def _file_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "named pipe; pipe it into '-' instead"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "special file"


# --- bytes to text ---------------------------------------------------------------------------

_BOMS = (  # UTF-32 first: its little-endian mark begins with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"\x7fELF", "executable"),
    (b"RIFF", "media file"),
    (b"{\\rtf", "RTF document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Office document"),
)
# C0 controls that never appear in text (tab, line feed, form feed, carriage return, vertical
# tab and escape do).
_CONTROL = bytes(b for b in range(32) if b not in b"\t\n\x0b\x0c\r\x1b")
_HIGH = rb"[\x80-\xff]+"
# A non-ASCII character between two letters; if it is no letter itself (nor an apostrophe, dash,
# middle dot, soft hyphen or ellipsis), the text was not cp1252: Polish "głosów" in cp1250 reads
# "g³osów" ("³" counts as a word character to `re`, hence the check in Python).
_BETWEEN_LETTERS = r"(?<=[^\W\d_])[^\x00-\x7f](?=[^\W\d_])"
_IN_WORD_OK = frozenset("’‘·…\u00ad\u2010\u2011\u2012\u2013\u2014\u2015")
# The code pages that are, in practice, Windows-1252 (as browsers read them).
_AS_CP1252 = {"latin_1", "iso8859_1", "ascii", "cp1252"}
_META_CHARSET = rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})"""


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    """Bytes to text with "\\n" line breaks, or InputError naming `name`: `encoding` when
    given, else by byte-order mark, strict UTF-8, a declared <meta charset>, then a guess."""
    head = data[:_SNIFF]
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            raise InputError(f"{name}: binary file, not text ({kind})")
    text = _decode_as(data, name, encoding) if encoding else _decode_sniffed(data, head, name)
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _decode_as(data: bytes, name: str, encoding: str) -> str:
    try:
        codec = codecs.lookup(encoding).name
    except LookupError:
        raise InputError(f"{name}: unknown encoding {encoding!r}") from None
    if codec == "utf-8" and data.startswith(codecs.BOM_UTF8):
        codec = "utf-8-sig"
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not {encoding} text (byte {exc.start})") from None
    except (UnicodeError, LookupError, ValueError, TypeError) as exc:  # e.g. a non-text codec
        raise InputError(f"{name}: cannot decode as {encoding} ({exc})") from None


def _decode_sniffed(data: bytes, head: bytes, name: str) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                label = codec.removesuffix("-sig").upper()
                raise InputError(f"{name}: not {label} text (byte {exc.start})") from None
    if b"\x00" in head or _mostly_control(head):
        raise InputError(f"{name}: binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = _declared(data, head) or _western(data)
    if text is None:
        cyrillic = _cyrillic(data)
        if cyrillic is not None and len(data) < _SHORT:
            return cyrillic
        guess = _guessed(data)
        if cyrillic is not None and (guess is None or guess[0] not in _CYRILLIC_KIN):
            return cyrillic
        text = guess and guess[1]
    if text is None:
        raise InputError(f"{name}: unknown text encoding (try --encoding)")
    return text


def _mostly_control(head: bytes) -> bool:
    return len(head.translate(None, _CONTROL)) < len(head) * 0.95


def _declared(data: bytes, head: bytes) -> str | None:
    """A web page's own <meta charset>, when it is right (pages often lie about UTF-8)."""
    if b"<meta" not in head and b"<META" not in head:
        return None
    match = re.search(_META_CHARSET, head, re.IGNORECASE)
    if not match:
        return None
    try:
        codec = codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None
    codec = "cp1252" if codec.replace("-", "_") in _AS_CP1252 else codec
    try:
        return data.decode(codec)
    except (UnicodeError, LookupError):
        return None


def _western(data: bytes) -> str | None:
    """cp1252 (a superset of latin-1's printable characters) for mostly-ASCII text whose few
    high bytes sit alone or in pairs, as accented letters, curly quotes, dashes and € do.
    Short texts are where statistical detectors guess wrongest, and this is their usual case.
    Cyrillic in cp1251 comes as runs of high bytes (whole words) and is left to the detector."""
    runs = re.findall(_HIGH, data)
    if sum(map(len, runs)) > len(data) * 0.3 or max(map(len, runs), default=0) > 3:
        return None
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8d, 0x8f, 0x90 and 0x9d are unassigned in cp1252
        return None
    for match in re.finditer(_BETWEEN_LETTERS, text):
        char = match.group()
        if not char.isalpha() and char not in _IN_WORD_OK:
            return None
    return text


_CYRILLIC_WORD = r"[\u0400-\u04ff]{3,}"
_KOI8_LOOK = r"[а-яё][А-ЯЁ]{2,}"  # "кАЗАХСТАН": KOI8-R lower case read as cp1251
_KAZAKH = rb"[\x8d\x9d\xa3\xbc\xbd\xbe]"  # Қ қ Ә ә Ң ң in KZ-1048
_SERBIAN = rb"[\x80\x8a\x8c\x8f\x90\x9a\x9c\x9f]"  # Ђ Љ Њ Џ ђ љ њ џ
_CYRILLIC_MORE = frozenset("ЁёІіЇїЄєҐґЎўӘәҒғҚқҢңӨөҰұҮүҺһ")  # beyond Russian's А-я
_SHORT = 400  # bytes: below this, statistical detection is mostly noise
# Single-byte code pages a detector may rightly prefer to cp1251 for Cyrillic-looking bytes.
_CYRILLIC_KIN = {"cp1251", "koi8_r", "koi8_u", "mac_cyrillic", "iso8859_5", "cp866", "cp855"}
_CYRILLIC_KIN |= {"kz1048", "ptcp154", "cp1253", "iso8859_7", "mac_greek"}


def _cyrillic(data: bytes) -> str | None:
    """cp1251 (or its Kazakh sibling KZ-1048, or KOI8-R when cp1251 reads "кАЗАХСТАН") when
    the high bytes read as Cyrillic words, as Russian and Kazakh outlets' legacy files do."""
    codec = "kz1048" if re.search(_KAZAKH, data) and not re.search(_SERBIAN, data) else "cp1251"
    text = _as_cyrillic(data, codec)
    if text is not None and re.search(_KOI8_LOOK, text):
        text = _as_cyrillic(data, "koi8_r")
        return None if text is None or re.search(_KOI8_LOOK, text) else text
    return text


def _as_cyrillic(data: bytes, codec: str) -> str | None:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    high = [c for c in text if c > "\x7f"]
    cyrillic = [c for c in high if "\u0400" <= c <= "\u04ff"]
    common = sum("\u0410" <= c <= "\u044f" or c in _CYRILLIC_MORE for c in cyrillic)
    if (
        len(cyrillic) < 0.8 * len(high)
        or common < 0.85 * len(cyrillic)  # Ѓ Ќ Џ ђ...: what stray bytes 0x80-0xbf read as
        or len(set(cyrillic)) < min(4, len(cyrillic))  # "яяяя" is \xff padding, not a word
        or not re.search(_CYRILLIC_WORD, text)
    ):
        return None
    return text


def _guessed(data: bytes) -> tuple[str, str] | None:
    """charset-normalizer's best confident reading, if any: (codec name, text)."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        return None
    try:
        best = from_bytes(data).best()
        return None if best is None else (best.encoding, str(best))
    except Exception:  # a third-party heuristic on arbitrary bytes: no guess, never a crash
        return None


# --- text repair -----------------------------------------------------------------------------

# UTF-8 read as cp1252 (or latin-1): a lead byte shown as Â Ã (Latin-1 letters and signs), Ä Å
# (Central European), Î Ï (Greek), Ð Ñ (Cyrillic), Ø Ù (Hebrew, Arabic) or â (quotes, dashes, €)
# followed by a continuation byte shown as one of cp1252's 0x80-0xBF characters (or C1 control).
# Compiled directly, as are render.py's two: a warm start needs only these three, and
# loading the pattern store (all of the extractor's) would cost it 2 ms, compiling them 1 ms.
_MOJIBAKE = re.compile("[ÂÃÄÅÎÏÐÑØÙâ][\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]")


def repair(text: str) -> str:
    """Undo mojibake ("CÃ´te dâ€™Ivoire" -> "Côte d’Ivoire") line by line with ftfy, loaded
    only when a line shows its marks. Lines are never joined or split, so the count of "\\n"
    (and every line number) stays as it was; lines without the marks are not touched."""
    if text.isascii() or not _MOJIBAKE.search(text):  # its marks are never ASCII
        return text
    try:
        import ftfy
    except ImportError:
        return text
    config = ftfy.TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        remove_control_chars=False,
        normalization="NFC",
        explain=False,
    )
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if _MOJIBAKE.search(line):
            try:
                fixed = ftfy.fix_text(line, config)
            except Exception:  # third-party repair of arbitrary text: keep the line as it was
                continue
            lines[i] = fixed.replace("\r", " ").replace("\n", " ")
    return "\n".join(lines)


# --- web pages -------------------------------------------------------------------------------

_HTML_START = r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b"


def _is_html(path: str, text: str) -> bool:
    """A saved page: by suffix, or by its start (`<!doctype html` or `<html`, after
    whitespace, an XML declaration or a browser's "saved from" comment)."""
    if path != STDIN and os.path.splitext(path)[1].lower() in HTML_SUFFIXES:
        return True
    return (text[:1].isspace() or text[:1] == "<") and bool(
        re.match(_HTML_START, text[:4096], re.I | re.S)
    )


def title_of(text: str) -> str:
    """A `title:` header line when present (as in scraped corpora), else the first line."""
    for line in text.splitlines()[:5]:
        if line.lower().startswith("title:"):
            return line[6:].strip()[:_TITLE_MAX]
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:_TITLE_MAX]
    return ""


# --- large inputs: JSON Lines and gzip --------------------------------------------------------


def is_gzip(name: str) -> bool:
    return name != STDIN and name.lower().endswith(GZIP_SUFFIX)


def is_jsonl(name: str) -> bool:
    """JSON Lines by suffix, compressed or not: `a.jsonl`, `a.ndjson`, `a.jsonl.gz`."""
    if name == STDIN:
        return False
    stem = name[: -len(GZIP_SUFFIX)] if is_gzip(name) else name
    return os.path.splitext(stem)[1].lower() in JSONL_SUFFIXES


class RecordError(InputError):
    """One line of a JSON Lines file could not be read; `name` is `<file>:<line>`."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason

    def __reduce__(self) -> tuple:
        return (type(self), (self.name, self.reason))


class Record(NamedTuple):
    """One raw line of a JSON Lines file, not yet parsed: cheap to pass to another process."""

    file: str  # the file's name as shown
    line: int  # 1-based
    data: bytes


def iter_sources(
    name: str,
    display: str | None = None,
    *,
    encoding: str | None = None,
    text_field: str = "text",
    id_field: str | None = None,
) -> Iterator[Source | InputError]:
    """The Sources in one input, as a stream: one per article of a JSON Lines file
    (`.jsonl`, `.ndjson`, also gzip-compressed), exactly one for any other file (`read()`;
    `.gz` files are decompressed first). Errors are yielded, not raised, so a bad line or
    file never stops the rest: one InputError for an unreadable file, one per bad line.

    An article is named `<file>#<id>` when `id_field` is given and the line has it, else
    `<file>:<line>`; its text is the `text_field` member; its title the `title` member when
    there is one."""
    shown = display or name
    if not is_jsonl(name):
        try:
            yield read_any(name, shown, encoding=encoding)
        except InputError as exc:
            yield exc
        return
    try:
        for record in jsonl_records(name, shown):
            try:
                yield parse_record(record, text_field=text_field, id_field=id_field)
            except InputError as exc:
                yield exc
    except InputError as exc:
        yield exc


def read_any(name: str, display: str | None = None, *, encoding: str | None = None) -> Source:
    """`read()`, and gzip-compressed files (`.txt.gz`, `.html.gz`) decompressed first."""
    if not is_gzip(name):
        return read(name, display, encoding=encoding)
    import gzip  # imported when needed: start-up

    shown = display or name
    _read_bytes_checked(name)  # the same refusals (missing, folder, pipe...) as plain files
    try:
        with gzip.open(name, "rb") as stream:
            data = stream.read()
    except OSError as exc:
        raise InputError(f"{shown}: {_gzip_reason(name, exc)}") from None
    except EOFError:
        raise InputError(f"{shown}: truncated gzip file") from None
    text = decode(data, shown, encoding=encoding)
    return _source(name[: -len(GZIP_SUFFIX)], shown, text)


def _read_bytes_checked(name: str) -> None:
    """Raise what `_read_bytes` would for a path that is no readable regular file."""
    try:
        st = os.stat(name)
    except OSError as exc:
        raise InputError(f"{name}: {_os_reason(name, exc)}") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(f"{name}: is a folder, not a file")
    if not stat.S_ISREG(st.st_mode):
        raise InputError(f"{name}: not a regular file ({_file_kind(st.st_mode)})")
    if not os.access(name, os.R_OK):
        raise InputError(f"{name}: permission denied")


def _gzip_reason(name: str, exc: OSError) -> str:
    import gzip  # imported when needed: start-up

    if isinstance(exc, gzip.BadGzipFile) or exc.errno is None:
        return f"not a gzip file ({exc})"
    return _os_reason(name, exc)


def jsonl_records(name: str, display: str | None = None) -> Iterator[Record]:
    """The non-blank lines of a JSON Lines file (gzip-compressed or not) as Records, read as a
    stream. Raises InputError if the file cannot be opened or breaks off mid-way; lines already
    yielded stand."""
    import gzip  # imported when needed: start-up
    import zlib  # imported when needed: start-up

    shown = display or name
    _read_bytes_checked(name)
    opener = gzip.open if is_gzip(name) else open
    try:
        with opener(name, "rb") as stream:
            for number, line in enumerate(stream, 1):
                if line.strip():
                    yield Record(shown, number, line)
    except (gzip.BadGzipFile, zlib.error) as exc:
        raise InputError(f"{shown}: not a gzip file ({exc})") from None
    except EOFError:
        raise InputError(f"{shown}: truncated gzip file") from None
    except OSError as exc:
        raise InputError(f"{shown}: {_os_reason(name, exc)}") from None


def parse_record(
    record: Record, *, text_field: str = "text", id_field: str | None = None
) -> Source:
    """One JSON Lines record to a Source, or RecordError naming `<file>:<line>`."""
    import json  # imported when needed: start-up

    where = f"{record.file}:{record.line}"
    try:
        obj = json.loads(record.data)
    except UnicodeDecodeError:
        raise RecordError(where, "not UTF-8 text") from None
    except ValueError as exc:
        reason = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
        raise RecordError(where, f"not JSON ({reason})") from None
    if not isinstance(obj, dict):
        raise RecordError(where, "not a JSON object")
    text = obj.get(text_field)
    if not isinstance(text, str):
        missing = text is None and text_field not in obj
        why = f"no {text_field!r} field" if missing else f"{text_field!r} is not a string"
        raise RecordError(where, why)
    name = where
    if id_field is not None:
        ident = obj.get(id_field)
        if isinstance(ident, str | int) and not isinstance(ident, bool) and str(ident).strip():
            name = f"{record.file}#{str(ident).strip()}"
    title = obj.get("title")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    title = title.strip()[:_TITLE_MAX] if isinstance(title, str) else None
    try:
        return _source("", name, text, title)
    except InputError as exc:  # blank text, a web page without any
        raise RecordError(where, str(exc).removeprefix(f"{name}: ")) from None
