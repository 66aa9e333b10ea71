"""Views: analysed results in, tables of plain values out — one function per command.

A view is a list of sections, each with heading fields and rows. Machine formats flatten a
section's heading fields into every row; terminal tables print them above the rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from . import analysis
from .analysis import HeadToHead, Result, Row
from .model import Candidate, Contest, Document, Span, Tally

if TYPE_CHECKING:
    from pathlib import Path

    from .cache import CacheFile
    from .render import Chunk


class Column(NamedTuple):
    name: str
    kind: str = "text"  # text, int, share (fraction), points, percent, ratio


@dataclass
class Section:
    """A titled table of rows: what the renderers print, one section per contest or one for all."""

    title: str
    heading: dict[str, Any]
    columns: list[Column]
    rows: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


TALLY_COLUMNS = [
    Column("source"), Column("contest"), Column("body"), Column("year"), Column("round", "int"),
    Column("candidate"), Column("code"), Column("votes", "int"), Column("percent", "percent"),
    Column("total", "int"), Column("share", "share"), Column("rank", "int"), Column("elected"),
    Column("line", "int"), Column("evidence"),
]  # fmt: skip


def _heading(contest: Contest, result: Result | None = None) -> dict[str, Any]:
    majority = result.majority if result else None
    return {
        "source": contest.source,
        "contest": contest.label,
        "body": contest.body,
        "year": contest.year,
        "group": contest.group,
        "round": contest.round,
        "seats": contest.seats,
        "total": contest.total.value if contest.total else None,
        "total_basis": contest.total.basis if contest.total else None,
        "required": majority.value if majority else None,
        "required_basis": (
            (f"derived: {majority.basis}" if majority.derived else majority.basis)
            if majority
            else None
        ),
    }


def _evidence(tally: Tally) -> str:
    return " ".join(tally.span.sentence.split())


def tally_record(row: Row) -> dict[str, Any]:
    tally = row.tally
    contest = tally.contest
    return {
        "source": contest.source,
        "contest": contest.label,
        "body": contest.body,
        "year": contest.year,
        "round": contest.round,
        "candidate": tally.candidate.name,
        "code": tally.candidate.code,
        "votes": tally.votes,
        "percent": tally.percent,
        "total": row.total,
        "share": round(row.share, 4) if row.share is not None else None,
        "rank": row.rank,
        "elected": row.elected,
        "line": tally.span.line,
        "evidence": _evidence(tally),
    }


def tallies(results: list[Result]) -> list[Section]:
    rows = [tally_record(row) for result in results for row in _by_position(result)]
    return [Section("Tallies", {}, TALLY_COLUMNS, rows)]


def tally_records(document: Document) -> list[dict[str, Any]]:
    """One document's `tallies` rows as machine records."""
    from .render import flat_records  # render imports this module

    return list(flat_records(tallies(analysis.analyse([document]))))


def tally_text(document: Document, fmt: str) -> Chunk:
    """One document's `tallies` rows rendered in a machine format (a `render.Chunk`): what
    `tallies --format csv` writes, made where the document was extracted."""
    from .render import render_records

    return render_records(tally_records(document), fmt, tally_columns())


def tally_columns() -> list[str]:
    """The fields of `tally_records`, in order."""
    return [column.name for column in TALLY_COLUMNS]


def _by_position(result: Result) -> list[Row]:
    """Rows in the order the text states them, so `tallies` reads like the source."""
    return sorted(result.rows, key=lambda r: r.tally.span.start)


SUMMARY_COLUMNS = [
    Column("rank", "int"), Column("candidate"), Column("code"), Column("votes", "int"),
    Column("share", "share"), Column("margin", "int"), Column("elected"),
]  # fmt: skip


def summary(results: list[Result]) -> list[Section]:
    sections = []
    for result in results:
        section = Section(_title(result), _heading(result.contest, result), SUMMARY_COLUMNS)
        for row in result.rows:
            section.rows.append(
                {
                    "rank": row.rank,
                    "candidate": row.tally.candidate.name,
                    "code": row.tally.candidate.code,
                    "votes": row.tally.votes,
                    "share": row.share,
                    "margin": row.margin_votes,
                    "elected": row.elected,
                }
            )
        for candidate in result.untallied:
            section.rows.append(
                {
                    "rank": None, "candidate": candidate.name, "code": candidate.code,
                    "votes": None, "share": None, "margin": None,
                    "elected": _elected_word(analysis.status(result.contest, candidate, None)),
                }
            )  # fmt: skip
        section.notes.extend(result.warnings)
        sections.append(section)
    return sections


def _elected_word(status: str) -> str:
    return {"elected": "yes", "not elected": "no"}.get(status, "unknown")


def _title(result: Result) -> str:
    return result.contest.label


CANDIDATE_COLUMNS = [
    Column("source"),
    Column("contest"),
    Column("candidate"),
    Column("code"),
    Column("status"),
]


