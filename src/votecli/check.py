"""Reconcile one contest across many sources, check its arithmetic and rules, verify claims.

`merge(documents)` groups the contests of all documents that describe the same contest;
`run_checks(documents)` returns one `Finding` per conflict or agreement between sources,
per arithmetic or rule check, and per claim a text makes.

When two contests are the same contest
--------------------------------------
Fields are compared after the extractor's normalisation (canonical body and group names,
candidates by ISO code or folded name):

- body, regional group and round must be equal, or one of them unknown;
- years must overlap, a term standing for the years it may have been elected in: "2017-2018"
  covers 2016 and 2017 (UN bodies elect the year before a term starts), "2012" covers 2012;
- they must name at least one candidate in common.

When every field is known on both sides ("exact") that is enough, and any numbers that then
differ are reported as conflicts. When a field is unknown on either side ("loose": a text
with no year, no group or no round, or no body) the sources' other facts must agree: at
least one candidate's tally must be the same in both and no more tallies may differ than
agree. Two undated texts are loose too, since they may report different years' elections.
A contest goes to the best fitting merged contest (exact before loose, then most
agreements); when two loose fits tie it stays on its own.

Pure: no printing, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from . import analysis, claims, majorities, patterns
from .claims import Claim, Margin, Standing
from .model import Candidate, Contest, Document, Figure, Source, Span, Tally


@dataclass(frozen=True)
class Finding:
    """One row of `votecli check`: what was checked, its verdict, numbers and sentences."""

    kind: str  # conflict, arithmetic, rule, claim
    verdict: str  # consistent, agreement, contradicted, unverifiable, ok
    contest: str  # the contest's label
    subject: str  # the candidate or figure the finding is about
    message: str
    numbers: tuple[int | float, ...] = ()
    sources: tuple[str, ...] = ()
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Statement:
    """One source's number for one candidate in one contest."""

    tally: Tally

    @property
    def source(self) -> str:
        return self.tally.span.source

    @property
    def value(self) -> int | float | None:
        return self.tally.votes if self.tally.votes is not None else self.tally.percent


@dataclass(frozen=True)
class MergedTally:
    """One candidate's tally in one contest as every source states it."""

    candidate: Candidate
    statements: tuple[Statement, ...]

    def values(self, percent: bool = False) -> list[tuple[int | float, tuple[Statement, ...]]]:
        """Each distinct number stated, with its statements, most sources first."""
        by_value: dict[int | float, list[Statement]] = {}
        for statement in self.statements:
            tally = statement.tally
            value = tally.percent if percent else tally.votes
            if value is not None:
                by_value.setdefault(value, []).append(statement)
        ranked = sorted(by_value.items(), key=lambda item: -len(_sources(item[1])))
        return [(value, tuple(found)) for value, found in ranked]

    @property
    def votes(self) -> int | None:
        """The vote count most sources state (the first stated on a tie)."""
        found = self.values()
        return int(found[0][0]) if found else None


@dataclass(frozen=True)
class MergedContest:
    """One contest as several sources report it, with the tallies merged per candidate."""

    contests: tuple[Contest, ...]
    tallies: tuple[MergedTally, ...]

    @property
    def body(self) -> str | None:
        return _first(c.body for c in self.contests)

    @property
    def group(self) -> str | None:
        return _first(c.group for c in self.contests)

    @property
    def round(self) -> int | None:
        return _first(c.round for c in self.contests)

    @property
    def year(self) -> str | None:
        return _first(c.year for c in self.contests)

    @property
    def label(self) -> str:
        return Contest("", self.body, self.year, self.group, self.round).label

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.source for c in self.contests))

    @property
    def candidates(self) -> dict[str, Candidate]:
        named = {c.key: c for contest in self.contests for c in contest.candidates}
        named.update({t.candidate.key: t.candidate for t in self.tallies})
        return named

    @property
    def elected(self) -> frozenset[str]:
        return frozenset(key for c in self.contests for key in c.elected)

    @cached_property  # asked once per row: computed once per contest, not per row
    def defeated(self) -> frozenset[str]:
        """Keys a source says lost, that no source says won."""
        return frozenset(key for c in self.contests for key in c.defeated) - self.elected

    def tally(self, key: str) -> MergedTally | None:
        return next((t for t in self.tallies if t.candidate.key == key), None)


