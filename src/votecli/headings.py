"""Race headings of a results page: a short capitalised line ("GOVERNOR – DEMOCRATIC
PRIMARY", "City Council Ward 2") right above rows of names and numbers heads a race of its
own, which the rows below it are the tallies of.

Only a page with two or more such races is split: one heading over one list names nothing
the rest of the text does not (its rows stay in the document's contest)."""

from __future__ import annotations

import bisect
import re

from . import contests as cues
from . import patterns

# A row: a name, then numbers (a share, a count, a party's letter between), ending in one
# ("TINA KOTEK (D) 57.4% 189,097", "Alice Marshall<TAB>910", "Jane Roe - 61.88%")
_ROW = patterns.compile(
    r"[ \t]*[*•-]?[ \t]*[A-ZÀ-Þ][^\n\d]{1,60}?[\s:.–—-]\s*\d[\d,.]*%?"
    r"(?:[ \t]+(?:\(?\d[\d,.]*%?\)?|[(\[]?[A-Za-z]{1,3}[)\]]?))*[ \t*✓✔\r]*"
)
# A column header between a heading and its rows: "Candidate<TAB>Votes", "Name Votes %"
_COLUMNS = patterns.compile(
    r"(?i:[ \t]*(?:(?:candidates?|names?|party|parties|votes?|total|share|percent(?:age)?|"
    r"%|pct\.?|result)[ \t\r]*){1,5})"
)
# The lines that may head a race: a few words, none a sentence's stop at the end; a ward's
# or district's number at the end is no count ("District 3", "WARD 12", "Position No. 4")
_HEADING = patterns.compile(
    r"[#* \t]*(?P<text>[A-ZÀ-Þ](?:[^\n.;!?,]|\.(?=\S)|(?<=\b[A-Z])\.){1,58}?)(?<!:)[#* \t\r]*"
)
_HEADING_NUMBER = patterns.compile(
    r"(?i:(?:\b(?:district|ward|place|position|seat|zone|division|precinct|region|area|circuit|"
    r"no\.?)|#)\s*\d{1,3}[A-Z]?)\s*$"
)
# Words a title leaves in lower case ("Mayor of Springfield", "Board for Schools")
_MINOR = frozenset("of the and for in at to on a an by de la le del van von".split())
_ASIDE = patterns.compile(r"\s*\([^)]*\)")
# A round's heading ("Second round") is the round mechanism's; a results line heads nothing
_NOT_RACE = patterns.compile(r"(?i:\b(?:round|ballot|count|results?|turnout|summary)\b)")
_PARTS = patterns.compile(r"\s+[–—-]\s+|:\s+|\s+\|\s+")
_MAX_WORDS = 8
_MIN_ROWS = 2
# A line ending as a row does: two races need four such lines (one search of the whole text,
# which most texts fail, before any line is looked at)
_ROW_END = patterns.compile(r"[0-9%)*✓✔][ \t\r]*$", re.MULTILINE)


def race_blocks(text: str) -> list[tuple[int, int, str, str | None]]:
    """The row blocks under race headings: (start, end, body, group) each, in order; none
    unless there are two races or more."""
    if "\n" not in text or len(_ROW_END.findall(text)) < 2 * _MIN_ROWS:
        return []
    lines = text.split("\n")  # (a "\r" before each is kept: offsets hold)
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    blocks = []
    index = 0
    while index < len(lines):
        first = index
        while index < len(lines) and _is_row(lines[index]):
            index += 1
        if index - first < _MIN_ROWS:  # a lone line ending in a number is no list
            index += 1
            continue
        label = _heading_above(lines, first)
        if label is not None:
            end = starts[index - 1] + len(lines[index - 1])
            blocks.append((starts[first], end, *label))
    if len({(body, group) for _, _, body, group in blocks}) < 2:
        return []
    return blocks


def block_at(blocks: list[tuple[int, int, str, str | None]], offset: int) -> tuple | None:
    """The block `offset` lies in, if any."""
    at = bisect.bisect_right(blocks, (offset, float("inf"))) - 1
    if at >= 0 and blocks[at][0] <= offset <= blocks[at][1]:
        return blocks[at]
    return None


def _is_row(line: str) -> bool:
    return (
        len(line) <= 100
        and line.rstrip()[-1:] in "0123456789%)*✓✔"
        and _ROW.fullmatch(line) is not None
        and not _HEADING_NUMBER.search(line)  # "Ward 3", "Justice, Place 2": a race's name
    )


def _heading_above(lines: list[str], first: int) -> tuple[str, str | None] | None:
    """The race a heading right above the rows starting at line `first` names: over a
    column header and one blank line at most."""
    above = first - 1
    if above >= 0 and _COLUMNS.fullmatch(lines[above]):
        above -= 1
    if above >= 0 and not lines[above].strip():
        above -= 1
    if above < 0 or not _is_heading_text(lines[above]):
        return None
    return _label(_HEADING.fullmatch(lines[above]).group("text"))


def _is_heading_text(line: str) -> bool:
    heading = _HEADING.fullmatch(line)
    if heading is None:
        return False
    text = _ASIDE.sub("", heading.group("text")).strip()
    if _COLUMNS.fullmatch(text) or _NOT_RACE.search(text):
        return False
    if cues.body_in(text) or cues.group_in(text):
        return False  # the bodies and UN groups the reader keys already
    words = text.split()
    if not 0 < len(words) <= _MAX_WORDS:
        return False
    if any(c.isdigit() for c in text) and not _HEADING_NUMBER.search(text):
        return False  # "Jane Doe 3 2" is a row; "Ward 3" heads one
    return all(word[0].isupper() or not word[0].isalpha() or word in _MINOR for word in words)


def _label(text: str) -> tuple[str, str | None]:
    """The body and group a heading names: "GOVERNOR – DEMOCRATIC PRIMARY" is body
    "Governor" and group "Democratic primary"."""
    text = _ASIDE.sub("", text).strip()
    parts = _PARTS.split(text, maxsplit=1)
    body = _cased(parts[0], title=True)
    group = _cased(parts[1], title=False) if len(parts) > 1 else None
    return body, group or None


def _cased(text: str, title: bool) -> str:
    """Capitals as a label has them: a heading all in capitals in title case (body) or
    sentence case (group), an initialism ("VP", "U.S.") kept."""
    text = text.strip(" –—-|")
    if not text.isupper():
        return text
    words = []
    for at, word in enumerate(text.split()):
        if len(word) <= 2 or "." in word:
            words.append(word.lower() if word.lower() in _MINOR and at else word)
        elif at == 0 or title:
            words.append(word.lower() if word.lower() in _MINOR else word.capitalize())
        else:
            words.append(word.lower())
    return " ".join(words)
