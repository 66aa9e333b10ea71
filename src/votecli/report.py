"""The HTML report: one self-contained page with a chart and a table per contest, the source
texts with every tally marked where it was read, and the findings of `votecli check`.

The page is rendered by Jinja2 with autoescaping on, from `templates/report.html.j2`; text
from the inputs only ever reaches it as plain strings, so it stays text. Marks go into the
source text by offsets: the text is cut into a tree of plain pieces and marks (marks nest
when one span holds another, and a span that crosses one already placed is left out and
listed), and the template escapes every piece. No script, no external resource: a
Content-Security-Policy meta tag forbids both.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from importlib import resources
from typing import Any, NamedTuple

from . import __version__, charts, views
from .analysis import Result, Row
from .model import Document, Span, Tally
from .render import human_value, safe_text

CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "base-uri 'none'; form-action 'none'"
)

# When spans collide the more important mark wins: numbers, restatements, names, then the
# numbers no rule read. Sentences cited by findings wrap whatever they hold.
PRIORITY = {"number": 0, "evidence": 1, "name": 2, "unattributed": 3, "sentence": 4}


@dataclass
class Mark:
    """One marked stretch of a source text, and what it stands for."""

    start: int
    end: int
    kind: str  # number, evidence, name, unattributed or sentence
    id: str
    tallies: list[str] = field(default_factory=list)  # refs: t3 (number), t3e0 (evidence)
    names: list[str] = field(default_factory=list)  # refs: t3n
    unattributed: list[str] = field(default_factory=list)  # refs: u0
    findings: list[str] = field(default_factory=list)  # refs: F1.0 (sentence marks)
    tips: list[str] = field(default_factory=list)

    @property
    def tip(self) -> str:
        return "\n".join(dict.fromkeys(self.tips))

    @property
    def row_ref(self) -> str | None:
        """The tally whose table row describes this mark ("t3"), if any."""
        for ref in (*self.tallies, *self.names):
            return re.match(r"t\d+", ref).group()
        return None

    @property
    def finding_labels(self) -> str:
        """The findings citing this sentence: "F1 F3"."""
        return " ".join(dict.fromkeys(ref.split(".")[0] for ref in self.findings))


@dataclass
class Node:
    """A piece of source text: plain (`mark` is None) or a mark holding further nodes."""

    text: str = ""
    mark: Mark | None = None
    children: list[Node] = field(default_factory=list)


def render_report(
    documents: Sequence[Document],
    results: Sequence[Result],
    findings: Sequence[Any] = (),
    *,
    generated_at: datetime,
    inputs: Sequence[str],
) -> str:
    """The report as one HTML page (a str). `findings` are objects with `kind`, `verdict`,
    `contest`, `subject`, `message` and `evidence` (a tuple of `Span`)."""
    results = list(results)
    rows = _rows_by_tally(results)
    doc_ids = {d.source.name: f"d{i}" for i, d in enumerate(documents)}
    found = [_finding(i, f) for i, f in enumerate(findings, start=1)]
    cited: dict[str, list[tuple[dict[str, Any], int, dict[str, Any]]]] = {}
    for finding in found:  # each document's view takes only the evidence in it
        for j, link in enumerate(finding["evidence"]):
            cited.setdefault(link["span"].source, []).append((finding, j, link))
    contest_counts = Counter(r.contest.source for r in results)
    texts = [
        _document_view(
            doc,
            doc_ids[doc.source.name],
            rows,
            cited.get(doc.source.name, []),
            contest_counts[doc.source.name],
        )
        for doc in documents
    ]
    for finding in found:  # one link per sentence, however many spans it cites there
        unique = {(e["source"], e["line"], e["href"]): e for e in finding["evidence"]}
        finding["links"] = list(unique.values())
    contests = _contest_views(results, doc_ids)
    stats = {
        "inputs": len(inputs),
        "texts": len(documents),
        "contests": len(results),
        "tallies": sum(len(d.tallies) for d in documents),
        "unattributed": sum(len(d.unattributed) for d in documents),
        "findings": len(found),
    }
    return _template().render(
        csp=CSP,
        version=__version__,
        generated_at=generated_at,
        generated_text=_when(generated_at),
        inputs=list(inputs),
        stats=stats,
        contests=contests,
        texts=texts,
        findings=found,
    )


@functools.cache
def _template():
    from jinja2 import Environment, StrictUndefined

    source = resources.files("votecli").joinpath("templates", "report.html.j2")
    env = Environment(
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["human"] = human_value
    env.filters["safe_text"] = safe_text
    return env.from_string(source.read_text(encoding="utf-8"))


def _when(moment: datetime) -> str:
    text = moment.strftime("%Y-%m-%d %H:%M")
    zone = moment.strftime("%Z")
    return f"{text} {zone}" if zone else text


# --- contests: charts and tables -------------------------------------------------------------


def _contest_views(results: list[Result], doc_ids: dict[str, str]) -> list[dict[str, Any]]:
    """Results grouped into contests, each with its rounds side by side."""
    sections = views.summary(results)
    groups: dict[tuple, list[tuple[Result, views.Section]]] = {}
    for result, section in zip(results, sections, strict=True):
        contest = result.contest
        key = (contest.source, contest.body, contest.group, contest.year)
        groups.setdefault(key, []).append((result, section))
    contests = []
    for index, members in enumerate(groups.values()):
        members.sort(key=lambda m: m[0].contest.round or 0)
        scale = _scale_of([result for result, _ in members])
        width = 520 if len(members) > 1 else 720  # rounds side by side, else one wide chart
        rounds = [
            _round_view(result, section, f"c{index}r{n}", scale, width)
            for n, (result, section) in enumerate(members)
        ]
        first = members[0][0].contest
        label = first.label if len(members) == 1 else _base_label(first)
        contests.append(
            {
                "id": f"c{index}",
                "label": label,
                "source": first.source,
                "source_id": doc_ids.get(first.source),
                "rounds": rounds,
                "several": len(rounds) > 1,
            }
        )
    return contests


def _base_label(contest: Any) -> str:
    parts = [contest.body or "Election", contest.group, contest.year]
    return " / ".join(p for p in parts if p)


class _ContestScale(NamedTuple):
    """One scale for all rounds of a contest, so their bars compare."""

    counts: bool  # bars of votes, not of shares: no row of any round has a share
    domain: float


def _scale_of(results: list[Result]) -> _ContestScale:
    rows = [row for result in results for row in result.rows]
    if any(row.share is not None for row in rows):
        shares = [row.share for row in rows] + [_majority_share(r) for r in results]
        return _ContestScale(False, charts.domain_of(shares))
    votes = [row.tally.votes for row in rows] + [r.majority.value for r in results if r.majority]
    return _ContestScale(True, charts.vote_domain(votes))


def _majority_share(result: Result) -> float | None:
    total = result.contest.total.value if result.contest.total else None
    if result.majority is None or not total:
        return None
    return result.majority.value / total


def _round_view(
    result: Result, section: views.Section, id_: str, scale: _ContestScale, width: int
) -> dict[str, Any]:
    contest = result.contest
    majority = result.majority
    share = _majority_share(result)
    label = f"required majority {majority.value:,}" if majority else None
    drawn = bool(result.rows)  # else candidates named without a tally: nothing to draw
    if not drawn:
        chart = ""
    elif scale.counts:  # a multi-seat vote, or one with no total: its counts, not shares
        chart = charts.vote_bars(
            section.rows,
            majority.value if majority else None,
            title=f"Votes: {contest.label}",
            majority_label=label,
            id_prefix=id_,
            domain=int(scale.domain),
            width=width,
        )
    else:
        chart = charts.share_bars(
            section.rows,
            share,
            title=f"Shares of the vote: {contest.label}",
            majority_label=label,
            id_prefix=id_,
            domain=scale.domain,
            width=width,
        )
    facts = []
    if contest.seats:
        facts.append(("seats", str(contest.seats)))
    if contest.total:
        facts.append(("total", f"{contest.total.value:,} ({contest.total.basis})"))
    if majority:
        basis = f"derived: {majority.basis}" if majority.derived else majority.basis
        facts.append(("required majority", f"{majority.value:,} ({basis})"))
        if share is None and not scale.counts:
            facts.append(("majority line", "not drawn: no stated total to place it on"))
    from markupsafe import Markup

    return {
        "id": id_,
        "label": contest.label,
        "round": contest.round,
        "heading": f"Round {contest.round}" if contest.round else contest.label,
        "measure": "No tallies" if not drawn else "Votes" if scale.counts else "Share of the vote",
        "chart": Markup(chart)
        if chart
        else None,  # built by ElementTree, which escapes every label
        "facts": facts,
        "columns": section.columns,
        "rows": section.rows,
        "notes": section.notes,
    }


# --- source texts with their marks -----------------------------------------------------------


def _rows_by_tally(results: Iterable[Result]) -> dict[int, Row]:
    """Each tally's analysed row, by the tally's identity (analysis keeps the objects)."""
    return {id(row.tally): row for result in results for row in result.rows}


def _tally_tip(tally: Tally, row: Row | None) -> str:
    bits = [tally.candidate.name]
    if tally.votes is not None:
        bits.append(f"{tally.votes:,} votes")
    if tally.percent is not None:
        bits.append(f"{tally.percent:g}% as stated")
    if row is not None and row.share is not None:
        of = f" of {row.total:,}" if row.total else f" ({row.share_basis})"
        bits.append(f"share {row.share * 100:.1f}%{of}")
    lines = [" · ".join(bits), _base_label(tally.contest)]
    if tally.contest.round:
        lines[-1] += f" · round {tally.contest.round}"
    if row is not None:
        lines.append(f"rank {row.rank or '–'} · elected: {row.elected}")
    if tally.rule:
        lines.append(f"read by rule: {tally.rule}")
    return "\n".join(lines)


def _document_view(
    document: Document,
    doc_id: str,
    rows: dict[int, Row],
    cited: list[tuple[dict[str, Any], int, dict[str, Any]]],
    contests: int,
) -> dict[str, Any]:
    """One source text with its marks; `cited`: (finding, index, link) of the evidence the
    findings cite in it; `contests`: how many contests were read from it."""
    text = document.source.text
    marks: list[Mark] = []
    tally_rows = []

    def add(span: Span | None, kind: str, tip: str, **refs: str) -> Mark | None:
        if span is None:
            return None
        mark = Mark(span.start, span.end, kind, f"{doc_id}-{kind[0]}{span.start}-{span.end}")
        mark.tips.append(tip)
        for attr, ref in refs.items():
            getattr(mark, attr).append(ref)
        marks.append(mark)
        return mark

    for k, tally in enumerate(document.tallies):
        row = rows.get(id(tally))
        tip = _tally_tip(tally, row)
        add(tally.span, "number", tip, tallies=f"t{k}")
        for j, span in enumerate(tally.evidence):
            add(span, "evidence", "restated · " + tip, tallies=f"t{k}e{j}")
        add(
            tally.name_span,
            "name",
            f"candidate: {tally.candidate.name}\nof the tally at line {tally.span.line}",
            names=f"t{k}n",
        )
        tally_rows.append(
            {
                "ref": f"t{k}",
                "candidate": tally.candidate.name,
                "code": tally.candidate.code,
                "contest": _base_label(tally.contest),
                "round": tally.contest.round,
                "votes": tally.votes,
                "percent": tally.percent,
                "share": row.share if row else None,
                "rank": row.rank if row else None,
                "elected": row.elected if row else "",
                "rule": tally.rule,
                "line": tally.span.line,
                "number": text[tally.span.start : tally.span.end],
                "evidence_lines": [s.line for s in tally.evidence],
            }
        )
    for k, span in enumerate(document.unattributed):
        add(
            span,
            "unattributed",
            "a number in a vote sentence that no rule read: not counted",
            unattributed=f"u{k}",
        )
    for finding, j, link in cited:
        span = link["span"]
        start, end = _sentence_bounds(text, span)
        add(
            Span(span.source, span.line, start, end, span.sentence),
            "sentence",
            f"cited by finding {finding['number']}",
            findings=f"{finding['id']}.{j}",
        )

    placed, skipped = _place(marks, len(text))
    by_tally = {ref: m.id for m in placed for ref in m.tallies}
    for entry in tally_rows:
        entry["href"] = f"#{by_tally[entry['ref']]}" if entry["ref"] in by_tally else None
    by_finding = {ref: m.id for m in placed for ref in m.findings}
    for finding, j, link in cited:
        ref = f"{finding['id']}.{j}"
        if ref in by_finding:
            link["href"] = f"#{by_finding[ref]}"
    return {
        "id": doc_id,
        "name": document.source.name,
        "title": document.source.title,
        "nodes": _tree(text, placed),
        "tallies": tally_rows,
        "unattributed": len(document.unattributed),
        "skipped": [{"kind": m.kind, "text": text[m.start : m.end], "tip": m.tip} for m in skipped],
        "contests": contests,
    }


def _sentence_bounds(text: str, span: Span) -> tuple[int, int]:
    """Offsets of the sentence holding `span`, or the span's own when it cannot be found."""
    sentence = span.sentence
    if sentence:
        start = text.find(sentence, max(0, span.start - len(sentence)))
        if 0 <= start <= span.start and span.end <= start + len(sentence):
            return start, start + len(sentence)
    return span.start, span.end


