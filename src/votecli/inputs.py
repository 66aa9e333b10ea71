"""Reading inputs: files, folders, stdin and the embedded seed texts, each as a Source."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path

from .errors import InputError
from .model import Source

STDIN = "-"
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
_TITLE_MAX = 100


def seed_paths() -> list[Path]:
    """The seed texts: package data when installed, the checkout's seeds/ when editable."""
    packaged = resources.files("votecli") / "seeds"
    if packaged.is_dir():
        return sorted(Path(str(p)) for p in packaged.iterdir() if p.name.endswith(".txt"))
    checkout = Path(__file__).resolve().parents[2] / "seeds"
    return sorted(checkout.glob("*.txt"))


def expand(paths: Iterable[str]) -> Iterator[str]:
    """Paths as given, folders replaced by their text files in sorted order."""
    for raw in paths:
        path = Path(raw)
        if raw != STDIN and path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and _is_texty(p))
            if not found:
                yield raw  # reported as an error by read()
            yield from (str(p) for p in found)
        else:
            yield raw


def _is_texty(path: Path) -> bool:
    return path.suffix.lower() in TEXT_SUFFIXES and not path.name.startswith(".")


def read(name: str, display: str | None = None) -> Source:
    """Read one path (or `-`) as a Source named `display` (default: the path as given),
    raising InputError with a one-line reason."""
    data = _read_bytes(name)
    name = display or name
    text = decode(data, name)
    if not text.strip():
        raise InputError(f"{name}: empty text")
    return Source(name=name, title=title_of(text), text=text)


def _read_bytes(name: str) -> bytes:
    if name == STDIN:
        try:
            return sys.stdin.buffer.read()
        except (OSError, ValueError, AttributeError) as exc:
            raise InputError(f"{name}: cannot read standard input ({exc})") from None
    path = Path(name)
    try:
        if path.is_dir():
            raise InputError(f"{name}: folder holds no text files")
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None


def decode(data: bytes, name: str) -> str:
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name}: binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not UTF-8 text (byte {exc.start})") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def title_of(text: str) -> str:
    """A `title:` header line when present (as in scraped corpora), else the first line."""
    for line in text.splitlines()[:5]:
        if line.lower().startswith("title:"):
            return line[6:].strip()[:_TITLE_MAX]
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:_TITLE_MAX]
    return ""
