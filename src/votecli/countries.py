"""Find country mentions in prose: names, demonyms and capitals, mapped to ISO alpha-3 codes.

Pure functions, no printing; the tables live in `votecli.data.countries`.

How `find_countries` matches:
- Case-sensitively against each form as it is capitalised in running text ("Turkey", not
  "turkey"; "US", not "us"), plus its ALL CAPS form when it has 4 or more characters (headlines:
  "KAZAKHSTAN") and its Title Case form ("Cote D'Ivoire", "Bosnia And Herzegovina").
- On whole words: "Nigerian" is not "Niger". A possessive stays outside the span
  ("Kazakhstan's" -> "Kazakhstan"), and so does a leading "the" ("the UAE" -> "UAE").
  A hyphenated prefix or suffix is fine: "U.S.-led" gives "U.S.", "pro-Russia" gives "Russia".
- Left to right, longest match first, without overlaps: "South Sudan" beats "Sudan",
  "Papua New Guinea" beats "Guinea", "Central African Republic" is one mention.
- A phrase in NOT_COUNTRIES ("New Mexico", "Mexico City", "Indian Ocean") is matched like a
  name and then dropped, so nothing inside it is reported.
- Typographic apostrophes (’ ‘ ʼ ʻ) count as "'", non-standard hyphens as "-", and any run of
  spaces, tabs, no-break spaces and at most one line break as one space.

It runs in linear time: one simple regex finds capitalised word starts; from each, a
dictionary walk extends token by token while the text so far is a prefix of some known form,
so no start looks at more than the longest form's token count.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from votecli import patterns
from votecli.data.countries import ALIASES, CAPITALS, DEMONYMS, DISPLAY, NOT_COUNTRIES

__all__ = ["CountryMention", "display_name", "find_countries", "lookup", "suggest"]


@dataclass(frozen=True)
class CountryMention:
    """A country named in a text: by name, demonym or capital."""

    start: int  # offsets into the text given
    end: int
    text: str  # as written: "UAE", "Kazakh", "Astana"
    code: str  # ISO 3166-1 alpha-3 (XKX for Kosovo)
    via: str  # "name" | "demonym" | "capital"


_NORM = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "ʼ": "'",
        "ʻ": "'",
        "`": "'",
        "´": "'",
        "‐": "-",
        "‑": "-",
        "‒": "-",
        "–": "-",
    }
)
_TOKEN = patterns.compile(r"\w+|[^\w\s]")
_BLANK = "[ \t\u00a0\u2007\u2009\u202f]*"
_SEP = patterns.compile(f"{_BLANK}(?:\r?\n{_BLANK})?")
_SPACES = patterns.compile(r"\s+")

# Loaded on first use, so that importing this module stays cheap.
_state: dict[str, object] = {}


def _title(form: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in form.split(" "))


def build_index() -> dict[str, object]:
    """The lookup tables `find_countries` and `lookup` walk, built from the data tables.

    `scripts/gen_countries.py` stores them in `data/country_index.py` (building them takes
    longer than reading the whole seeds); a test holds the stored index equal to this."""
    exact: dict[str, tuple[str, str] | None] = {}
    for form in NOT_COUNTRIES:
        exact[form.translate(_NORM)] = None
    for via, forms in (("name", ALIASES), ("demonym", DEMONYMS), ("capital", CAPITALS)):
        for form, code in forms.items():
            exact[form.translate(_NORM)] = (code, via)
    # Add the case variants: Title Case, and ALL CAPS for forms of 4 or more characters.
    full: dict[str, tuple[str, str] | None] = dict(exact)
    for form, hit in exact.items():
        for variant in (_title(form), form.upper() if len(form) >= 4 or hit is None else ""):
            if variant and variant not in full:
                full[variant] = hit
    prefixes = set()
    longest = 0
    for form in full:
        ends = [m.end() for m in _TOKEN.finditer(form)]
        longest = max(longest, len(ends))
        prefixes.update(form[:e] for e in ends)
    folded: dict[str, str | None] = {}
    for table in (CAPITALS, DEMONYMS, ALIASES):
        folded.update((_key(k), v) for k, v in table.items())
    folded.update((_key(k), None) for k in NOT_COUNTRIES)
    return {
        "FORMS": full,
        "PREFIXES": frozenset(prefixes),
        "LONGEST": longest,
        "FIRSTS": "".join(sorted({form[0] for form in full})),
        "FOLDED": folded,
    }


def _tables() -> tuple[dict[str, tuple[str, str] | None], frozenset[str], int, re.Pattern[str]]:
    if "table" not in _state:
        from votecli.data import country_index as index

        # the character class first, so `re` skips to it at C speed; then the lookbehind
        # checks that no word character stands before it (2.5x faster than the other order).
        # It takes the whole first word: most capitalised words start no form, and a set
        # lookup of that word rules them out without the token walk.
        firsts = "".join(re.escape(c) for c in index.FIRSTS)
        first_word = patterns.compile(rf"[{firsts}](?<!\w.)\w*")
        _state["table"] = (index.FORMS, index.PREFIXES, index.LONGEST, first_word)
    return _state["table"]  # type: ignore[return-value]


def find_countries(text: str) -> list[CountryMention]:
    """Every country mention in `text`, left to right, non-overlapping, longest match first."""
    table, prefixes, longest, first_word = _tables()
    mentions: list[CountryMention] = []
    pos = 0  # where the last mention ended: no form starts inside one
    # every word start a form may begin at (FIRSTS are word characters, so none is skipped)
    for first in first_word.finditer(text):
        start = first.start()
        if start < pos or first.group() not in prefixes:
            continue
        best_end, best = _longest_form(text, start, first.end(), table, prefixes, longest)
        if best_end < 0:
            continue
        if best is not None and not text.startswith(("-born", "-based"), best_end):
            code, via = best  # ("Oslo-born", "Kenya-based": where one is from, no candidate)
            mentions.append(CountryMention(start, best_end, text[start:best_end], code, via))
        pos = best_end
    return mentions


def _longest_form(
    text: str,
    start: int,
    first_end: int,
    table: dict[str, tuple[str, str] | None],
    prefixes: frozenset[str],
    longest: int,
) -> tuple[int, tuple[str, str] | None]:
    """The end of the longest form starting at `start` (-1 for none) and what it is: a
    dictionary walk, token by token, while the text so far starts some form. The first
    token, a word, ends at `first_end` (the word `find_countries` found: FIRSTS are word
    characters, so it is the `\\w+` token `_TOKEN` would match there)."""
    key = text[start:first_end].translate(_NORM)
    end = first_end
    best_end = -1
    best = None
    for _ in range(longest):
        if key not in prefixes:
            break
        if key in table:
            best_end, best = end, table[key]
        sep = _SEP.match(text, end)
        assert sep is not None  # the pattern can match the empty string
        if sep.end() > end:
            key += " "
        tok = _TOKEN.match(text, sep.end())
        if tok is None:
            break
        key += tok.group().translate(_NORM)
        end = tok.end()
    return best_end, best


def _key(name: str) -> str:
    key = _SPACES.sub(" ", name.translate(_NORM).replace("\u00a0", " ")).strip().casefold()
    return key[4:] if key.startswith("the ") else key


def lookup(name: str) -> str | None:
    """The alpha-3 code for a country name, alias, demonym, capital or code, any case; or None.

    `lookup("kazakhstan") == lookup("KAZ") == lookup("Astana") == "KAZ"`;
    `lookup("Mexico City")` and other NOT_COUNTRIES phrases give None.
    """
    if "folded" not in _state:
        from votecli.data import country_index as index

        _state["folded"] = index.FOLDED
    folded = _state["folded"]
    key = _key(name)
    if key in folded:  # type: ignore[operator]
        return folded[key]  # type: ignore[index]
    code = key.upper()
    return code if code in DISPLAY else None


def is_multiword_form(words: list[str]) -> bool:
    """Whether capitalised words are, together, a country's name, demonym or capital ("Costa
    Rican", "New Zealand"): a set lookup, for the many runs of names a text holds."""
    if "multiword" not in _state:
        lookup("")  # loads the folded index
        folded = _state["folded"]
        _state["multiword"] = frozenset(k for k in folded if " " in k)  # type: ignore[union-attr]
    return " ".join(words).casefold() in _state["multiword"]  # type: ignore[operator]


def capital_of(code: str) -> str | None:
    """The capital city of an alpha-3 code ("CHN" -> "Beijing"), the first the table names."""
    return next((city for city, owner in CAPITALS.items() if owner == code.upper()), None)


def display_name(code: str) -> str:
    """The name to show for an alpha-3 code ("KOR" -> "Republic of Korea"); others as given."""
    return DISPLAY.get(code.upper(), code)


def suggest(name: str, known: Iterable[str], n: int = 3) -> list[str]:
    """Up to `n` of `known` closest to `name` (ignoring case and accents), best first."""
    import difflib
    import unicodedata

    def fold(s: str) -> str:
        s = unicodedata.normalize("NFKD", s.translate(_NORM)).encode("ascii", "ignore").decode()
        return _SPACES.sub(" ", s).strip().casefold()

    by_fold: dict[str, str] = {}
    for k in known:
        by_fold.setdefault(fold(k), k)
    return [by_fold[m] for m in difflib.get_close_matches(fold(name), list(by_fold), n=n)]