def _first(values: Iterable[object]) -> object | None:
    return next((v for v in values if v is not None), None)  # type: ignore[return-value]


def _sources(statements: Iterable[Statement]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(s.source for s in statements))


_TERM = patterns.compile(r"^(\d{4})-(\d{4})$")


def years_fit(a: str | None, b: str | None) -> bool | None:
    """Whether two years or terms may name the same election: None when either is unknown.
    A term stands for the years it may have been elected in ("2017-2018": 2016 or 2017, as
    UN bodies elect the year before a term starts); two terms must be the same term."""
    if not a or not b:
        return None
    if _TERM.match(a) and _TERM.match(b):
        return a == b
    return bool(_years(a) & _years(b))


def _years(year: str) -> frozenset[int]:
    term = _TERM.match(year)
    if term:
        start = int(term.group(1))
        return frozenset({start - 1, start})
    return frozenset({int(year)}) if year.isdigit() else frozenset()


# --- merging ---------------------------------------------------------------------------------
@dataclass
class _Cluster:
    """The contests of several sources that report the same vote, gathered while merging."""

    contests: list[Contest] = field(default_factory=list)
    tallies: dict[str, list[Tally]] = field(default_factory=dict)
    # kept up to date as contests join, so that fitting one more costs the same however many
    # sources the cluster holds already (an archive may state one contest a thousand times)
    names: set[str] = field(default_factory=set)  # candidate keys of its contests and tallies
    votes: dict[str, set[int]] = field(default_factory=dict)  # counts stated per candidate
    head: dict[str, Any] = field(default_factory=dict)  # the first known body, group...

    def add(self, contest: Contest, tallies: Sequence[Tally]) -> None:
        self.contests.append(contest)
        self.names.update(c.key for c in contest.candidates)
        for field_name in ("body", "group", "round", "year"):
            if self.head.get(field_name) is None:
                self.head[field_name] = getattr(contest, field_name)
        for tally in tallies:
            self.tallies.setdefault(tally.candidate.key, []).append(tally)
            self.names.add(tally.candidate.key)
            if tally.votes is not None:
                self.votes.setdefault(tally.candidate.key, set()).add(tally.votes)

    def frozen(self) -> MergedContest:
        merged = tuple(
            MergedTally(found[0].candidate, tuple(Statement(t) for t in found))
            for found in self.tallies.values()
        )
        return MergedContest(tuple(self.contests), merged)


def merge(documents: Iterable[Document]) -> list[MergedContest]:
    """Contests of all documents that describe the same contest, merged, sources kept."""
    items = [(c, _tallies_of(d, c)) for d in documents for c in d.contests]
    items.sort(key=lambda item: _unknowns(item[0]))  # fully known contests first
    clusters: list[_Cluster] = []
    for contest, tallies in items:
        target = _best_fit(clusters, contest, tallies)
        if target is None:
            target = _Cluster()
            clusters.append(target)
        target.add(contest, tallies)
    return [cluster.frozen() for cluster in clusters]


def _tallies_of(document: Document, contest: Contest) -> list[Tally]:
    return [t for t in document.tallies if t.contest == contest]


def _unknowns(contest: Contest) -> int:
    return sum(v is None for v in (contest.body, contest.year, contest.group, contest.round))


def _best_fit(
    clusters: list[_Cluster], contest: Contest, tallies: Sequence[Tally]
) -> _Cluster | None:
    scored = []
    for cluster in clusters:
        fit = _fit(cluster, contest, tallies)
        if fit is not None:
            scored.append((fit, cluster))
    if not scored:
        return None
    scored.sort(key=lambda item: item[0], reverse=True)
    best, cluster = scored[0]
    loose = best[0] == 0
    if loose and len(scored) > 1 and scored[1][0] == best:
        return None  # two equally good loose fits: do not guess
    return cluster


def _fit(
    cluster: _Cluster, contest: Contest, tallies: Sequence[Tally]
) -> tuple[int, int, int] | None:
    """(exact, agreements - conflicts, shared candidates), or None when not the same contest."""
    exact = _fields_fit(cluster.head, contest)
    if exact is None:
        return None
    names = {c.key for c in contest.candidates} | {t.candidate.key for t in tallies}
    shared = names & cluster.names
    if not shared:
        return None
    agree, differ = _agreement(cluster, tallies)
    if not exact and (agree == 0 or differ > agree):
        return None
    return (int(exact), agree - differ, len(shared))