def _place(marks: list[Mark], length: int) -> tuple[list[Mark], list[Mark]]:
    """The marks that can be drawn: inside the text, merged when they cover the same span,
    nested when one holds another; one that crosses a mark already placed is skipped."""
    placed: list[Mark] = []
    skipped: list[Mark] = []
    same: dict[tuple[int, int, bool], Mark] = {}
    spans = _Spans()
    for mark in sorted(marks, key=lambda m: PRIORITY[m.kind]):
        if not 0 <= mark.start < mark.end <= length:
            skipped.append(mark)
            continue
        key = (mark.start, mark.end, mark.kind == "sentence")
        if key in same:  # one stretch, several tallies or findings: one mark says them all
            twin = same[key]
            twin.tallies += mark.tallies
            twin.names += mark.names
            twin.unattributed += mark.unattributed
            twin.findings += mark.findings
            twin.tips += mark.tips
            continue
        if spans.crossed_by(mark.start, mark.end):
            skipped.append(mark)
            continue
        same[key] = mark
        placed.append(mark)
        spans.add(mark.start, mark.end)
    return placed, skipped


class _Spans:
    """Placed spans, sorted by start and by end, so that whether a new span crosses one
    (overlaps it without either holding the other) is found by bisection, not by trying
    every placed span: a text with thousands of tallies has thousands of marks."""

    def __init__(self) -> None:
        self.by_start: list[tuple[int, int]] = []
        self.by_end: list[tuple[int, int]] = []

    def add(self, start: int, end: int) -> None:
        bisect.insort(self.by_start, (start, end))
        bisect.insort(self.by_end, (end, start))

    def crossed_by(self, start: int, end: int) -> bool:
        # a span starting inside this one and ending after it
        at = bisect.bisect_right(self.by_start, (start, _FAR))
        while at < len(self.by_start) and self.by_start[at][0] < end:
            if self.by_start[at][1] > end:
                return True
            at += 1
        # a span ending inside this one and starting before it
        at = bisect.bisect_right(self.by_end, (start, _FAR))
        while at < len(self.by_end) and self.by_end[at][0] < end:
            if self.by_end[at][1] < start:
                return True
            at += 1
        return False


