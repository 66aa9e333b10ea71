"""Where a text may hold something to read: one fast pass over the whole text.

Most of a news archive is prose with no vote in it. Splitting every text into sentences and
looking at each costs more than the rest of extraction, so the reader first finds *hits*
here and visits only the sentences that hold one:

- a **read** hit makes a sentence worth reading in full: a number that can be a count (not a
  year, a date or a clock time), a number word, or an election word ("elected", "votes",
  "ballot", "candidate", "won", "majority"...);
- a **cue** hit only names context the sentences after it share: a body ("Council",
  "Assembly") or a regional group ("Asia-Pacific").

Words are found through the set of distinct words of the text (C-speed `findall` and set
operations, each word's class cached across texts), then located with `str.find`; digits
through one regex. A regex alternation over all the vocabulary runs ten times slower.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .contests import BODY_WORDS, GROUP_WORDS
from .numbers import CARDINAL_WORDS

READ, CUE = True, False
_NUMBER = 1  # a number word: READ unless a unit follows it

NUMBER_WORDS = CARDINAL_WORDS | {"none", "nil", "single", "dozen"}
# Substrings of a word that make its sentence worth reading ("elect" in "re-election").
ELECTION_STEMS = (
    "elect", "candida", "contest", "vying", "vied", "compet", "running", "seat", "rival",
    "nominat", "race", "struggle", "runoff", "run-off", "round", "ballot", "vot", "deadlock",
    "fought", "challeng", "applied", "sought", "seek", "member", "majority", "abstention",
    "valid",
)  # fmt: skip
ELECTION_PREFIXES = ("bid", "won", "win")  # only at a word's start ("bid", not "morbid")
ELECTION_WORDS = frozenset({"ran"})
# Words every body and group pattern of contests.py contains ("ap " stands for "AP group").
CUE_STEMS = tuple(w for w in BODY_WORDS + GROUP_WORDS if " " not in w)
CUE_WORDS = frozenset(w.strip() for w in GROUP_WORDS if " " in w)

_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
_PERCENT = "%"
_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
)  # fmt: skip
# A run of digits with its separators, and what stands right around it.
_DIGITS = re.compile(r"(?<![\d.,])\d++(?:[.,:]\d++)*+(?P<after>\s?[-–/]\s?\d)?")
_BEFORE = re.compile(r"([A-Za-z]+)\.?[ \t\u00a0]$")
_AFTER = re.compile(r"[ \t\u00a0]?([A-Za-z]+)")
# Amounts, durations and distances are never vote counts: "within 8 days", "37 million euros".
_UNIT = re.compile(
    r"[ \t\u00a0]?(?:(?:million|billion|thousand|hundred|bn|m)[ \t\u00a0])?(?:days?|weeks?|months?|years?|hours?|"
    r"minutes?|seconds?|km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|kg|tonnes?|tons?|people|"
    r"inhabitants|residents|dollars?|euros?|pounds?|yen|yuan|rupees?|tenge|francs?|roubles?)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=65536)
def word_class(word: str) -> bool | int | None:
    """READ, CUE, _NUMBER or None for one lower-case word of a text."""
    if not NUMBER_WORDS.isdisjoint(word.split("-")):
        return _NUMBER
    if word in ELECTION_WORDS:
        return READ
    if word.startswith(ELECTION_PREFIXES) or any(stem in word for stem in ELECTION_STEMS):
        return READ
    if word in CUE_WORDS or any(stem in word for stem in CUE_STEMS):
        return CUE
    return None


def hits(text: str) -> list[tuple[int, bool]] | None:
    """Offsets of read and cue hits, in text order; None when the text cannot be scanned by
    word (its lower-case form changes length, as "İ" does): read it all then."""
    lower = text.lower()
    if len(lower) != len(text):
        return None
    found = [(m.start(), READ) for m in _DIGITS.finditer(text) if _countable(text, m)]
    for word in set(_WORD.findall(lower)):
        kind = word_class(word)
        if kind is _NUMBER:
            found += [
                (at, READ) for at in _occurrences(lower, word) if not _unit(text, at + len(word))
            ]
        elif kind is not None:
            found += [(at, kind) for at in _occurrences(lower, word)]
    at = lower.find(_PERCENT)
    while at >= 0:
        found.append((at, READ))
        at = lower.find(_PERCENT, at + 1)
    found.sort()
    return found


def worth_reading(text: str) -> bool:
    """Whether a sentence holds a read hit."""
    scanned = hits(text)
    return scanned is None or any(kind is READ for _, kind in scanned)


def _occurrences(lower: str, word: str) -> list[int]:
    """Where `word` stands as a whole word (not inside a longer one)."""
    found = []
    at = lower.find(word)
    size = len(word)
    while at >= 0:
        before = lower[at - 1] if at else " "
        after = lower[at + size : at + size + 1]
        if not (before.isalpha() or before == "-") and not (after.isalpha() or after == "-"):
            found.append(at)
        at = lower.find(word, at + size)
    return found


def _countable(text: str, match: re.Match[str]) -> bool:
    """A number that can be a count: not a year, a day of a date, a clock time, an amount,
    a duration or a distance."""
    digits = match.group()
    if ":" in digits:
        return False  # "22:02", "12:30"
    if match.group("after"):
        return True  # "2017-2018", "114-112": terms of office and scores
    if len(digits) == 4 and digits[:2] in ("18", "19", "20"):
        return False  # a year
    start, end = match.span()
    before = _BEFORE.search(text, max(0, start - 12), start)
    if before and before.group(1).lower() in _MONTHS:
        return False  # "May 23"
    after = _AFTER.match(text, end)
    if after and after.group(1).lower() in _MONTHS:
        return False  # "23 May"
    return not _unit(text, end)


def _unit(text: str, end: int) -> bool:
    return _UNIT.match(text, end) is not None
