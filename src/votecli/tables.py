"""Votes laid out as a table in plain text: a header row naming the columns, then one row per
candidate.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from . import patterns
from .model import Kind


@dataclass(frozen=True)
class Table:
    """A table's column roles ("name", "votes", "percent", or "" for seats and the rest),
    what its names are, and the line last read under them."""

    roles: tuple[str, ...]
    kind: Kind
    line: int
    round: int | None = None  # the round after the one a change column compares with
    plain: bool = False  # cells set apart by single spaces: a table of rounds copied as text
    # a table of rounds turned on its side ("Round Kenya Djibouti" over "1 20 19"): whose
    # each count column is, in order
    columns: tuple = ()


_CELL = patterns.compile(r"[^|\t]+")

_ALIGNED_CELL = patterns.compile(r"\S+(?: {1,2}\S+)*")

_VOTES_COLUMN = patterns.compile(
    r"(?:(?:valid |total |popular )?votes?(?: (?:received|won|obtained|polled))?|ballots|"
    r"vote count)",
    re.IGNORECASE,
)

_PERCENT_COLUMN = patterns.compile(
    r"(?:%|per ?cent(?:age)?|pct\.?|share|vote share|% of (?:the )?(?:valid )?votes?|"
    r"votes? ?(?:%|\(%\)))",
    re.IGNORECASE,
)

# A header cell that may count votes ("Result", "Round 1", "Support"): a table whose other
# cells name none counts other things ("| Country | Medals |", "| Team | Points |")
_VOTE_COLUMN_WORD = patterns.compile(
    r"vot|ballot|round|result|tall(?:y|ies)|\bcount\b|support|share|%|per ?cent|total|score",
    re.IGNORECASE,
)

_NAME_COLUMNS = (  # by preference: "| Candidate | Party | Votes |" names the candidate
    (patterns.compile(r"(?:candidates?|name|nominee)", re.IGNORECASE), Kind.PERSON),
    (patterns.compile(r"(?:party|parties|list|alliance|coalition)", re.IGNORECASE), Kind.PARTY),
    (patterns.compile(r"(?:country|member state|state)", re.IGNORECASE), Kind.COUNTRY),
    (patterns.compile(r"(?:city|bid|candidate city)", re.IGNORECASE), Kind.OTHER),
)

_CELL_MARKS = "*_` "  # markdown emphasis around a cell's text

_FOOTNOTE = patterns.compile(r"\[\w{1,3}\]")

# Rows that are no candidate's: the table's totals and blank or spoilt ballots
_NOT_A_CANDIDATE_ROW = patterns.compile(
    r"(?:totals?|valid|invalid|blank|spoil|null|void|turnout|registered|electorate|eligible|"
    r"abstention|others?\b|other candidates)",
    re.IGNORECASE,
)

_COUNT_CELL = patterns.compile(r"\d{1,3}(?:[,\u00a0 ]\d{3})+|\d+")

_SHARE_CELL = patterns.compile(r"(\d{1,3}(?:\.\d+)?)\s?%?")


# "2.6%from nowhere": a share cell and the next cell's words run together in a copy
_SHARE_RUN_ON = patterns.compile(r"(?<=\d%)(?=[a-z])")


def cells(text: str, aligned: bool = False) -> list[tuple[str, int]]:
    """A table row's cells with their offsets, stripped of markdown emphasis and footnotes;
    `aligned`: cells set apart by runs of spaces, not by bars or tabs."""
    cells = []
    for match in (_ALIGNED_CELL if aligned else _CELL).finditer(text):
        raw = match.group()
        cell = _FOOTNOTE.sub("", raw).strip(_CELL_MARKS)
        if cell:
            at = match.start() + raw.index(cell[0])
            if aligned and "%" in cell and (run_on := _SHARE_RUN_ON.search(cell)):
                cells.append((cell[: run_on.start()], at))
                cell, at = cell[run_on.start() :], at + run_on.start()
            cells.append((cell, at))
    return cells


# A header cell naming a round: "1st round", "Round 2", "First ballot", "Ballot 3", "R1"
_ROUND_COLUMN = patterns.compile(
    r"(?:(?P<ord>\d{1,2})(?:st|nd|rd|th)|(?P<word>first|second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth))[ -](?:preferences? )?(?:round|ballot|vote|count)(?: votes?)?"
    r"|(?:round|ballot|vote)\s?(?P<n>\d{1,2})(?: votes?)?|R(?P<r>\d{1,2})",
    re.IGNORECASE,
)
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")


def _column_round(cell: str) -> int | None:
    """The round a header cell names, if it names one and nothing else."""
    found = _ROUND_COLUMN.fullmatch(cell)
    if found is None:
        return None
    word = found.group("word")
    if word:
        return _ORDINALS.index(word.lower()) + 1 if word.lower() in _ORDINALS else 10
    return int(found.group("ord") or found.group("n") or found.group("r"))


def round_of(role: str) -> int | None:
    """The round of a column of a table of rounds ("round2"), None for any other column."""
    return int(role[5:]) if role.startswith("round") else None


_CHANGE_COLUMN = patterns.compile(
    r"\s*(?:change|difference|swing|gain|loss)\s+(?:from|since|on|over)\s+(?:round|ballot)\s+(?P<n>\d{1,2})\b",
    re.IGNORECASE,
)


def round_after_change_column(cells: list[tuple[str, int]]) -> int | None:
    """The round of a table whose column gives the change from an earlier round: the next."""
    for cell, _ in cells:
        if found := _CHANGE_COLUMN.match(cell):
            return int(found.group("n")) + 1
    return None


# A column's label: a few words, no sentence ("Team", "Gold medals", "No.")
_LABEL = patterns.compile(r"(?:\S+ ){0,3}\S+(?<![a-z]{4}\.)")


# A year labelling a header cell ("2015 votes", "Share 2019", "since 2012"): the election a
# column is of, no number of a data row (a row's cells with a year hold no words)
_CELL_YEAR = patterns.compile(r"(?<=[A-Za-z%] )(?:19|20)\d\d$|^(?:19|20)\d\d(?= [A-Za-z%])")

_YEAR_CELL_START = patterns.compile(r"  (?=(?:19|20)\d\d [A-Za-z%])")


def _without_year(cell: str) -> str:
    return _CELL_YEAR.sub("", cell).strip() if len(cell) > 5 else cell


def table_header(cells: list[str], aligned: bool = False) -> tuple[tuple[str, ...], Kind] | None:
    """The roles of a header row's columns, when it names one name column and one column of
    votes or of shares at most each (two vote columns are rounds: left to the rules), or
    only columns of other things (medals, points, sums), none of which a rule may read."""
    if aligned:  # "Party  2015 votes": two spaces before a year's column still part cells
        cells = [part for cell in cells for part in _YEAR_CELL_START.split(cell)]
    cells = [_without_year(c) for c in cells]
    rounds = [_column_round(c) for c in cells]
    if any(
        ch.isdigit()
        for cell, round_ in zip(cells, rounds, strict=True)
        if round_ is None and not _CHANGE_COLUMN.match(cell)
        for ch in cell
    ):
        return None  # a row of data, not a header ("Change from round 1" may name a number)
    if len({r for r in rounds if r is not None}) > 1:
        return _rounds_header(cells, rounds)
    roles = [
        "votes" if _VOTES_COLUMN.fullmatch(c) else "percent" if _PERCENT_COLUMN.fullmatch(c) else ""
        for c in cells
    ]
    if roles.count("votes") > 1 or roles.count("percent") > 1:
        return None
    if roles == [""] * len(roles):
        if aligned:
            return None  # spaces set apart words in prose too: only a header naming votes
        if any(_VOTE_COLUMN_WORD.search(c) for c in cells):
            return None  # "| Country | First ballot | Second ballot |": left to the rules
        if any(not _LABEL.fullmatch(c) for c in cells):
            return None  # "Officials met. | The ferry left.": prose set apart by bars
        return tuple(roles), Kind.OTHER  # "| Team | Points |": its rows hold no tally
    for pattern, kind in _NAME_COLUMNS:
        at = next((i for i, c in enumerate(cells) if pattern.fullmatch(c)), None)
        if at is not None and not roles[at]:
            roles[at] = "name"
            return tuple(roles), kind
    return None


def _rounds_header(
    cells: list[str], rounds: list[int | None]
) -> tuple[tuple[str, ...], Kind] | None:
    """The roles of a header of rounds ("| Candidate | 1st round | 2nd round |"): each
    round's column of votes ("round2"), the name column, and nothing else; its first column
    names the candidates when no cell says what they are ("| Country | R1 | R2 |" does)."""
    roles = [f"round{r}" if r is not None else "" for r in rounds]
    if len(set(roles)) != len(roles) or roles[0] != "":
        return None  # a round named twice, a second column of words, or names not first
    if any(_VOTE_COLUMN_WORD.search(c) for c, r in zip(cells, rounds, strict=True) if r is None):
        return None  # "| Candidate | R1 | R2 | Votes |": which column is whose is unclear
    kind = next((k for pattern, k in _NAME_COLUMNS if pattern.fullmatch(cells[0])), Kind.OTHER)
    roles[0] = "name"
    return tuple(roles), kind


# A row of a table of rounds whose cells lost their separators: a name, then one count (or a
# dash) per round: "Farouk Hosny 22 23 25 29"; or a share per round, and a word for a round
# gone out of: "Ana Lind 22.3% ELIMINATED"
_PLAIN_ROUNDS_ROW = patterns.compile(
    r"(?P<name>[^\d|\t]+?) (?P<counts>(?:\d[\d,]*|[-–—])(?: (?:\d[\d,]*|[-–—]))*|"
    r"\d{1,2}(?:\.\d{1,2})?%(?: (?:\d{1,2}(?:\.\d{1,2})?%|[-–—]|ELIMINATED|Eliminated|OUT|Out))*)\s*"
)
_PLAIN_CELL = patterns.compile(r"\S+")


# what every round column holds, in any case: "Round", "BALLOT", "vote", "Count", "R1"
_ROUND_COLUMN_WORDS = ("ound", "allot", "ote", "ount", "R", "ALLOT", "OTE", "OUNT")


def plain_rounds_header(text: str) -> tuple[tuple[str, ...], Kind] | None:
    """The roles of a header of rounds whose cells lost their separators, as a web page's
    table copied as text has them ("Candidate Round 1 Round 2 Round 3"): a label of a few
    words, then only rounds, each once."""
    if not any(word in text for word in _ROUND_COLUMN_WORDS):
        return None  # asked of every line ending in a digit: the cheap test first
    found = list(_ROUND_COLUMN.finditer(text))
    if len(found) < 2 or found[-1].end() != len(text.rstrip()):
        return None
    if any(text[a.end() : b.start()] != " " for a, b in itertools.pairwise(found)):
        return None  # words between the rounds: prose
    label = text[: found[0].start()].strip()
    if len(label.split()) > 3 or any(ch.isdigit() for ch in label):
        return None
    cells = [label, *(m.group() for m in found)]
    rounds = [None, *(_column_round(m.group()) for m in found)]
    return _rounds_header(cells, rounds) if label else None


def plain_rounds_cells(text: str, roles: tuple[str, ...]) -> list[tuple[str, int]] | None:
    """A row under such a header, as cells: its name and one cell per round."""
    row = _PLAIN_ROUNDS_ROW.fullmatch(text)
    if row is None:
        return None
    counts = [(m.group(), row.start("counts") + m.start())
              for m in _PLAIN_CELL.finditer(row.group("counts"))]  # fmt: skip
    if len(counts) != len(roles) - 1:
        return None
    return [(row.group("name"), 0), *counts]


def round_counts(
    cells: list[tuple[str, int]], roles: tuple[str, ...]
) -> tuple[tuple[str, int], list[tuple[int, int | float, int, int]]] | None:
    """A row of a table of rounds: its name cell, and (round, votes, start, end) for each
    round's count it states (a dash or a blank: out of that round)."""
    name = cells[roles.index("name")]
    if any(ch.isdigit() for ch in name[0]) or _NOT_A_CANDIDATE_ROW.match(name[0]):
        return None
    counts = []
    for (cell, at), role in zip(cells, roles, strict=True):
        round_ = round_of(role)
        if round_ is not None and _COUNT_CELL.fullmatch(cell):
            counts.append((round_, int(re.sub(r"\D", "", cell)), at, at + len(cell)))
        elif round_ is not None and cell.endswith("%"):  # a share: a float, as the reader marks
            counts.append((round_, float(cell[:-1]), at, at + len(cell)))
    return (name, counts) if counts else None


