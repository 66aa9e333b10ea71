"""From paths to documents: the library entry point the CLI and other programs call."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from . import inputs
from .errors import InputError
from .extract import extract
from .model import Document, Source


@dataclass(frozen=True)
class Outcome:
    """What became of one input: a document, or the one-line reason it could not be read."""

    name: str
    document: Document | None = None
    error: str | None = None


SEED_PREFIX = "seeds/"


def run(paths: Sequence[str] | None = None, encoding: str | None = None) -> Iterator[Outcome]:
    """Read and extract every input in order; a bad input never stops the others.
    With no paths, the seed texts, named `seeds/<file>` wherever they are installed."""
    if paths:
        named = [(name, name) for name in inputs.expand(paths)]
    else:
        named = [(str(p), SEED_PREFIX + p.name) for p in inputs.seed_paths()]
    for path, name in named:
        try:
            source = inputs.read(path, name, encoding=encoding)
        except InputError as exc:
            yield Outcome(name, error=str(exc))
            continue
        yield Outcome(name, document=extract(source))


def extract_text(text: str, name: str = "-") -> Document:
    """Extract from a string: `extract_text("Kazakhstan received 138 votes.")`."""
    return extract(Source(name=name, title=inputs.title_of(text), text=text))