def _fields_fit(head: dict[str, Any], contest: Contest) -> bool | None:
    """True when every field is known and equal, False when some are unknown, None on a clash."""
    exact = True
    for ours, theirs in (
        (head["body"], contest.body),
        (head["group"], contest.group),
        (head["round"], contest.round),
    ):
        if ours is None or theirs is None:
            exact = False
        elif ours != theirs:
            return None
    fits = years_fit(head["year"], contest.year)
    if fits is None:
        return False
    return exact if fits else None


def _agreement(cluster: _Cluster, tallies: Sequence[Tally]) -> tuple[int, int]:
    agree = differ = 0
    for tally in tallies:
        votes = cluster.votes.get(tally.candidate.key)
        if tally.votes is None or not votes:
            continue
        if tally.votes in votes:
            agree += 1
        else:
            differ += 1
    return agree, differ


# --- findings ---------------------------------------------------------------------------------
def run_checks(documents: Iterable[Document]) -> list[Finding]:
    """Every finding over the documents: conflicts, arithmetic, rules, claims."""
    documents = list(documents)
    merged = merge(documents)
    findings = [f for contest in merged for f in conflicts(contest)]
    for document in documents:
        findings.extend(arithmetic(document))
        findings.extend(stated_majorities(document))
    findings.extend(f for contest in merged for f in elected_below_majority(contest))
    for document in documents:
        findings.extend(claim_findings(document, merged))
        findings.extend(margin_findings(document, merged))
    return findings


def conflicts(contest: MergedContest) -> list[Finding]:
    """Per candidate: numbers that differ between statements, or sources that agree."""
    found = []
    for tally in contest.tallies:
        for percent in (False, True):
            finding = _compare(contest.label, tally, percent)
            if finding:
                found.append(finding)
    return found


def _compare(label: str, tally: MergedTally, percent: bool) -> Finding | None:
    values = tally.values(percent)
    unit = "%" if percent else " votes"
    name = tally.candidate.name
    if len(values) > 1:
        told = "; ".join(f"{_num(v)}{unit} in {', '.join(_sources(s))}" for v, s in values)
        hint = " (the same digits in another order: a typo?)" if _transposed(values) else ""
        spans = tuple(s.tally.span for _, found in values for s in found)
        sources = tuple(s.source for _, found in values for s in found)
        return Finding(
            "conflict",
            "contradicted",
            label,
            name,
            f"{name}: {told}{hint}",
            tuple(v for v, _ in values),
            sources,
            spans,
        )
    if values and len(_sources(values[0][1])) > 1:
        value, found = values[0]
        sources = _sources(found)
        message = f"{name}: {len(sources)} sources agree on {_num(value)}{unit}"
        return Finding(
            "conflict",
            "agreement",
            label,
            name,
            message,
            (value,),
            sources,
            tuple(s.tally.span for s in found),
        )
    return None


def _num(value: int | float) -> str:
    return f"{value:,}" if isinstance(value, int) else f"{value:g}"


def _transposed(values: list[tuple[int | float, tuple[Statement, ...]]]) -> bool:
    digits = {"".join(sorted(str(v))) for v, _ in values}
    return len(digits) == 1


# --- arithmetic ------------------------------------------------------------------------------
SINGLE_SEAT = frozenset(
    {
        "President of the General Assembly",
        "Presidential election",
        "Speaker",
        "Party leadership",
        "FIFA",
    }
)


def _seats(contest: Contest) -> int | None:
    if contest.seats:
        return contest.seats
    return 1 if contest.body in SINGLE_SEAT else None


def arithmetic(document: Document) -> list[Finding]:
    """Tallies against stated totals and ballot blocks; shares above 100%."""
    found: list[Finding] = []
    for contest in document.contests:
        tallies = _tallies_of(document, contest)
        found.extend(_over_total(contest, tallies))
        found.extend(_shares(contest, tallies))
    found.extend(
        f for block in ballot_blocks(document.source) for f in _block_findings(document, block)
    )
    return found