def short_row_fits(count: int, roles: tuple[str, ...]) -> bool:
    """Whether a row of `count` aligned cells, fewer than its header's, still holds every
    named column: only the trailing columns of other things (changes, swings) ran together
    or are blank ("Green  63  2.6%from nowherefrom nowhere")."""
    named = [i for i, role in enumerate(roles) if role]
    return 2 <= count < len(roles) and bool(named) and named[-1] < count


def table_row(
    cells: list[tuple[str, int]], roles: tuple[str, ...]
) -> tuple[tuple[str, int], tuple[int, int, int] | None, tuple[float, int, int] | None] | None:
    """A row's name cell, and its votes and share (value, start, end) where it states them."""
    name = cells[roles.index("name")]
    if any(ch.isdigit() for ch in name[0]) or _NOT_A_CANDIDATE_ROW.match(name[0]):
        return None
    votes = share = None
    for (cell, at), role in zip(cells, roles, strict=True):
        if role == "votes" and _COUNT_CELL.fullmatch(cell):
            votes = (int(re.sub(r"\D", "", cell)), at, at + len(cell))
        elif role == "percent" and (found := _SHARE_CELL.fullmatch(cell)):
            value = float(found.group(1))
            share = (value, at, at + len(cell)) if value <= 100 else None
    if votes is None and share is None:
        return None
    return name, votes, share


