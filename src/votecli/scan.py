"""Where a text may hold something to read: one fast pass over the whole text.

Most of a news archive is prose with no vote in it. Splitting every text into sentences and
looking at each costs more than the rest of extraction, so the reader first finds *hits*
here and visits only the sentences that hold one:

- a **read** hit makes a sentence worth reading in full: a number that can be a count (not a
  year, a date, a clock time, an amount, a duration or a distance), a number word, or an
  election word ("elected", "votes", "ballot", "candidate", "won", "majority"...);
- a **cue** hit only names context the sentences after it share: a body ("Council",
  "Assembly") or a regional group ("Asia-Pacific").

Words are found through the set of distinct words of the text (C-speed `findall` and set
operations, each word's class cached across texts), then located with `str.find`; digits
through one regex. A regex alternation over all the vocabulary runs ten times slower.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import patterns
from .contests import CUE_WORDS
from .numbers import CARDINAL_WORDS

READ, CUE = "read", "cue"  # the kinds of hit
_NUMBER = "number"  # a number word: a read hit unless a unit follows it ("two days")

NUMBER_WORDS = CARDINAL_WORDS | {"none", "nil", "single", "dozen"}
# Substrings of a word that make its sentence worth reading ("elect" in "re-election").
ELECTION_STEMS = (
    "elect", "candida", "contest", "vying", "vied", "compet", "running", "seat", "rival",
    "nominat", "race", "struggle", "runoff", "run-off", "round", "ballot", "vot", "deadlock",
    "fought", "challeng", "applied", "sought", "seek", "member", "majority", "abstention",
    "valid", "defeat", "withdr", "eliminat",
)  # fmt: skip
ELECTION_PREFIXES = ("bid", "won", "win")  # only at a word's start ("bid", not "morbid")
ELECTION_WORDS = frozenset({"ran"})

# Words naming a body or a regional group ("Security Council", "Asia-Pacific").
_SHORT_CUES = frozenset(w for w in CUE_WORDS if len(w) <= 3)
_LONG_CUES = tuple(w for w in CUE_WORDS if len(w) > 3)
# possessive: a word ends where its letters do, so the engine keeps no backtracking points
_WORD = patterns.compile(r"[a-z]++(?:-[a-z]++)*+")
_PERCENT = "%"
# Month names and their short forms: a number beside one is a date ("23 May", "Sept 5").
MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept",
    "sep", "oct", "nov", "dec",
)  # fmt: skip
MONTH_PATTERN = "|".join(MONTHS)  # for case-insensitive patterns
# A day of the month written with an ordinal's stop before its month, German and Nordic
# style, after a weekday or a preposition of time ("am Sonntag, 27. September", "am 14.
# Oktober"); the months capitalised, in English and German spelling. Without the word
# before, "Ana Ruiz 27. August Braun got 3" is a count and two sentences.
_DOTTED_DATE = patterns.compile(
    r"(?:\b(?:am|vom|zum|bis|den|dem|seit|ab|til|fra)|\b[A-Z][a-z]{2,8}(?:tag|woch|abend|day)),? "
    r"[0-9]{1,2}\. (?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Januar|Februar|März|Juni|Juli|Oktober|Dezember)\b"
)


def dotted_date_at(text: str, at: int) -> bool:
    """Whether the character at `at` (the day's number, or its stop) lies in such a date."""
    for match in _DOTTED_DATE.finditer(text, max(0, at - 24), at + 16):
        if match.start() <= at < match.end():
            return True
    return False


# Amounts, durations and distances are never vote counts: "within 8 days", "37 million euros".
_UNITS = (
    r"(?:(?:million|billion|thousand|hundred|bn|m)[ \t\u00a0])?(?:days?|weeks?|months?|years?|"
    r"hours?|minutes?|seconds?|km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|kg|tonnes?|tons?|"
    r"people|inhabitants|residents|dollars?|euros?|pounds?|yen|yuan|rupees?|tenge|francs?|roubles?)"
)
_UNIT = patterns.compile(rf"[ \t\u00a0]?{_UNITS}\b", re.IGNORECASE)
# A number that can be a count: a range or term ("114-112", "2017-2018"), or not a year (save
# a year-like count closing a row), a clock time, a day before its month ("23 May") or a
# number of units; a count glued to a row's colon stays one ("ADC:81,919"), a clock's
# minutes not ("10:30"). The pattern starts with a digit so the regex engine skips to digits at C
# speed; the lookarounds only run there.
_COUNT = patterns.compile(
    r"\d(?<![\d.,]\d)(?<!\d:\d)\d*+(?:[.,]\d++)*+"
    r"(?:\s?[-–/]\s?\d"
    # a year-like number closing a line after a word may be a results row's count ("X 1885",
    # "X- 2087 (SLP)": after a dash, the row's side in brackets after it)
    r"|(?:(?<!\b1[89]\d\d)(?<!\b20\d\d)|(?:(?<=[^\W\d] \d{4})|(?<=[^\W\d][-–:] \d{4}))"
    r"(?=[ \t]*+(?:\([^()\n]{1,30}\)[ \t]*+)?(?:\n|$)))(?!:\d)"
    rf"(?![ \t\u00a0]?(?:{MONTH_PATTERN}|{_UNITS})\b))",
    re.IGNORECASE,
)
# The same on ASCII text, where it matches alike: `re` skips to a digit in a third less
# time when `\d` is 0-9 rather than any decimal digit of Unicode
_ASCII_COUNT = patterns.ascii_twin(_COUNT)
_MONTH_BEFORE = patterns.compile(rf"(?:{MONTH_PATTERN})\.?[ \t\u00a0]$", re.IGNORECASE)  # "May 23"


# Words of no class met so far: a text's words less these (a C-speed set difference) leave
# few to classify, as most words of any text are plain ones seen in earlier texts
_PLAIN: set[str] = set()
_MAX_PLAIN = 65536  # forgotten past this, like word_class's cache


@lru_cache(maxsize=65536)
def word_class(word: str) -> str | None:
    """READ, CUE, _NUMBER or None for one lower-case word of a text."""
    if not NUMBER_WORDS.isdisjoint(word.split("-")):
        return _NUMBER
    if word in ELECTION_WORDS:
        return READ
    if word.startswith(ELECTION_PREFIXES) or any(stem in word for stem in ELECTION_STEMS):
        return READ
    if word in _SHORT_CUES or any(stem in word for stem in _LONG_CUES):
        return CUE
    return None


def hits(text: str) -> list[tuple[int, str]] | None:
    """Offsets of read and cue hits, in text order; None when the text cannot be scanned by
    word (its lower-case form changes length, as "İ" does): read it all then."""
    lower = text.lower()
    if len(lower) != len(text):
        return None
    counts = _ASCII_COUNT if text.isascii() else _COUNT
    found = [(m.start(), READ) for m in counts.finditer(text) if not _day_of_month(text, m)]
    if len(_PLAIN) > _MAX_PLAIN:
        _PLAIN.clear()
    for word in _words(lower) - _PLAIN:
        kind = word_class(word)
        if kind is None:
            _PLAIN.add(word)
        elif kind == _NUMBER:
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
    return scanned is None or any(kind == READ for _, kind in scanned)


def _words(lower: str) -> set[str]:
    """The distinct words `_WORD` finds in `lower`. On ASCII text, by blanking every
    character not a letter or hyphen and splitting (a quarter faster than `findall` over a
    whole text); runs with a hyphen at an edge or doubled ("--") are left to the pattern."""
    if not lower.isascii():
        return set(_WORD.findall(lower))
    words = set(lower.translate(_ONLY_LETTERS_AND_HYPHENS).split())
    odd = [w for w in words if "-" in w and (w[0] == "-" or w[-1] == "-" or "--" in w)]
    if odd:
        words.difference_update(odd)
        for run in odd:
            words.update(_WORD.findall(run))
    return words


_ONLY_LETTERS_AND_HYPHENS = str.maketrans(
    {chr(c): " " for c in range(128) if not ("a" <= chr(c) <= "z" or chr(c) == "-")}
)


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


def _day_of_month(text: str, match: re.Match[str]) -> bool:
    """ "May 23": one or two digits after a month's name."""
    start = match.start()
    return match.end() - start <= 2 and bool(_MONTH_BEFORE.search(text, max(0, start - 11), start))


def _unit(text: str, end: int) -> bool:
    return _UNIT.match(text, end) is not None
