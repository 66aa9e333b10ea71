"""Claims a text makes about a contest, read out of its sentences, and checked against tallies.

Two kinds are read:

- rank claims: "second in the Asia-Pacific Group", "fifth best among the 18 new
  member-states", "came third", "the highest number of votes", "won more votes than any
  other", "topped the poll", "the fewest votes" (a rank, optionally a scope and its size);
- stated margins: "nine votes more than it needed", "two more votes than Russia",
  "beat Y by 112 votes", "three votes short of the required majority".

The candidate a claim is about is the nearest candidate mention before the phrase in its
sentence; failing that the first one after it (a subject placed late: "Topping the poll was
the UAE"); failing that the last one in the sentences before (a pronoun subject: "it").
Mentions are countries (`countries.find_countries`) and the document's own candidates.

Pure: no printing, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from . import contests as cues
from . import countries, patterns
from .model import Candidate, Document, Kind, Span
from .numbers import count_words, parse_number
from .sentences import Sentence, split


@dataclass(frozen=True)
class Claim:
    """A rank claim: `candidate` is `rank` (1-based; -1 for last) within `scope`."""

    candidate: Candidate | None
    rank: int
    strict: bool  # "more votes than any other": a tie for the rank contradicts it
    scope: str  # as written ("Asia-Pacific Group", "18 new member-states"); "" for the contest
    group: str | None  # the regional group the scope names
    size: int | None  # "among the 18 ..." -> 18
    text: str  # the claim phrase
    span: Span


@dataclass(frozen=True)
class Margin:
    """A stated margin: `candidate`'s votes minus `other`'s (None: the required majority)."""

    candidate: Candidate | None
    other: Candidate | None
    votes: int
    text: str
    span: Span


@dataclass(frozen=True)
class Standing:
    """One candidate's votes within a claim's scope, and who states them."""

    candidate: Candidate
    votes: int
    sources: tuple[str, ...]
    spans: tuple[Span, ...]


@dataclass(frozen=True)
class Verdict:
    """A claim checked against the tallies: consistent, contradicted or unverifiable, and why."""

    verdict: str  # consistent, contradicted or unverifiable
    message: str
    numbers: tuple[int, ...]
    standings: tuple[Standing, ...]  # the tallies the verdict rests on


# --- reading claims ---------------------------------------------------------------------------
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
}  # fmt: skip
_ORD = r"(?P<ord>" + "|".join(_ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th))"
_SCOPE = r"\s+(?:among|in|of|within|from)\s+(?:all\s+)?(?:the\s+)?(?=(?P<scope>[^,.;:()]{3,80}))"
_RANK_IN = patterns.compile(
    rf"\b{_ORD}(?P<best>[- ](?:best|highest|largest|place|placed))?{_SCOPE}", re.IGNORECASE
)
_PLACE = patterns.compile(
    rf"\b(?:came|come|comes|coming|finished|finishing|finishes|placed|placing|ranked|ranking|"
    rf"ranks|took|taking|in)\s+(?:in\s+)?(?:a\s+)?{_ORD}(?:\s+place)?\b"
    r"(?!\s+(?:time|elected|round|ballot|vote|country|nation|state|member|term|session))",
    re.IGNORECASE,
)
_TOP = patterns.compile(
    r"\b(?:the\s+)?(?:highest|largest|greatest|biggest)\s+(?:number\s+of\s+(?:votes|ballots)|"
    r"vote\s+count|tally|share\s+of\s+(?:the\s+)?votes?|vote\s+share)|\bthe\s+most\s+votes\b|"
    r"\btop(?:ped|s|ping)?\s+the\s+(?:poll|vote|voting|ballot|list|count)\b|"
    r"\b(?P<strict>more\s+votes\s+than\s+any(?:\s+other)?(?:\s+(?:candidate|country|state|"
    r"nation|contender|party))?)",
    re.IGNORECASE,
)
_LAST = patterns.compile(
    r"\b(?:the\s+)?(?:lowest|smallest|fewest)\s+(?:number\s+of\s+votes|votes|vote\s+count|tally)"
    r"|\bfewer\s+votes\s+than\s+any(?:\s+other)?\b|\b(?:came|finished|placed|ranked)\s+last\b",
    re.IGNORECASE,
)
_SCOPE_END = patterns.compile(
    r"\s+(?:and|but|with|while|in\s+the\s+number|in\s+terms|by|after|on|at|who|which|that)\b|"
    r"\s+(?:in|with)\s+(?:\d|votes?)",
    re.IGNORECASE,
)
_SCOPE_WORDS = patterns.compile(
    r"\b(?:candidates?|member[- ]?states|members|countries|states|nations|contenders|"
    r"contestants|field|group|race|poll|ballot|vote|voting|election)\b",
    re.IGNORECASE,
)
_NOT_SCOPE = patterns.compile(
    r"^(?:history|time|years?|decades?|world|region|line)\b", re.IGNORECASE
)
_VOTE_CONTEXT = patterns.compile(r"\bvot|\bballot|\bpoll|\btall(?:y|ies)\b", re.IGNORECASE)
_SIZE = patterns.compile(r"^(?P<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)\s", re.IGNORECASE)


def find_claims(document: Document) -> list[Claim]:
    """Every rank or superlative claim in the document's sentences, in text order."""
    text = document.source.text
    known = _known(document)
    sentences = split(text)
    found: list[Claim] = []
    for index, sentence in enumerate(sentences):
        for start, end, rank, strict, scope in _claims_in(sentence.text):
            if _generic(sentence.text[:start], known):
                continue
            subject = _subject(sentences, index, start, known)
            group = cues.group_in(scope) if scope else None
            span = _span(document, sentence, start, end)
            found.append(
                Claim(
                    subject,
                    rank,
                    strict,
                    scope,
                    group,
                    _size(scope),
                    span.sentence[start:end],
                    span,
                )
            )
    return found