# A header whose cells a web page's copy ran together with single spaces, naming the
# candidates, then their votes, then one column of something else: "Regional Group
# Candidate Vote Count Term", "Country Votes Result" (capitalised, as headers are; a column
# of votes last is the plain "name count" row the rules read)
_PLAIN_COLUMNS_HEADER = patterns.compile(
    r"(?:[A-Z][a-z]+ ){0,3}?(?:Candidates?|Country|Countries|Names?|Nominees?|Member States?|"
    r"Party|Parties) (?:Votes?(?: Count| Received| Obtained| Won)?|Ballots) "
    r"(?:Terms?(?: of Office)?|Seats?|Results?|Status|Outcome|Elected)\s*"
)
# A row under it, past its name: the count, then the other column's cell
_PLAIN_COLUMNS_ROW = patterns.compile(r"\s+(?P<count>\d[\d,]*)(?P<after>(?:\s+\S+)*)\s*")
# what the other column's cell may be alone: a term's length, seats
_OTHER_CELL = patterns.compile(r"\d+(?:\s+(?:years?|yrs?\.?|seats?))?\s*", re.IGNORECASE)


# A header of a plain table of seats, no votes: "Party Total Seats", "Party Seats Won"; the
# "name count" rows under it count seats (the rules would read them as votes)
_PLAIN_SEATS_HEADER = patterns.compile(
    # a column of each party's short name may stand between ("Party Abbreviation Seats")
    r"(?:Party|Parties|Lists?|Candidates?) (?:(?:Abbreviation|Acronym|Code|Leader) )?"
    r"(?:Total |Number of )?(?:Seats|Mandates)"
    r"(?: (?:Won|Allocated|Gained|Obtained))?\s*"
)
# a row under it: a name, then its seats alone
_PLAIN_SEATS_ROW = patterns.compile(r"[^\d\n]{2,60} \d{1,3}\s*")