def _over_total(contest: Contest, tallies: list[Tally]) -> list[Finding]:
    if contest.total is None:
        return []
    total, label = contest.total, contest.label
    votes = [t for t in _one_per_candidate(tallies) if t.votes is not None]
    over = [t for t in votes if (t.votes or 0) > total.value]
    if over and len(over) * 2 > len(votes):
        return [_total_misread(contest, over, len(votes), total)]
    found = [
        Finding("arithmetic", "contradicted", label, t.candidate.name,
                f"{t.candidate.name}: {t.votes:,} votes is more than the total of {total.value:,} ({total.basis})",
                (t.votes or 0, total.value), (contest.source,), _spans(t.span, total.span))
        for t in over
    ]  # fmt: skip
    return found + ([_sum_finding(contest, votes, total)] if len(votes) > 1 else [])


def _one_per_candidate(tallies: list[Tally]) -> list[Tally]:
    """The first tally of each candidate: a headline and the body may state one number twice."""
    return list({t.candidate.key: t for t in reversed(tallies)}.values())[::-1]


def _total_misread(contest: Contest, over: list[Tally], count: int, total: Figure) -> Finding:
    """Most tallies above the total: the "total" is more likely a seat count or a body's size."""
    message = (
        f"{len(over)} of {count} tallies are above the total of {total.value:,} ({total.basis}): "
        "that number is probably not a count of voters (a seat count or the body's size?)"
    )
    numbers = (total.value, *(t.votes or 0 for t in over))
    spans = _spans(total.span, *(t.span for t in over))
    return Finding(
        "arithmetic",
        "unverifiable",
        contest.label,
        "total",
        message,
        numbers,
        (contest.source,),
        spans,
    )


def _sum_finding(contest: Contest, votes: list[Tally], total: Figure) -> Finding:
    added = sum(t.votes or 0 for t in votes)
    seats = _seats(contest)
    limit = total.value * (seats or 1)
    numbers = (added, total.value, *(t.votes or 0 for t in votes))
    spans = _spans(*(t.span for t in votes), total.span)
    if added <= limit:
        verdict, why = "ok", f"within the total of {total.value:,} ({total.basis})"
    elif seats is None:
        verdict, why = (
            "unverifiable",
            f"more than the total of {total.value:,}; fine only if several seats were filled",
        )
    else:
        verdict, why = (
            "contradicted",
            f"more than {seats} seat(s) x the total of {total.value:,} ({total.basis})",
        )
    message = f"the {len(votes)} tallies add up to {added:,}, {why}"
    return Finding(
        "arithmetic",
        verdict,
        contest.label,
        "sum of tallies",
        message,
        numbers,
        (contest.source,),
        spans,
    )


def _shares(contest: Contest, tallies: list[Tally]) -> list[Finding]:
    found = [
        Finding("arithmetic", "contradicted", contest.label, t.candidate.name,
                f"{t.candidate.name}: a share of {t.percent:g}% is above 100%", (t.percent,),
                (contest.source,), (t.span,))
        for t in tallies if t.percent is not None and t.percent > 100
    ]  # fmt: skip
    shares = [t for t in _one_per_candidate(tallies) if t.percent is not None]
    added = round(sum(t.percent or 0.0 for t in shares), 2)
    if _seats(contest) == 1 and len(shares) > 1 and added > 100 + 0.05 * len(shares):
        message = f"the {len(shares)} shares add up to {added:g}%, above 100%"
        numbers = (added, *(t.percent or 0.0 for t in shares))
        spans = tuple(t.span for t in shares)
        found.append(
            Finding(
                "arithmetic",
                "contradicted",
                contest.label,
                "sum of shares",
                message,
                numbers,
                (contest.source,),
                spans,
            )
        )
    return found


def _spans(*spans: Span | None) -> tuple[Span, ...]:
    return tuple(dict.fromkeys(s for s in spans if s is not None))


