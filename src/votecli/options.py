"""The options of a vote on a question put to the voters (a referendum, a plebiscite, a
ballot measure). Its "candidates" are Yes and No ("64% voted in favour and 36% against",
"the proposal was approved by 8,312 votes to 6,290", "The No vote was 52.6%"), so shares,
margins and the winner work as for people. Pure: the extractor calls `read` on the
sentences of a text that `subject_of` finds to be about such a vote (or that name a side
themselves), for the numbers its own rules made no tally of.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import NamedTuple

from . import patterns
from .gated import Gated
from .model import Candidate, Kind

YES = Candidate("Yes", None, Kind.OPTION)
NO = Candidate("No", None, Kind.OPTION)
# The side of a vote on independence named by its aim ("176,928 people voted for
# independence"): the option it counts, set against the other side
INDEPENDENCE = Candidate("Independence", None, Kind.OPTION)
# The other side of a vote on one person, named as the text names it ("10 against")
AGAINST = Candidate("Against", None, Kind.OPTION)
_OTHER = {YES.name: NO, NO.name: YES, INDEPENDENCE.name: NO, AGAINST.name: YES}

# What the text votes on: a question put to the voters. A vote of a chamber on a motion, a
# bill, a resolution or its confidence is left alone: the texts read so far (and the gold
# their tallies are held to) count no such vote as a tally.
_SUBJECTS = (
    ("Referendum", r"\b(?:referendum|referendums|referenda|plebiscite)\b"),
    # a measure named by its number: "Prop. 73", "Initiative 912", "Measure 91"
    (
        "Ballot measure",
        r"\b(?:ballot (?:measure|question|initiative)|(?:proposition|prop\.|initiative|measure)"
        r" \d+)\b",
    ),
)
_SUBJECT = Gated(
    (
        "referend",
        "plebiscit",
        "ballot measure",
        "ballot question",
        "ballot initiative",
        "prop",
        "initiative ",
        "measure ",
    ),
    "|".join(f"(?P<s{i}>{p})" for i, (_, p) in enumerate(_SUBJECTS)),
)
# An option named as a side: "the “No” vote", "the Yes campaign", "the no side"
_SIDE = r"[\"“‘']?(?P<side>yes|no)[\"”’']? (?:vote|votes|side|camp|campaign|option)\b"
_SIDE_NAMED = Gated(
    ("yes", "no vote", "no side", "no camp", "no option", "no”", 'no"', "no’", "no'"),
    rf"\bthe\s+{_SIDE}",
)


def subject_of(text: str) -> str | None:
    """What a text votes on ("Referendum", "Ballot measure") if it puts a question to the
    voters; None for other texts. Asked once of a whole text: gated by rare words."""
    found = _SUBJECT.search(text)
    return _SUBJECTS[int(found.lastgroup[1:])][0] if found else None


# The question's own name, where the text gives it one: "people cast their vote on The Voice",
# "the referendum on the Recall Act" (a capitalised name, which the rules would read as a
# candidate's: "39.3 per cent of voters for The Voice" is Yes)
_QUESTION = patterns.compile(
    r"\b(?:vote|votes|voted|voting|referendum|plebiscite)\s+on\s+(?:the\s+)?"
    r"(?P<name>(?:The\s+)?[A-Z][\w’'-]+(?:\s+(?:to\s+|of\s+)?[A-Z][\w’'-]+){0,3})"
)


def question_of(text: str) -> str | None:
    """The name a text about a vote on a question gives the question ("The Voice")."""
    found = _QUESTION.search(text)
    return found.group("name") if found else None


def with_question_unnamed(text: str, question: str | None) -> str:
    """The sentence with the question's name (and its article) blanked out, its length
    kept, so "against The Voice" and "for the Voice" read as sides, as "against" and "for"
    alone do."""
    if not question or question not in text:
        return text
    named = re.compile(rf"(?:\b[Tt]he\s+)?{re.escape(question)}")
    return named.sub(lambda m: " " * len(m.group()), text)


def sides_named(sentence: str) -> bool:
    """Whether a sentence names a side of a vote on a question ("the no vote led with
    50.2%"), which makes it one whatever the rest of the text says."""
    return _SIDE_NAMED.search(sentence) is not None


class Option(NamedTuple):
    """An option's number in a sentence: offsets of the number and the rule that read it."""

    candidate: Candidate
    start: int
    rule: str
    share: int | None = None  # where the share stated with a count (or count with a share) starts


# No options where a candidate is elected, a poll forecasts, or the vote is still to come
_NOT_A_RESULT = Gated(
    ("elect", "poll", "opinion", "survey", "predict", "forecast", "project", "expect", "would",
     "will", "could", "intend", "plan", "likely", "need", "requir", "turnout"),
    r"\b(?:(?:re-?)?elected|polls?(?! (?:closed|opened|stations?))|"
    r"polling(?! (?:stations?|places?))|opinion|surveys?|surveyed|predicted|forecasts?|"
    r"projected|expected|would|will|could|intends?|planning|plans? to|likely|needs?|needed|"
    r"required|requires|turnout)\b",
)  # fmt: skip
# A chamber's vote on a text, named in a referendum's story ("Parliament passed the bill
# calling the referendum by 310 votes to 250"): not the voters' answer
_CHAMBER = Gated(
    ("motion", "resolution", "bill", "confidence", "censure", "parliament", "mps", "lawmakers",
     "legislat", "deputies", "senat", "assembly", "council", "congress", "house", "chamber",
     "commons", "delegat"),
    r"\b(?:motions?|resolutions?|bills?|confidence|censure|parliament\w*|MPs|lawmakers|"
    r"legislat\w+|deputies|senat\w+|assembly|council|congress|house|chamber|commons|"
    r"delegat\w+)\b",
)  # fmt: skip
_YES_WORD = (
    r"(?:in\s+favou?r\b(?!\s+of\s+(?:the\s+)?(?-i:[A-Z]))|yes\b|ayes?\b|"
    r"for\b(?=\s*(?:[,;.)]|and\b|to\b|with\b|$)))"
)
_NO_WORD = r"(?:against\b(?!\s+(?:the\s+)?(?-i:[A-Z\d]))|no\b|nays?\b|noes\b)"
_VOTED = (
    r"(?:voted|voting|vote|votes|opted|chose|said|answered|answering|respond(?:ed|ing)|ballots?)"
)
# After a number: "3,415 in favour", "2,960 against", "64% voted in favour", "1,700 residents
# voting against the plan", "1.2 million people, or 58%, voted yes"
_AFTER = patterns.compile(
    r"\)?(?:\s+(?!and\b|or\b|to\b|with\b|\d)[\w-]+){0,4}?"
    r"(?:,\s*or\s+\d[\d.,]*\s*(?:%|per\s?cent|percent)\s*,|"
    r"\s*\(\s*\d[\d.,]*\s*(?:%|per\s?cent|percent)\s*\)|"
    # a share's count in brackets: "77.2 percent of people (6.1 million people) voted yes"
    r"\s*\(\s*\d[\d.,]*(?:\s*(?:million|thousand))?(?:\s+(?:of\s+)?(?:people|voters|"
    r"electors|citizens))?\s*\))?\s*"
    rf",?\s*(?:{_VOTED}\s+|(?:were\s+|was\s+)?cast\s+)?"
    rf"[\"“‘']?(?:(?P<yes>{_YES_WORD})|(?P<no>{_NO_WORD}))"  # in quotes too: 61.3% “No”
    # (not a label of the next count: "NO: 12,605  YES: 9,634")
    r"(?!\s*:)",
    re.IGNORECASE,
)
# Places that vote, counted in a referendum's story: "12 districts voted yes" counts no votes
_PLACES = patterns.compile(
    r"\b(?:districts?|count(?:y|ies)|provinces?|states?|regions?|cantons?|constituenc(?:y|ies)|"
    r"municipalit(?:y|ies)|areas?|councils?|wards?|towns?|cit(?:y|ies)|parishes|departments?|"
    r"precincts?|authorit(?:y|ies)|stations?|communes?|villages?|islands?|seats?)\b|"
    r"\b(?:in|across|from)\s+(?-i:[A-Z])",  # "53% of voters in Glasgow": a region's share
    re.IGNORECASE,
)
# A sentence on one place's result: "In Glasgow, 53% voted yes"
_PLACE_FIRST = patterns.compile(r"\s*(?:In|Across)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*\s*,")
# "58% of voters backed independence": yes, where the sentence also counts those against
_BACKED_AFTER = patterns.compile(
    r"\s*(?:of\s+)?(?:[\w-]+\s+){0,3}?(?:backed|supported|endorsed)\b(?!\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)
# Before a number: "the “No” vote was 52.6%", "The Yes campaign secured 54.2 per cent"
_SIDE_BEFORE = patterns.compile(
    rf"\b{_SIDE}\s+(?:(?:has|have|had)\s+)?(?:(?:was|were|had|got|won|took|secured|received|polled|obtained|"
    r"garnered|led|finished|stood|came|ended|reached|totall?ed|captured|attracted|amounted)\s+)?"
    r"(?:(?:with|at|in|on|up|to)\s+)?$",
    re.IGNORECASE,
)
# A count right before the side's words is the side's own ('86 "yes" votes to 176 "no"
# votes'): the count after them is the other side's
_COUNT_BEFORE_SIDE = patterns.compile(r"\d\s+[\"“‘']?$")
# The side as the subject of a participle's clause: 'The "No" option carried the day,
# receiving 50.6%', "the Yes side won comfortably, taking 55%"
_SIDE_PARTICIPLE = ("receiving ", "taking ", "winning ", "garnering ", "securing ", "polling ")
_SIDE_THEN_PARTICIPLE = patterns.compile(
    rf"\bthe\s+{_SIDE}(?:[^,.;:()]|(?<=\d)[,.](?=\d)){{0,70}},\s+(?:{'|'.join(_SIDE_PARTICIPLE)})$",
    re.IGNORECASE,
)
# A side alone: a row's name ("NO 605,391 (42.70 per cent)", "In favour: 41,206"), one of a
# list ("Yes 52.1%, No 47.9%") or a capitalised subject ("Yes won 58 per cent"); never "No
# party won 40%"
_SIDE_ALONE_BEFORE = patterns.compile(
    r"(?:(?P<start>^(?:\s*[-–—•*]\s)?)|[,;:(]|\band)\s*[\"“‘']?"
    r"(?P<row>yes|no|in favou?r|for|against)[\"”’']?(?:\s+votes?)?\s*[:.–—-]?\s*$|"
    r"(?:^|[\s,;:(])[\"“‘']?(?-i:(?P<subject>Yes|No|YES|NO))[\"”’']?\s+(?:(?:has|have|had)\s+)?"
    r"(?:won|took|secured|received|got|polled|had|garnered|obtained)\s+(?:with\s+)?$",
    re.IGNORECASE,
)
# The share in brackets after a count: "(57.30 per cent)"
_SHARE_IN_BRACKETS = r"(?:\(\s*\d[\d.,]*\s*(?:%|per\s?cent|percent)\s*\))?"
# What may follow a row's count: its share, then the line's end ("YES 812,440 (57.30
# per cent)"); a count split by a stray comma ("NO 406, 718") is no row's
_ROW_END = patterns.compile(rf"\s*{_SHARE_IN_BRACKETS}\)?\s*[.;]?\s*$", re.IGNORECASE)
# What follows a count in a list of sides: the next item or the sentence's end
_LIST_END = patterns.compile(
    rf"\s*{_SHARE_IN_BRACKETS}\s*(?:,(?!\s*\d)|[;.)]|and\b|$)", re.IGNORECASE
)
# A side capitalised right after its number, then the next item or the end: "– 41.7% Yes,
# 58.3% No." A list of the sides, read even where a place before it reads as a name
_SIDE_LISTED_AFTER = patterns.compile(
    r"\s*[\"“‘']?(?P<side>Yes|No|YES|NO)\b[\"”’']?\s*(?:[,;.)]|and\b|$)"
)
# After a number: "against 44.9 per cent for No"
_FOR_SIDE_AFTER = patterns.compile(
    r"\s+(?:of\s+the\s+vote\s+)?for\s+(?:the\s+)?[\"“‘']?(?P<side>yes|no)\b", re.IGNORECASE
)
# The outcome of a referendum with its count: "the proposal was approved by 8,312 votes to
# 6,290", "rejected with 52%"
_PASSED = r"passed|carried|approved|adopted|endorsed|accepted|ratified"
_FAILED = r"defeated|rejected|failed|voted down|turned down|thrown out"
_OUTCOME_BEFORE = patterns.compile(
    rf"\b(?:(?P<passed>{_PASSED})|(?P<failed>{_FAILED}))"
    r"\s+(?:(?:it|the\s+vote)\s+)?(?:by|with|in)\s+(?:an?\s+(?:vote|margin|tally|count)\s+of\s+)?$",
    re.IGNORECASE,
)
# The outcome with the count right after the verb or its object, read only as the first of
# two counts: "voters approved the measure 62% to 38%", "rejected the plan 12,400 to 9,800";
# not a score's dash ("passed 55-45": shares or counts, the text does not say)
_SCORE_DASH = patterns.compile(r"\s*[-–]")
_OUTCOME_RIGHT_BEFORE = patterns.compile(
    rf"\b(?:(?P<passed>{_PASSED})|(?P<failed>{_FAILED}))\s+(?:the\s+(?:measure|proposal|plan|"
    r"amendment|question|initiative|referendum|deal|changes?|law)\s+)?$",
    re.IGNORECASE,
)
# Between two counts of one vote: "312 votes to 290", "170-82", "50.4 per cent to 49.6"
_COUNT_TO_COUNT = patterns.compile(r"\s*(?:votes?\s+)?(?:to|against|versus|vs\.?|-|–)\s*$")
_APPROXIMATE_BEFORE = patterns.compile(
    r"\b(?:over|more than|fewer than|less than|nearly|almost|at least|up to|under)\s+$",
    re.IGNORECASE,
)
# "gained 3 points", "5 more": a change, not a count
_CHANGE_AFTER = patterns.compile(
    r"\s*(?:percentage\s+)?(?:points?|pts|seats?|more|fewer|less)\b", re.IGNORECASE
)
_ABSTAIN_AFTER = patterns.compile(r"\s*(?:[\w-]+\s+){0,2}?abstain", re.IGNORECASE)


class Number(NamedTuple):
    start: int
    end: int
    percent: bool


def read(text: str, found: list[Number], names_candidates: bool = False) -> list[Option]:
    """The options the sentence's numbers count, one per number at most. In a sentence that
    names a person or a country ("Peru received 104 votes in favour") only a side's name
    makes a number an option's."""
    if _NOT_A_RESULT.search(text) or _CHAMBER.search(text) or _PLACE_FIRST.match(text):
        return []
    read_at: dict[int, Option] = {}
    for index, number in enumerate(found):
        if (
            number.start in read_at
            or _APPROXIMATE_BEFORE.search(text, max(0, number.start - 16), number.start)
            or _CHANGE_AFTER.match(text, number.end)
        ):
            continue
        after = found[index + 1] if index + 1 < len(found) else None
        paired = after is not None and after.percent == number.percent
        paired = paired and bool(_COUNT_TO_COUNT.fullmatch(text, number.end, after.start))
        option = (
            (_pair_side(text, number, after) if paired else None)
            or _independence(text, number, found)
            or _named_option(text, number, names_candidates)
            or (None if names_candidates else _outcome(text, number, paired))
        )
        if option is None:
            continue
        read_at[number.start] = option
        if paired:
            other = _OTHER[option.candidate.name]
            read_at[after.start] = Option(other, after.start, option.rule + "-to")
    if not names_candidates:
        read_at.update(_backed(text, found, read_at))
    return _with_shares(text, found, _with_bracketed_counts(text, found, read_at))


# After a side's share, its count in brackets: "65.2% voted yes (a total of 1,574,645 people)"
_COUNT_BRACKET_BEFORE = patterns.compile(
    r"[^()\d;]{0,40}?\(\s*(?:a total of |in all |some )?", re.IGNORECASE
)
_COUNT_BRACKET_AFTER = patterns.compile(
    r"\s*(?:(?:of )?(?:people|voters|votes|ballots|electors))?\s*\)", re.IGNORECASE
)


def _pair_side(text: str, number: Number, after: Number) -> Option | None:
    """The first count of "63 percent to 37 percent in favour": the side named after the
    pair is the first count's (the larger one in favour), the second the other side's."""
    side = _AFTER.match(text, after.end)
    if side is None or _ABSTAIN_AFTER.match(text, after.end) or _PLACES.search(side.group()):
        return None
    return Option(YES if side.group("yes") else NO, number.start, "option-pair-side")


def _with_bracketed_counts(
    text: str, found: list[Number], read_at: dict[int, Option]
) -> dict[int, Option]:
    """A side's share with the count stated in brackets after it, folded into one option."""
    folded = dict(read_at)
    for number, after in pairwise(found):
        option = folded.get(number.start)
        if (
            option is not None
            and option.share is None
            and number.percent
            and not after.percent
            and after.start not in folded
            and _COUNT_BRACKET_BEFORE.fullmatch(text, number.end, after.start)
            and _COUNT_BRACKET_AFTER.match(text, after.end)
        ):
            folded[number.start] = option._replace(share=after.start)
    return folded


# Between a count and its share: "2.3 million people, or 62%,", "41,206 voters (58.9%)"
_SHARE_GAP = patterns.compile(r"(?:\s+[\w-]+){0,2}?\s*(?:,\s*or|\()\s*")


def _with_shares(text: str, found: list[Number], read_at: dict[int, Option]) -> list[Option]:
    """The options in order, a count's share folded into the count's option when the text
    states them together for the same side."""
    ordered = sorted(read_at.values(), key=lambda o: o.start)
    by_start = {n.start: n for n in found}
    kept: list[Option] = []
    for option in ordered:
        last = kept[-1] if kept else None
        number, before = by_start[option.start], by_start[last.start] if last else None
        if (
            last is not None
            and before is not None
            and last.share is None
            and last.candidate is option.candidate
            and number.percent
            and not before.percent
            and _SHARE_GAP.fullmatch(text, before.end, number.start)
        ):
            kept[-1] = last._replace(share=option.start)
            continue
        kept.append(option)
    return kept


# "176,928 of a total 181,067 people voted for independence, or 97.7 per cent"
_FOR_INDEPENDENCE = patterns.compile(
    r"(?:\s+(?:out\s+)?of\s+(?:a\s+total\s+(?:of\s+)?|the\s+)?\d[\d,]*)?"
    r"(?:\s+(?:people|voters|electors|residents|citizens))?"
    r"\s+(?:voted|opted|chose)\s+for\s+independence\b(?P<or>,\s*or\s+)?",
    re.IGNORECASE,
)


_TOTAL_BEFORE = patterns.compile(r"\bof\s+(?:a\s+total\s+(?:of\s+)?|the\s+)?$", re.IGNORECASE)


def _independence(text: str, number: Number, found: list[Number]) -> Option | None:
    """The count of those who voted for independence, with its share when one follows."""
    if number.percent or _TOTAL_BEFORE.search(text, max(0, number.start - 16), number.start):
        return None  # "of a total 181,067 people voted for ...": the whole, no side's
    voted = _FOR_INDEPENDENCE.match(text, number.end)
    if voted is None:
        return None
    share = next((n.start for n in found if n.start == voted.end() and n.percent), None)
    return Option(INDEPENDENCE, number.start, "option-independence", share if voted["or"] else None)


def _named_option(text: str, number: Number, sides_only: bool) -> Option | None:
    """An option the words right beside the number name."""
    side = _SIDE_BEFORE.search(text, max(0, number.start - 60), number.start)
    if side and not _COUNT_BEFORE_SIDE.search(text, max(0, side.start() - 4), side.start()):
        return Option(_side(side.group("side")), number.start, "option-side")
    if text.endswith(_SIDE_PARTICIPLE, 0, number.start):
        side = _SIDE_THEN_PARTICIPLE.search(text, max(0, number.start - 110), number.start)
        if side:
            return Option(_side(side.group("side")), number.start, "option-side")
    alone = _SIDE_ALONE_BEFORE.search(text, max(0, number.start - 24), number.start)
    if alone and _alone_side_counts(alone, text, number):
        side = alone.group("row") or alone.group("subject")
        return Option(_side(side), number.start, "option-row")
    listed = _SIDE_LISTED_AFTER.match(text, number.end) if sides_only else None
    if listed:
        return Option(_side(listed.group("side")), number.start, "option-listed")
    after = None if sides_only else _AFTER.match(text, number.end)
    if after and not _ABSTAIN_AFTER.match(text, number.end) and not _PLACES.search(after.group()):
        return Option(YES if after.group("yes") else NO, number.start, "option-after")
    side = _FOR_SIDE_AFTER.match(text, number.end)
    if side:
        return Option(_side(side.group("side")), number.start, "option-for-side")
    return None


def _alone_side_counts(alone: re.Match[str], text: str, number: Number) -> bool:
    """Whether a side named alone before a number is its row or list item: a row's name
    starts the line (maybe after a bullet: "- FOR - 1,429,981") and nothing but a share
    follows the count; a list's item is
    capitalised ("Yes 52.1%, No 47.9%") and the next item or the end follows it."""
    if alone.group("subject"):
        return True
    if alone.group("start") is not None and _ROW_END.match(text, number.end):
        return True
    return alone.group("row")[0].isupper() and _LIST_END.match(text, number.end) is not None


def _outcome(text: str, number: Number, paired: bool) -> Option | None:
    """The first count of "approved by 8,312 votes to 6,290": the winning side's. `paired`:
    the other side's count follows ("passed 55-45")."""
    verb = _OUTCOME_BEFORE.search(text, max(0, number.start - 40), number.start)
    if verb is None and paired and not _SCORE_DASH.match(text, number.end):
        verb = _OUTCOME_RIGHT_BEFORE.search(text, max(0, number.start - 40), number.start)
    if verb is None:
        return None
    if not paired and "margin" in verb.group().lower():
        return None  # "carried by a margin of 54,288 votes": by how much, no side's count
    return Option(YES if verb.group("passed") else NO, number.start, "option-outcome")


def _backed(text: str, found: list[Number], read_at: dict[int, Option]) -> dict[int, Option]:
    """ "63% backed the prime minister, with 37% voting against": those who backed it are
    the yes, once the sentence has counted a no."""
    if not any(o.candidate is NO for o in read_at.values()):
        return {}
    return {
        n.start: Option(YES, n.start, "option-backed")
        for n in found
        if n.start not in read_at
        and (backed := _BACKED_AFTER.match(text, n.end))
        and not _PLACES.search(backed.group())
    }


# A vote on one candidate told as for and against ("X received 81 votes in favour and 10
# against", "won 166 votes in favor to 165 against", "330 votes in favour from MPs and 152
# against"): its sides are Yes and Against, as the gold of such votes holds them. Not "in favour
# of Y" (that count is Y's), nor a side with none against ("183 in favour to zero
# against": the candidate's own count).
# Also those who voted, counted ("8,200 members voted in favour of the motion while 1,900
# voted against", "with 97 deputies voting in favour of it, 120 against"), and a bare "for"
# beside its "against" ("(71 for, 5 against)"); the thing voted on is lowercase or "it" (a count "in favour of her" is her own).
_IN_FAVOUR_AFTER = patterns.compile(
    r"\s+(?:(?:votes?|ballots?|[a-z]+)\s+){0,2}?in\s+favou?r\b"
    r"(?:\s+of\s+(?:(?:the|this|that|its|his|her|their)\s+(?!(?:and|or|to|with|while)\b)(?-i:[a-z][\w-]*)|it)\b)?"
    r"(?!\s+of\b)|"
    r"\s+votes?(?=\s+to\s+\d)|"  # "by 383 votes to 327 against": the "to" pairs them
    # "(64 votes, 9 against)", "67 votes (9 against)", "72 votes and just one against": a
    # count against right after the votes is the No on the same person
    r"\s+votes?(?=\s*(?:,|\(|and\b)\s*(?:(?:just|only)\s+)?[\w.,]+\s+against\b)|"
    r"\s+for(?=\s*(?:,|and\b))",  # "(71 for, 5 against)", "44 for and three against"
    re.IGNORECASE,
)
_THEN_AGAINST = patterns.compile(
    r"(?:\s+(?:from|among)\s+[\w-]+)?\s*(?:[,(]\s*)?(?:and\s+|to\s+|with\s+|while\s+)?"
    r"(?:(?:just|only)\s+)?$",
    re.IGNORECASE,
)
# A rival named by role ("her rival", "the candidate"), whom a count "against" is for
_RIVAL = r"(?:the|his|her|their)\s+(?:[\w-]+\s+)?(?:candidate|rival|opponent|challenger)\b"
_AGAINST_AFTER = patterns.compile(
    r"\s+(?:votes?\s+)?(?:(?:voted|voting)\s+)?against\b(?!\s+(?:the\s+)?(?-i:[A-Z\d]))"
    rf"(?!\s+{_RIVAL})",
    re.IGNORECASE,
)
# "X won by 21 votes in favour and 16 against the candidate of Y, Z": the count "against"
# a rival in a contest of two is the rival's own, not a No on X
_AGAINST_RIVAL_AFTER = patterns.compile(rf"\s+(?:votes?\s+)?against\s+{_RIVAL}", re.IGNORECASE)


# The same told of those who voted: "248 deputies voted for X, 201 voted against him" (the
# person named between the counts, then a pronoun for them after the second)
_VOTED_FOR_AFTER = patterns.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:had\s+)?voted\s+(?:for|in\s+favou?r\s+of)\s+", re.IGNORECASE
)
_THEN_AGAINST_PERSON = patterns.compile(r"[^\d;:.()]{1,80}?,\s*(?:and\s+|while\s+)?")
_AGAINST_PERSON_AFTER = patterns.compile(
    r"(?:\s+[\w-]+)?\s+(?:voted|voting)\s+against\s+(?:him|her)\b", re.IGNORECASE
)