def candidates(results: list[Result]) -> list[Section]:
    rows = []
    for result in results:
        by_key = {r.tally.candidate.key: r for r in result.rows}
        seen = [r.tally.candidate for r in result.rows] + list(result.untallied)
        for candidate in seen:
            rows.append(
                {
                    "source": result.contest.source,
                    "contest": result.contest.label,
                    "candidate": candidate.name,
                    "code": candidate.code,
                    "status": analysis.status(result.contest, candidate, by_key.get(candidate.key)),
                }
            )
    return [Section("Candidates", {}, CANDIDATE_COLUMNS, rows)]


RANK_COLUMNS = [
    Column("rank", "int"), Column("candidate"), Column("code"), Column("votes", "int"),
    Column("share", "share"), Column("contest"), Column("source"), Column("line", "int"),
]  # fmt: skip


def rank(results: list[Result], by: str) -> list[Section]:
    rows = analysis.ranked(results, by)
    keys = [(r.share if by == "share" else r.tally.votes) for r in rows]
    places = _places(keys)
    records = [
        {
            "rank": place,
            "candidate": row.tally.candidate.name,
            "code": row.tally.candidate.code,
            "votes": row.tally.votes,
            "share": round(row.share, 4) if row.share is not None else None,
            "contest": row.tally.contest.label,
            "source": row.tally.contest.source,
            "line": row.tally.span.line,
        }
        for place, row in zip(places, rows, strict=True)
    ]
    return [Section(f"Ranked by {by}", {}, RANK_COLUMNS, records)]


def _places(keys: list[Any]) -> list[int | None]:
    places: list[int | None] = []
    for index, key in enumerate(keys):
        if key is None:
            places.append(None)
        elif index and keys[index - 1] == key:
            places.append(places[-1])
        else:
            places.append(index + 1)
    return places


COMPARE_COLUMNS = [
    Column("candidate"), Column("code"), Column("votes", "int"), Column("share", "share"),
    Column("rank", "int"), Column("elected"),
]  # fmt: skip
HEAD_TO_HEAD = ("winner", "margin_votes", "margin_points", "ratio")


def compare(found: list[tuple[Result, HeadToHead | None]], names: tuple[str, str]) -> list[Section]:
    sections = []
    for result, pair in found:
        heading = _heading(result.contest, result)
        heading.update(dict.fromkeys(HEAD_TO_HEAD))
        if pair:
            heading.update(
                winner=pair.winner,
                margin_votes=pair.margin_votes,
                margin_points=_round(pair.margin_points, 1),
                ratio=_round(pair.ratio, 2),
            )
        section = Section(_title(result), heading, COMPARE_COLUMNS)
        keys = {r.tally.candidate.key: r for r in result.rows}
        for name in names:
            row = keys.get(name)
            if row is None:
                continue
            section.rows.append(
                {
                    "candidate": row.tally.candidate.name,
                    "code": row.tally.candidate.code,
                    "votes": row.tally.votes,
                    "share": row.share,
                    "rank": row.rank,
                    "elected": row.elected,
                }
            )
        for candidate in result.untallied:
            if candidate.key in names:
                section.rows.append(
                    {"candidate": candidate.name, "code": candidate.code, "votes": None,
                     "share": None, "rank": None,
                     "elected": _elected_word(analysis.status(result.contest, candidate, None))}
                )  # fmt: skip
        sections.append(section)
    return sections


def _round(value: float | None, digits: int) -> float | None:
    return round(value, digits) if value is not None else None


EXPLAIN_COLUMNS = [
    Column("source"), Column("line", "int"), Column("contest"), Column("candidate"),
    Column("code"), Column("votes", "int"), Column("percent", "percent"), Column("rule"),
    Column("number"), Column("name"), Column("evidence"),
]  # fmt: skip
UNATTRIBUTED_COLUMNS = [
    Column("source"),
    Column("line", "int"),
    Column("number"),
    Column("evidence"),
]


def _within(span: Span, sentence_start: int) -> tuple[int, int]:
    return span.start - sentence_start, span.end - sentence_start


def explain(documents: list[Document], name: Candidate | None) -> list[Section]:
    """Each tally with its sentence, where the number and the name sit in it, and the rule."""
    rows = []
    for document in documents:
        text = document.source.text
        for tally in sorted(document.tallies, key=lambda t: t.span.start):
            if name is not None and tally.candidate.key != name.key:
                continue
            rows.append(
                {
                    "source": tally.span.source,
                    "line": tally.span.line,
                    "contest": tally.contest.label,
                    "candidate": tally.candidate.name,
                    "code": tally.candidate.code,
                    "votes": tally.votes,
                    "percent": tally.percent,
                    "rule": tally.rule,
                    "number": text[tally.span.start : tally.span.end],
                    "name": text[tally.name_span.start : tally.name_span.end]
                    if tally.name_span
                    else None,
                    "evidence": tally.span.sentence,
                    "_marks": _marks(text, tally),
                }
            )
    return [Section("Tallies and the phrasings that read them", {}, EXPLAIN_COLUMNS, rows)]