# --- UN ballot blocks -------------------------------------------------------------------------
BALLOTS, INVALID, VALID, ABSTENTIONS, PRESENT, REQUIRED = (
    "ballot papers", "invalid ballots", "valid ballots", "abstentions", "present and voting", "required majority",
)  # fmt: skip
_BLOCK_LABEL = patterns.compile(
    r"^\s*(?:number\s+of\s+)?(?P<label>ballot\s+papers|invalid\s+ballots|valid\s+ballots|abstentions|"
    r"(?:members\s+)?present\s+and\s+voting|required\s+(?:two-thirds\s+)?majority|"
    r"(?:two-thirds|absolute)\s+majority|majority\s+required)\b[^:\d|]{0,20}[:.]?"
    r"\s*(?:\|\s*)*(?P<value>\d[\d,]*)?\s*\|?\s*$",
    re.IGNORECASE,
)
_FILLER = patterns.compile(r"^[\s|¦\-–—_=*•.]*$")
_VALUE_LINE = patterns.compile(r"^\s*\|?\s*(?P<value>\d[\d,]*)\s*\|?\s*$")


@dataclass(frozen=True)
class Block:
    """One UN ballot block: its figures by label, and the text offsets it covers."""

    figures: dict[str, Figure]
    start: int
    end: int


def ballot_blocks(source: Source) -> list[Block]:
    """Ballot-block figures ("Abstentions: 2", or the label and value on separate lines
    with "|" lines between), grouped into blocks; a repeated label starts a new block."""
    blocks: list[Block] = []
    figures: dict[str, Figure] = {}
    for figure in _block_figures(source):
        if figure.basis in figures:
            blocks.append(_block(figures))
            figures = {}
        figures[figure.basis] = figure
    if figures:
        blocks.append(_block(figures))
    return blocks


def _block(figures: dict[str, Figure]) -> Block:
    spans = [f.span for f in figures.values() if f.span]
    return Block(dict(figures), min(s.start for s in spans), max(s.end for s in spans))


def _block_figures(source: Source) -> list[Figure]:
    lines = source.text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    found = []
    for index, line in enumerate(lines):
        match = _BLOCK_LABEL.match(line)
        if not match:
            continue
        at = _value_at(lines, index, match)
        if at is None:
            continue
        row, start, end = at
        value = int(lines[row][start:end].replace(",", ""))
        span = Span(
            source.name,
            row + 1,
            offsets[row] + start,
            offsets[row] + end,
            f"{line.strip()} {value}",
        )
        found.append(Figure(value, _label(match.group("label")), span))
    return found


def _value_at(lines: list[str], index: int, match: re.Match[str]) -> tuple[int, int, int] | None:
    if match.group("value"):
        return index, match.start("value"), match.end("value")
    for row in range(index + 1, min(index + 6, len(lines))):
        value = _VALUE_LINE.match(lines[row])
        if value:
            return row, value.start("value"), value.end("value")
        if not _FILLER.match(lines[row]):
            return None
    return None


def _label(raw: str) -> str:
    raw = " ".join(raw.lower().split())
    if "majority" in raw:
        return REQUIRED
    return PRESENT if "present" in raw else raw


def _block_findings(document: Document, block: Block) -> list[Finding]:
    tallies = _block_tallies(document, block)
    contest = tallies[0].contest if tallies else _nearest_contest(document, block.start)
    label = contest.label if contest else "Election"
    found = _block_sums(block, label, document.source.name)
    if tallies and contest is not None:
        found.extend(_block_tally_sum(block, contest, tallies))
    if contest is not None and REQUIRED in block.figures:
        found.extend(
            _required_finding(contest, block.figures[REQUIRED], block.figures.get(PRESENT))
        )
    return found


def _block_tallies(document: Document, block: Block) -> list[Tally]:
    later = [b for b in ballot_blocks(document.source) if b.start > block.end]
    stop = min((b.start for b in later), default=len(document.source.text) + 1)
    inside = sorted(
        (t for t in document.tallies if block.end <= t.span.start < stop),
        key=lambda t: t.span.start,
    )
    if not inside:
        return []
    first = inside[0].contest
    return [t for t in inside if t.contest == first]


def _nearest_contest(document: Document, offset: int) -> Contest | None:
    before = [t for t in document.tallies if t.span.start >= offset]
    return min(before, key=lambda t: t.span.start).contest if before else None