def plain_seats_header(text: str) -> bool:
    """Whether a line is such a header."""
    return ("Seats" in text or "Mandates" in text) and bool(_PLAIN_SEATS_HEADER.fullmatch(text))


def plain_seats_row(text: str) -> bool:
    """Whether a line is a row of such a table."""
    return bool(_PLAIN_SEATS_ROW.fullmatch(text))


def plain_columns_header(text: str) -> bool:
    """Whether a line is such a header."""
    return ("Vote" in text or "Ballots" in text) and bool(_PLAIN_COLUMNS_HEADER.fullmatch(text))


def plain_columns_count(rest: str) -> tuple[int, int, int] | bool | None:
    """A row's votes (value, start, end in `rest`) under such a header, from the text after
    its name: the first of two cells (the other column's is the last: "54 2 years", "19 Not
    elected"); False for a row holding the other column's cell alone ("3 years", "2"), whose
    number is no count; None for no row."""
    row = _PLAIN_COLUMNS_ROW.fullmatch(rest)
    if row is None:
        return None
    if _OTHER_CELL.fullmatch(row.group("count") + row.group("after")):
        return False  # one cell: the other column's, the votes left blank
    return int(row.group("count").replace(",", "")), row.start("count"), row.end("count")


# A header of a table of rounds turned on its side, copied as text: a word for the rounds,
# then the candidates, one column each ("Round Kenya Djibouti Madagascar")
_TRANSPOSED_WORDS = ("Round", "Ballot", "Vote", "ROUND", "BALLOT")
TRANSPOSED_ROUNDS_HEADER = patterns.compile(rf"(?:{'|'.join(_TRANSPOSED_WORDS)})s? (?P<names>\D+)")
# what such a header opens on, for a cheap test before the pattern
TRANSPOSED_STARTS = tuple(f"{word}{plural} " for word in _TRANSPOSED_WORDS for plural in ("", "s"))
# a row under it: the round's number, then one count per candidate ("3 20 23 5")
_TRANSPOSED_ROUNDS_ROW = patterns.compile(r"(?P<round>\d{1,2}) (?P<counts>\d{1,6}(?: \d{1,6})+)\s*")


def transposed_rounds_row(text: str, columns: int) -> tuple[int, list[tuple[int, int]]] | None:
    """A row under a transposed header: its round, and (count, start) per column."""
    row = _TRANSPOSED_ROUNDS_ROW.fullmatch(text)
    if row is None or not 0 < int(row.group("round")) <= 20:
        return None
    counts = [(int(m.group()), row.start("counts") + m.start())
              for m in _PLAIN_CELL.finditer(row.group("counts"))]  # fmt: skip
    return (int(row.group("round")), counts) if len(counts) == columns else None
