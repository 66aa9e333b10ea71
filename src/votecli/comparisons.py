"""Figures of an earlier round quoted beside this one's ("up 12 from 40", "against 113 in the first
round"): found, taken out of the sentence, and their round worked out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import contests as cues
from . import patterns, rules, sieve
from .gated import Gated


@dataclass(frozen=True)
class _Earlier:
    """A figure a count changed from, named with its own round or year: "120 votes, down
    from 98 in the first round", "41%, up from 35% in 2015"."""

    change: int  # where "up from" begins
    round: int | None
    year: str | None
    tail: tuple[int, int]  # where its round or year is named


_ORDINALS = "|".join(cues.ORDINAL_WORDS)

# "in 2015", "in the 2009 elections": the past race a figure compared with is from
_YEAR_TAIL = (
    r"(?:in|at) (?:the )?(?P<year>(?:19|20)\d\d)\b(?![-–/]\d)"
    r"(?: (?:general |national |local |presidential |parliamentary )?"
    r"(?:election|vote|poll|race)s?\b)?"
)

_EARLIER = Gated(
    ("from",),
    r"\b(?P<change>(?:up|down|rising|falling|climbing|dropping|slipping|an? (?:rise|fall|drop|"
    r"jump|gain|increase|decrease))(?: (?:by )?(?:\d[\d,.]*|[a-z]+(?:-[a-z]+)?)"
    r"(?:\s?(?:%|per ?cent|percent|votes?|(?:percentage )?points?))?)? from (?:the |just |only )?"
    # "down from the 2009 total of 65.9%": the past race's year before its figure
    r"(?:(?P<year_before>(?:19|20)\d\d) (?:total|figure|result|share|tally) of )?)"
    r"(?P<n>\d[\d,.]*|[a-z]+(?:-[a-z]+)?)(?:\s?(?:%|per ?cent|percent|votes?|ballots?))?"
    rf"(?:,? (?P<tail>(?:in|on|at) the (?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{_ORDINALS})"
    r"(?:[- ](?:round|ballot|vote|voting round|round of (?:voting|balloting))\b|"
    r"(?=\s*(?:[,.;:)]|$|(?:and|but|while|when)\b)))"
    rf"|{_YEAR_TAIL}))?",
)

# "77 votes - 18 more than in the fourth ballot -", "31 votes, up 6 from the first round":
# the round compared with, not the count's
_ROUND_COMPARED = rf"the (?:{_ORDINALS}|\d{{1,2}}(?:st|nd|rd|th))[- ](?:round|ballot|vote)\b"

_CHANGED_ON_ROUND = (
    rf"\b(?:up|down)(?: by)? [\w.,]+(?: votes?| (?:percentage )?points?)? (?:from|on) "
    rf"{_ROUND_COMPARED}"
)

COMPARED_ROUND = patterns.compile(
    rf"\b(?:more|fewer|less|up|down) than in {_ROUND_COMPARED}|{_CHANGED_ON_ROUND}"
    # "As in the first round, X led with 45 votes": the round likened to, not the count's
    rf"|\b(?:as|like|unlike) (?:in|on) {_ROUND_COMPARED}(?!,? (?:where|when|in which)\b)"
    # a table's "| Change from round 1 |" column: the rows are of a later round
    r"|\b(?:change|difference|swing|gain|loss) (?:from|since|on|over) (?:round|ballot) \d{1,2}\b",
    re.IGNORECASE,
)


def compares_a_round(text: str) -> bool:
    """Whether a sentence names a round only as the one a count is compared with."""
    if " than in the " in text:
        return True
    if "s in the " in text or "ke in the " in text or "s on the " in text:
        return COMPARED_ROUND.search(text) is not None  # "as in the first round", "like in"
    if ("up " in text or "down " in text) and COMPARED_ROUND.search(text) is not None:
        return True
    return "hange " in text and COMPARED_ROUND.search(text) is not None


# "Kenya obtained 129 votes, against 113 in the first round": the count set against it is
# the same candidate's in an earlier round (not "beat Y by 129 votes against 113 in the
# first round", two rivals' counts)
_AGAINST_EARLIER = patterns.compile(
    r"(?<=\d)(?P<units>(?:\s?(?:votes?|ballots?|%|per ?cent|percent))?"
    r"(?: of the (?:valid |popular )?(?:votes?|ballots?)(?: cast)?)?,?\s+)"
    r"(?P<change>(?:as )?against|compared (?:with|to)) (?P<n>\d[\d,.]*)"
    r"(?:\s?(?:%|per ?cent|percent|votes?|ballots?))?,? "
    rf"(?P<tail>(?:in|on|at) the (?P<ord>{_ORDINALS})[- ](?:round|ballot|vote)\b|{_YEAR_TAIL})",
    re.IGNORECASE,
)

# "Anna Hale 88 (51 in first ballot)": a row's count with its earlier round's in brackets
_BRACKETED_EARLIER = patterns.compile(
    r"(?<=\d)(?:\s?(?:votes?|ballots?))?\s?(?P<change>\()(?P<n>\d[\d,]*)(?:\s?(?:votes?|ballots?))? "
    rf"(?P<tail>(?:in|on) (?:the )?(?P<ord>{_ORDINALS}|\d{{1,2}}(?:st|nd|rd|th))[- ]"
    r"(?:round|ballot|vote)s?\b)\)",
    re.IGNORECASE,
)

_RIVALS_BEFORE = patterns.compile(
    r"\b(?:beat|beats|beating|defeat\w*|edg\w*|over|versus|vs)\b|\bby\s+\S+\s*$", re.IGNORECASE
)


