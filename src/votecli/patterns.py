"""Regular expressions compiled once per installation instead of once per run.

CPython parses and compiles a regular expression in Python code (`re._parser`,
`re._compiler`); votecli's 150 or so patterns cost about 30 ms of every start that way,
a quarter of `votecli summary`. What that work produces is a list of integers that the C
engine (`_sre.compile`) turns into a pattern object in microseconds. `compile()` keeps
those lists in one file in the user's cache directory, keyed by the pattern, its flags,
the Python build and the engine's version (`_sre.MAGIC`), and builds patterns from them.

It relies on those CPython internals, so every step has a way back to `re.compile`: another
Python, a missing or damaged file (the engine validates the code it is given), an unwritable
directory, or `VOTECLI_NO_CACHE=1`. The tests hold every cached pattern equal to
`re.compile`'s, code included (`re.Pattern.__eq__` compares it).
"""

from __future__ import annotations

import array
import atexit
import contextlib
import marshal
import re
import sys
from pathlib import Path
from typing import Any

from .cache import cache_dir, fingerprint, write_atomically

try:  # CPython's engine and compiler; without them this module is `re.compile`
    import _sre
    from re import _compiler, _parser
    from re import _constants as _ops

    _ENGINE: str | None = f"{sys.implementation.cache_tag}-{_sre.MAGIC}"
    if array.array("I").itemsize != _sre.CODESIZE:  # pragma: no cover - an unusual build
        _ENGINE = None
except (ImportError, AttributeError):  # pragma: no cover - not CPython
    _ENGINE = None

# (flags as compiled, code as bytes of 32-bit words, groups - 1, group index, index group)
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

_MAX_ENTRIES = 2000  # patterns from older versions pile up: start afresh past this
_CODE = "I"  # array type of the code words, as wide as the engine's


class _Store:
    """The cached entries of this Python build, loaded on first use, written back at exit
    when this run compiled any pattern the file did not hold."""

    def __init__(self) -> None:
        self.entries: dict[tuple[str, int], Entry] | None = None
        self.path: Path | None = None
        self.changed = False

    def get(self, key: tuple[str, int]) -> Entry | None:
        if self.entries is None:
            self._load()
        return self.entries.get(key)  # type: ignore[union-attr]

    def put(self, key: tuple[str, int], entry: Entry) -> None:
        if self.entries is None:
            self._load()
        if not self.changed and self.path is not None:
            atexit.register(self.save)
        self.entries[key] = entry  # type: ignore[index]
        self.changed = True

    def _load(self) -> None:
        self.entries = {}
        folder = cache_dir()
        self.path = folder / f"patterns-{_ENGINE}-{fingerprint()}.marshal" if folder else None
        if self.path is None:
            return
        with contextlib.suppress(Exception):  # missing, damaged or from elsewhere: start afresh
            with self.path.open("rb") as file:
                entries = marshal.load(file)
            if isinstance(entries, dict) and len(entries) <= _MAX_ENTRIES:
                self.entries = entries

    def save(self) -> None:
        """Write the entries atomically (a reader never sees half a file); a cache that
        cannot be written is no error."""
        if not (self.changed and self.path and self.entries is not None) or cache_dir() is None:
            return  # nothing new, or the cache was turned off since (`votecli cache --clear`)
        with contextlib.suppress(OSError, ValueError):
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            write_atomically(self.path, marshal.dumps(self.entries))
            for old in self.path.parent.glob("patterns-*.marshal"):
                if old != self.path:  # another version's patterns: this one will not read them
                    old.unlink(missing_ok=True)
        self.changed = False


_STORE = _Store()


def save() -> None:
    """Write what this process compiled that the store did not hold. The exit does it too,
    but a pool's workers end without running `atexit`: each saves after its batch, or a
    run over many files would compile every pattern again the next time."""
    _STORE.save()


def compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from the cache when it holds the pattern."""
    flags = int(flags)
    if _ENGINE is None or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    key = (pattern, flags)
    entry = _STORE.get(key)
    if entry is not None:
        with contextlib.suppress(Exception):  # rejected by the engine: compile afresh
            return _build(pattern, entry)
    entry = _entry(pattern, flags)
    _STORE.put(key, entry)
    return _build(pattern, entry)


def ascii_twin(compiled: re.Pattern[str]) -> re.Pattern[str]:
    """A pattern that matches as `compiled` does on ASCII text, compiled in ASCII mode, or
    `compiled` itself when there is none (its flags say ASCII or LOCALE, or it holds a
    character that ignoring case matches to an ASCII letter, "İ" to "i").

    On ASCII text the engine runs a case-insensitive pattern a third faster in ASCII mode
    (it folds case by table, not by Unicode's rules) and skips to `\\d` faster. `\\w`, `\\d`
    and `\\b` hold the same ASCII characters in both modes; Unicode's `\\s` holds four
    more (the separators \\x1c-\\x1f), added to the twin's."""
    flags = compiled.flags
    if _ENGINE is None or flags & (re.ASCII | re.LOCALE):
        return compiled
    key = (compiled.pattern, flags | _TWIN)
    entry = _STORE.get(key)
    if entry is None:
        entry = _twin_entry(compiled.pattern, flags) or ()  # (): no twin
        _STORE.put(key, entry)
    if entry:
        with contextlib.suppress(Exception):  # rejected by the engine: no twin
            return _build(compiled.pattern, entry)
    return compiled


# Twins made by `twin_for`, by pattern: made on first use, so a process compiles only those
# its texts need (without the cache, compiling every twin at import would cost start-up)
_TWINS: dict[re.Pattern[str], re.Pattern[str]] = {}


def twin_for(compiled: re.Pattern[str], text: str) -> re.Pattern[str]:
    """The pattern to run on `text`: `compiled`, or on ASCII text its ASCII twin, which
    matches alike and faster. Worth its call (some 0.1 us) where a search is slow:
    long text, an alternation of words, or a start `re` cannot skip to."""
    if not text.isascii():
        return compiled
    twin = _TWINS.get(compiled)
    if twin is None:
        twin = _TWINS[compiled] = ascii_twin(compiled)
    return twin


_TWIN = 1 << 16  # marks a twin's key in the store: no flag of `re`'s
# What ignoring case matches to an ASCII letter in Unicode mode but not in ASCII mode
_FOLDS_TO_ASCII = frozenset({0x130, 0x131, 0x17F, 0x212A})  # İ ı ſ and the Kelvin sign


def _twin_entry(pattern: str, flags: int) -> Entry | None:
    ascii_flags = int((flags & ~re.UNICODE) | re.ASCII)  # marshal writes no RegexFlag
    try:
        parsed = _parser.parse(pattern, ascii_flags)
    except (re.error, ValueError):  # an inline flag at odds with ASCII mode
        return None
    return _entry_of(parsed, ascii_flags) if _as_in_unicode(parsed) else None


def _as_in_unicode(parsed: Any) -> bool:
    """Whether the parsed pattern matches ASCII text as in Unicode mode, once its `\\s` sets
    take the separators too (done in place); False when it cannot."""
    data = parsed.data
    for index, (op, av) in enumerate(data):
        if op is _ops.IN:
            items = _as_unicode_set(av)
            if items is None:
                return False
            data[index] = (op, items)
        elif op is _ops.LITERAL or op is _ops.NOT_LITERAL:
            if av in _FOLDS_TO_ASCII:
                return False
        elif (op is _ops.SUBPATTERN and av[1] & (re.UNICODE | re.LOCALE)) or not all(
            _as_in_unicode(part) for part in _parts(av)
        ):
            return False
    return True


def _parts(av: Any) -> list[Any]:
    """The subpatterns an operation holds: a group's, a repeat's, a branch's alternatives."""
    found = []
    for item in av if isinstance(av, (tuple, list)) else (av,):
        if isinstance(item, _parser.SubPattern):
            found.append(item)
        elif isinstance(item, list):
            found += [part for part in item if isinstance(part, _parser.SubPattern)]
    return found


def _as_unicode_set(items: list[tuple[Any, Any]]) -> list[tuple[Any, Any]] | None:
    for op, av in items:
        if op is _ops.LITERAL and av in _FOLDS_TO_ASCII:
            return None
        if op is _ops.RANGE and any(av[0] <= c <= av[1] for c in _FOLDS_TO_ASCII):
            return None
    separators = (_ops.RANGE, (0x1C, 0x1F))
    kinds = {av for op, av in items if op is _ops.CATEGORY}
    if _ops.CATEGORY_NOT_SPACE in kinds:  # only "\S" or "[^\S]" alone
        negated = items[0][0] is _ops.NEGATE
        if len(items) != 1 + negated:
            return None
        spaces = [(_ops.CATEGORY, _ops.CATEGORY_SPACE), separators]
        return spaces if negated else [(_ops.NEGATE, None), *spaces]
    if _ops.CATEGORY_SPACE in kinds:
        return [*items, separators]
    return items


def _entry(pattern: str, flags: int) -> Entry:
    """What `re._compiler.compile` hands the engine, in a form `marshal` writes."""
    return _entry_of(_parser.parse(pattern, flags), flags)


def _entry_of(parsed: Any, flags: int) -> Entry:
    code = _compiler._code(parsed, flags)
    group_index = dict(parsed.state.groupdict)
    index_group: list[str | None] = [None] * parsed.state.groups
    for name, index in group_index.items():
        index_group[index] = name
    words = array.array(_CODE, code).tobytes()
    return (
        flags | parsed.state.flags,
        words,
        parsed.state.groups - 1,
        group_index,
        tuple(index_group),
    )


def _build(pattern: str, entry: Entry) -> re.Pattern[str]:
    flags, words, groups, group_index, index_group = entry
    code: Any = array.array(_CODE)
    code.frombytes(words)
    return _sre.compile(pattern, flags, code.tolist(), groups, group_index, index_group)