_FAR = float("inf")


def _tree(text: str, marks: list[Mark]) -> list[Node]:
    """The text cut into plain pieces and (nested) marks, in reading order."""
    root = Node()
    stack: list[tuple[Node, int]] = [(root, len(text))]
    cursor = 0
    # outer marks first: earlier start, then longer, then a sentence around a mark it equals
    for mark in sorted(marks, key=lambda m: (m.start, -m.end, m.kind != "sentence")):
        while mark.start >= stack[-1][1]:
            node, end = stack.pop()
            _append_text(node, text[cursor:end])
            cursor = end
        parent = stack[-1][0]
        _append_text(parent, text[cursor : mark.start])
        node = Node(mark=mark)
        parent.children.append(node)
        stack.append((node, mark.end))
        cursor = mark.start
    while stack:
        node, end = stack.pop()
        _append_text(node, text[cursor:end])
        cursor = end
    return root.children


def _append_text(node: Node, piece: str) -> None:
    if piece:
        node.children.append(Node(text=safe_text(piece)))


# --- findings --------------------------------------------------------------------------------

_VERDICT_CLASSES = {
    "fail": "bad", "failed": "bad", "error": "bad", "wrong": "bad", "mismatch": "bad",
    "contradiction": "bad", "contradicted": "bad", "inconsistent": "bad",
    "warn": "doubt", "warning": "doubt", "doubt": "doubt", "suspect": "doubt",
    "unclear": "doubt", "unknown": "doubt", "unverifiable": "doubt",
    "ok": "good", "pass": "good", "passed": "good", "agreement": "good", "consistent": "good",
    "confirmed": "good",
}  # fmt: skip


def _finding(number: int, finding: Any) -> dict[str, Any]:
    contest = getattr(finding, "contest", None)
    verdict = str(getattr(finding, "verdict", "") or "")
    word = re.sub(r"[^a-z]", "", verdict.casefold())
    return {
        "number": number,
        "id": f"F{number}",
        "kind": str(getattr(finding, "kind", "") or ""),
        "verdict": verdict,
        "tone": _VERDICT_CLASSES.get(word, "neutral"),
        "contest": getattr(contest, "label", contest) or "",
        "subject": str(getattr(finding, "subject", "") or ""),
        "message": str(getattr(finding, "message", "") or ""),
        "evidence": [
            {
                "span": span,
                "source": span.source,
                "line": span.line,
                "href": None,
                "snippet": _snippet(span.sentence),
            }
            for span in (getattr(finding, "evidence", ()) or ())
        ],
    }


def _snippet(sentence: str, limit: int = 64) -> str:
    """The start of a sentence, cut at a word, to tell apart two sentences on one line."""
    words = " ".join(sentence.split())
    if len(words) <= limit:
        return words
    return words[:limit].rsplit(" ", 1)[0] + "…"
