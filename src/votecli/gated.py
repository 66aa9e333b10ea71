"""Patterns tried only on text that holds one of the words they need.

In CPython's `re` a failed case-insensitive search for an alternation of words costs 5 to 10
microseconds over one sentence, because the engine tries every position; a substring test
of a dozen words on the sentence's lower-case form costs about one. Most sentences a reader
visits fail most of its patterns, so each pattern used per sentence carries its *gate*: the
lower-case words one of which any match contains. Declaring a gate is a claim about the
pattern; `tests/test_gated.py` checks it on every phrasing case.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import patterns


class Gated:
    """`re.compile(pattern, flags)`, searched only in text holding one of `words`."""

    __slots__ = ("_ascii", "pattern", "words")

    def __init__(self, words: tuple[str, ...], pattern: str, flags: int = re.IGNORECASE) -> None:
        self.words = words
        self.pattern = patterns.compile(pattern, flags)
        self._ascii: re.Pattern[str] | None = None  # its ASCII twin, made on first use

    def opens(self, text: str) -> bool:
        return holds_any(self.words, text)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        if not holds_any(self.words, text):
            return None
        pattern = self._for(text)
        return pattern.search(text, pos) if endpos is None else pattern.search(text, pos, endpos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self._for(text).finditer(text) if holds_any(self.words, text) else iter(())

    def _for(self, text: str) -> re.Pattern[str]:
        """The pattern to run on `text`: on ASCII text (most sentences) its ASCII twin,
        which matches alike and faster (see `patterns.ascii_twin`)."""
        if not text.isascii():
            return self.pattern
        if self._ascii is None:
            self._ascii = patterns.ascii_twin(self.pattern)
        return self._ascii


# The text last tested and its lower-case form: a sentence read meets some twenty gates in
# a row (three calls in four get the same object as the call before), lowered once for all
_lowered = ["", ""]


def holds_any(words: tuple[str, ...], text: str) -> bool:
    """Whether the lower-case form of `text` holds one of `words`."""
    lowered = _lowered
    if text is not lowered[0]:  # the same object, not just equal: the test costs nothing
        lowered[0], lowered[1] = text, text.lower()
    lower = lowered[1]
    # A loop rather than any(...): called some 25 times per sentence read, the generator
    # any() needs cost 4% of all extraction (measured against this loop).
    for word in words:  # noqa: SIM110
        if word in lower:
            return True
    return False