def _marks(text: str, tally: Tally) -> list[tuple[int, int, str]]:
    """Offsets in the evidence sentence to highlight: (start, end, "number" or "name")."""
    start = text.find(tally.span.sentence, max(0, tally.span.start - len(tally.span.sentence)))
    marks = [(*_within(tally.span, start), "number")]
    name = tally.name_span
    if name and name.sentence == tally.span.sentence:
        marks.append((*_within(name, start), "name"))
    return marks


def unattributed(documents: list[Document]) -> list[Section]:
    rows = []
    for document in documents:
        text = document.source.text
        for span in document.unattributed:
            start = text.find(span.sentence, max(0, span.start - len(span.sentence)))
            rows.append(
                {
                    "source": span.source,
                    "line": span.line,
                    "number": text[span.start : span.end],
                    "evidence": span.sentence,
                    "_marks": [(*_within(span, start), "number")],
                }
            )
    return [Section("Numbers in vote sentences that no rule read", {}, UNATTRIBUTED_COLUMNS, rows)]


# --- check and merged summary -----------------------------------------------------------------
from typing import TYPE_CHECKING  # noqa: E402

if TYPE_CHECKING:
    from .check import Finding, MergedContest, MergedTally

CHECK_COLUMNS = [
    Column("kind"), Column("verdict"), Column("contest"), Column("subject"), Column("numbers"),
    Column("sources"), Column("line"), Column("message"), Column("evidence"),
]  # fmt: skip


def check(findings: list[Finding]) -> list[Section]:
    """One row per finding; numbers, sources, lines and evidence sentences joined by "; "
    (evidence by " | "), so every format stays one flat row per finding."""
    rows = [
        {
            "kind": f.kind,
            "verdict": f.verdict,
            "contest": f.contest,
            "subject": f.subject,
            "numbers": "; ".join(_number_text(n) for n in f.numbers),
            "sources": "; ".join(f.sources),
            "line": "; ".join(dict.fromkeys(f"{s.source}:{s.line}" for s in f.evidence)),
            "message": f.message,
            "evidence": " | ".join(dict.fromkeys(" ".join(s.sentence.split()) for s in f.evidence)),
        }
        for f in findings
    ]
    return [Section("Checks", {}, CHECK_COLUMNS, rows)]


def _number_text(value: float) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


MERGED_COLUMNS = [
    Column("rank", "int"), Column("candidate"), Column("code"), Column("votes", "int"),
    Column("stated_by", "int"), Column("percent", "percent"), Column("other_values"),
    Column("elected"),
]  # fmt: skip


def merged_summary(merged: list[MergedContest]) -> list[Section]:
    """Per merged contest: each candidate's number, how many sources state it, and any other
    numbers other sources give (with how many state each)."""
    sections = []
    for contest in merged:
        heading = {
            "contest": contest.label, "body": contest.body, "year": contest.year,
            "group": contest.group, "round": contest.round,
            "source": "; ".join(contest.sources), "sources": len(contest.sources),
        }  # fmt: skip
        rows = [_merged_row(contest, tally) for tally in contest.tallies]
        rows.sort(key=lambda r: -(r["votes"] if r["votes"] is not None else -1))
        ranks = _places([r["votes"] for r in rows])
        for place, row in zip(ranks, rows, strict=True):
            row["rank"] = place
        sections.append(Section(contest.label, heading, MERGED_COLUMNS, rows))
    return sections


def _merged_row(contest: MergedContest, tally: MergedTally) -> dict[str, Any]:
    votes = tally.values()
    percents = tally.values(percent=True)
    others = [*votes[1:], *percents[1:]]
    return {
        "rank": None,
        "candidate": tally.candidate.name,
        "code": tally.candidate.code,
        "votes": int(votes[0][0]) if votes else None,
        "stated_by": len({s.source for s in votes[0][1]}) if votes else None,
        "percent": percents[0][0] if percents else None,
        "other_values": "; ".join(
            f"{_number_text(v)} ({len({s.source for s in found})})" for v, found in others
        ),
        "elected": _stated_status(contest, tally.candidate.key),
    }


def _stated_status(contest: Contest | MergedContest, key: str) -> str:
    """What the text says of a candidate: elected ("yes"), lost ("no"), else "unknown"."""
    if key in contest.elected:
        return "yes"
    return "no" if key in contest.defeated else "unknown"


CACHE_COLUMNS = [
    Column("file"), Column("kind"), Column("bytes", "int"), Column("documents", "int"),
]  # fmt: skip


def cache_files(title: str, folder: Path, files: list[CacheFile]) -> list[Section]:
    """The files of votecli's cache folder: what each holds and how much room it takes."""
    rows = [
        {"file": f.path.name, "kind": f.kind, "bytes": f.size, "documents": f.documents}
        for f in files
    ]
    return [Section(f"{title} {folder}", {"folder": str(folder)}, CACHE_COLUMNS, rows)]
