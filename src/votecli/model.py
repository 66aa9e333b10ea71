"""The in-memory model: frozen dataclasses, every number tied to the span it came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    COUNTRY = "country"
    PERSON = "person"
    PARTY = "party"
    OTHER = "other"
    OPTION = "option"  # Yes or No in a vote on a question: see options.py


@dataclass(frozen=True)
class Source:
    """One input text. `name` is the path as given (or `-` for stdin)."""

    name: str
    title: str
    text: str


@dataclass(frozen=True)
class Span:
    """Where a value was read: offsets into the source text, its 1-based line, the sentence."""

    source: str
    line: int
    start: int
    end: int
    sentence: str


@dataclass(frozen=True)
class Candidate:
    """Who or what stands in a contest: a country, a person, a party, a city or an option."""

    name: str
    code: str | None = None  # ISO 3166 alpha-3 for countries
    kind: Kind = Kind.OTHER

    @property
    def key(self) -> str:
        return self.code or self.name.casefold()


@dataclass(frozen=True)
class Figure:
    """A stated number with its basis ("members present and voting") and where it was read."""

    value: int
    basis: str
    span: Span | None = None  # None when derived by rule rather than read


@dataclass(frozen=True)
class Contest:
    """One vote (a body's election, a round, a group's seats) and what the text says of it."""

    source: str
    body: str | None = None
    year: str | None = None  # a year ("2012") or a term ("2017-2018")
    group: str | None = None
    round: int | None = None
    seats: int | None = None
    total: Figure | None = None
    required: Figure | None = None
    candidates: tuple[Candidate, ...] = ()
    elected: tuple[str, ...] = ()  # candidate keys the text declares elected
    contesting: tuple[str, ...] = ()  # candidate keys the text says are still in the race
    defeated: tuple[str, ...] = ()  # candidate keys the text says lost (or withdrew)
    spans: tuple[Span, ...] = field(default=(), compare=False)

    @property
    def label(self) -> str:
        parts = [self.body or "Election"]
        if self.group:
            parts.append(self.group)
        if self.year:
            parts.append(self.year)
        if self.round:
            parts.append(f"round {self.round}")
        return " / ".join(parts)  # no commas: `cut -d,` and `sort -t,` stay simple


@dataclass(frozen=True)
class Tally:
    """A candidate's votes or share in a contest, with the sentence and the rule that read it."""

    contest: Contest
    candidate: Candidate
    votes: int | None
    percent: float | None
    span: Span  # the number
    rule: str = ""  # the phrasing rule that bound the number to the candidate
    evidence: tuple[Span, ...] = ()  # further sentences stating the same tally
    name_span: Span | None = None  # the candidate's mention (or the pronoun standing for it)
    total: Figure | None = None  # a total stated with this number: "184 out of 192 votes"


@dataclass(frozen=True)
class Document:
    """What extraction makes of one source."""

    source: Source
    contests: tuple[Contest, ...]
    tallies: tuple[Tally, ...]
    unattributed: tuple[Span, ...] = ()  # numbers in vote sentences that no rule claimed
    warnings: tuple[str, ...] = ()  # numbers refused as tallies ("999999999999999999999 votes")