def against_of(text: str, favour: Number, after: Number | None, value: float | None) -> bool:
    """Whether `favour` counts a vote on one candidate in favour and `after` (worth
    `value`) the votes against it: "81 votes in favour and 10 against", "248 deputies
    voted for X, 201 voted against him"."""
    if after is None or favour.percent or after.percent or not value:
        return False
    opens = _IN_FAVOUR_AFTER.match(text, favour.end)
    if opens is None:
        voted = _VOTED_FOR_AFTER.match(text, favour.end)
        return (
            voted is not None
            and _THEN_AGAINST_PERSON.fullmatch(text, voted.end(), after.start) is not None
            and _AGAINST_PERSON_AFTER.match(text, after.end) is not None
        )
    return (
        _THEN_AGAINST.fullmatch(text, opens.end(), after.start) is not None
        and _AGAINST_AFTER.match(text, after.end) is not None
    )


def against_rival(text: str, favour: Number, after: Number) -> bool:
    """Whether `favour` is one candidate's count and `after` a rival's, told as for and
    against: "won by 21 votes in favour and 16 against her rival, Z"."""
    opens = _IN_FAVOUR_AFTER.match(text, favour.end)
    return (
        opens is not None
        and _THEN_AGAINST.fullmatch(text, opens.end(), after.start) is not None
        and _AGAINST_RIVAL_AFTER.match(text, after.end) is not None
    )


_YES_NAMES = frozenset({"yes", "in favour", "in favor"})
_NO_NAMES = frozenset({"no", "against"})


def as_option(candidate: Candidate) -> Candidate | None:
    """Yes or No for a candidate named so by another rule ("The Yes campaign took 55%", a
    row "Against: 28,750"); an option already (the side against one person) as it is."""
    if candidate.kind is Kind.OPTION:
        return candidate
    name = candidate.name.casefold()
    return YES if name in _YES_NAMES else NO if name in _NO_NAMES else None


def other_side(option: Candidate) -> Candidate:
    return _OTHER[option.name]


def _side(word: str) -> Candidate:
    return NO if word.lower() in ("no", "against") else YES