def earlier_figures(text: str) -> dict[int, _Earlier]:
    """The figures a sentence says a count changed from, by offset, with their round or year."""
    found: dict[int, _Earlier] = {}
    # a plain test first: most sentences hold neither word after a count
    against = "against " in text or "compared " in text
    for match in patterns.twin_for(_AGAINST_EARLIER, text).finditer(text) if against else ():
        clause = text[max(0, text.rfind(",", 0, match.start("units") - 1) + 1) : match.start()]
        ordinal = (match.group("ord") or "").lower()
        if ordinal in ("final", "last") or _RIVALS_BEFORE.search(clause):
            continue
        round_ = cues.ordinal_round(ordinal) if ordinal else None
        found[match.start("n")] = _Earlier(
            match.start("change"), round_, match.group("year"), match.span("tail")
        )
    for match in _BRACKETED_EARLIER.finditer(text) if "(" in text else ():
        if match.group("ord").lower() in ("final", "last"):
            continue
        round_ = cues.ordinal_round(match.group("ord"))
        found[match.start("n")] = _Earlier(match.start("change"), round_, None, match.span("tail"))
    if " from " not in text:
        return found  # most sentences: no lower-casing for the gate
    for match in _EARLIER.finditer(text):
        if match.group("tail") is None and match.group("year_before") is None:
            continue  # "up from 98": no round or year to file it under
        round_ = cues.ordinal_round(match.group("ord")) if match.group("ord") else None
        year = match.group("year") or match.group("year_before")
        tail = match.span("tail") if match.group("tail") else match.span("year_before")
        found[match.start("n")] = _Earlier(match.start("change"), round_, year, tail)
    return found


def without_tails(text: str, earlier: dict[int, _Earlier]) -> str:
    """The sentence with the earlier figures' rounds and years blanked: they are not the
    round or year of its other numbers, nor of the sentences after it."""
    for then in earlier.values():
        start, end = then.tail
        text = text[:start] + " " * (end - start) + text[end:]
    return text


_UNITS_BEFORE_CHANGE = patterns.compile(
    r"\s*(?:votes?|ballots?|%|per ?cent|percent)?"
    r"(?: of the (?:valid |popular )?(?:votes?|ballots?)(?: cast)?)?\s*,?\s*\(?"
)


def followed_by_earlier(
    text: str, mentions: list[sieve.Mention], earlier: dict[int, _Earlier]
) -> dict[int, int]:
    """Counts reached from an earlier round's ("120 votes, up from 98 in the first round"),
    by offset, with the round after that one: theirs when nothing else names a round."""
    followed = {}
    for then in earlier.values():
        if not then.round or then.round < 1:
            continue
        for mention in mentions:
            if mention.kind in "NP" and _UNITS_BEFORE_CHANGE.fullmatch(
                text, mention.end, then.change
            ):
                followed[mention.start] = then.round + 1
    return followed


def with_comparisons_checked(
    skeleton: str, bindings: tuple[rules.Binding, ...], mentions: list[sieve.Mention]
) -> tuple[rules.Binding, ...]:
    """ "two more votes than Y (112-114)": a score that contradicts its comparison is
    nobody's (claimed, so that no one else takes it)."""
    values = {i: m.value for i, m in enumerate(mentions) if m.kind in "NX"}
    failed = rules.failed_comparisons(skeleton, values)
    checked = tuple(
        replace(b, candidate=rules.CLAIM_ONLY) if b.number in failed else b for b in bindings
    )
    return (
        _leader_has_more(checked, mentions) if "trail" in skeleton or "los" in skeleton else checked
    )


_TRAILING_RULES = frozenset(("pair-trailed", "pair-lost-to"))
CHECKED_RULES = frozenset(("more-votes-than", *_TRAILING_RULES))  # what the numbers must bear out


def _leader_has_more(
    bindings: tuple[rules.Binding, ...], mentions: list[sieve.Mention]
) -> tuple[rules.Binding, ...]:
    """ "X trailed Y on the first ballot, 23-19": the one trailing takes the smaller number,
    in whichever order the score is written."""
    out = list(bindings)
    for i in range(len(out) - 1):
        trailing, leading = out[i], out[i + 1]
        if trailing.rule not in _TRAILING_RULES or leading.rule != trailing.rule:
            continue
        mine, theirs = mentions[trailing.number].value, mentions[leading.number].value
        if mine is not None and theirs is not None and mine > theirs:
            out[i] = replace(trailing, number=leading.number)
            out[i + 1] = replace(leading, number=trailing.number)
    return tuple(out)


def changed_round(
    rounds: list[tuple[int, int]],
    mentions: list[sieve.Mention],
    binding: rules.Binding,
    nearest: int | None,
) -> int | None:
    """The round of a count reached ("increased her tally to 99"): one named after it, else
    unknown when an earlier count of the same candidate stands before it ("had 70 after the
    first ballot"); a count before the candidate is named is another's ("In the second
    round X climbed to 188 while Y fell to 160")."""
    index = binding.number
    offset = mentions[index].start
    after = [r for start, r in rounds if start > offset]
    if after:
        return after[0]
    own = binding.candidate + 1 if binding.candidate >= 0 else 0
    if any(m.kind == "N" for m in mentions[own:index]):
        return None
    return nearest


def trajectory_round(rounds: list[tuple[int, int]], binding: rules.Binding, offset: int) -> int:
    """Rounds for "fell from 109 votes to 73 and finally 60": 1, 2, 3, or ending at the
    round the sentence names after the last number ("... to zero in the second round")."""
    later = [r for start, r in rounds if start > offset and r > 0]
    last = binding.step_count
    base = (later[0] - last + 1) if later else 1
    return max(1, base + binding.step)