def _claims_in(sentence: str) -> list[tuple[int, int, int, bool, str]]:
    """(start, end, rank, strict, scope) of each claim phrase, without overlaps."""
    found: list[tuple[int, int, int, bool, str]] = []
    for match in _RANK_IN.finditer(sentence):
        scope = _trim_scope(match.group("scope"))
        if scope and (match.group("best") or _VOTE_CONTEXT.search(sentence)):
            end = match.start("scope") + len(scope)
            found.append((match.start(), end, _ordinal(match.group("ord")), False, scope))
    for match in _PLACE.finditer(sentence):
        if _VOTE_CONTEXT.search(sentence) or "place" in match.group(0).lower():
            found.append((match.start("ord"), match.end(), _ordinal(match.group("ord")), False, ""))
    for pattern, rank in ((_TOP, 1), (_LAST, -1)):
        for match in pattern.finditer(sentence):
            strict = bool(match.groupdict().get("strict"))
            found.append(
                (match.start(), match.end(), rank, strict, _scope_after(sentence, match.end()))
            )
    return _without_overlaps(found)


_RELATIVE = patterns.compile(
    r"\b(?:which|that|who|those|whichever)\s+(?:\w+\s+){0,2}$", re.IGNORECASE
)
_LIST_GAP = patterns.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?")
_PRONOUN = patterns.compile(r"\b(?:it|he|she|its|his|her)\b", re.IGNORECASE)


def _generic(before: str, known: dict[str, Candidate]) -> bool:
    """True when a claim is about no one candidate: a relative clause ("States which had
    scored the most votes"), a list ("Japan, Bahrain and Pakistan winning the most votes"),
    or no candidate and no pronoun before it in its sentence."""
    if _RELATIVE.search(before):
        return True
    found = mentions(before, known)
    if not found:
        return not _PRONOUN.search(before)
    if len(found) < 2:
        return False
    (_, end, _), (start, _, _) = found[-2], found[-1]
    return bool(_LIST_GAP.fullmatch(before[end:start]))


def _trim_scope(raw: str) -> str:
    scope = _SCOPE_END.split(raw, maxsplit=1)[0].strip()
    if _NOT_SCOPE.match(scope):
        return ""
    if cues.group_in(scope) or cues.body_in(scope) or _SCOPE_WORDS.search(scope):
        return scope
    return ""


def _scope_after(sentence: str, end: int) -> str:
    match = re.match(_SCOPE, sentence[end:], re.IGNORECASE)
    return _trim_scope(match.group("scope")) if match else ""


def _without_overlaps(
    found: list[tuple[int, int, int, bool, str]],
) -> list[tuple[int, int, int, bool, str]]:
    kept: list[tuple[int, int, int, bool, str]] = []
    for item in sorted(found, key=lambda f: (f[0], -(f[1] - f[0]))):
        if not kept or item[0] >= kept[-1][1]:
            kept.append(item)
    return kept


def _ordinal(word: str) -> int:
    word = word.lower()
    return _ORDINALS[word] if word in _ORDINALS else int(word[:-2])


def _size(scope: str) -> int | None:
    """ "18 new member-states" -> 18; "eighteen candidates" -> 18."""
    match = _SIZE.match(scope)
    if not match:
        return None
    value = parse_number(match.group("n"))
    return int(value) if isinstance(value, int) and value > 1 else None


