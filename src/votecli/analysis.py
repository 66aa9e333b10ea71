"""Analysis: documents in, numbers out — shares, ranks, margins, majorities, status."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from . import majorities
from .data.groups import GROUP_OF
from .errors import UnknownCandidateError
from .model import Candidate, Contest, Document, Kind, Tally


@dataclass(frozen=True)
class Majority:
    """The votes a candidate needs to be elected, and where that number comes from."""

    value: int
    basis: str
    derived: bool  # True when computed from the body's rule rather than stated
    # False when taken of a count that may exceed those present and voting (the membership,
    # the ballots cast): the true majority may then be lower, never higher
    exact: bool = True


@dataclass(frozen=True)
class Row:
    """One tally with what is computed from it within its contest."""

    tally: Tally
    total: int | None
    share: float | None  # fraction of 1
    share_basis: str | None
    rank: int | None
    margin_votes: int | None  # to the next candidate below
    margin_points: float | None
    elected: str  # "yes", "no" or "unknown"


@dataclass(frozen=True)
class Result:
    """One contest, analysed."""

    contest: Contest
    rows: tuple[Row, ...]
    majority: Majority | None
    untallied: tuple[Candidate, ...]  # candidates the text names without numbers
    warnings: tuple[str, ...]


def analyse(documents: Iterable[Document]) -> list[Result]:
    results = []
    for document in documents:
        most = _most_votes_by_ballot(document.tallies)
        for contest in document.contests:
            tallies = [t for t in document.tallies if t.contest == contest]
            results.append(analyse_contest(contest, tallies, most.get(_ballot(contest))))
    return results


def _ballot(contest: Contest) -> tuple:
    """The vote a contest was counted in: the Assembly fills every group's seats on one
    ballot, so the contests of one body, year and round differ only by their group."""
    return (contest.body, contest.year, contest.round)


def _most_votes_by_ballot(tallies: Iterable[Tally]) -> dict[tuple, int]:
    """The largest count of each ballot: at least as many members voted on it."""
    most: dict[tuple, int] = {}
    for tally in tallies:
        if tally.votes is not None:
            ballot = _ballot(tally.contest)
            most[ballot] = max(most.get(ballot, 0), tally.votes)
    return most


def analyse_contest(
    contest: Contest, tallies: list[Tally], least_voting: int | None = None
) -> Result:
    """One contest's rows; `least_voting`, when known, is how many members at least voted on
    its ballot (the largest count of any group's candidate on it)."""
    total = contest.total.value if contest.total else None
    counts = [t.votes for t in tallies if t.votes is not None]
    majority = required_majority(contest, max([*counts, least_voting or 0]) or None)
    counted = {t.candidate.key for t in tallies}
    untallied = tuple(c for c in contest.candidates if c.key not in counted)
    one_vote = one_vote_each(contest)
    complete = total is None and len(tallies) >= 2 and not untallied and one_vote
    vote_sum = sum(t.votes for t in tallies if t.votes is not None)
    shares = [_share(t, _total_of(t, total), vote_sum if complete else None) for t in tallies]
    value, leads = _ranking(tallies, shares)
    order = sorted(
        range(len(tallies)), key=lambda i: (-value[i], -_strength(tallies[i], shares[i]))
    )
    lead_order = [i for i in order if i in leads]
    rows: list[Row | None] = [None] * len(tallies)
    least = _least_majority(contest, tallies, majority, one_vote, least_voting)
    for index in order:
        tally = tallies[index]
        share, basis = shares[index]
        margin_votes = margin_points = None
        if index in leads and one_vote:
            position = lead_order.index(index)
            if position + 1 < len(lead_order):
                following = lead_order[position + 1]
                margin_votes = _difference(tally.votes, tallies[following].votes)
                other_share = shares[following][0]
                if share is not None and other_share is not None:
                    margin_points = round((share - other_share) * 100, 6)
        rank = reach = None
        if value[index] >= 0:  # competition rank among candidates: 1, 2, 2, 4
            rank = 1 + sum(value[lead] > value[index] for lead in lead_order)
            reach = sum(value[lead] >= value[index] for lead in lead_order)  # with the tied
        rows[index] = Row(
            tally, _total_of(tally, total), share, basis, rank, margin_votes, margin_points,
            _elected(contest, tally, reach, majority, least),
        )  # fmt: skip
    ranked = sorted((r for r in rows if r is not None), key=lambda r: r.rank or 10**9)
    return Result(contest, tuple(ranked), majority, untallied, _warnings(contest, tallies, total))


# Bodies whose members each vote for as many candidates as there are seats (the Assembly
# fills them by regional group on one ballot): a share of the sum of the tallies, or the
# gap to the next candidate, means nothing there unless one seat is known to be at stake.
_MULTI_SEAT_BODIES = frozenset(
    {
        "Security Council", "Human Rights Council", "Economic and Social Council",
        "International Court of Justice", "International Court of Justice (General Assembly)",
        "International Court of Justice (Security Council)",
    }
)  # fmt: skip


def seats_of(contest: Contest) -> int | None:
    """The seats at stake: stated, else fixed by the body's rule for the regional group."""
    return contest.seats or majorities.group_seats(contest.body, contest.group)


def one_vote_each(contest: Contest) -> bool:
    """Whether each voter backs one candidate at most (a single-seat race, or a national vote
    for parties): only then do shares of the sum of tallies and margins to the next mean much."""
    seats = seats_of(contest)
    if seats == 1:
        return True
    if contest.body in _MULTI_SEAT_BODIES:
        return False
    # a UN text naming no body: countries of regional groups, seats unknown
    return contest.body is not None or not any(c.code in GROUP_OF for c in contest.candidates)


def _total_of(tally: Tally, contest_total: int | None) -> int | None:
    """The total stated with the tally itself ("184 out of 192"), else the contest's."""
    return tally.total.value if tally.total else contest_total


# What a contest's total counts, in the words of a majority's basis; only a count of those
# present and voting gives the majority exactly, the others may count more voters.
_COUNTED = {
    "present and voting": "members present and voting",
    "ballots cast": "ballots cast",
    "member states": "member states",
}


def required_majority(contest: Contest, largest: int | None = None) -> Majority | None:
    """The stated majority, else the body's rule; `largest`, the largest count on the
    ballot, tells a vote of the Council from one of the Assembly."""
    if contest.required:
        return Majority(contest.required.value, contest.required.basis, derived=False)
    body = _rule_body(contest, largest)
    total = contest.total
    counted = _COUNTED.get(total.basis, "votes stated as the total") if total else ""
    derived = majorities.derived_majority(body, total.value if total else None, counted)
    if derived is None:
        return None
    exact = majorities.is_by_membership(body) or (
        total is not None and total.basis == "present and voting"
    )
    return Majority(derived[0], derived[1], derived=True, exact=exact)


# Bodies whose seats countries fill: the Assembly's rule for them is not the rule of a vote
# the body itself holds for people (ECOSOC electing a board, the Council a judge)
_COUNTRY_SEATS = frozenset(
    {"Security Council", "Economic and Social Council", "Human Rights Council"}
)


def _rule_body(contest: Contest, largest: int | None) -> str | None:
    """The body whose majority rule the contest's vote follows."""
    if contest.body in _COUNTRY_SEATS and any(c.kind is Kind.PERSON for c in contest.candidates):
        return None
    # a judge's count no higher than the Council's membership is the Council's ballot
    if (
        contest.body == "International Court of Justice"
        and largest is not None
        and largest <= majorities.COUNCIL_MEMBERS
    ):
        return "International Court of Justice (Security Council)"
    return contest.body


def _least_majority(
    contest: Contest,
    tallies: list[Tally],
    majority: Majority | None,
    one_vote: bool,
    least_voting: int | None,
) -> int | None:
    """The lowest the required majority can be: itself when exact, else the rule's majority
    of the fewest members who can have voted for the tallies to be what they are (their
    sum when each voted for one candidate, else the largest count on the ballot)."""
    if majority is None or majority.exact:
        return majority.value if majority else None
    votes = [t.votes for t in tallies if t.votes is not None]
    if not votes:
        return None
    voted = max(sum(votes) if one_vote else max(votes), least_voting or 0)
    least = majorities.least_majority(contest.body, voted)
    return min(least, majority.value) if least is not None else None


def _share(
    tally: Tally, total: int | None, vote_sum: int | None
) -> tuple[float | None, str | None]:
    if tally.percent is not None:
        return tally.percent / 100, "stated percent"
    if tally.votes is None:
        return None, None
    if total and tally.votes <= total:  # a count above it is no part of it (warned of)
        return tally.votes / total, "stated total"
    if vote_sum:
        return tally.votes / vote_sum, "sum of tallies"
    return None, None


def _ranking(
    tallies: list[Tally], shares: list[tuple[float | None, str | None]]
) -> tuple[list[float], set[int]]:
    """What each row is ranked by, and the rows that stand for their candidate. A candidate
    the text gives a count and a share in two statements ("Truss polled 81,326 votes", "Truss
    won 57.4%") is one candidate: ranked once, by the measure every candidate has (votes,
    else share), by the row holding its best figure; else each row stands alone."""
    strength = [_strength(t, s) for t, s in zip(tallies, shares, strict=True)]
    keys = [t.candidate.key for t in tallies]
    if len(set(keys)) == len(keys):
        return strength, set(range(len(tallies)))
    for measure in (
        [float(t.votes) if t.votes is not None else None for t in tallies],
        [s[0] for s in shares],
    ):
        best: dict[str, int] = {}
        for index, figure in enumerate(measure):
            if figure is not None and (
                keys[index] not in best or figure > measure[best[keys[index]]]
            ):
                best[keys[index]] = index
        if set(best) == set(keys):
            value = [measure[best[key]] for key in keys]
            return value, set(best.values())  # type: ignore[return-value]
    return strength, set(range(len(tallies)))


def _strength(tally: Tally, share: tuple[float | None, str | None]) -> float:
    if tally.votes is not None:
        return float(tally.votes)
    return share[0] if share[0] is not None else -1.0


def _difference(a: int | None, b: int | None) -> int | None:
    return a - b if a is not None and b is not None else None


def _elected(
    contest: Contest, tally: Tally, reach: int | None, majority: Majority | None, least: int | None
) -> str:
    """Stated, else by the rule: short of the least majority the count can need, not
    elected; at least the majority and among the seats at stake, elected. `reach` counts
    the candidates with as many votes or more: two tied for the last seat are not both in."""
    key = tally.candidate.key
    if key in contest.elected:
        # the text's word against the rule: a count short of an exact majority elected no one
        short = majority and majority.exact and tally.votes is not None
        return "unknown" if short and tally.votes < majority.value else "yes"
    if key in contest.contesting:
        return "unknown"
    if key in contest.defeated:
        # the text's word against the rule: a count the rule shows elected is a doubt
        return "unknown" if _elected_by_rule(contest, tally, reach, majority) else "no"
    if majority and tally.votes is not None:
        if least is not None and tally.votes < least:
            return "no"
        seats = seats_of(contest)
        possible = tally.votes <= (majorities.electors(contest.body) or tally.votes)
        if tally.votes >= majority.value and possible and seats and reach and reach <= seats:
            return "yes"
    return "unknown"


def _elected_by_rule(
    contest: Contest, tally: Tally, reach: int | None, majority: Majority | None
) -> bool:
    """Whether an exact required majority and the seats at stake show the count elected."""
    if not (majority and majority.exact and tally.votes is not None):
        return False
    seats = seats_of(contest)
    possible = tally.votes <= (majorities.electors(contest.body) or tally.votes)
    return bool(tally.votes >= majority.value and possible and seats and reach and reach <= seats)


def _warnings(contest: Contest, tallies: list[Tally], total: int | None) -> tuple[str, ...]:
    warnings = []
    votes = [t.votes for t in tallies if t.votes is not None]
    seats = seats_of(contest)
    # where each member voted for an unknown number of seats, the sum may pass the total
    summable = seats is not None or one_vote_each(contest)
    if total and summable and sum(votes) > total * max(1, seats or 1):
        warnings.append(f"tallies add up to {sum(votes)}, more than the total of {total}")
    electors = majorities.electors(contest.body)
    warnings.extend(
        f"{t.candidate.name}: {t.votes} votes is more than the {electors} members who vote"
        for t in tallies
        if electors and t.votes is not None and t.votes > electors and not total
    )
    warnings.extend(
        f"{t.candidate.name}: {t.votes} votes is more than the total of {total}"
        for t in tallies
        if total and t.votes is not None and t.votes > total
    )
    warnings.extend(
        f"{t.candidate.name}: share of {t.percent}% is above 100%"
        for t in tallies
        if t.percent is not None and t.percent > 100
    )
    return tuple(warnings)


def status(contest: Contest, candidate: Candidate, row: Row | None) -> str:
    """A candidate's status in words: elected, not elected, contesting or candidate."""
    if candidate.key in contest.elected or (row and row.elected == "yes"):
        return "elected"
    if candidate.key in contest.contesting:
        return "contesting"
    if (row and row.elected == "no") or (row is None and candidate.key in contest.defeated):
        return "not elected"
    return "candidate"


# --- comparing and finding candidates -------------------------------------------------------
@dataclass(frozen=True)
class HeadToHead:
    """Two candidates' rows in one contest, compared by `votecli compare`."""

    contest: Contest
    a: Row
    b: Row

    @property
    def margin_votes(self) -> int | None:
        return _difference(self.a.tally.votes, self.b.tally.votes)

    @property
    def margin_points(self) -> float | None:
        if self.a.share is None or self.b.share is None:
            return None
        return round((self.a.share - self.b.share) * 100, 6)

    @property
    def ratio(self) -> float | None:
        a, b = self.a.tally.votes, self.b.tally.votes
        if a is None or b is None:
            a, b = self.a.share, self.b.share
        return a / b if a is not None and b else None

    @property
    def winner(self) -> str | None:
        """The one with more votes, but none in an election to several seats of a UN body,
        where each member voted for several candidates and both may have won a seat."""
        seats = seats_of(self.contest)
        if (seats or 0) > 1 or (seats is None and self.contest.body in _MULTI_SEAT_BODIES):
            return None
        a, b = (
            _strength(self.a.tally, (self.a.share, None)),
            _strength(self.b.tally, (self.b.share, None)),
        )
        if a == b:
            return None
        return (self.a if a > b else self.b).tally.candidate.name


def known_candidates(results: Iterable[Result]) -> dict[str, Candidate]:
    known: dict[str, Candidate] = {}
    for result in results:
        for candidate in (*(r.tally.candidate for r in result.rows), *result.contest.candidates):
            known.setdefault(candidate.key, candidate)
    return known


def resolve(name: str, results: list[Result]) -> Candidate:
    """The candidate a user means by `name`: display name, short form, code or capital."""
    from . import countries  # the alias tables are only needed here

    known = known_candidates(results)
    code = countries.lookup(name)
    if code and code in known:
        return known[code]
    folded = name.casefold().strip()
    for candidate in known.values():
        if folded in (candidate.name.casefold(), (candidate.code or "").casefold()):
            return candidate
    for candidate in known.values():
        if candidate.code is None and folded in candidate.name.casefold().split():
            return candidate
    names = sorted(c.name for c in known.values())
    import difflib  # only for an unknown name

    close = difflib.get_close_matches(name, names, n=3, cutoff=0.5) or names[:3]
    hint = f"; closest known: {', '.join(close)}" if close else ""
    raise UnknownCandidateError(f"no candidate matches {name!r}{hint}")


def head_to_head(
    results: list[Result], a: Candidate, b: Candidate
) -> list[tuple[Result, HeadToHead | None]]:
    """Every contest where a or b stands, with the head-to-head where both have tallies."""
    found = []
    for result in results:
        rows = {r.tally.candidate.key: r for r in result.rows}
        keys = {c.key for c in result.contest.candidates} | set(rows)
        if a.key not in keys and b.key not in keys:
            continue
        pair = (
            HeadToHead(result.contest, rows[a.key], rows[b.key])
            if a.key in rows and b.key in rows
            else None
        )
        found.append((result, pair))
    return found


def ranked(results: list[Result], by: str = "votes") -> list[Row]:
    rows = [row for result in results for row in result.rows]
    if by == "share":
        return sorted(rows, key=lambda r: -(r.share if r.share is not None else -1))
    return sorted(rows, key=lambda r: -(r.tally.votes if r.tally.votes is not None else -1))