def _block_sums(block: Block, label: str, source: str) -> list[Finding]:
    figures = block.figures
    checks = ((BALLOTS, (INVALID, VALID)), (VALID, (ABSTENTIONS, PRESENT)))
    found = []
    for whole, parts in checks:
        if whole not in figures or any(p not in figures for p in parts):
            continue
        added = sum(figures[p].value for p in parts)
        stated = figures[whole].value
        verdict = "ok" if added == stated else "contradicted"
        message = f"{parts[0]} {figures[parts[0]].value:,} + {parts[1]} {figures[parts[1]].value:,} = {added:,}; {whole}: {stated:,}"
        spans = _spans(*(figures[k].span for k in (whole, *parts)))
        found.append(
            Finding("arithmetic", verdict, label, whole, message, (added, stated), (source,), spans)
        )
    return found


def _block_tally_sum(block: Block, contest: Contest, tallies: list[Tally]) -> list[Finding]:
    figures = block.figures
    votes = [t.votes for t in tallies if t.votes is not None]
    if BALLOTS not in figures or not votes:
        return []
    abstentions = figures[ABSTENTIONS].value if ABSTENTIONS in figures else 0
    invalid = figures[INVALID].value if INVALID in figures else 0
    ballots = figures[BALLOTS].value
    added = sum(votes) + abstentions + invalid
    verdict, why = _ballot_verdict(added, ballots, _seats(contest), len(votes))
    message = f"tallies {sum(votes):,} + abstentions {abstentions:,} + invalid {invalid:,} = {added:,}; ballot papers: {ballots:,}{why}"
    spans = _spans(figures[BALLOTS].span, *(t.span for t in tallies))
    return [
        Finding(
            "arithmetic",
            verdict,
            contest.label,
            "ballots cast",
            message,
            (added, ballots),
            (contest.source,),
            spans,
        )
    ]


def _ballot_verdict(added: int, ballots: int, seats: int | None, count: int) -> tuple[str, str]:
    if added == ballots:
        return "ok", ""
    if added < ballots:
        return (
            "unverifiable",
            f" ({ballots - added:,} votes not accounted for: not every vote-getter may be listed)",
        )
    if seats == 1:
        return "contradicted", " (one seat: each ballot counts once)"
    if seats and added <= ballots * seats:
        return "ok", f" (within {seats} seats x {ballots:,} ballots)"
    if seats:
        return "contradicted", f" (more than {seats} seats x {ballots:,} ballots)"
    return (
        "unverifiable",
        " (more than the ballots: fine only if several seats were filled on this ballot)",
    )


# --- rules ------------------------------------------------------------------------------------
def stated_majorities(document: Document) -> list[Finding]:
    """A required majority the text states, against the body's rule."""
    found = []
    blocks = ballot_blocks(document.source)
    block_spans = {b.figures[REQUIRED].span for b in blocks if REQUIRED in b.figures}
    for contest in document.contests:
        required = contest.required
        if required is None or required.span is None or _in_block(required.span, block_spans):
            continue
        found.extend(_required_finding(contest, required, _present(contest)))
    return found


def _in_block(span: Span, block_spans: set[Span | None]) -> bool:
    return any(
        s is not None and s.line == span.line and s.source == span.source for s in block_spans
    )


def _present(contest: Contest) -> Figure | None:
    total = contest.total
    return total if total is not None and total.basis == "present and voting" else None


SMALL_ASSEMBLY = 100  # fewer present and voting: not a General Assembly ballot (ECOSOC has 54)


def _required_finding(contest: Contest, required: Figure, present: Figure | None) -> list[Finding]:
    rule = majorities.MAJORITY_RULES.get(contest.body or "")
    if rule is None:
        return []
    exact = rule.basis == "membership" or present is not None
    derived = majorities.derived_majority(contest.body, present.value if present else None)
    if derived is None:
        return []
    value, note = derived
    spans = _spans(required.span, present.span if present else None)
    stated = f"stated required majority {required.value:,}"
    if exact:
        verdict = "ok" if required.value == value else "contradicted"
        message = f"{stated}; the rule gives {value:,} ({note})"
        numbers: tuple[int, ...] = (required.value, value)
        if verdict == "contradicted" and present is not None and present.value < SMALL_ASSEMBLY:
            verdict = "unverifiable"
            message += f"; with only {present.value} voting the ballot was likely held by a smaller organ with its own rule"
    else:
        verdict, message, numbers = _required_unknown_basis(
            contest.body, required.value, stated, rule.text
        )
    return [
        Finding(
            "rule",
            verdict,
            contest.label,
            "required majority",
            message,
            numbers,
            (contest.source,),
            spans,
        )
    ]