# --- stated margins ---------------------------------------------------------------------------
_NUM = rf"(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+|{count_words(1, 50)})"
_OVER_REQUIRED = patterns.compile(
    rf"\b{_NUM}\s+(?:votes?\s+(?:more|above|over)|more\s+votes?)\s+(?:than|the)\s+(?:\w+\s+){{0,2}}?"
    r"(?:needed|required|necessary|majority|threshold)\b",
    re.IGNORECASE,
)
_SHORT_OF_REQUIRED = patterns.compile(
    rf"\b{_NUM}\s+votes?\s+(?:short|shy)\s+of\s+(?:the\s+|a\s+)?"
    r"(?:(?:required|needed|necessary|two-thirds|absolute|simple)\s+)*(?:majority|threshold)",
    re.IGNORECASE,
)
_MORE_THAN = patterns.compile(
    rf"\b{_NUM}\s+(?:votes?\s+(?P<dir>more|fewer|less)|(?P<dir2>more|fewer|less)\s+votes?)"
    r"\s+than\s+(?P<rest>[^,;.]{1,60})",
    re.IGNORECASE,
)
_BEAT = patterns.compile(
    r"\b(?:beat|beats|beating|defeated|defeats|defeating|edged(?:\s+out)?|edging(?:\s+out)?|"
    r"outpolled|outpolling|ahead\s+of|led|leading)\s+(?P<rest>[^,;.]{1,60}?)\s+by\s+"
    rf"(?:a\s+margin\s+of\s+)?{_NUM}\s+votes?\b",
    re.IGNORECASE,
)


def find_margins(document: Document) -> list[Margin]:
    """Every stated margin in the document's sentences, in text order."""
    known = _known(document)
    sentences = split(document.source.text)
    found: list[Margin] = []
    for index, sentence in enumerate(sentences):
        for start, end, votes, rest in _margins_in(sentence.text):
            other = _first_mention(rest, known) if rest is not None else None
            if rest is not None and other is None:
                continue  # "more votes than ever before": not a margin over a candidate
            subject = _subject(sentences, index, start, known, later=False)
            if subject is not None and other is not None and subject.key == other.key:
                continue  # the name before the margin is its object: the subject is unclear
            span = _span(document, sentence, start, end)
            found.append(Margin(subject, other, votes, span.sentence[start:end], span))
    return found


_Found = tuple[int, int, int, str | None]  # start, end, signed votes, text naming the other


def _margins_in(sentence: str) -> list[_Found]:
    found: list[_Found] = []
    for pattern, sign in ((_OVER_REQUIRED, 1), (_SHORT_OF_REQUIRED, -1)):
        for match in pattern.finditer(sentence):
            found.append((match.start(), match.end(), sign * _number(match.group("n")), None))
    for match in _MORE_THAN.finditer(sentence):
        if any(s <= match.start() < e for s, e, _, _ in found):
            continue
        direction = (match.group("dir") or match.group("dir2")).lower()
        value = _number(match.group("n")) * (1 if direction == "more" else -1)
        found.append((match.start(), match.end(), value, match.group("rest")))
    for match in _BEAT.finditer(sentence):
        found.append((match.start(), match.end(), _number(match.group("n")), match.group("rest")))
    return sorted(found)


def _number(raw: str) -> int:
    value = parse_number(raw)
    return int(value) if value is not None else 0


# --- who a claim is about ---------------------------------------------------------------------
def _known(document: Document) -> dict[str, Candidate]:
    known: dict[str, Candidate] = {}
    for contest in document.contests:
        for candidate in contest.candidates:
            known.setdefault(candidate.key, candidate)
    for tally in document.tallies:
        known.setdefault(tally.candidate.key, tally.candidate)
    return known


def mentions(text: str, known: dict[str, Candidate]) -> list[tuple[int, int, Candidate]]:
    """Candidate mentions in `text` as (start, end, candidate): countries and known names."""
    found = [
        (m.start, m.end, known.get(m.code) or _country(m.code))
        for m in countries.find_countries(text)
    ]
    for candidate in known.values():
        if candidate.code:
            continue
        for form in _forms(candidate):
            pattern = rf"\b{re.escape(form)}\b"
            found.extend((m.start(), m.end(), candidate) for m in re.finditer(pattern, text))
    return sorted(found, key=lambda item: item[0])


def _forms(candidate: Candidate) -> list[str]:
    forms = [candidate.name]
    last = candidate.name.split()[-1]
    if candidate.kind is Kind.PERSON and last != candidate.name and len(last) > 3:
        forms.append(last)
    return forms


def _country(code: str) -> Candidate:
    return Candidate(countries.display_name(code), code, Kind.COUNTRY)


def _subject(
    sentences: Sequence[Sentence],
    index: int,
    at: int,
    known: dict[str, Candidate],
    later: bool = True,
) -> Candidate | None:
    """The nearest mention before `at`; else (when `later`) the first after it; else the
    last mention in the three sentences before."""
    found = mentions(sentences[index].text, known)
    before = [c for offset, _, c in found if offset < at]
    if before:
        return before[-1]
    if later and found:
        return found[0][2]
    for sentence in reversed(sentences[max(0, index - 3) : index]):
        earlier = mentions(sentence.text, known)
        if earlier:
            return earlier[-1][2]
    return None


def _first_mention(text: str, known: dict[str, Candidate]) -> Candidate | None:
    found = mentions(text, known)
    return found[0][2] if found else None


def _span(document: Document, sentence: Sentence, start: int, end: int) -> Span:
    return Span(
        document.source.name,
        sentence.line,
        sentence.start + start,
        sentence.start + end,
        sentence.text,
    )


# --- checking a rank claim --------------------------------------------------------------------
def verify_rank(claim: Claim, pool: Iterable[Standing], size: int | None, scope: str) -> Verdict:
    """Check `claim` against the tallies known in its scope; `size` is how many candidates
    the scope holds (stated, or the number the sources name), None when unknown."""
    standings = tuple(pool)
    subject = claim.candidate
    own = next((s for s in standings if subject and s.candidate.key == subject.key), None)
    if subject is None or own is None:
        who = subject.name if subject else "the candidate"
        return Verdict("unverifiable", f"no tally known for {who} in {scope}", (), ())
    above = tuple(s for s in standings if s.votes > own.votes)
    tied = tuple(s for s in standings if s.votes == own.votes and s is not own)
    below = tuple(s for s in standings if s.votes < own.votes)
    if claim.rank == -1:
        return _verify_last(own, below, len(standings), size, scope)
    if len(above) >= claim.rank or (claim.strict and tied):
        rivals = above or tied
        return Verdict(
            "contradicted", _beaten(own, rivals, claim.rank), _numbers(own, rivals), (own, *rivals)
        )
    known = len(standings)
    if size is not None and known >= size:
        position = len(above) + 1
        if claim.rank <= position + len(tied):
            return Verdict(
                "consistent",
                _placed(own, position, known, scope),
                _numbers(own, above),
                (own, *above),
            )
        return Verdict(
            "contradicted",
            _placed(own, position, known, scope),
            _numbers(own, above),
            (own, *above),
        )
    if size is not None and len(below) > size - claim.rank:
        message = (
            f"{len(below)} of the {size} have fewer votes than {own.candidate.name}'s {own.votes:,}"
        )
        return Verdict("contradicted", message, _numbers(own, below), (own, *below))
    return Verdict(
        "unverifiable",
        _missing(own, above, known, size, scope),
        _numbers(own, above),
        (own, *above),
    )


def _verify_last(
    own: Standing, below: tuple[Standing, ...], known: int, size: int | None, scope: str
) -> Verdict:
    if below:
        return Verdict("contradicted", _beaten(own, below, -1), _numbers(own, below), (own, *below))
    if size is not None and known >= size:
        return Verdict(
            "consistent",
            f"{own.candidate.name}'s {own.votes:,} is the lowest of {known} in {scope}",
            (own.votes,),
            (own,),
        )
    return Verdict("unverifiable", _missing(own, (), known, size, scope), (own.votes,), (own,))


def _numbers(own: Standing, others: Iterable[Standing]) -> tuple[int, ...]:
    return (own.votes, *(s.votes for s in others))


def _listing(standings: Iterable[Standing]) -> str:
    return ", ".join(f"{s.candidate.name} {s.votes:,}" for s in standings)


def _beaten(own: Standing, rivals: tuple[Standing, ...], rank: int) -> str:
    if rank == -1:
        return f"{own.candidate.name} has {own.votes:,} votes, more than {_listing(rivals)}"
    place = "tied with" if all(s.votes == own.votes for s in rivals) else "behind"
    return f"{own.candidate.name} has {own.votes:,} votes, {place} {_listing(rivals)}"


def _placed(own: Standing, position: int, known: int, scope: str) -> str:
    return f"{own.candidate.name}'s {own.votes:,} votes rank {position} of {known} in {scope}"


def _missing(
    own: Standing, above: tuple[Standing, ...], known: int, size: int | None, scope: str
) -> str:
    lead = f"{own.candidate.name} has {own.votes:,} votes, {len(above)} known above"
    if size is None:
        return f"{lead}; {known} tallies known in {scope}, but not how many candidates it holds"
    return f"{lead}; only {known} of {size} tallies known ({scope})"