def _required_unknown_basis(
    body: str | None, stated: int, words: str, rule: str
) -> tuple[str, str, tuple[int, ...]]:
    """With the number present and voting unknown: is any number of voters consistent?"""
    possible = {
        majorities.derived_majority(body, present)[0]
        for present in range(1, majorities.UN_MEMBERS + 1)
    }  # type: ignore[index]
    if stated in possible:
        return (
            "unverifiable",
            f"{words}; {rule}, but the number present and voting is not stated",
            (stated,),
        )
    top = max(possible)
    return "contradicted", f"{words}; {rule} is at most {top:,}", (stated, top)


def elected_below_majority(contest: MergedContest) -> list[Finding]:
    """Each candidate declared elected, against the required majority."""
    found = []
    for key in sorted(contest.elected):
        tally = contest.tally(key)
        if tally is None or tally.votes is None:
            continue
        majority, exact = _majority(contest)
        if majority is None:
            continue
        found.append(_elected_finding(contest, tally, majority, exact))
    return found


def _majority(contest: MergedContest) -> tuple[analysis.Majority | None, bool]:
    """The required majority (stated by any source, else by rule) and whether it is exact."""
    stated = next((c for c in contest.contests if c.required is not None), None)
    if stated is not None:
        return analysis.required_majority(stated), True
    with_present = next((c for c in contest.contests if _present(c) is not None), None)
    base = with_present or contest.contests[0]
    rule = majorities.MAJORITY_RULES.get(base.body or "")
    exact = rule is not None and (rule.basis == "membership" or with_present is not None)
    return analysis.required_majority(base), exact


def _elected_finding(
    contest: MergedContest, tally: MergedTally, majority: analysis.Majority, exact: bool
) -> Finding:
    votes = tally.votes or 0
    name = tally.candidate.name
    statements = tally.values()[0][1]
    sources = _sources(statements)
    spans = tuple(s.tally.span for s in statements)
    basis = f"derived: {majority.basis}" if majority.derived else majority.basis
    if votes >= majority.value:
        verdict, how = "ok", "at least"
    else:
        verdict, how = ("contradicted" if exact else "unverifiable"), "below"
    message = f"{name} declared elected with {votes:,} votes, {how} the required {majority.value:,} ({basis})"
    return Finding(
        "rule", verdict, contest.label, name, message, (votes, majority.value), sources, spans
    )


# --- claims -----------------------------------------------------------------------------------
def claim_findings(document: Document, merged: list[MergedContest]) -> list[Finding]:
    """Each rank claim in the document, checked against every source's tallies."""
    found = []
    for claim in claims.find_claims(document):
        home = _home(document, merged, claim.candidate, claim.span, claim.group)
        found.append(_claim_finding(claim, home, merged))
    return found


def _claim_finding(
    claim: Claim, home: MergedContest | None, merged: list[MergedContest]
) -> Finding:
    subject = claim.candidate.name if claim.candidate else ""
    if home is None:
        message = (
            f"'{claim.text}': no contest with a tally for {subject or 'the candidate'} is known"
        )
        return Finding(
            "claim", "unverifiable", "", subject, message, (), (claim.span.source,), (claim.span,)
        )
    scope = _scope(home, claim, merged)
    pool = _standings(scope, home)
    named = {key for c in scope for key in c.candidates}
    size = claim.size or (len(named) if claim.group or not claim.scope else None)
    where = claim.scope or home.label
    verdict = claims.verify_rank(claim, pool, size, where)
    sources = tuple(
        dict.fromkeys((claim.span.source, *(x for s in verdict.standings for x in s.sources)))
    )
    spans = _spans(claim.span, *(x for s in verdict.standings for x in s.spans))
    message = f"'{claim.text}': {verdict.message}"
    return Finding(
        "claim", verdict.verdict, home.label, subject, message, verdict.numbers, sources, spans
    )


def _home(
    document: Document,
    merged: list[MergedContest],
    candidate: Candidate | None,
    span: Span,
    group: str | None,
) -> MergedContest | None:
    """The merged contest a claim in `document` speaks of: one of the document's contests
    with the candidate (the claim's group first, then the nearest before the claim)."""
    if candidate is None:
        return None
    mine = [
        c
        for c in merged
        if candidate.key in c.candidates
        and any(x.source == document.source.name for x in c.contests)
    ]
    if not mine:
        return None
    return max(
        mine, key=lambda c: (group is not None and c.group == group, -_distance(c, document, span))
    )


def _distance(contest: MergedContest, document: Document, span: Span) -> int:
    starts = [
        t.span.start for t in document.tallies if any(t.contest == c for c in contest.contests)
    ]
    before = [span.start - s for s in starts if s <= span.start]
    return min(before) if before else 10**9


def _scope(home: MergedContest, claim: Claim, merged: list[MergedContest]) -> list[MergedContest]:
    """The merged contests a claim's scope covers: the contest itself when it names none;
    else every contest of the same body and election year (of the named group, if any)."""
    if not claim.scope:
        return [home]
    if home.year is None:
        pool = [home]
    else:
        pool = [c for c in merged if c.body == home.body and years_fit(c.year, home.year)]
    if claim.group:
        pool = [c for c in pool if c.group == claim.group or (c is home and c.group is None)]
    return pool or [home]


def _standings(scope: list[MergedContest], home: MergedContest) -> list[Standing]:
    """One standing per candidate: from the claim's own contest first, then the others."""
    chosen: dict[str, Standing] = {}
    for contest in sorted(scope, key=lambda c: c is not home):
        for tally in contest.tallies:
            values = tally.values()
            if tally.candidate.key in chosen or not values:
                continue
            value, statements = values[0]
            spans = tuple(s.tally.span for s in statements)
            chosen[tally.candidate.key] = Standing(
                tally.candidate, int(value), _sources(statements), spans
            )
    return list(chosen.values())


def margin_findings(document: Document, merged: list[MergedContest]) -> list[Finding]:
    """Each stated margin in the document, against the numbers of its contest."""
    found = []
    for margin in claims.find_margins(document):
        home = _home(document, merged, margin.candidate, margin.span, None)
        found.append(_margin_finding(margin, home))
    return found


def _margin_finding(margin: Margin, home: MergedContest | None) -> Finding:
    subject = margin.candidate.name if margin.candidate else ""
    label = home.label if home else ""
    own = home.tally(margin.candidate.key) if home and margin.candidate else None
    if home is None or own is None or own.votes is None:
        message = f"'{margin.text}': no tally known for {subject or 'the candidate'}"
        return Finding(
            "arithmetic",
            "unverifiable",
            label,
            subject,
            message,
            (margin.votes,),
            (margin.span.source,),
            (margin.span,),
        )
    against, what, spans = _margin_base(home, margin)
    if against is None:
        message = f"'{margin.text}': {what} is not known"
        return Finding(
            "arithmetic",
            "unverifiable",
            label,
            subject,
            message,
            (margin.votes, own.votes),
            (margin.span.source,),
            (margin.span,),
        )
    actual = own.votes - against
    verdict = "consistent" if actual == margin.votes else "contradicted"
    message = f"'{margin.text}': {subject} {own.votes:,} - {what} {against:,} = {actual:,}; stated {margin.votes:,}"
    evidence = _spans(margin.span, *(s.tally.span for s in own.values()[0][1]), *spans)
    sources = tuple(dict.fromkeys(s.source for s in evidence))
    return Finding(
        "arithmetic",
        verdict,
        label,
        subject,
        message,
        (margin.votes, actual, own.votes, against),
        sources,
        evidence,
    )


def _margin_base(home: MergedContest, margin: Margin) -> tuple[int | None, str, tuple[Span, ...]]:
    """The number a margin is taken from: the other candidate's votes or the required majority."""
    if margin.other is None:
        majority, _ = _majority(home)
        if majority is None:
            return None, "the required majority", ()
        return majority.value, "required", ()
    other = home.tally(margin.other.key)
    if other is None or other.votes is None:
        return None, f"{margin.other.name}'s tally", ()
    return other.votes, margin.other.name, tuple(s.tally.span for s in other.values()[0][1])


def contradicted(findings: Iterable[Finding]) -> bool:
    """True when any finding is contradicted: `votecli check --strict` exits 1."""
    return any(f.verdict == "contradicted" for f in findings)
