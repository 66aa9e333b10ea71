"""Sieving the names and numbers found in one sentence: which name is an affiliation, a city or a
named thing rather than a contestant; which number is an age, a poll figure, a single vote or a
share of another; and how counts pair with shares.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace

from . import countries, names, numbers, patterns, rules
from .figures import (
    COUNTABLE,
    VOTE_WORDS_AHEAD,
    VOTES_AFTER,
    counts_other_things,
    lead_shares,
)
from .gated import Gated
from .model import Candidate, Kind
from .numbers import count_words

_DEMONYM_CUE = patterns.compile(
    r"^\s*(?:bid|candidacy|candidature|candidate|nominee|contender|application|proposal|"
    r"membership)\b",
    re.IGNORECASE,
)

# Opinion polls and surveys forecast a result; their shares are no one's tally.
# (Only the figures the poll states: "X won 50.5%, while an exit poll had given him 48%".)
_OPINION_POLL = Gated(
    ("poll", "survey", "respondent", "likely voter", "quick"),
    r"\b(?:opinion polls?|exit polls?|pollsters?|surveys?|surveyed|respondents|likely voters|"
    r"quick[- ]counts?|"  # a pollster's sample of polling stations' results
    # a poll's sample: "The poll of 801 registered voters conducted in June shows X at 40%"
    r"polls? of [\d,]+ (?:[\w-]+ )?(?:voters|adults|people|residents|respondents)\b|"
    # "Another poll, by a network and a newspaper, shows X at 46 per cent"
    r"polls?(?:,[^,.;]{1,60},)? (?:gives?|gave|giving|puts?|putting|shows?|showed|showing|"
    r"suggests?|suggested|"
    r"finds|found|predicts?|"
    r"predicted|has|had)\b|"
    # "a poll conducted by Y Research, who put X at 49.6%"
    r"polls? (?:conducted|carried out|commissioned|published|released|taken)\b[^.;]{0,60}?"
    r",? (?:which|who|that) (?:gives?|gave|puts?|put|shows?|showed|found|finds|had|has)\b)",
)


# Not frozen, though never changed once made (`replace` makes another): 14,000 are made
# over the 800 benchmark files, and a frozen dataclass's __init__ sets each field through
# object.__setattr__, four times the cost of a plain one with slots.
@dataclass(slots=True)
class Mention:
    """A name or number found in one sentence: what the reader binds and the sieve sorts."""

    start: int  # offset in the sentence
    end: int
    kind: str  # "C" candidate, "N" count, "P" percent, "X" not a tally
    candidate: Candidate | None = None
    value: int | float | None = None
    paired: int | float | None = None  # the count beside a percent, or the percent beside a count
    cover: int = 0  # where the skeleton token ends, past a paired number ("5,401 or 1.63%")
    aside: bool = False  # an age set off by commas: left out of the skeleton with its commas
    things: bool = False  # a count of named things ("4 World Cups") or listed after one


_POSSESSIVE_GAP = patterns.compile(r"['’]s\s+")
_OWNER = patterns.compile(r"['’]s?\s+(?:(?:former|current|new|veteran|acting)\s+)?", re.I)

# "of the opposition Y party", "leader of the far-right Y party": words for a party's side
_PARTY_SIDE = (
    r"(?:(?:ruling|governing|opposition|main|centrist|conservative|liberal|nationalist|"
    r"progressive|moderate|radical|reformist|populist|socialist|communist|(?:far|hard|centre|center)[- ](?:right|left)|right-wing|"
    r"left-wing|pro-[\w-]+|anti-[\w-]+|(?:newly|recently)[- ](?:formed|founded|created))\s+){0,2}"
)

# "X recommended by Mexico", "X, the candidate from Peru": the country that put a person up
# or that the person comes from is the person's, not a contestant (a participle right after the name only: not
# "X was backed by Y", where Y may be a rival's side)
_PUT_UP_BY = (
    r",?\s+(?:the\s+(?:[\w-]+\s+)?(?:candidate|nominee|contender)\s+)?(?:proposed|recommended|"
    r"nominated|backed|endorsed|sponsored|fielded|put\s+forward)\s+by\s+(?:the\s+)?"
    r"(?:governments?\s+of\s+)?"
    # "X, the candidate from Peru", "X, the candidate from the Cusco region of Peru"
    r"|,\s+the\s+(?:[\w-]+\s+)?(?:candidate|nominee|contender)\s+(?:from|of)\s+"
    r"(?:(?:[^,;:()]|\([A-Z.]{2,8}\)){0,70}?\b(?:of|in)\s+)?(?:the\s+)?"  # "(SAR)" too
)

# "X, running for the Y Party", "X, who stood on the Y ticket": the side a person runs for;
# "X, representing the Y Party," too (set off by its comma: not "X representing 41%")
_RUNNING_FOR = (
    r",?\s+(?:(?:who\s+)?(?:running|standing|ran|stood|contesting)\s+(?:for|on|under)\s+"
    r"(?:the\s+)?(?:(?:ticket|platform|banner)\s+of\s+(?:the\s+)?)?)"
    r"|,\s+(?:who\s+represent(?:s|ed)|representing)\s+(?:the\s+)?"
)

_AFFILIATION = patterns.compile(
    # (a party's letter and a slash may open the brackets: "X (D/Working Families Party)",
    # a US candidate on two parties' lines)
    rf"\s*\(\s*(?-i:[A-Z]{{1,3}}\s*/\s*)?|,?\s+(?:of|from)\s+(?:the\s+)?{_PARTY_SIDE}|{_PUT_UP_BY}|{_RUNNING_FOR}"
    rf"{_PARTY_SIDE}"
    # "X of President Y's Z party": the party named by whose it is
    r"|,?\s+(?:of|from)\s+(?:(?:former|late|current|outgoing)\s+)?"
    r"(?-i:(?:[A-Z][\w.-]*\s+){1,4}?[A-Z][\w-]*)['’]s\s+",
    re.I,
)

# "The Foreign Minister of Fiji, Joeli Naqara ...": the office before the country and the
# comma after it make the country the person's
# ("the candidate of opposition party UFDG, X": the word "party" before the party's name)
_OFFICE_OF = patterns.compile(rf"([A-Za-z-]+)\s+of\s+(?:the\s+)?{_PARTY_SIDE}(?:party\s+)?$", re.I)

_OFFICE_REACH = 40

# "Jorge Mena - a centrist and former mayor of Lima, who ...": the place in a description
# set off after a person is where the person holds or held an office
_DESCRIBED_OFFICE = patterns.compile(
    r"\s*[,\-–—]\s+(?!(?:and|but|while|whereas|then)\b)[^,;:()\-–—]{0,60}?\b([A-Za-z-]+)\s+of\s+(?:the\s+)?"
    + _PARTY_SIDE,
    re.I,
)

# "Jane Doe, 54," or "Jane Doe (54)"; the name in its own script may come first, as Taiwanese,
# Japanese, Korean and Russian-language outlets give it: "Han Kuo-yu (韓國瑜), 61,"
_AGE_BEFORE = patterns.compile(r"(?:\s*\([^\x00-\x7f()]{1,30}\))?(?:,\s*|\s*\(\s*)")

_AGE_AFTER = patterns.compile(r"\s*[,)]")

_AGE_LAST = patterns.compile(r"\s*(?:[.;]|$)")

_AND_BEFORE = patterns.compile(r"\d\s*[,)]\s*and\s+$")

# "Cazzie Russell, '66, 962": a school class's year after a person (college papers), set off
# like an age and no more a tally than one
_CLASS_YEAR_BEFORE = patterns.compile(r",?\s*['’]")

# "Chile, 61, was elected", "Jordan, 52, beat Y": a predicate right after the number set off
# by commas makes it an age even after a country (a person so named, or a misreading); "Chile,
# 61, Peru, 40", "Chile, 61, and Peru" and "Chile, 61, was second" stay counts
_PREDICATE_AFTER = patterns.compile(
    r",\s+(?:(?:was|were|is|has|had|will|would)\b(?! (?:second|third|fourth|fifth|next|last|"
    r"runner-up|behind|ahead)\b)|(?:won|wins|beat|beats|defeated|defeats|took|takes|became|"
    r"becomes|led|leads|said|says|topped|tops|secured|received|got|obtained|garnered)\b)"
)
# "Chile, 61, and Peru, 40, were elected": the last of a list of counts
_COUNT_LISTED_BEFORE = patterns.compile(r"\d\s*[,;)]\s*(?:and\s+)?$")


# (a description may come before a listed name: "X received 21, Bishop of Y Z, 19, and ...",
# no verb in it: "X won 52, beating Y, 68, and Z, 45" are ages)
_DESCRIBED_LIST_GAP = patterns.compile(
    r", (?:(?!(?-i:[a-z])[\w-]*(?:ing|ed)\b|(?:beat|beats|over|against|and|while)\b)"
    r"[\w'’.-]+ ){0,8}"
)


def _gapped_count(text: str, mentions: list[Mention], person: int) -> bool:
    """Whether the person is in a list of counts the verb was left out of: "X received 21,
    Y, 19, and Z, 13" gives Y 19, no age."""
    if person < 1 or person + 3 >= len(mentions):
        return False
    if _described_gapped_count(text, mentions, person):
        return True
    count, name, age, rest, rest_count = mentions[person - 1 : person + 4]
    return (
        count.kind == "N"
        and text[count.end : name.start] == ", "
        and text[age.end : rest.start] in (", and ", " and ")  # the list goes on ...
        and rest.kind == "C"
        and rest_count.kind == "N"
        and text[rest.end : rest_count.start] == ", "  # ... in the same shape, to its end
        and text[rest_count.end : rest_count.end + 1] in (".", ";", "")
    )


def _described_gapped_count(text: str, mentions: list[Mention], person: int) -> bool:
    """As `_gapped_count`, with a description before the listed names: "X received 21,
    Diocese of Y Bishop Z, 19, and Diocese of W Bishop V, 13" (names split by "of")."""
    before = [m for m in mentions[:person] if m.kind != "C"]
    after = [m for m in mentions[person + 2 :] if m.kind != "C"]
    if not before or not after or before[-1].kind != "N" or after[0].kind != "N":
        return False
    count, age, rest_count = before[-1], mentions[person + 1], after[0]
    if not text.startswith((", and ", " and "), age.end):
        return False  # the list goes on ...
    rest_gap = text[age.end : rest_count.start]
    return (
        _DESCRIBED_LIST_GAP.fullmatch(text, count.end, mentions[person].start) is not None
        and rest_gap.endswith(", ")
        and not any(c.isdigit() or c in ".;:" for c in rest_gap)
        and text[rest_count.end : rest_count.end + 1] in (".", ";", "")  # ... to its end
    )


# "Round 4: X (21), Y (25)", "- Second ballot: ...": a line of one round's counts, whose
# bracketed numbers are votes, never ages
_ROUND_LINE = patterns.compile(
    r"\s*(?:[-*•–]\s*)?(?:(?:round|ballot|vote)\s+\d{1,2}|(?:first|second|third|fourth|fifth|"
    r"sixth|seventh|eighth|ninth|tenth|final|\d{1,2}(?:st|nd|rd|th))\s+(?:round|ballot))\s*[:–—-]",
    re.IGNORECASE,
)


def _bracketed_counts(text: str, mentions: list[Mention]) -> bool:
    """Whether the sentence's "Name (N)" brackets are a list of counts, not of ages: it is
    one round's line ("Round 4: X (21), Y (25)"), or one bracket holds what no age can be
    ("X (20), Y (18), Z (10)")."""
    if _ROUND_LINE.match(text):
        return True
    bracketed = [
        number
        for person, number in itertools.pairwise(mentions)
        if person.candidate is not None
        and number.kind == "N"
        and isinstance(number.value, int)
        and text[person.end : number.start].strip() == "("
    ]
    # (or one bracket says what it counts: "X (22 votes), Y (21) and Z (19)")
    return len(bracketed) > 1 and any(
        not 18 <= n.value <= 110 or _VOTES_IN_BRACKET.match(text, n.end) for n in bracketed
    )


_VOTES_IN_BRACKET = patterns.compile(r"\s+votes?\s*\)")


def mark_ages(text: str, mentions: list[Mention], counts: bool | None = None) -> list[Mention]:
    """ "Sunak, 42, ..." and "Bhandari (70)": a person's age is not a tally. `counts`: the
    brackets are known to hold counts (a list's other items hold what no age can be)."""
    marked = list(mentions)
    aged = False  # an age marked before: "between X, 70, and Y, 62." ends the second at "."
    # whether the brackets list counts, once a bracket is met
    for index in range(1, len(marked)):
        person, number = marked[index - 1], marked[index]
        if number.kind != "N" or person.candidate is None:
            continue  # an age is a count right after a name: the patterns only there
        closing = _AGE_AFTER.match(text, number.end)
        if closing is None and aged and _AND_BEFORE.search(text, 0, person.start):
            closing = _AGE_LAST.match(text, number.end)
        if closing is None and aged and _uncounted_since_age(marked, index):
            # "X, 42, defeated Y, 68.": the sentence gave one person's age so; no count since
            closing = _AGE_LAST.match(text, number.end)
        if (
            closing is not None
            and (
                person.candidate.kind is not Kind.COUNTRY
                or (
                    bool(_PREDICATE_AFTER.match(text, number.end))
                    and not _COUNT_LISTED_BEFORE.search(text, 0, person.start)
                )
            )
            and isinstance(number.value, int)
            and 18 <= number.value <= 110
            and _age_gap(text, person, number)
            and not _gapped_count(text, marked, index - 1)
        ):  # "Ruto, 55, beat Odinga" reads as "Ruto beat Odinga" for the rules
            if "(" in text[person.end : number.start]:
                if counts is None:
                    counts = _bracketed_counts(text, mentions)
                if counts:
                    continue
            marked[index] = replace(number, kind="X", aside=True, cover=closing.end())
            aged = True
        elif closing is not None and _class_year(text, person, number):
            marked[index] = replace(number, kind="X", aside=True, cover=closing.end())
    return marked


def _uncounted_since_age(mentions: list[Mention], index: int) -> bool:
    """Whether no count stands between the sentence's last age and the number at `index`."""
    for mention in reversed(mentions[: index - 1]):
        if mention.aside:
            return True
        if mention.kind in ("N", "P"):
            return False
    return False


def _age_gap(text: str, person: Mention, number: Mention) -> bool:
    """Whether what stands between a person and a number sets the number off as an age:
    "Doe, 54," or "Doe (54)"; or a bare space when a predicate follows the number's comma
    ("Razumkov 35, was appointed": the first comma left out), which no count list has."""
    gap = text[person.end : number.start]
    if _AGE_BEFORE.fullmatch(gap):
        return True
    return (
        gap == " "
        and person.candidate is not None
        and person.candidate.kind is not Kind.COUNTRY
        and bool(_PREDICATE_AFTER.match(text, number.end))
        and not _COUNT_LISTED_BEFORE.search(text, 0, person.start)
    )


def _class_year(text: str, person: Mention, number: Mention) -> bool:
    """Whether `number` is a class's year written after a person: "Lee, '71," or "Lee '71"."""
    return (
        person.candidate is not None
        and person.candidate.kind is not Kind.COUNTRY
        and number.end - number.start == 2
        and text[number.start : number.end].isdigit()
        and bool(_CLASS_YEAR_BEFORE.fullmatch(text[person.end : number.start]))
    )


def _drop_countries_owning_office(
    text: str, mentions: list[Mention], affiliations: dict[str, str]
) -> list[Mention]:
    """Drop a country that owns a person's office over a few words, where `_OWNER` takes
    only the office word ("Russia's former deputy minister X", "Peru's Ambassador to Chile,
    X"): X is the one standing, the country (and the post's place) only describe X, and the
    country is noted as X's."""
    dropped: set[int] = set()
    for index, mention in enumerate(mentions):
        if mention.candidate is None or mention.candidate.kind is not Kind.COUNTRY:
            continue
        if not text.startswith(("'s ", "’s "), mention.end):
            continue
        if index and _serves_person_before(text, mentions[index - 1], mention):
            dropped.add(index)  # "X, Argentina's ambassador to the IAEA, ranked first": X's
            _note_affiliation(affiliations, mentions[index - 1].candidate, mention.candidate)
            continue
        for later in range(index + 1, min(index + 3, len(mentions))):
            person = mentions[later]
            if person.candidate is None or person.candidate.kind is not Kind.PERSON:
                continue
            if _OFFICE_OF_COUNTRY.fullmatch(text, mention.end, person.start):
                dropped.update(range(index, later))
                _note_affiliation(affiliations, person.candidate, mention.candidate)
            break
    return [m for i, m in enumerate(mentions) if i not in dropped]


# "'s former deputy telecoms minister ", "'s Ambassador to Sweden, ", "'s candidate, ": a few
# words ending in an office (and where it is held), then the person
_OFFICE_OF_COUNTRY = patterns.compile(
    r"['’]s\s+(?:(?!(?:and|or|but|who|which|that|said|says|with|by|to|over)\b)[\w.-]+\s+){0,4}?"
    r"(?:ambassador|envoy|(?:permanent\s+)?representative|minister|secretary|candidate|nominee|"
    r"diplomat|judge|delegate|official|president|vice-president|chief|head|director|"
    r"director-general|commissioner|chancellor|premier|governor|mayor|senator|general|"
    r"admiral|prince|princess|king|queen)"
    r"(?:\s+(?:to|at|in|for|of)\s+(?:the\s+)?(?:[A-Z][\w.-]*\s*){1,4})?,?\s+",
    re.IGNORECASE,
)


# The same office set after the person, in an apposition: ", Argentina's ambassador to the
# IAEA,", ", then Chile's foreign minister,"
_APPOSITION_OPEN = patterns.compile(r", (?:then |former |now )?$")
_OFFICE_AFTER_COUNTRY = patterns.compile(
    r"['’]s (?:(?:permanent|deputy|former|top|chief|foreign|senior|then) ){0,2}"
    r"(?:ambassador|envoy|representative|delegate|diplomat|minister|negotiator)\b"
)


def _serves_person_before(text: str, person: Mention, country: Mention) -> bool:
    return (
        person.candidate is not None
        and person.candidate.kind is Kind.PERSON
        and _APPOSITION_OPEN.search(text, person.end, country.start) is not None
        and _OFFICE_AFTER_COUNTRY.match(text, country.end) is not None
    )


# "The X Party (XP) lawmaker": a party's member, one person, after "the"
_MEMBER_AFTER_PARTY = patterns.compile(
    r"\s+(?:lawmaker|legislator|parliamentarian|politician|MP|senator|congress(?:man|woman))\b"
)
_THE_BEFORE = patterns.compile(r"(?:^|\s)[Tt]he\s+$")


# "The X Association (XA) secretary-general", "the Y Federation president": a body's officer,
# one person (named before), after a body's name
_OFFICER_AFTER_BODY = patterns.compile(
    r"\s+(?:secretary-general|general\s+secretary|president|vice-president|chairman|"
    r"chairwoman|chair|chief|head|director|director-general|boss|treasurer)\b"
)
_BODY_NAME = patterns.compile(
    r"\b(?:Association|Federation|Confederation|Union|Committee|Council|League|Society)\b"
)


def _party_member(text: str, mention: Mention) -> bool:
    """Whether a party's name only describes one of its members: "The X Party legislator",
    or a body's name one of its officers: "The X Association secretary-general"."""
    candidate = mention.candidate
    if candidate is None:
        return False
    if candidate.kind is Kind.PARTY:
        described = _MEMBER_AFTER_PARTY.match(text, mention.end) or _OFFICER_AFTER_BODY.match(
            text, mention.end
        )
    elif candidate.kind is Kind.OTHER and _BODY_NAME.search(candidate.name):
        described = _OFFICER_AFTER_BODY.match(text, mention.end)
    else:
        return False
    return described is not None and (
        text.startswith(("The ", "the "), mention.start)
        or _THE_BEFORE.search(text, max(0, mention.start - 5), mention.start) is not None
    )


# "by beating former Botswana envoy to the US with 729 votes": a country between "former" and
# an office with no name after names whom the words describe (the one beaten), never a
# contestant of its own
_FORMER_BEFORE = patterns.compile(r"\b[Ff]ormer $")
_OFFICE_NO_NAME_AFTER = patterns.compile(
    r" (?i:ambassador|envoy|diplomat|minister|president|vice-president|premier|governor|"
    r"representative|delegate|official)\b(?! [A-Z])"
)


def _former_office_of_country(text: str, mention: Mention) -> bool:
    return (
        mention.candidate is not None
        and mention.candidate.kind is Kind.COUNTRY
        and _FORMER_BEFORE.search(text, max(0, mention.start - 7), mention.start) is not None
        and _OFFICE_NO_NAME_AFTER.match(text, mention.end) is not None
    )


def drop_affiliations(
    text: str, mentions: list[Mention], affiliations: dict[str, str]
) -> list[Mention]:
    """A country in brackets right after a person is the person's country, not a candidate:
    "Gilberto Gerra (Italy), 34". Each person's country goes into `affiliations`."""
    possessive = "'s " in text or "’s " in text
    if possessive:
        mentions = _drop_countries_owning_office(text, mentions, affiliations)
    kept: list[Mention] = []
    former = "ormer " in text
    for index, mention in enumerate(mentions):
        if former and _former_office_of_country(text, mention):
            continue  # "beating former Botswana envoy to the US with 729": whom, not who
        if _party_member(text, mention):
            continue  # "The X Party (XP) legislator secured 134 votes": a person, named before
        if index and _party_short_name(text, mentions[index - 1], mention):
            continue  # "leader of Y Party (Free, left), leads with 9,021": Y's own short name
        if possessive and kept and _relation_of_person(text, kept[-1], mention):
            # "81,389 votes for Y's running mate, Z": Z's count; Y goes into Z's token, so
            # the rules read "for <C>" as they do without it
            kept[-1] = replace(mention, start=kept[-1].start)
            continue
        previous = kept[-1] if kept else None
        if (
            possessive
            and _party_of_person(text, previous, mention)
            and not _owner_within_affiliation(text, kept, mention)
        ):
            # "22.4% for President X's LREM": the party is the contestant, its owner goes
            # into its token, so the rules read "for <C>" as they do without it (not "Z of
            # President X's Y party", where the party is Z's, read below)
            _note_affiliation(affiliations, previous.candidate, mention.candidate)
            kept[-1] = replace(mention, start=previous.start)
            continue
        if (
            (  # "Qatar's former Culture Minister Hamad ...": the country is the person's;
                # so is a party ("for Green Party leader Tom Hale": Hale's count)
                previous
                and previous.candidate
                and previous.candidate.kind in (Kind.COUNTRY, Kind.PARTY)
                and mention.candidate
                and mention.candidate.kind is Kind.PERSON
                and (
                    _OWNER.fullmatch(text[previous.end : mention.start])
                    or _titled_after_country(text, previous, mention)
                    or _party_acronym_before(text, previous, mention)
                )
            )
            or _office_of_country(text, previous, mention)
            or _owner_of_person(text, previous, mention)
            or _side_before_past_office(text, previous, mention)
        ):
            _note_affiliation(affiliations, mention.candidate, previous.candidate)
            if _POSSESSIVE_GAP.fullmatch(text, previous.end, mention.start):
                # "a 104-102 vote over Qatar's Y": the owner goes into Y's token, so the
                # rules read "over <C>" as they do without it
                mention = replace(mention, start=previous.start)
            kept[-1] = mention
            continue
        if (
            previous
            and previous.candidate
            and mention.candidate
            and (
                (
                    (
                        mention.candidate.kind in (Kind.COUNTRY, Kind.PARTY)
                        or _party_acronym_of(text, previous, mention)
                        or _side_with_acronym_of(text, previous, mention)
                    )
                    and _affiliated(text, previous, mention)
                )
                or _side_in_brackets(text, previous, mention)  # (its own test of the gap)
                or _acronym_column_of(text, previous, mention)
                or _acronym_apposed_of(text, previous, mention)
                or _end_of_party_name(text, previous, mention)
            )
        ):
            _note_affiliation(affiliations, previous.candidate, mention.candidate)
            continue
        if _leader_of_side(text, previous, mention):
            _note_affiliation(affiliations, mention.candidate, previous.candidate)
            continue  # "the X coalition led by Y came second with 12.96%": X's share
        # the checks of what follows a person, asked only after one (the cheap test once)
        after_person = (
            previous is not None
            and previous.candidate is not None
            and previous.candidate.kind is Kind.PERSON
        )
        if after_person and _MEMBER_FOR.fullmatch(text, previous.end, mention.start):
            continue  # "Mr X, MP, Assin Central, garnered": the seat X holds
        if after_person and _ELECTED_HEAD_OF.fullmatch(text, previous.end, mention.start):
            continue  # "X has been elected leader of the Y Party, defeating Z": Y is led
        if _office_place_of_pronoun(text, mention):
            continue  # "He was elected as the 9th President of Y with 39 votes": Y is led
        if after_person and _PATRON_GAP.fullmatch(text, previous.end, mention.start):
            continue  # "X, the hand-picked candidate of President Y, was third with": X's
        if (
            after_person
            and _BACKERS_GAP.fullmatch(text, previous.end, mention.start)
            and _ASIDE_CLOSES.match(text, mention.end)
        ):
            _note_affiliation(affiliations, previous.candidate, mention.candidate)
            continue  # "X, candidate of the Y party and blocs from the Z, led with 153": X's
        if after_person and _side_of_role(text, previous, mention):
            continue  # "X, the People First Party candidate, and his running mate got": X's
        if after_person and _FROM_GAP.fullmatch(text, previous.end, mention.start):
            _note_affiliation(affiliations, previous.candidate, mention.candidate)
            continue  # "X from Fuerza Popular with 13.3%", "X from Texas won": X's side or home
        if after_person and _ROLE_FROM_GAP.fullmatch(text, previous.end, mention.start):
            _note_affiliation(affiliations, previous.candidate, mention.candidate)
            continue  # "X, a congressman from Ohio who garnered 200 votes": X's home
        if after_person and _seat_of_person(text, previous, mention):
            continue  # "Senator X of Kaduna North polled", "X (Clare County) received"
        if after_person and _side_led_in_aside(text, previous, mention):
            _note_affiliation(affiliations, previous.candidate, mention.candidate)
            continue  # "X, former minister, Civil Position party leader, with 6.9%"
        if after_person and _side_with_home(text, previous, mention):
            _note_affiliation(affiliations, previous.candidate, mention.candidate)
            continue  # "X, European Green Party (German) whose vote was backed by 125": X's
        if after_person and _side_before_count(text, previous, mention):
            _note_affiliation(affiliations, previous.candidate, mention.candidate)
            continue  # "X, Labour, 2,001 votes", "X, Ghana, 80"
        if _owner_within_affiliation(text, kept, mention):
            _note_affiliation(affiliations, kept[-2].candidate, mention.candidate)
            kept.pop()  # the party's owner is no contestant either
            continue
        if _place_within_affiliation(text, kept, mention):
            _note_affiliation(affiliations, kept[-2].candidate, mention.candidate)
            kept.pop()  # the place named on the way is no contestant either
            continue
        kept.append(mention)
    return kept


def _party_acronym_before(text: str, side: Mention, person: Mention) -> bool:
    """Whether a party named with its acronym runs straight into a person's name: "the
    candidate of the All Progressives Congress (APC) Tajudeen Abbas polled": the person's
    side (no list runs two names on without a comma)."""
    return (
        side.candidate is not None
        and side.candidate.kind is Kind.PARTY
        and text.endswith(")", 0, side.end)
        and text[side.end : person.start] == " "
    )


def _party_acronym_of(text: str, person: Mention, mention: Mention) -> bool:
    """Whether an acronym after "of (the)" is a person's party: "X of the PDP and Y of the
    APGA scored 80,191 and 52,189 votes respectively", "X of MDR polled 127,666 votes" (an
    acronym alone reads as no party)."""
    name = mention.candidate.name if mention.candidate else ""
    return (
        2 <= len(name) <= 6
        and name.isupper()
        and name.isalpha()
        and person.candidate is not None
        and person.candidate.kind is Kind.PERSON
        and _OF_THE.fullmatch(text, person.end, mention.start) is not None
    )


def _side_with_acronym_of(text: str, person: Mention, mention: Mention) -> bool:
    """Whether a name after "of the" with an acronym in brackets is a person's party, though
    it reads as a name and the acronym is of another language's order: "X of the recently
    formed Democratic Center (CD) received 29 percent"."""
    return (
        person.candidate is not None
        and person.candidate.kind is Kind.PERSON
        and text.startswith(" (", mention.end)
        and _ACRONYM_BRACKET.match(text, mention.end) is not None
        and _OF_THE_SIDE.fullmatch(text, person.end, mention.start) is not None
    )


def _acronym_column_of(text: str, person: Mention, mention: Mention) -> bool:
    """Whether an acronym between a person and a colon is the person's party, a results
    line's columns: "X, NDC: 5,574,761 votes" (the count X's, not the party's)."""
    name = mention.candidate.name if mention.candidate else ""
    return (
        text.startswith(":", mention.end)
        and _acronym_after_person(person, name)
        and text[person.end : mention.start] == ", "
    )


def _acronym_apposed_of(text: str, person: Mention, mention: Mention) -> bool:
    """Whether an acronym between commas repeats the party spelled out after a person's
    "of the": "X of the United Democratic Congress, UDC, got 48,210 votes", as Nigerian
    reporting writes it (the count X's, as with "(UDC)"; the acronym alone reads as a name,
    or as a country's: "PRC")."""
    name = text[mention.start : mention.end]
    return (
        text.startswith(",", mention.end)
        and _acronym_after_person(person, name)
        and _SPELLED_PARTY_GAP.fullmatch(text, person.end, mention.start) is not None
    )


def _acronym_after_person(person: Mention, name: str) -> bool:
    """Whether `name` may be a party's acronym (two to six capitals) and `person` a person."""
    return (
        2 <= len(name) <= 6
        and name.isupper()
        and person.candidate is not None
        and person.candidate.kind is Kind.PERSON
    )


# ", of the Peoples Democratic Party, ": a party's capitalised name after a person, ending
# in a comma before the acronym
_SPELLED_PARTY_GAP = patterns.compile(
    rf",?\s+of\s+the\s+{_PARTY_SIDE}(?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|the)\s+){{0,2}}){{0,6}}"
    r"[A-Z][\w'’-]*,\s+"
)
_ACRONYM_BRACKET = patterns.compile(r" \([A-Z]{2,6}\)")
_OF_THE_SIDE = patterns.compile(rf",?\s+of\s+the\s+{_PARTY_SIDE}", re.I)


def _leader_of_side(text: str, side: Mention | None, mention: Mention) -> bool:
    """Whether a person is named as the leader of the party or coalition just before: "the
    Victory coalition led by Y came second", "the Party Z headed by Y took 3.77%" (the side
    is the contestant, its leader no other)."""
    return bool(
        side
        and side.candidate
        and side.candidate.kind in (Kind.PARTY, Kind.OTHER)
        and mention.candidate
        and mention.candidate.kind is Kind.PERSON
        and text.startswith((" ", ", "), side.end)  # (the cheap test first)
        # an aside opened by a comma is one only closed by one: "X, led by Y, won 26.1%"
        # (unclosed, "the NDC, led by Y had 6,214,889", Y's is the count: his race)
        and (text[side.end] == " " or text.startswith(",", mention.end))
        and _LED_BY.fullmatch(text, side.end, mention.start)
        and not _OWN_SEAT_AFTER.match(text, mention.end)
    ) or bool(
        side
        and side.candidate
        and side.candidate.kind is not Kind.COUNTRY
        and mention.candidate
        and mention.candidate.kind is Kind.PERSON
        and text.startswith(" of ", side.end)
        and _OF_LEADER.fullmatch(text, side.end, mention.start)
    )


# (its leader described first: "led by its former leader Y", "led by former Chief of Staff Y",
# whose name may carry the title's last word)
_LED_BY = patterns.compile(
    r",?\s+(?:led|headed|chaired|fronted)\s+by\s+(?:(?:its|the)\s+)?"
    r"(?:[a-z-]+\s+){0,2}(?:[A-Z][a-z]+\s+of\s+)?"
)
# the leader's own race told in the aside after him: "led by Y, who won her seat with 412
# votes" (Y's count, not the party's)
_OWN_SEAT_AFTER = patterns.compile(
    r",\s+who\s+[^,;.]{0,60}?\b(?:his|her|their)\s+(?:own\s+)?(?:seat|district|constituency|"
    r"riding|electorate|ward)\b"
)
# a party "of" its leader by title, the reverse of "X of the Y Party": "Inuit Ataqatigiit of
# incumbent X took 34.4 per cent", "Fidesz of Prime Minister X won 52%" (a party's foreign
# name may read as a person's, so any side but a country)
_OF_LEADER = patterns.compile(
    r"\s+of\s+(?:(?:the\s+)?(?:incumbent|outgoing|premier|prime\s+minister|party\s+leader)\s+)+"
)


def _end_of_party_name(text: str, person: Mention, mention: Mention) -> bool:
    """Whether a name is the last words of the party a person is "of": "X of the People's
    Alliance for Change who managed 56" (read alone, "Change" took X's count)."""
    if person.candidate is None or person.candidate.kind is not Kind.PERSON:
        return False
    if mention.candidate is None:
        return False
    if mention.candidate.kind is not Kind.PERSON:
        return _PARTY_NAME_OPENING.fullmatch(text, person.end, mention.start) is not None
    if _OF_THE_GAP.fullmatch(text, person.end, mention.start):
        return True  # "X of the New Georgia and": no person's name takes "the"
    return (
        _PARTY_NAME_JOINED.fullmatch(text, person.end, mention.start) is not None
        and _OWN_SIDE_AFTER.match(text, mention.end) is None
    )


# "of the People's Alliance for", "from the Movement for the": a party's name up to the
# word before its last name; "of the Democratic Party / ", "of the Y Movement – ": a name
# joined by a slash or a dash to its own name in the party's language or to its second part
_PARTY_NAME_OPENING = patterns.compile(
    r"\s+(?:of|from)\s+the\s+(?:[A-Z][\w’'-]*\s+){1,4}(?:for|of|and)\s+(?:the\s+)?"
    r"|\s+(?:of|from)\s+the\s+(?:[A-Z][\w’'-]*\s+){1,4}[/–—]\s*"
)

# "of the Democratic Party / ", "of the Y Movement – ": a party's name in English, then its
# own after a slash, or its second part after a dash (either reads as a person's: two
# capitalised words)
_PARTY_NAME_JOINED = patterns.compile(
    r"\s+(?:of|from)\s+the\s+(?:[A-Z][\w’'-]*\s+){1,4}(?:/\s*|[–—]\s+)"
)

_OF_THE_GAP = patterns.compile(r"\s+(?:of|from)\s+the\s+")

# "X of the Y Party – Z of the W Party": after a dash, a person with a side of their own
_OWN_SIDE_AFTER = patterns.compile(r"\s+(?:of|from)\s+the\s|\s*\(")


def _relation_of_person(text: str, owner: Mention, person: Mention) -> bool:
    """Whether a person is named in apposition to a relation of someone before: "Y's running
    mate, Z", "Y's wife, Z" (Z the one counted; Y only says who Z is)."""
    return (
        owner.candidate is not None
        and owner.candidate.kind in (Kind.PERSON, Kind.OTHER)  # (a surname alone: OTHER)
        and person.candidate is not None
        and person.candidate.kind is Kind.PERSON
        and " " in person.candidate.name
        and _RELATION_GAP.fullmatch(text, owner.end, person.start) is not None
    )


# "'s running mate, ", "'s former ally, ", "'s younger brother, ": a relation, then a comma
_RELATION_GAP = patterns.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:running[- ]mate|ally|protégé|protege|successor|"
    r"predecessor|deputy|wife|husband|son|daughter|brother|sister|father|mother|nephew|niece|"
    r"cousin|son-in-law|aide|spokes(?:man|woman|person)|chief\s+of\s+staff|(?:vice[- ])?mayor)"
    r",\s+",
    re.I,
)


def _party_short_name(text: str, party: Mention, mention: Mention) -> bool:
    """Whether a name in brackets right after a party is its short name, alone or with its
    place on the spectrum: "the Y Party (Libre)", "Y Party (Free, left)" (not a contestant)."""
    return (
        party.candidate is not None
        and party.candidate.kind is Kind.PARTY
        and mention.candidate is not None
        and mention.candidate.kind in (Kind.PARTY, Kind.OTHER)
        and _OPEN_BRACKET_GAP.fullmatch(text, party.end, mention.start) is not None
        and _SHORT_NAME_CLOSE.match(text, mention.end) is not None
    )


_OPEN_BRACKET_GAP = patterns.compile(r"\s*\(\s*")

# ")" or ", left)", ", centre-right)", ", far right)": the end of a party's short name
_SHORT_NAME_CLOSE = patterns.compile(
    r"\s*\)|,\s*(?:(?:far|centre|center|hard|extreme)[- ])?(?:left|right|centre|center|"
    r"centrist|left-wing|right-wing|liberal|conservative|socialist|green|nationalist|populist)"
    r"\s*\)",
    re.I,
)


def _side_in_brackets(text: str, person: Mention, mention: Mention) -> bool:
    """Whether a name in brackets right after a person is their side: "Gabriel Boric
    (Apruebo Dignidad), who collects 24.44%", "X (from the Patriotic Bloc coalition) with
    4.42%" (a coalition's name reads as no party, or as a person's: two capitalised words)."""
    if person.candidate is None or mention.candidate is None:
        return False
    if mention.candidate.kind not in (Kind.OTHER, Kind.PERSON, Kind.PARTY):
        return False
    opening = _OPEN_BRACKET.fullmatch(text, person.end, mention.start)
    if opening is None or _CLOSE_BRACKET.match(text, mention.end) is None:
        return False
    # a surname alone reads as a name of another kind: a described side makes it a person's
    return person.candidate.kind is Kind.PERSON or (
        person.candidate.kind is Kind.OTHER and _SIDE_WORD.search(opening.group()) is not None
    )


# (words the name's reading left out may open the side: "X (Peru Libre)", "X (from the
# United for the Victory coalition)", "X (under the Y coalition)")
# (or the side's name in English before its own in brackets: "X of Popular Renewal
# (Renovación Popular) had 11.7%"; its short name after its full one: "X (Juntos por el
# Cambio, JxC)", the full name's last words read as a name too)
_OPEN_BRACKET = patterns.compile(
    r"\s*\((?:[A-Za-z][\w'’-]*\s+){0,5}(?:[A-Za-z][\w'’-]*,\s+)?"
    r"|\s+(?:of|from)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}(?:(?i:party|coalition)\s+)?\("
)
_SIDE_WORD = patterns.compile(r"\b(?:from|under|of|for)\b")
# (or with the side's initials after a dash or comma: "(Linyon Demokratik - LD)", and a
# full name with its short one: "(Juntos por el Cambio, JxC)")
_CLOSE_BRACKET = patterns.compile(
    r"(?:\s+(?:coalition|party|alliance|bloc|list|movement))?"
    r"(?:\s*[-–—]{1,2}\s*[A-Z][A-Za-z]{1,7}|,\s*[\w'’&-]{1,12})?\)"
)
_OF_THE = patterns.compile(r"\s+(?:of|from)\s+(?:the\s+)?")


def _seat_of_person(text: str, person: Mention | None, mention: Mention) -> bool:
    """Whether a name after a person is the seat, county or town they hold or come from:
    "X of Kaduna North", "X (Clare County)", "X, Lagos Central,", "X, of Tupelo, Miss.,"
    (a place's name reads as a person's, and would take the person's count)."""
    if not (
        person
        and person.candidate
        and person.candidate.kind is Kind.PERSON
        and mention.candidate
        and mention.candidate.kind is not Kind.COUNTRY
    ):
        return False
    if text.startswith(",", mention.end) and _HOME_GAP.fullmatch(text, person.end, mention.start):
        return mention.candidate.kind is Kind.OTHER  # "Bishop X, of York, 40"
    return (
        mention.candidate.name.rsplit(None, 1)[-1] in SEAT_WORDS
        and " " in mention.candidate.name
        and _SEAT_GAP.fullmatch(text, person.end, mention.start) is not None
    )


def _side_before_count(text: str, person: Mention, mention: Mention) -> bool:
    """Whether a party, label or country set off by commas between a person and a count is
    the person's side: "Jane Doe, Labour, 2,001 votes", "X, Independent, 4,512", "X, Ghana, 80",
    "X, JLP (5,726)" (a party's short name reads as no party, and would take the count)."""
    return bool(
        person.candidate
        and person.candidate.kind is Kind.PERSON
        and mention.candidate
        and mention.candidate.kind is not Kind.PERSON
        and text.startswith(",", person.end)  # what the gap opens on, tested cheaply first
        and _APPOSITIVE_GAP.fullmatch(text, person.end, mention.start)
        and _COUNT_NEXT.match(text, mention.end)
    )


def _side_with_home(text: str, person: Mention, mention: Mention) -> bool:
    """Whether a side set off after a person has the person's home in brackets after it: "X,
    European Green Party (German)", a list of candidates each with group and nationality."""
    return bool(
        mention.candidate
        and mention.candidate.kind is not Kind.PERSON
        and text.startswith(", ", person.end)  # (the cheap test first)
        and mention.start == person.end + 2
        and _HOME_IN_BRACKETS.match(text, mention.end)
    )


# "(German)", "(Czech Republic)": a nationality or country, nothing else in the brackets
_HOME_IN_BRACKETS = patterns.compile(r" \([A-Z][a-z]+(?: [A-Z][a-z]+)?\)")


def _side_led_in_aside(text: str, person: Mention, mention: Mention) -> bool:
    """Whether a party is named in an aside after a person as the one the person leads or
    belongs to: "X, former minister, Civil Position party leader, with 6.91%" (the party's
    name would take the person's count)."""
    if mention.candidate is None or not text.startswith(",", person.end):
        return False  # (the cheap test first)
    if mention.candidate.kind in (Kind.PARTY, Kind.OTHER) and (
        _PARTY_ROLE_AFTER.match(text, mention.end)
        and _ASIDE_BEFORE.fullmatch(text, person.end, mention.start)
    ):
        return True
    # "X, leader of the parliamentary faction Y with 14.3%": the role before the side (a
    # side's name that reads as a person's only after a word for a side: "the bloc Nova Zora")
    role = _ROLE_OF_SIDE_BEFORE.fullmatch(text, person.end, mention.start)
    return role is not None and (
        mention.candidate.kind in (Kind.PARTY, Kind.OTHER) or role.group(1) is not None
    )


# "... party leader,": the role the party's name describes, the aside closing after it
_PARTY_ROLE_AFTER = patterns.compile(
    r"(?:\s+party)?\s+(?:leader|chairman|chairwoman|chair|founder|member|nominee|candidate)"
    r"\s*[,;)]"
)
_ASIDE_BEFORE = patterns.compile(r",\s+(?:[^,;()<>]{1,60},\s+)?(?:the\s+)?")
_ROLE_OF_SIDE_BEFORE = patterns.compile(
    r",\s+(?:the\s+|a\s+)?(?:leader|head|chairman|chairwoman|chair|founder|member|nominee|"
    r"candidate)(?:\s+of\s+parliament)?\s+(?:of|from)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?"
    r"((?:party|faction|bloc|coalition|alliance|movement|list)\s+)?"
)


_COUNT_NEXT = patterns.compile(r",\s+(?:with\s+|on\s+)?\d|\s*\(\d")


# The last word of a constituency's, a county's or a district's name
SEAT_WORDS = frozenset(
    "North South East West Central County District Constituency Division Ward Province "
    "Borough Riding".split()
)
# "X, of York,", "X, the backroom operator from Bihar,": where the person comes from
_HOME_GAP = patterns.compile(r",\s+(?:(?:the|a|an)\s+(?:[a-z-]+\s+){1,4}?)?(?:of|from)\s+")
_SEAT_GAP = patterns.compile(r"\s+(?:of|from)\s+(?:the\s+)?|\s*\(\s*|,\s+")


def drop_city_regions(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Calgary, Alberta, ... defeating Y 48-31", "Mayor X of Austin, Texas, got 61%": the
    state or province set off by commas after a town is where the town lies, never a
    contestant of its own (unless the word before is a state or country: a list of them)."""
    kept: list[Mention] = []
    for mention in mentions:
        town = _TOWN_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        if (
            town
            and mention.candidate
            and mention.candidate.name in REGIONS
            and town.group(1) not in REGIONS
            and countries.lookup(town.group(1)) is None
            and _APPOSITIVE_END.match(text, mention.end)
        ):
            continue
        kept.append(mention)
    return kept


# The town before a state set off by commas: "Calgary, Alberta,"
_TOWN_BEFORE = patterns.compile(r"\b([A-Z][\w'’.-]*),\s*$")


# US states, Canadian provinces, Australian states, European regions, South African provinces
# and Indian states, none also a city that bids to host
# (not "New York", "Quebec", "Victoria"), nor a surname ("Washington"); "Georgia" reads as
# the country
REGIONS = frozenset(
    """Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|
    Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|
    Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|Ohio|Oklahoma|Oregon|Pennsylvania|
    Tennessee|Texas|Utah|Vermont|Wisconsin|Wyoming|New Hampshire|New Jersey|New Mexico|
    North Carolina|North Dakota|South Carolina|South Dakota|West Virginia|Rhode Island|Alberta|
    Ontario|Manitoba|Saskatchewan|British Columbia|Nova Scotia|New Brunswick|Queensland|
    Tasmania|New South Wales|Western Australia|South Australia|Bavaria|Catalonia|Andalusia|
    Lombardy|Tuscany|Sicily|Sardinia|Flanders|Wallonia|Saxony|Thuringia|Hesse|Brandenburg|
    Lower Saxony|Saxony-Anhalt|Schleswig-Holstein|Baden-Württemberg|North Rhine-Westphalia|
    Rhineland-Palatinate|Eastern Cape|Western Cape|Northern Cape|KwaZulu-Natal|Gauteng|
    Limpopo|Mpumalanga|Uttar Pradesh|Madhya Pradesh|Maharashtra|Tamil Nadu|West Bengal|
    Rajasthan|Karnataka""".replace("\n    ", "").split("|")
)


def _owner_of_person(text: str, previous: Mention | None, mention: Mention) -> bool:
    """ "to National's Mark Osborne on 11,347": one word owning a person by their full name
    is the person's party or side, whatever kind its word reads as."""
    return (
        previous is not None
        and previous.candidate is not None
        and " " not in previous.candidate.name
        and mention.candidate is not None
        and mention.candidate.kind is Kind.PERSON
        and " " in mention.candidate.name
        and _POSSESSIVE_GAP.fullmatch(text, previous.end, mention.start) is not None
    )


def _party_of_person(text: str, owner: Mention | None, mention: Mention) -> bool:
    """ "President X's LREM", "Chancellor X's CDU": a party (or its acronym) owned by the
    person named just before is that person's party, and the party the contestant."""
    return (
        owner is not None
        and owner.candidate is not None
        and owner.candidate.kind is Kind.PERSON
        and mention.candidate is not None
        and (
            mention.candidate.kind is Kind.PARTY
            or (mention.candidate.name.isupper() and 2 <= len(mention.candidate.name) <= 6)
        )
        and _POSSESSIVE_GAP.fullmatch(text, owner.end, mention.start) is not None
    )


# "X of former President Y's Z party": a person's party named by whose it is
_OWNER_OF = patterns.compile(
    r",?\s+(?:of|from)\s+(?:the\s+)?(?:(?:former|late|current|outgoing|ex-)\s*)?", re.I
)


def _owner_within_affiliation(text: str, kept: list[Mention], mention: Mention) -> bool:
    """ "X of former President Y's Z party, received 12%": the party is X's, and Y, whose
    party it is, no contestant either."""
    if len(kept) < 2 or mention.candidate is None or mention.candidate.kind is not Kind.PARTY:
        return False
    person, owner = kept[-2], kept[-1]
    return (
        person.candidate is not None
        and person.candidate.kind is Kind.PERSON
        and owner.candidate is not None
        and owner.candidate.kind is Kind.PERSON
        and _POSSESSIVE_GAP.fullmatch(text, owner.end, mention.start) is not None
        and _OWNER_OF.fullmatch(text, person.end, owner.start) is not None
    )


def _place_within_affiliation(text: str, kept: list[Mention], mention: Mention) -> bool:
    """ "X, the candidate from the Jeju province of South Korea": a place named between a
    person and the country the description gives the person is neither a contestant (any
    kind of name: "Hong Kong" reads as a person's)."""
    if len(kept) < 2 or mention.candidate is None or mention.candidate.kind is not Kind.COUNTRY:
        return False
    person, place = kept[-2], kept[-1]
    return (
        person.candidate is not None
        and person.candidate.kind is Kind.PERSON
        and place.candidate is not None
        and _is_affiliation(text[person.end : mention.start])
    )


_PAST_OFFICE_WORDS = frozenset(("former", "Former", "ex-", "outgoing", "then"))


def _side_before_past_office(text: str, side: Mention | None, person: Mention) -> bool:
    """ "Labour former Foreign Secretary Y": one capitalised word before "former" and a
    titled person is the person's side, whatever it was read as."""
    return (
        side is not None
        and side.candidate is not None
        and side.candidate.kind is Kind.OTHER
        and " " not in side.candidate.name
        and person.candidate is not None
        and person.candidate.kind is Kind.PERSON
        and text[side.end : person.start].strip() in _PAST_OFFICE_WORDS
        and _titled_after_country(text, side, person)
    )


def _titled_after_country(text: str, country: Mention, person: Mention) -> bool:
    """ "Maldives Foreign Minister Abdulla Shahid": an office right after a country, before
    the person's name, makes the country the person's."""
    if person.candidate is None:
        return False
    if names.described_person_at(text, country.end) == person.start:
        return True  # "Former France coach Ann Roy", "Kenya envoy Ann Roy"
    gap = text[country.end : person.start]
    # ("Labour former Foreign Secretary Y": a past office, the side still Y's)
    if not gap.isspace() and gap.strip() not in _PAST_OFFICE_WORDS:
        return False
    mentioned = text[person.start : person.end]
    title = mentioned[: max(0, mentioned.find(person.candidate.name.split()[0]))]
    return any(word.lower().rstrip(".") in names.ROLE_WORDS for word in title.split())


def _note_affiliation(
    affiliations: dict[str, str], person: Candidate | None, country: Candidate | None
) -> None:
    if person is not None and country is not None and country.code:
        affiliations.setdefault(person.key, country.code)


def _affiliated(text: str, name: Mention, country: Mention) -> bool:
    """Whether the country (or party) named after a person is theirs: "X of Serbia", "X from
    Togo (5 votes)", "X, the foreign minister of Fiji". After a one-word name, which may be
    a person's surname ("Dubois of France with 71 votes"), only "of" or "from" will do, or
    the country alone in brackets ("Gradin (Uruguay), 6 votes": a party or a city is seldom
    followed by its country so)."""
    assert name.candidate is not None
    gap = text[name.end : country.start]
    if gap.startswith(" (") and not gap.isascii():
        # "Y Si-kun (游錫堃) of the ruling Z": the name in its own script, as Taiwanese,
        # Japanese and Korean outlets give it, stands between the person and the side
        gap = _NATIVE_SCRIPT.sub("", gap, count=1)
    if name.candidate.kind is Kind.PERSON:
        return _is_affiliation(gap) or _country_column(text, gap, country)
    if name.candidate.kind is not Kind.OTHER:
        return False
    if _OF_OR_FROM.fullmatch(gap) is not None:
        return True
    return (
        country.candidate is not None
        and country.candidate.kind is Kind.COUNTRY
        and _COUNTRY_BRACKET_OPEN.fullmatch(gap) is not None
        and _COUNTRY_BRACKET_CLOSE.match(text, country.end) is not None
    )


# A results row "X, Germany: 49 votes", "X, Peru - 12": the country set off by the comma
# between the person and the count is the person's nationality, not a rival row
_ROW_COUNT_AFTER = patterns.compile(r"(?::|\s+[-–—])\s*\d")


def _country_column(text: str, gap: str, country: Mention) -> bool:
    return (
        gap == ", "
        and country.candidate is not None
        and country.candidate.kind is Kind.COUNTRY
        and _ROW_COUNT_AFTER.match(text, country.end) is not None
    )


_NATIVE_SCRIPT = patterns.compile(r"^ \([^\x00-\x7f()]{1,30}\)")
_OF_OR_FROM = patterns.compile(r"\s+(?:of|from)\s+")
_COUNTRY_BRACKET_OPEN = patterns.compile(r"\s*\(\s*")
_COUNTRY_BRACKET_CLOSE = patterns.compile(r"\s*\)")


def _is_affiliation(gap: str) -> bool:
    """Whether the words between a person and a country make the country the person's."""
    if _AFFILIATION.fullmatch(gap):
        return True
    office = _DESCRIBED_OFFICE.fullmatch(gap)
    if not office:
        return False
    word = office.group(1).lower()  # ("the former prosecutor-general of Rwanda": a compound)
    return word in names.ROLE_WORDS or ("-" in word and names.compound_role(word))


def _office_of_country(text: str, previous: Mention | None, mention: Mention) -> bool:
    """Whether a country or party stands between an office and the person holding it: "The
    Prime Minister of Fiji, Joeli Naqara", "candidate of opposition Nava Lanka Sandanaya, Ruwan
    Perera" (of any kind: a party's name may read as a person's)."""
    if not (
        previous
        and previous.candidate
        and mention.candidate
        and mention.candidate.kind is Kind.PERSON
        and (
            _APPOSITIVE_GAP.fullmatch(text, previous.end, mention.start)
            or _SECOND_OFFICE_GAP.fullmatch(text, previous.end, mention.start)
        )
    ):
        return False
    office = _OFFICE_OF.search(text, max(0, previous.start - _OFFICE_REACH), previous.start)
    if not office:
        return False
    word = office.group(1).lower()
    return word in names.ROLE_WORDS or word in _NOMINEE_WORDS


# "The nominee of the Green Party, X", "the standard-bearer of Y, X": words for the one a
# party puts up, which are no office elsewhere (so not among the role words)
_NOMINEE_WORDS = frozenset(
    "nominee nominees standard-bearer flag-bearer flagbearer hopeful pick choice".split()
)

_APPOSITIVE_GAP = patterns.compile(r",\s*")
# "X from Y": what a person is from is their party or home, never a rival
# (a party's own name, then its translation in brackets: "X from the Syla Lyudey [People
# Power] party with 7,595": the translation is X's side as the name would be)
_FROM_GAP = patterns.compile(r"\s+from\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*\s+){1,4}[\[(]\s*)?")
# "X, a congressman from Y", "X, the former mayor from Y": the aside's role in lower case,
# then where the person is from (their home or side, never a rival)
_ROLE_FROM_GAP = patterns.compile(r",\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){1,3}from\s+(?:the\s+)?")
# a second office of the same person before its name: "The mayor of Kyiv, chairperson of
# the Kyiv City State Administration X" (the words of the office in lower case first)
_SECOND_OFFICE_GAP = patterns.compile(
    r",\s+(?:the\s+)?(?:[a-z][\w-]*\s+){1,3}(?:of|for)\s+[^,;:()<>]{1,60}?\s+"
)
# "X, MP, Town", "X, MP for Town", "X, the MLA for Town": the seat the person holds
# "X has been elected leader of the", "X was chosen as the new head of": the body X now
# leads is the office, no contestant of its leadership race; so is the country or city of
# "X was elected President of Latvia with 52 votes", "X was re-elected Mayor of Lima"
_HEAD_OFFICES = (
    r"(?:vice[- ])?president|prime\s+minister|premier|mayor|governor|(?:deputy\s+)?speaker|"
    r"chancellor"
)
_ELECTED_HEAD_OF = patterns.compile(
    r"\s+(?:has\s+been|had\s+been|was|is)\s+(?:re-?)?(?:elected|chosen|named|voted\s+in)\s+"
    r"(?:as\s+)?(?:the\s+)?(?:new\s+)?"
    rf"(?:leader|head|chair|chairman|chairwoman|{_HEAD_OFFICES})\s+of\s+(?:the\s+)?",
    re.IGNORECASE,
)
# The same office with no person named before it ("He was elected as the 9th President of
# the Republic of Y with 39 votes"): the country or body is still only the office's place
_ELECTED_OFFICE_BEFORE = patterns.compile(
    r"\b(?:elected|chosen|named|voted\s+in)\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?"
    rf"(?:\w+(?:st|nd|rd|th)\s+)?(?:{_HEAD_OFFICES}|head\s+of\s+state)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _office_place_of_pronoun(text: str, mention: Mention) -> bool:
    """Whether `mention` is a country an office elected to just before it is of ("He was
    elected as the 9th President of Y"), a place rather than a contestant."""
    return (
        mention.candidate is not None
        and mention.candidate.kind is Kind.COUNTRY
        and "elected" in text
        and _ELECTED_OFFICE_BEFORE.search(text, max(0, mention.start - 80), mention.start)
        is not None
    )


# (the older dotted forms too: "X, M.P. for Town", "X, M.L.A. for Town"; and spelt out:
# "X, member for Town")
_MEMBER_FOR = patterns.compile(
    r",\s+(?:the\s+)?(?:(?:MP|M\.P\.|MLA|M\.L\.A\.|MNA|MPP|MSP|MHA|TD)(?:,\s+|\s+for\s+(?:the\s+)?)"
    r"|[Mm]ember\s+for\s+(?:the\s+)?)"
)
# "X, the hand-picked candidate of long-time President Y", "X, the son of former President
# Y", "X, candidate of the Y Party": the person after the relation word is X's patron or
# kin, described, not contesting
_PATRON_GAP = patterns.compile(
    r",\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?)?(?:candidate|choice|pick|prot[eé]g[eé]|ally|"
    r"successor|nominee|favou?rite|wife|husband|son|daughter|brother|sister|widow|nephew|niece|"
    r"aide)\s+(?:of|to)\s+(?:[a-z][\w-]*\s+){0,2}"
)

# "X, candidate from the Y Party (Z) and several blocs from the ": the sides backing a
# person, listed in an aside up to its closing comma, are X's (none a rival); an aside with
# a number in it has run on into a clause ("X, the candidate from Y won 24 votes and Z")
_BACKERS_GAP = patterns.compile(
    r",\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:candidate|nominee)\s+(?:of|from|for)\s+"
    r"[^,;:<>\n\d]{0,160}?\b(?:of|from|and|by)\s+(?:the\s+)?"
)
_ASIDE_CLOSES = patterns.compile(r"[^,;:\d\n]{0,80},")

# "X, the Green Party candidate,", "X, the KMT's nominee,": a side set off after a person,
# before the role it gives them
_SIDE_OF_ROLE_GAP = patterns.compile(r",\s+the\s+")
_ROLE_AFTER_SIDE = patterns.compile(
    r"(?:['’]s)?\s+(?:(?:presidential|party|joint|official|main)\s+)?(?:candidate|nominee|"
    r"standard[- ]bearer|contender|leader|chair(?:man|woman)?)\b"
)


def _side_of_role(text: str, person: Mention, mention: Mention) -> bool:
    return (
        mention.candidate is not None
        and mention.candidate.kind is not Kind.PERSON
        and _SIDE_OF_ROLE_GAP.fullmatch(text, person.end, mention.start) is not None
        and _ROLE_AFTER_SIDE.match(text, mention.end) is not None
    )


_APPOSITIVE_END = patterns.compile(r"\s*(?:,|\.|$)")


def drop_city_countries(text: str, mentions: list[Mention]) -> list[Mention]:
    """In a host-city vote, "Almaty, Kazakhstan," names a city and where it lies: the
    country set off by commas after a city is no candidate of its own."""
    kept: list[Mention] = []
    for mention in mentions:
        previous = kept[-1] if kept else None
        if (
            previous
            and previous.candidate
            and previous.candidate.kind is Kind.OTHER
            and mention.candidate
            and mention.candidate.kind is Kind.COUNTRY
            and _APPOSITIVE_GAP.fullmatch(text, previous.end, mention.start)
            and _CITY_COUNTRY_END.match(text, mention.end)
        ):
            kept[-1] = replace(previous, end=mention.end)  # one token, as the rules see one bid
            continue
        kept.append(mention)
    return kept


# after a city's country: a comma or stop, or the sentence going on without one ("Sochi,
# Russia trailed Y", "with Salzburg, Austria receiving 25 votes")
_CITY_COUNTRY_END = patterns.compile(r"\s*(?:,|\.|$)| (?=[a-z])")


_NOUN_AFTER_DEMONYM = patterns.compile(
    r"\s+(?:presidential|parliamentary|legislative|general|national|local|municipal|"
    r"regional|elections?|votes?|polls?|run-?offs?|government|president|prime|foreign|capital|"
    r"city|league|championship|team|"
    # a person described by nationality, not the country's bid: "the French delegate"
    r"delegates?|diplomats?|envoys?|ambassadors?|ministers?|lawmakers?|politicians?|"
    r"officials?|economists?|lawyers?|judges?|jurists?|nationals?|"
    # or the country's own chamber: "speaker of the Turkish Parliament with 335 votes"
    r"parliament|congress|senate|assembly|legislature|majlis|duma)\b"
    # or the person named right after it: "37 for the Chinese Zhang Wenjian"
    r"|\s+(?-i:[A-Z][\w'’-]+ [A-Z][\w'’-]+)",
    re.IGNORECASE,
)

_COUNT_AFTER_DEMONYM = patterns.compile(r"\s+\d")

# A demonym's bid named earlier in the sentence ("the Chilean candidacy")
_BID_NAMED_BEFORE = patterns.compile(
    r"\b[A-Z][\w'’-]+\s+(?:bid|candidacy|candidature|candidate|nominee|application)\b"
)

_COLLECTIVE = patterns.compile(r"(?:ch|sh|ese|ss)$")  # demonyms that name a whole people

_THE_BEFORE = patterns.compile(r"\b[Tt]he\s+$")

# ("a single write-in vote was cast for X": the write-in is X's vote all the same)
_SINGLE_VOTE = Gated(
    ("single vote", "lone vote", "single write-in", "lone write-in"),
    r"\b(?P<one>[Aa] (?:single|lone))(?: write-in)? vote\b",
    0,
)

# "Garnier had none": after a verb of getting, "none" is a count of zero; "won none of the
# regions" counts something else. So is "no" before "votes" ("Y and Z received no votes")
# (or "any" after a verb of getting denied: "Y and Z didn't have any votes")
_GOT_NONE = Gated(
    ("none", "no vote", "any vote"),
    r"\b(?:had|received|got|won|obtained|secured|polled|garnered|collected|gained|retained)"
    r"\s+(?:(?P<none>none)\b(?!\s+of\b)|(?P<no>(?-i:no))(?=\s+votes?\b(?!\s+(?:of|in|for)\b)))"
    r"|\b(?:did\s+not|didn[’']t|failed\s+to|could\s+not|couldn[’']t)\s+(?:have|get|receive|win|"
    r"obtain|secure|poll|garner)\s+(?P<any>any)(?=\s+votes?\b(?!\s+(?:of|in|for)\b))",
)


def with_single_votes(text: str, found: list[numbers.NumberMention]) -> list[numbers.NumberMention]:
    """ "Belize received a single vote": one vote, read as the number 1 on "a single";
    "Peru had none": no vote, read as the number 0 on "none"."""
    words = [
        numbers.NumberMention(m.start(), m.end("one"), m.group("one"), 1, False, True)
        for m in _SINGLE_VOTE.finditer(text)
    ]
    words += [
        numbers.NumberMention(m.start(word), m.end(word), m.group(word), 0, False, True)
        for m in _GOT_NONE.finditer(text)
        for word in ("none" if m.group("none") else "no" if m.group("no") else "any",)
    ]
    return sorted([*found, *words], key=lambda n: n.start) if words else found


_AND_GAP = patterns.compile(r",?\s+and\s+")

_COMMA_GAP = patterns.compile(r",\s*")

_TO_GAP = patterns.compile(r"\s*(?:[-–]|\s+to\s+)\s*")


def sharing_percent(text: str, found: list[numbers.NumberMention]) -> list[numbers.NumberMention]:
    """ "51.3 and 48.7 per cent", "40, 35 and 25 per cent": numbers listed before a
    percentage share its unit. A bare comma joins only inside such a list, since
    "88, 45.1%" is a count beside its share."""
    shared = list(found)
    for index in range(len(shared) - 2, -1, -1):  # right to left, along the list
        number, following = shared[index], shared[index + 1]
        if not following.percent or number.percent or number.value > 100:
            continue
        in_list = following is not found[index + 1]  # itself given the unit by a later one
        gap = _COMMA_GAP if in_list else _AND_GAP
        if (
            gap.fullmatch(text, number.end, following.start)
            or _AND_GAP.fullmatch(text, number.end, following.start)
            or _split_of_whole(text, number, following)
            or _parallel_share(text, number, following)
        ):
            shared[index] = replace(number, value=float(number.value), percent=True)
    if " of the " in text and any(n.percent for n in shared):
        shared = _decimals_of_the_votes(text, shared)
    if "-" in text and any(n.percent for n in shared):
        _splits_of_whole_beside_shares(text, shared)  # "Milan with 69-31, Trieste 74-26%"
    _share_decimals_after(text, shared, _LISTED_AFTER_SHARE)  # "58.2 per cent, Y 24.4"
    if " to " in text and ("'s " in text or "’s " in text):  # a rival's figure set against
        _share_decimals_after(text, shared, _TO_OWNER_GAP)  # "31.47 per cent ... to Hale's 24.6"
    return shared


# "with 70-30 in favour of X": a score of two whole numbers set apart by a dash, no unit
# after it ("70-30 votes" is a count)
_DASH_ONLY_GAP = patterns.compile(r"[-–]")
_UNIT_AFTER = patterns.compile(r"\s*(?:votes?|ballots?|seats?|%|per ?cent|percent)\b")
# "the board voted 60-40": a body's count, whatever it adds up to
_VOTED_BEFORE = patterns.compile(r"\bvot(?:ed|es?|ing)\s+(?:by\s+)?$", re.IGNORECASE)


def _splits_of_whole_beside_shares(text: str, shared: list[numbers.NumberMention]) -> None:
    """Make both figures of a bare "70-30" shares, in place, where they make up the whole
    and the sentence gives shares elsewhere: a place's split, as in "Genoa with 70-30 in
    favour of X" beside "Trieste (74-26%)", is no body's 100 votes."""
    for index in range(len(shared) - 1):
        number, following = shared[index], shared[index + 1]
        if (
            not number.percent
            and not following.percent
            and isinstance(number.value, int)
            and isinstance(following.value, int)
            and number.value + following.value == 100
            and _DASH_ONLY_GAP.fullmatch(text, number.end, following.start)
            and not _UNIT_AFTER.match(text, following.end)
            and not _VOTED_BEFORE.search(text, max(0, number.start - 20), number.start)
        ):
            shared[index] = replace(number, value=float(number.value), percent=True)
            shared[index + 1] = replace(following, value=float(following.value), percent=True)


def _share_decimals_after(
    text: str, shared: list[numbers.NumberMention], gap: re.Pattern[str]
) -> None:
    """Make a bare decimal a share, in place, where `gap` joins it to the share before it."""
    for index in range(1, len(shared)):
        number, before = shared[index], shared[index - 1]
        if (
            before.percent
            and _bare_decimal(number)
            and gap.fullmatch(text, before.end, number.start)
        ):
            shared[index] = replace(number, percent=True)


# "58.22 of the overall votes": a decimal of the votes, which no count can be
_OF_THE_VOTES = patterns.compile(r"\s+of\s+the\s+(?:[a-z]+\s+)?(?:votes?|ballots?)\b")


def _decimals_of_the_votes(
    text: str, found: list[numbers.NumberMention]
) -> list[numbers.NumberMention]:
    """ "X scored 40.53 % of the regional votes and 58.22 of the overall votes": a bare
    decimal "of the votes" in a sentence that gives shares is a share, its sign left out."""
    return [
        replace(n, percent=True) if _bare_decimal(n) and _OF_THE_VOTES.match(text, n.end) else n
        for n in found
    ]


# A share, then the next figure of the list or score with the unit left out: "58.2 per
# cent, Y 24.4 and Z 17.4", "by 59.4 per cent to 40.6" (a bare decimal, never a count)
_LISTED_AFTER_SHARE = patterns.compile(
    r"(?:(?:,|,?\s+and)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}|\s+to)\s+"
)
# A share, then the rival's figure set against it: "28.9% of the vote to Bell's 21.8"
_TO_OWNER_GAP = patterns.compile(
    r"(?:\s+of\s+the\s+(?:[a-z]+\s+)?(?:votes?|ballots?))?\s+to\s+"
    r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}['’]s\s+"
)


def _bare_decimal(number: numbers.NumberMention) -> bool:
    """A figure with a decimal point and no unit: no count of votes ("21.8", not "21")."""
    return not number.percent and not number.words and "." in number.text and number.value < 100


# "X with 59.4 and Y with 40.6 percent": the same shape twice, the unit said once
_PARALLEL_AND_GAP = patterns.compile(
    r"\s+and\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}\s+(?:with|on|at|had|got)\s+"
)


def _parallel_share(
    text: str, number: numbers.NumberMention, following: numbers.NumberMention
) -> bool:
    """Whether a figure is a share whose unit the next clause of the same shape states: a
    decimal, or two figures that make up the whole ("X with 60 and Y with 40 percent")."""
    if not (_bare_decimal(number) or 98 <= number.value + following.value <= 100):
        return False
    return _PARALLEL_AND_GAP.fullmatch(text, number.end, following.start) is not None


def _split_of_whole(
    text: str, number: numbers.NumberMention, following: numbers.NumberMention
) -> bool:
    """ "61 to 39 percent", "54-46 per cent": two shares that make up the whole (a range, "from
    2 to 5 percent", does not)."""
    if _TO_GAP.fullmatch(text, number.end, following.start) is None:
        return False
    return 98 <= number.value + following.value <= 100 or lead_shares(text, number.start)


# Where one clause ends and another, with its own source, begins
_CONTRAST = r"\b(?:while|whereas|but|although)\b"  # a clause with its own source follows

_CLAUSE_BREAK = patterns.compile(rf";|{_CONTRAST}")

_SOURCE_END = patterns.compile(rf"[,:()]|{_CLAUSE_BREAK.pattern}")

_ACCORDING_TO = patterns.compile(r"\baccording to\b", re.IGNORECASE)

# "in the polls" after a lead: opinion polls ("polls" alone may be the election itself, as
# in "won 52% in the polls", so only a lead or a trail says it), and the shares right after
# it ("X trails Y in the polls, 31% to 54%")
_POLL_SHARE = r"[\d.,]+ ?(?:%|per ?cent|percent)"
_LEAD_IN_POLLS = patterns.compile(
    r"\b(?:led|leads|leading|trailed|trails|trailing|ahead|behind)\b[^;]{0,80}?"
    r"\bin (?:the |most |recent |latest |opinion |all )*polls\b"
    rf"(?:,? (?:by )?{_POLL_SHARE}(?:(?: to |-){_POLL_SHARE})?)?",
    re.IGNORECASE,
)

# "X leads the polls with 41%", "is ahead in the latest polls on 38%": the figure the lead
# in the polls is told with (not "topped the poll with 52%", a count of votes cast)
_LEADS_THE_POLLS_WITH = patterns.compile(
    r"\b(?:leads?|leading|led|ahead|behind|trails?|trailing|trailed) (?:in )?"
    r"(?:the |most |recent |latest |opinion |all )+polls (?:with|on|at) "
    r"(?:about |around |some |nearly |almost |just )?[\d.,]+ ?(?:%|per ?cent|percent)",
    re.IGNORECASE,
)

# A poll named after its figures in their clause: "X took the lead at 38% in the latest poll"
# (never "in the poll" alone, which may be the election itself)
_IN_A_POLL = patterns.compile(
    r"\bin (?:the|a|an) (?:(?:latest|new|recent|newest|weekly|monthly|tracking|online|opinion) )"
    r"{1,3}polls?\b|"
    # a survey is never the vote itself: "polling 58% in a survey of party members"
    r"\bin (?:the|a|an) (?:[\w’'-]+ ){0,3}?surveys?\b|"
    r"\bamong (?:all )?likely voters\b",  # a poll's sample: "X leads Y 46% to 41% among ..."
    re.IGNORECASE,
)

# A poll named as the source after its figures: "X led Y 53% to 45%, a new Ipsos poll found"
# (the verb takes no object of its own: "a week after a poll found them level" is no source)
_POLL_FOUND = patterns.compile(
    r"[,—–]\s*(?:an?|the|one)\s+(?:(?!after\b|before\b|since\b|when\b)[\w/'’.-]+\s+){0,4}?"
    r"(?:polls?|surveys?)"
    # "..., the new survey published Monday shows"
    r"(?:\s+(?:published|released|conducted|carried out|taken)(?:\s+[\w-]+){0,3}?)?"
    r"\s+(?:found|finds|showed|shows|suggested|suggests|said|says)"
    r"(?=\s*(?:[.;,]|$)|\s+(?:on|in|last|this|earlier|published|released)\b)",
    re.IGNORECASE,
)


# A poll named before the figures of its clause: "In the latest poll, conducted in June, X
# had 41%" (not "In the poll on Sunday, X won 51%", the election itself)
_POLL_BEFORE = patterns.compile(
    r"\bin (?:the|a|an|its|their|his|her) (?:[\w’'-]+['’]s )?"
    r"(?:(?:(?:latest|new|recent|newest|weekly|monthly|tracking|online|opinion) ){1,3}polls?\b|"
    # "In the last poll, published in June": a poll put out, not a vote held
    r"(?:last|final|previous) polls?,? (?:(?:was|were) )?(?:published|released|commissioned|"
    r"conducted|carried out|taken)\b)",
    re.IGNORECASE,
)
# "In a new poll, held after the first was annulled": an election run again
_POLL_HELD = patterns.compile(
    r"\b(?:held|re-?run|repeated|annulled|turnout|ballots? cast|polling stations?)\b", re.IGNORECASE
)
# A sentence telling of an opinion poll ("A new poll was published on Monday."), and the
# next one's figures given by a pronoun for it ("It gives X 41% and Y 38%")
_POLL_TOLD = Gated(
    ("poll", "survey"),
    r"\b(?:opinion polls?|exit polls?|pollsters?|surveys?|(?:new|latest|recent|newest|weekly|"
    r"monthly|tracking|online) polls?|polls? (?:was |were |has been |have been )?(?:published|"
    r"released|commissioned|conducted by|carried out by))\b",
)
# A list's introduction telling of polls in other words: "two polls give X the lead",
# "voting intention", "a third polling company"
_POLLS_TOLD = Gated(
    ("poll", "intention"),
    r"\b(?:voting intentions?|polling (?:compan(?:y|ies)|firms?)|polls? (?:gives?|gave|shows?|"
    r"showed|puts?|put|has|had|finds|found)\b)",
)
# "Exit polls had it close, but the official results were:": the vote's own count
_RESULTS_TOLD = patterns.compile(
    r"\b(?:official|final|declared|certified|provisional|election) results?\b|"
    r"\b(?:counted|votes? cast|ballots? cast|were elected|won)\b",
    re.IGNORECASE,
)


def _poll_intro(intro: str) -> bool:
    """Whether a list's introduction tells of opinion polls and not of the vote's count."""
    told = _POLL_TOLD.search(intro) or _POLLS_TOLD.search(intro)
    return bool(told) and not _RESULTS_TOLD.search(intro)


# A sentence framed from its start as a projection's ("Based on the quick count conducted by
# Y, X collected 42%, while Z won 57%"): every clause's figure is the projection's, not the
# count's ("quick count": a sample of polling stations' results, the Indonesian and
# Philippine pollsters' forecast)
_POLL_FRAME_OPENING = patterns.compile(
    r"\W*(?:Based on|According to|Going by|Citing|Per) (?:the |a |an |its |their )?"
    r"(?:[\w-]+ ){0,2}(?:quick[- ]counts?|exit[- ]polls?|opinion polls?)\b(?![^,;]{0,40}\bofficial)"
)


# Polls named beside votes as parts of one result: "The results reflect both the votes of
# party members and public opinion polls, with X winning 61.7 percent" (a party leadership
# race that weighs the two): the figures after are the combined result's, no poll's
_POLLS_AS_PART = patterns.compile(
    r"\b(?:votes?|ballots?)\b[^.;]{0,50}? (?:and|plus|with) (?:the )?(?:public |general )?$"
)
_PART_ENDS = patterns.compile(r"\s*(?:[,;.)]|with\b|$)")  # (no poll's verb: "polls gave her")


POLL_PRONOUN = patterns.compile(
    r"\s*(?:It|This|That)(?: \w+ly| also)? (?:gives?|gave|puts?|put|shows?|showed|has|had|"
    r"finds|found|predicts?|predicted|suggests?|suggested|sees|saw)\b"
)


def without_poll_figures(
    text: str, mentions: list[Mention], before: str = "", intro: str = ""
) -> list[Mention]:
    """Numbers an opinion poll states are no tallies: those after its mention in the same
    clause ("an exit poll had given him 48%", "In the latest poll, X had 41%"), or in a
    sentence whose pronoun stands for the poll the sentence `before` told of ("It gives X
    41%"), in a list line under an `intro` telling of polls ("Two polls give X the lead in
    voting intention. The results are:"), before "according to" a poll ("X would take 45%,
    according to a survey", "..., a new poll found"), or in a lead "in the polls" ("X
    trailed Y 44% to 56% in the polls", "X leads the polls with 41%"). A result in another
    clause stands."""
    cues = [
        match.start()
        for match in _OPINION_POLL.finditer(text)
        if not (
            _POLLS_AS_PART.search(text, max(0, match.start() - 70), match.start())
            and _PART_ENDS.match(text, match.end())
        )
    ]
    if ("count" in text or "poll" in text) and _POLL_FRAME_OPENING.match(text):
        return [replace(m, kind="X") if m.kind != "X" else m for m in mentions]
    if intro and _poll_intro(intro):
        cues.append(0)
    if "poll" in text:
        cues += [
            match.start()
            for match in _POLL_BEFORE.finditer(text)
            if not _POLL_HELD.search(text, match.end(), match.end() + 60)
        ]
    if before and POLL_PRONOUN.match(text) and _POLL_TOLD.search(before):
        cues.append(0)
    leads = (
        [m.span() for m in _LEAD_IN_POLLS.finditer(text)]
        + [m.span() for m in _LEADS_THE_POLLS_WITH.finditer(text)]
        if "polls" in text
        else []
    )
    named_after = (
        [m.start() for m in _IN_A_POLL.finditer(text)]
        if "poll" in text or "likely" in text or "survey" in text
        else []
    )
    if not cues and not leads and not named_after:
        return mentions
    cited = [m for m in _ACCORDING_TO.finditer(text) if _polls_cited(text, m.end())]
    according = [m.start() for m in cited] + named_after
    carried = [span for m in cited if (span := _poll_carried_on(text, m.end()))]
    according += [m.start() for m in _POLL_FOUND.finditer(text)]

    def polled(mention: Mention) -> bool:
        after_cue = any(
            at < mention.start and not _CLAUSE_BREAK.search(text, at, mention.start) for at in cues
        )
        before_source = any(
            mention.end <= at and not _CLAUSE_BREAK.search(text, mention.end, at)
            for at in according
        )
        in_lead = any(
            start < mention.start and mention.end <= end for start, end in leads + carried
        )
        return after_cue or before_source or in_lead

    return [replace(m, kind="X") if m.kind != "X" and polled(m) else m for m in mentions]


# A Secretary-General straw poll's other columns: "two “discourage” and one “no opinion”"
# count members who withheld their support, and "one less “encourage” vote" a change,
# never a candidate's votes
_DISSENT_AFTER = patterns.compile(
    r"\s*(?:(?:more|fewer|less)\s+[\"“”'‘’]?\s*(?:en|dis)courag"
    r"|(?:votes?\s+(?:to|of|with)\s+)?[\"“”'‘’]?\s*(?:discourag|no opinion))",
    re.IGNORECASE,
)


def without_straw_poll_dissent(text: str, mentions: list[Mention]) -> list[Mention]:
    """Counts of "discourage" or "no opinion" votes, and changes of either, are no tallies."""
    if "courag" not in text and "opinion" not in text:
        return mentions
    return [
        replace(m, kind="X") if m.kind != "X" and _DISSENT_AFTER.match(text, m.end) else m
        for m in mentions
    ]


# A correction's account of the figures it withdraws: "An earlier version of this story said
# X won 141 votes; it won 144", "incorrectly reported that X received 98"
_MISREPORTED = patterns.compile(
    r"\b(?:(?:incorrectly|wrongly|mistakenly|erroneously) (?:said|stated|reported|gave|put)|"
    r"(?:earlier|previous) version of this (?:story|article|report)[^.;]{0,20}? "
    r"(?:said|stated|reported|gave|put))\b",
    re.IGNORECASE,
)


def without_misreported(text: str, mentions: list[Mention]) -> list[Mention]:
    """Numbers a correction says were wrong are no tallies, to the end of their clause."""
    if "ly " not in text and "version" not in text:
        return mentions  # no "-ly" adverb, no "earlier version": most sentences, at C speed
    spans = []
    for match in patterns.twin_for(_MISREPORTED, text).finditer(text):
        end = _CLAUSE_BREAK.search(text, match.end())
        spans.append((match.end(), end.start() if end else len(text)))
    if not spans:
        return mentions
    return [
        replace(m, kind="X")
        if m.kind != "X" and any(start <= m.start < end for start, end in spans)
        else m
        for m in mentions
    ]


def _poll_carried_on(text: str, at: int) -> tuple[int, int] | None:
    """The clause a contrast opens right after a poll is cited, naming no source of its own:
    "X leads with 73%, according to the exit poll, while Y is supported by 25%" (Y's share
    is the poll's too), not "..., while official results gave Y 52%"."""
    contrast = _SOURCE_THEN_CONTRAST.match(text, at)
    if contrast is None:
        return None
    own = _OWN_SOURCE.search(text, contrast.end())
    return (contrast.end(), own.start() if own else len(text))


_SOURCE_THEN_CONTRAST = patterns.compile(r"[^,;.]{1,60}?,\s+(?:while|whereas)\b")
# what ends a poll's clause carried past a contrast: a clause break, or a source of its own
_OWN_SOURCE = patterns.compile(
    r";|\b(?:according to|official|results?|count(?:ed|ing)?|commission|tall(?:y|ied))\b",
    re.IGNORECASE,
)


def _polls_cited(text: str, at: int) -> bool:
    """Whether the source named after "according to" is a poll ("to a survey by Ipsos")."""
    stop = _SOURCE_END.search(text, at, at + 60)
    end = stop.start() if stop else min(at + 60, len(text))
    return _OPINION_POLL.search(text, at, end) is not None


def is_bid(found: countries.CountryMention, text: str) -> bool:
    """A demonym stands for its country only as "the Thai bid" or a plural ("the Saudis")."""
    if _DEMONYM_CUE.match(text[found.end :]):
        return True
    if (
        _COLLECTIVE.search(found.text)
        and _THE_BEFORE.search(text[: found.start])
        and not _NOUN_AFTER_DEMONYM.match(text, found.end)
    ):
        return True  # "the Dutch collected 97 votes", "the Japanese"; not "the French
        # presidential election", where the word describes the vote, not who won it
    if (
        _THE_BEFORE.search(text[: found.start])
        and _COUNT_AFTER_DEMONYM.match(text, found.end)
        and _BID_NAMED_BEFORE.search(text, 0, found.start)
    ):
        return True  # "The Chilean candidacy obtained 144 votes, the Costa Rican 134": the
        # bid the sentence named first, left out after the others
    singular = found.text[:-1]
    if _PEOPLE_BEFORE_DEMONYM.search(text, max(0, found.start - 12), found.start):
        return False  # "8 out of 10 eligible Australians (79.5%) voted": people, not a bid
    return found.text.endswith("s") and countries.lookup(singular) == found.code


# Words that make a plural demonym a count of people: "eligible Australians", "2 million Chileans"
_PEOPLE_BEFORE_DEMONYM = patterns.compile(
    r"\b(?:eligible|registered|million|thousands?|hundreds?|\d+) $",
    re.IGNORECASE,
)


# A count before capitalised words: "won 4 World Cups", "received 32 F-35 jets" count things
# with a name; "won 150 Assembly votes", "Japan 150 Nepal 120", "backed by 40 MPs" and
# "backed by 40 Liberal Democrats" count votes and voters
_NAMED_THINGS_AFTER = patterns.compile(
    r"\s+(?P<run>(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)"
    r"(?:(?=\s*(?:[.,;:!?)]|$))|\s+(?P<word>[a-z][a-z'-]*))"
)

_VOTER_WORD = patterns.compile(rf"{rules.VOTERS}", re.IGNORECASE)

_COUNT_THEN_CAPITAL = patterns.compile(r"\d [A-Z]")

_PEOPLE_PLURAL = ("ans", "ats", "ists", "ives", "ites", "als")  # Republicans, Democrats, ...


def _named_things(text: str, start: int, names: list[Mention]) -> bool:
    """Whether the capitalised words at `start` name what a count counts, and not voters:
    a noun after them ("F-35 jets"), or a plural name of two or three words ("World Cups");
    never a country or party. (Any run of capitalised words may read as a person's name, so
    names of people do not count here.)"""
    after = _NAMED_THINGS_AFTER.match(text, start)
    if after is None or any(
        n.start < after.end("run") and after.start("run") < n.end
        for n in names
        if n.candidate and n.candidate.kind in (Kind.COUNTRY, Kind.PARTY)
    ):
        return False
    word = after.group("word")
    if word is not None and (word not in COUNTABLE or _VOTER_WORD.fullmatch(word)):
        return word not in COUNTABLE and not word.endswith(("ed", "ing"))  # a noun or verb
    last = after.group("run").split()[-1]  # before "and", "in", ... or the clause's end
    return (
        last != after.group("run")
        and last.endswith("s")
        and not last.endswith(_PEOPLE_PLURAL)
        and not _VOTER_WORD.fullmatch(last)
    )


def without_named_things(text: str, mentions: list[Mention], names: list[Mention]) -> list[Mention]:
    """Counts of named things ("won 4 World Cups") marked as no tallies."""
    if not patterns.twin_for(_COUNT_THEN_CAPITAL, text).search(text):
        return mentions  # most sentences: no capital right after a number
    return [
        replace(m, kind="X", things=True)
        if m.kind == "N"
        and text[m.end + 1 : m.end + 2].isupper()
        and not VOTE_WORDS_AHEAD.match(text, m.end)
        and _named_things(text, m.end, names)
        else m
        for m in mentions
    ]


# "Kenya won 12 medals, Ethiopia 8 and Uganda 3": counts listed after a count of things,
# each with a name and nothing after it, count the same things
# "..., and Kenya got 400,000", "..., ahead of France with 1,851": a verb or runner-up's word
# before the elided count leaves it the same things
_ELIDED_GAP = patterns.compile(
    r"[^\d,;.()]{0,40}?(?:[,;](?:\s+(?:and|while|whereas))?|\s+and|\s+while|\s+whereas)\s+"
    r"(?:(?:ahead of|followed by|behind|trailed by)\s+)?(?:the\s+)?"
    # (a name's small words, or two names: "the Party for Rural Advancement", "X and Y")
    r"(?:[A-Z][\w'’-]*\s+(?:(?:and|of|for|the)\s+(?:the\s+)?(?=[A-Z]))?){1,6}"
    r"(?:\([A-Z]{2,8}\)\s+)?"  # its acronym: "Peoples First Party (PFP) three"
    r"(?:(?:with|on|at|got|received|won|took|had|obtained|secured|gained|drew)\s+)?"
)

_NAME_THEN_COUNT = patterns.compile(
    r"[A-Z][\w'’-]* (?:(?:with|on|at|got|received|won|took|had|obtained|secured|gained|drew) )?"
    # (or a small count in words: "Party for Rural Advancement one each")
    rf"(?:\d|(?:{count_words(1, 10)})\b)"
)

# ("..., and X and Y one each": the elided count shared)
_ELIDED_END = patterns.compile(r"\s*(?:[.,;)]|$|and\b|while\b|whereas\b|each\b|apiece\b)")

# The same with the count before its name: "Four wards have been called for Labor, one for
# the Greens", "six seats went to X, two to Y": a bare count then "for"/"to" a name goes on
# counting the wards (never "six seats to X, 2,104 votes for Y": a unit after it)
_ELIDED_FOR_GAP = patterns.compile(
    # (each word taken whole, possessively: a run of capitals is never split into words
    # in every possible way, which took 19 s for 80 of them)
    r"[^\d,;.()]{0,40}?\s(?:for|to)\s+(?:the\s+)?(?:[A-Z][\w'’-]*+\s*){1,6}"
    r"(?:\([A-Z]{2,8}\)\s*)?(?:,|;|\s+and|,\s+and|,\s+while)\s+"
)
_ELIDED_FOR_NEXT = patterns.compile(r"\s+(?:for|to)\s+(?:the\s+|an?\s+)?[A-Za-z]")
# "X won six of the ten provinces, with four going to Y": the same, the count handed on by
# "going to" right after the clause counting the provinces
_ELIDED_GOING_GAP = patterns.compile(r",?\s+(?:with|and|while)\s+")
_ELIDED_GOING_NEXT = patterns.compile(r"\s+(?:going|went|goes|gone)\s+to\s+(?:the\s+)?[A-Z]")


def _is_share(text: str, mention: Mention) -> bool:
    """Whether a mention states a percentage ("12%", "12 per cent")."""
    return "%" in text[mention.start : mention.end] or "cent" in text[mention.end : mention.end + 9]


# "13 of her transfers going to X and 10 to Y": the later count a transfer too, its noun
# left out
_TRANSFERS_AFTER = patterns.compile(r"\s+(?:of\s+\w+\s+)?(?:[\w-]+\s+)?transfers\b")
_ELIDED_TRANSFER = patterns.compile(r"(?:,|\band)\s+$")
_TRANSFER_TARGET = patterns.compile(r"\s+(?:to|for)\s")


def _without_elided_transfers(text: str, mentions: list[Mention]) -> list[Mention]:
    """Counts after a count of transfers whose noun is left out ("and 10 to Y") marked as
    no tallies."""
    first = next(
        (
            i
            for i, m in enumerate(mentions)
            if m.kind == "X" and _TRANSFERS_AFTER.match(text, m.end)
        ),
        None,
    )
    if first is None:
        return mentions
    return [
        replace(m, kind="X", things=True)
        if i > first
        and m.kind == "N"
        and _ELIDED_TRANSFER.search(text, max(0, m.start - 6), m.start)
        and _TRANSFER_TARGET.match(text, m.end)
        else m
        for i, m in enumerate(mentions)
    ]


# "Of his 28 remaining votes, 11 went to X, 9 to Y": a sentence opening on one's own votes
# splits them among others (transfers, never the others' tallies)
_SPLIT_OPENING = patterns.compile(
    r"\W*Of (?:his|her|their|its|(?:[A-Z][\w-]+ ){0,2}[A-Z][\w-]+['’]s?) (?:[\d,]+ )?"
    r"(?:[a-z-]+ )?(?:votes|ballots|supporters|delegates|backers),"
)


# "61% of the Hillier votes switched to X, with 20% going to Y", "51% of Doe voters had X as
# their second choice, 46% Y": shares of one's voters handed on, never the takers' tallies
_HANDED_ON = Gated(
    ("switch", "going to", "went to", "second choice", "transferr", "moved to", "flowed"),
    r"(?:%|\bper ?cent) of (?:the )?(?-i:[A-Z][\w'’-]+)(?:['’]s?)? "
    r"(?:votes|voters|supporters|backers|ballots|delegates)\b",
)


def _without_handed_on_shares(text: str, mentions: list[Mention]) -> list[Mention]:
    """The shares from one of a named one's voters on, in a sentence telling where they
    went, marked as no tallies."""
    found = _HANDED_ON.search(text)
    if found is None:
        return mentions
    return [
        replace(m, kind="X", things=True) if m.kind == "P" and m.end >= found.start() else m
        for m in mentions
    ]


def without_elided_things(text: str, mentions: list[Mention]) -> list[Mention]:
    """Counts elided after a count of things ("12 medals and Ethiopia 8") marked as no tallies."""
    if "transfer" in text:
        mentions = _without_elided_transfers(text, mentions)
    if "%" in text or "cent" in text:
        mentions = _without_handed_on_shares(text, mentions)
    if text.lstrip(" \"'“(").startswith("Of ") and _SPLIT_OPENING.match(text):
        return [replace(m, kind="X", things=True) if m.kind in "NP" else m for m in mentions]
    kinds = "".join(m.kind for m in mentions)
    if "XN" not in kinds and "XP" not in kinds:
        return mentions  # no count after one refused
    name_first = _NAME_THEN_COUNT.search(text) is not None
    if not name_first and " for " not in text and " to " not in text:
        return mentions  # no "Ethiopia 8", no "one for Y"
    marked = list(mentions)
    # whether the mention before counts things: one refused already as elided after one
    # that does goes on counting them ("7 seats, Y three, and Z one each")
    counting = False
    for index in range(1, len(marked)):
        previous, mention = marked[index - 1], marked[index]
        counting = previous.kind == "X" and (
            counting or previous.things or counts_other_things(text, previous.end)
        )
        if (
            counting
            and (mention.kind in "NX" or (mention.kind == "P" and _is_share(text, previous)))
            and _elided_after(text, previous, mention, name_first)
        ):
            marked[index] = replace(mention, kind="X", things=True)
        else:
            counting = False
    return marked


def _elided_after(text: str, previous: Mention, mention: Mention, name_first: bool) -> bool:
    """Whether `mention` goes on with `previous`'s count of things, its unit elided: "Ethiopia
    8" after a name, or "one for Y" before one."""
    if (
        name_first
        and _ELIDED_GAP.fullmatch(text, previous.end, mention.start)
        and _ELIDED_END.match(text, mention.end)
    ):
        return True
    if (
        (" going to " in text or " went to " in text or " gone to " in text or " goes to " in text)
        and _ELIDED_GOING_NEXT.match(text, mention.end)
        and _ELIDED_GOING_GAP.fullmatch(text, _things_noun_end(text, previous.end), mention.start)
    ):
        return True
    return bool(
        _ELIDED_FOR_NEXT.match(text, mention.end)
        and _ELIDED_FOR_GAP.fullmatch(text, previous.end, mention.start)
    )


_THINGS_NOUN = patterns.compile(r"\s+[a-z]{3,20}\b")


def _things_noun_end(text: str, end: int) -> int:
    """The end of the noun naming the things counted right after `end` ("ten provinces")."""
    found = _THINGS_NOUN.match(text, end)
    return found.end() if found else end


# the words that give a count's share after it: "representing", "which corresponds to"
_SHARE_VERBS = (
    r"(?:representing|accounting\s+for|equivalent\s+to|equal\s+to|amounting\s+to|"
    r"corresponding\s+to|(?:which|that)\s+(?:represent(?:s|ed)?|amount(?:s|ed)?\s+to|"
    r"account(?:s|ed)?\s+for|correspond(?:s|ed)?\s+to|constitute[sd]?|is|was|equals|equalled))"
)
_PAIR_GAP = patterns.compile(
    # ("4,145 valid votes cast, representing 52.51%": the count's unit in full; "503, 384 of
    # the votes cast representing 14.23 per cent": the count as a part of the whole)
    r"\s*(?:(?:of\s+the\s+)?(?:valid\s+)?(?:votes?|ballots?)(?:\s+cast\b)?)?"
    # "59 – representing 50 per cent –", "59 (representing 50%)": a dash's or bracket's clause
    # ("797,865 votes — or 55.6 percent", "votes — accounting for 49.9 percent"; a
    # typewriter's "--" too: "9.8 million -- or 38.2 percent --")
    r"\s*(?:(?:--|[–—(-]) ?(?:representing|accounting\s+for|or(?= ))\s*|"
    # "587,010 votes, or a 53.75 percent share": the share with its article
    # ("3,102 • 55.4%": a results page's bullet between a count and its share)
    r"(?:,|or|\(|\.\s*\(|\[|•|,? or(?: an?(?= ))?,?|;|,? (?:representing|accounting for|making(?: up)?|"
    r"equivalent to|equal to|equall?ing|which equals|amounting to|constituting|translating (?:in)?to|which (?:is|was)|"
    # "6,730,413 votes which represent 51.59%", "which represents", "that accounted for"
    r"(?:which|that) (?:represent(?:s|ed)?|amount(?:s|ed)? to|account(?:s|ed)? for|"
    # ("14,203 votes which constitute 32.2%")
    r"correspond(?:s|ed)? to|constitute[sd]?)|corresponding to|"
    # ("5,060,355 votes, i.e. 27.40 percent": the Latin "that is")
    r"that is|i\.\s?e\.,?|with (?:a )?(?:vote )?share of))?\s*"
    # "6,730,413 votes, representing 51.59 per cent", "votes, with a vote share of 24.8%"
    # ("- 43.67%. (8,412,183 votes)": a stray stop before the bracket)
    # "or only 5.9%"; "38,483 votes, about 31.2 percent", "(roughly 40%)": a rounded share
    r"(?:(?:(?<=or )|(?<=, )|(?<=\())"
    r"(?:only|just|about|around|roughly|nearly|almost|some|approximately) )?)",
    re.IGNORECASE,
)

# "backed by 6,430 members, or 64 per cent": voters counted, then their share of the vote
# "5,216 votes in the initial voting (36.48 percent)", "88 votes in the first round (41%)":
# the round the count was cast in, then the count's share in brackets
_ROUND_PAIR_GAP = patterns.compile(
    r"\s*(?:votes?|ballots?)\s+in\s+(?:the\s+)?(?:(?:first|second|third|initial|opening|"
    r"final|last|preliminary|early)\s+)?(?:round|ballot|voting|count|tally)(?:\s+(?:one|two|"
    r"three|\d))?\s*\(\s*",
    re.IGNORECASE,
)
_VOTERS_PAIR_GAP = patterns.compile(
    r"\s*(?:members|delegates|electors|voters)\s*(?:,|\(|,? or)\s*", re.IGNORECASE
)

# "64 per cent of the population": a share of something other than the vote
_SHARE_OF_OTHER = patterns.compile(
    r"\s*(?:of|in)\s+(?!(?:the\s+)?(?:(?:valid|total|popular)\s+)?(?:votes?|ballots?)\b)\w",
    re.IGNORECASE,
)


# "3,124 votes – 48% of the total": a count, a dash, then its share of the vote
_DASH_PAIR_GAP = patterns.compile(
    r"\s+(?:votes?|ballots?)(?:\s+(?:at|in)\s+(?:this|that)\s+(?:stage|point|round))?\s+[–—-]\s+"
)
# a results row's count and share columns set apart by dashes: "X - 15,204 - 9.8%"
_ROW_DASH_GAP = patterns.compile(r" [-–—] ")
_ROW_END = patterns.compile(r"[ \t]*(?:\n|$)")
# or the share first, its count after an arrow closing the row (a live blog's tally: "X –
# 50.2% ➡ 7,176,141 votes"; not "➡ 12 seats")
_SHARE_ROW_GAP = patterns.compile(r" [➡→] ")
_COUNT_ROW_END = patterns.compile(r"(?: (?:votes|ballots))?[ \t]*(?:\n|$)")
_SENTENCE_END = patterns.compile(r"\s*(?:[.;]\s*)?$")
_OF_THE_VOTE = patterns.compile(
    r"\s+of\s+(?:the\s+)?(?:(?:valid|total|popular)\s+)?(?:total|votes?|ballots?)\b"
)
# "64.4% of the votes, or 129,495": a share of the vote, then its count after "or" ("31.59% of
# votes in the election, or 15,891,107 votes": the vote named between)
_SHARE_OR_COUNT_GAP = patterns.compile(
    # ("72.4 percent of vote share, or 375,056 votes": the share named as such)
    r"\s+of\s+(?:the\s+)?(?:(?:valid|total|popular)\s+)?(?:votes?|ballots?)(?:\s+cast|\s+share)?"
    r"(?:\s+in\s+the\s+(?:[a-z-]+\s+)?(?:election|vote|poll|race|ballot|contest))?,?\s+or\s+"
    # "with 26% support, or 7,052 first preference votes": the support counted after "or"
    r"|\s+support,?\s+or\s+"
    # "receiving 32.9% (of votes cast), totaling 185,743 votes": the count the share comes to
    r"|(?:\s+of\s+(?:the\s+)?(?:(?:valid|total|popular)\s+)?(?:votes?|ballots?)(?:\s+cast)?)?"
    # ("with 5.2% of votes for a total of 9,284" with no comma)
    r",?\s+(?:totall?ing|for\s+a\s+total\s+of)\s+"
    # "gained 22.3% of votes, which is equivalent to 1,258,274 votes": the count restated
    r"|(?:\s+of\s+(?:the\s+)?(?:(?:valid|total|popular)\s+)?(?:votes?|ballots?)(?:\s+cast)?)?"
    # ("49.87 percent, which equals 8,791,521 votes", "equalling 412,300 votes")
    r",?\s+(?:(?:which\s+(?:is|was)\s+)?(?:equivalent|equal|amounting|corresponding)\s+to"
    r"|which\s+equals|equall?ing)\s+"
)
# "134,705 votes with 58.4% of the votes cast": a count, then its share of the vote (or a
# clause after a comma that ends on the share: "4,120 votes, ending up with 31.2 percent.")
_COUNT_WITH_SHARE_GAP = patterns.compile(
    r"\s+(?:votes?|ballots?)(?:,\s+(?:(?:winding|ending|finishing)\s+up\s+|finishing\s+)?)?"
    r"\s*with\s+"
)
# "received 2,408 votes for 50.4 percent": the count's share after "for", closing its clause
# (not "88 votes for a 5% cap", nor "for 10% of the seats")
_COUNT_FOR_SHARE_GAP = patterns.compile(r"\s+(?:votes?|ballots?)\s+for\s+")
_SHARE_CLAUSE_CLOSED = patterns.compile(r"\s*(?:[.,;)]|$)")
# "gave X 176,344 votes and 45 per cent of the vote": a count, "and", its share of the vote
_COUNT_AND_SHARE_GAP = patterns.compile(r"\s+(?:votes?|ballots?)\s+and\s+")
# (an STV count's "7,052 first preference votes", "4,245 first preferences" too)
_COUNT_CLAUSE_END = patterns.compile(
    r"\s*(?:(?:first[- ]preference\s+)?votes?\b|first[- ]preferences\b|ballots?\b|[,.;]|$)"
)
_SHARE_WITH_COUNT_GAP = patterns.compile(r"\s+(?:with|and)\s+")
# "gained 16.4%, with a total of 9,284,543 votes", "won 40% of the vote, with 812 votes": the
# share's count in a clause after a comma, which must end there (not "..., with 812 votes
# still to count", nor a margin's "..., with 812 votes more than Y"); US press may say "of
# the electorate" for the vote ("had captured about 56 percent of the electorate, with ...")
_SHARE_COMMA_WITH_COUNT_GAP = patterns.compile(
    r"(?:\s+of\s+(?:the\s+)?(?:(?:valid|total|popular)\s+)?(?:votes?|ballots?|electorate)"
    r"(?:\s+cast)?)?"
    r"\s*,\s+with\s+(?:a\s+total\s+of\s+)?"
)
_COUNT_CLAUSE_CLOSED = patterns.compile(r"\s*(?:votes?|ballots?)?\s*(?:[.,;)]|$)")
_VOTES_NEXT = patterns.compile(r"\s*(?:votes?|ballots?)\b")


def _pair_gap(text: str, first: Mention, second: Mention) -> bool:
    between = text[first.end : second.start]
    if _PAIR_GAP.fullmatch(between):
        return True
    if first.kind == "N" and second.kind == "P" and _DASH_PAIR_GAP.fullmatch(between):
        # "... of the vote", or the share closing the sentence: "4,838 votes – 25.10 percent."
        return bool(_OF_THE_VOTE.match(text, second.end) or _SENTENCE_END.match(text, second.end))
    if first.kind == "N" and second.kind == "P" and _ROW_DASH_GAP.fullmatch(between):
        return _ROW_END.match(text, second.end) is not None  # "X - 15,204 - 9.8%", a row
    if first.kind == "N" and second.kind == "P" and _COUNT_WITH_SHARE_GAP.fullmatch(between):
        # not "of precincts reporting"; the share may close the sentence: "..., with 31.2%."
        return bool(_OF_THE_VOTE.match(text, second.end) or _SENTENCE_END.match(text, second.end))
    if first.kind == "P" and second.kind == "N" and _SHARE_ROW_GAP.fullmatch(between):
        return _COUNT_ROW_END.match(text, second.end) is not None
    if first.kind == "N" and second.kind == "P" and _COUNT_FOR_SHARE_GAP.fullmatch(between):
        return bool(
            _OF_THE_VOTE.match(text, second.end) or _SHARE_CLAUSE_CLOSED.match(text, second.end)
        )
    if first.kind == "N" and second.kind == "P" and _COUNT_AND_SHARE_GAP.fullmatch(between):
        return _OF_THE_VOTE.match(text, second.end) is not None  # "... votes and 45% of the vote"
    if first.kind == "P" and second.kind == "N" and _SHARE_OR_COUNT_GAP.fullmatch(between):
        return _COUNT_CLAUSE_END.match(text, second.end) is not None
    if first.kind == "P" and second.kind == "N" and _SHARE_WITH_COUNT_GAP.fullmatch(between):
        # "won 56.12 percent with 6.89 million votes", "31.04 percent and 3.8 million votes"
        return (_VOTES_NEXT if between.strip() == "and" else _COUNT_CLAUSE_END).match(
            text, second.end
        ) is not None
    if first.kind == "P" and second.kind == "N" and _SHARE_COMMA_WITH_COUNT_GAP.fullmatch(between):
        return _COUNT_CLAUSE_CLOSED.match(text, second.end) is not None
    if first.kind == "N" and second.kind == "P" and " in " in between:
        return _ROUND_PAIR_GAP.fullmatch(between) is not None  # "5,216 votes in round one (36%)"
    return (
        second.kind == "P"
        and bool(_VOTERS_PAIR_GAP.fullmatch(between))
        and not _SHARE_OF_OTHER.match(text, second.end)
    )


# "65 of 119 (54 percent)", "44 votes out of 57 (77%)", "144 votes out of 188 countries
# (76.5%)": a count out of a total, then its share in brackets
_OUT_OF_GAP = patterns.compile(r"\s+(?:(?:votes?|ballots?)\s+)?(?:out\s+)?of\s+(?:the\s+)?")
_SHARE_BRACKET_GAP = patterns.compile(
    r"\s*(?:votes?|ballots?|countries|states|member\s+states|members|delegations)?\s*\(\s*"
)
_BRACKET_CLOSE = patterns.compile(r"\s*\)")
# "392 of 999 votes, representing 39 percent", "..., which corresponds to 39 percent": the
# count's share said in a clause after its whole
_SHARE_CLAUSE_GAP = patterns.compile(
    rf"\s*(?:votes?|ballots?)?,?\s+(?:or|{_SHARE_VERBS})\s+(?:(?:about|around|roughly|some|nearly|"
    r"almost|approximately|just\s+(?:over|under))\s+)?",
    re.IGNORECASE,
)
_COUNT_BRACKET_CLOSE = patterns.compile(
    r"\s*(?:(?:votes?|ballots?)\s*)?"
    # ("59.5% of the votes (25,627 out of over 43,500 voters)": the whole after the count)
    r"(?:out\s+of\s+(?:over\s+|about\s+|some\s+|nearly\s+|almost\s+)?\d[\d,.]*\s*"
    r"(?:(?:valid\s+)?(?:votes?|voters|ballots?)(?:\s+cast)?\s*)?)?\)",
    re.IGNORECASE,
)


def _share_after_total(text: str, count: Mention, total: Mention, share: Mention) -> int | None:
    """Where "(54 percent)" after "65 of 119" ends, when it is the count's share."""
    if count.kind != "N" or total.kind not in "NX" or share.kind != "P":
        return None
    if not _OUT_OF_GAP.fullmatch(text, count.end, total.start):
        return None
    if _SHARE_CLAUSE_GAP.fullmatch(text, total.end, share.start):
        return share.end  # "received 392 of 999 votes, which corresponds to 39 percent"
    if not _SHARE_BRACKET_GAP.fullmatch(text, total.end, share.start):
        return None
    closing = _BRACKET_CLOSE.match(text, share.end)
    return closing.end() if closing else None


# "6,730,413 votes in the 2020 presidential election, representing 51.595 per cent": the
# count's share, the year of the vote between them
_YEAR_BEFORE = patterns.compile(r"\s*(?:votes?|ballots?)\s+in\s+the\s+$", re.IGNORECASE)
_ELECTION_THEN_SHARE = patterns.compile(
    r"\s+(?:[a-z-]+\s+){0,2}(?:election|poll|race|vote|ballot)s?,\s*"
    r"(?:representing|accounting\s+for)\s*"
)


def _share_after_year(text: str, count: Mention, year: Mention, share: Mention) -> int | None:
    """Where the share ends when it is the count's, stated after the vote's year."""
    if count.kind != "N" or year.kind != "X" or share.kind != "P":
        return None
    if not (
        1900 <= (year.value or 0) <= 2100
        and _YEAR_BEFORE.fullmatch(text, count.end, year.start)
        and _ELECTION_THEN_SHARE.fullmatch(text, year.end, share.start)
    ):
        return None
    return share.end


_SCORE_GAP = patterns.compile(r"\s*[-–]\s*|\s+to\s+")


def _winners_share(text: str, winner: Mention, loser: Mention, share: Mention) -> int | None:
    """Where "(63.2%)" after the score "67-39" ends, when it is the first count's share of
    the two (67 of 106), not the second's."""
    if winner.kind != "N" or loser.kind != "N" or share.kind != "P":
        return None
    if not _SCORE_GAP.fullmatch(text, winner.end, loser.start):
        return None
    if not _SHARE_BRACKET_GAP.fullmatch(text, loser.end, share.start):
        return None
    both = winner.value + loser.value  # type: ignore[operator]
    if not both or abs(100 * winner.value / both - share.value) > 0.15:  # type: ignore[operator]
        return None
    closing = _BRACKET_CLOSE.match(text, share.end)
    return closing.end() if closing else None


# "Y's 60,310, or 61% to 39%": the first of two shares, the pair's, not the count's beside it;
# "Z gaining 1,050 votes, accounting for 2.5 and 0.9 percent respectively": the first of a
# list of shares, dealt out to the names before in their order
_SHARE_PAIR_AFTER = patterns.compile(
    r"\s*(?:to|-|–)\s*\d[\d.,]*\s*(?:%|per\s?cent|percent)"
    r"(?=\s*(?:[,.;]|$)|\s+(?:share|split|margin)\b)"
    r"|\s*(?:%|per\s?cent|percent)?(?:,\s*\d[\d.,]*+\s*(?:%|per\s?cent|percent)?){0,6}"
    r",?\s+and\s+\d[\d.,]*+\s*(?:%|per\s?cent|percent)",
    re.IGNORECASE,
)
# "31 percent of the vote (2,459)": a share of the vote, then its count in brackets
_OF_VOTE_BRACKET_GAP = patterns.compile(
    r"\s+of\s+(?:the\s+)?(?:(?:valid|total|popular)\s+)?(?:votes?|ballots?)(?:\s+cast)?\s*\(\s*",
    re.IGNORECASE,
)


def _count_in_bracket_after_share(text: str, share: Mention, count: Mention) -> bool:
    return (
        share.kind == "P"
        and count.kind == "N"
        and bool(_OF_VOTE_BRACKET_GAP.fullmatch(text, share.end, count.start))
        and _COUNT_BRACKET_CLOSE.match(text, count.end) is not None
    )


# "51.39 percent — 24,789,242 votes —": a share, then its count set off by dashes (hyphens
# too, maybe glued to the count: "50.6% -923,592 votes- of the total"; the share may be named
# "of the vote" before the dash, and the count go on "out of" the total: "46.8% of the party
# vote - 1,204,377 votes out of 2.6 million"); never "- 12 seats" nor "- 812 votes more than"
_DASH_OPEN = patterns.compile(
    r"(?:\s+of\s+(?:the\s+)?(?:(?:valid|total|popular|party)\s+)?(?:votes?|ballots?)"
    r"(?:\s+cast)?)?\s*[—–-]\s*"
)
_DASH_CLOSE = patterns.compile(
    r"\s*(?:votes?|ballots?)\s*(?:[—–-]|(?=[,.;)]|$|out\s+of\b|in\s+total\b))", re.IGNORECASE
)


def _count_in_dashes_after_share(text: str, share: Mention, count: Mention | None) -> int | None:
    """Where the dash after "51.39 percent — 24,789,242 votes" ends (or the count's word,
    at the clause's end), when the count in dashes is the share's."""
    if count is None or share.kind != "P" or count.kind != "N":
        return None
    if _DASH_OPEN.fullmatch(text, share.end, count.start) is None:
        return None
    close = _DASH_CLOSE.match(text, count.end)
    return close.end() if close else None


# "47.81 percent (6,278)": a share, then its count alone in brackets
_BARE_BRACKET_OPEN = patterns.compile(r"\s*\(\s*")
_BARE_BRACKET_CLOSE = patterns.compile(r"\s*\)")
# "5,216 votes (36.48 percent), followed by Y with 4,630 (32.38)": a share in brackets
# before, whose unit the later bare decimals in brackets leave out
_SHARE_IN_BRACKETS = patterns.compile(r"\(\s*\d{1,2}(?:\.\d+)?\s*(?:%|per\s?cent)\s*\)", re.I)


def _count_alone_in_bracket_after_share(text: str, share: Mention, count: Mention) -> bool:
    return (
        share.kind == "P"
        and count.kind == "N"
        and bool(_BARE_BRACKET_OPEN.fullmatch(text, share.end, count.start))
        and _BARE_BRACKET_CLOSE.match(text, count.end) is not None
    )


# "(37.5; -1.5)": a bare share, then its signed change since the last vote, in one bracket
_CHANGE_AFTER_BARE_SHARE = patterns.compile(r"\s*;\s*[-+–−]\d{1,2}(?:\.\d+)?\s*\)")


def _bare_share_in_bracket(text: str, count: Mention, decimal: Mention) -> int | None:
    """Where "(32.38)" after a count ends, when the sentence gave an earlier count its share
    in brackets with the unit ("(36.48 percent)"): the same share, its unit left out."""
    value = decimal.value
    if count.kind != "N" or decimal.kind != "X" or not isinstance(value, float):
        return None
    if not 0 < value < 100 or not _SHARE_BRACKET_GAP.fullmatch(text, count.end, decimal.start):
        return None
    change = _CHANGE_AFTER_BARE_SHARE.match(text, decimal.end)
    if change is not None:
        return change.end()  # "Con 1187 (37.5; -1.5)": a British row's share, then its change
    closing = _BARE_BRACKET_CLOSE.match(text, decimal.end)
    if closing is None or not _SHARE_IN_BRACKETS.search(text, 0, count.start):
        return None
    return closing.end()


# A table's row flattened: a count, a bare decimal, then seat columns or nothing to the
# line's end ("National Party 998,813 46.0 41 17 58", "Internet Party 464 0.0"): the decimal
# is the count's share, whose "%" only the header gave (a count has no decimals)
_ROW_SHARE = patterns.compile(r"\d{1,2}\.\d{1,2}")
# (or a table flattened into one line, the next row's name after the seat columns:
# "X 8,166,203 55.06 194 Y 4,732,782 31.91 36")
_SEAT_COLUMNS_TO_END = patterns.compile(r"(?: \d{1,3}){0,3}\s*$|(?: \d{1,3}){1,3} (?=[A-Z])")


def _bare_share_in_row(text: str, count: Mention, decimal: Mention) -> float | None:
    if count.kind != "N" or decimal.kind != "X" or decimal.start != count.end + 1:
        return None
    if text[count.end] != " " or not _ROW_SHARE.fullmatch(text, decimal.start, decimal.end):
        return None
    if _SEAT_COLUMNS_TO_END.match(text, decimal.end) is None or "\n" in text:
        return None
    return float(text[decimal.start : decimal.end])


# "1,961 (73% +13%)", "1212 [49.6%; +15.1%]", "117 (4% unchanged)", "48 (2%, no candidate in
# 2014)": a count's share opens a bracket that goes on with the change since the last vote
_BRACKET_OPENS = patterns.compile(r"\s*[(\[]\s*")
_CHANGE_REST = patterns.compile(r"[^()\[\]]{1,40}?[)\]]")


def _change_in_bracket_end(text: str, count: Mention, share: Mention, rest: list[Mention]) -> int:
    """Where the skeleton token of a count and its bracketed share ends: past the bracket's
    close when what follows the share there is no tally (a change, a note), else the share's
    end."""
    if text[share.end : share.end + 1] in (")", "]", "") or not _BRACKET_OPENS.fullmatch(
        text, count.end, share.start
    ):
        return share.end  # (the common "1,961 (73%)" tested first)
    close = _CHANGE_REST.match(text, share.end)
    if close is None or any(m.start < close.end() and m.kind != "X" for m in rest):
        return share.end
    return close.end()


# "has obtained 49.77 percent, or 8,518,159.": the share, then the count it comes to, with
# no unit; a count of something else names it ("or 120 seats")
_SHARE_OR_BARE_GAP = patterns.compile(r",?\s+or\s+")
_BARE_CLAUSE_END = patterns.compile(r"\s*(?:[,.;)]|$)")
_FEWEST_BARE = 1000  # a bare count beside a share is one of votes only when this large


def _bare_count_after_share(text: str, share: Mention, count: Mention) -> bool:
    return (
        count.value >= _FEWEST_BARE
        and _SHARE_OR_BARE_GAP.fullmatch(text, share.end, count.start) is not None
        and _BARE_CLAUSE_END.match(text, count.end) is not None
    )


def pair_counts_and_shares(text: str, mentions: list[Mention]) -> list[Mention]:
    """One mention for a count and the share stated beside it: "227,307 or 68.78%",
    "70.67 million votes (53.17 percent)", "53.9 percent or 3,431,510 votes"; "65 of 119
    (54 percent)" keeps the total, leaving the bracket out of the skeleton."""
    merged: list[Mention] = []
    skip = 0  # mentions already merged into one before
    for index, (first, second) in enumerate(zip(mentions, [*mentions[1:], None], strict=True)):
        if skip:
            skip -= 1
            continue
        if second is not None and index + 2 < len(mentions):
            share = mentions[index + 2]
            closing = _share_after_total(text, first, second, share)
            if closing is None:
                closing = _winners_share(text, first, second, share)  # "67-39 (63.2%)"
            if closing is None:
                closing = _share_after_year(text, first, second, share)
            if closing is not None:
                merged.append(replace(first, paired=share.value))
                merged.append(second)
                merged.append(replace(share, kind="X", aside=True, cover=closing))
                skip = 2
                continue
        # only a count and its share pair here, either way round: the words between other
        # numbers (nineteen pairs in twenty) are not looked at
        if (
            second is not None
            and (first.kind, second.kind) in _COUNT_AND_SHARE_KINDS
            and _pair_gap(text, first, second)
        ):
            if (
                first.kind == "N"
                and second.kind == "P"
                and not _SHARE_PAIR_AFTER.match(text, second.end)
            ):
                cover = _change_in_bracket_end(text, first, second, mentions[index + 2 :])
                merged.append(replace(first, paired=second.value, cover=cover))
                skip = 1
                continue
            if (
                first.kind == "P"
                and second.kind == "N"
                and (
                    VOTES_AFTER.match(text[second.end :])
                    or _SHARE_OR_COUNT_GAP.fullmatch(text, first.end, second.start)
                    or _SHARE_WITH_COUNT_GAP.fullmatch(text, first.end, second.start)
                    or _bare_count_after_share(text, first, second)
                    or _SHARE_ROW_GAP.fullmatch(text, first.end, second.start)
                )
            ):
                merged.append(replace(first, paired=second.value, cover=second.end))
                skip = 1
                continue
        closing = _count_in_dashes_after_share(text, first, second)
        if closing is not None:  # "won with 51.39 percent — 24,789,242 votes — while"
            merged.append(replace(first, paired=second.value, cover=closing))  # type: ignore[union-attr]
            skip = 1
            continue
        if second is not None and (
            _count_in_bracket_after_share(text, first, second)
            or _count_alone_in_bracket_after_share(text, first, second)
        ):
            merged.append(replace(first, paired=second.value, cover=second.end))
            skip = 1
            continue
        closing = _bare_share_in_bracket(text, first, second) if second is not None else None
        if closing is not None:
            merged.append(replace(first, paired=second.value, cover=closing))
            skip = 1
            continue
        share = (  # (the kinds tested inline: most pairs are no count and decimal)
            _bare_share_in_row(text, first, second)
            if second is not None and second.kind == "X" and first.kind == "N"
            else None
        )
        if share is not None:  # "National Party 998,813 46.0 41 17 58"
            merged.append(replace(first, paired=share, cover=second.end))  # type: ignore[union-attr]
            skip = 1
            continue
        merged.append(first)
    return merged


_COUNT_AND_SHARE_KINDS = frozenset({("N", "P"), ("P", "N")})


# After a person's age set off by commas, a description of the person: the age's commas
# become the description's opening one
_DESCRIPTION_AFTER_AGE = patterns.compile(r" (?:the|a|an)\b")
# spaces run together after a prose word, just before a mention ("with  13,651,274"); never
# the columns of a table copied as text, which its rows' rules read by their spacing
_PROSE_GAP = patterns.compile(r"\b(?:with|of|at|on|by|to|had|got|won|polled|received)  +$")
# A one-word nickname in quotes after a name: "X ‘Lu-Olo’, 291,250": the name's, so the
# list reads as "X, 291,250"
_NICKNAME_AFTER = patterns.compile(r" ?[‘'“\"][A-Z][\w-]{1,20}[’'”\"](?=[ ,(])")
# a date's abbreviated month ("in a Nov. 25 runoff"): its dot ends no clause, so rules whose
# gaps stop at a full stop read on past it
_MONTH_DOT = patterns.compile(r"\b((?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))\. (?=<X)")
# A star marking the winner between a name (or its party) and the figure: "Hull (R) * 61%"
_WINNER_STAR = patterns.compile(r"(?<=[>)]) \* (?=<[NP]\d)")
# Cells set side by side on one line, a run of spaces between a figure and the next name:
# "Johnson (D) 36%     Hull (R) 61%" is a list of two
_CELL_BREAK = patterns.compile(r"(?<=<[NP]\d>|[NP]\d\d>) {3,}(?=<C\d)")
_QUOTES = ("‘", "'", "“", '"')


def skeleton(text: str, mentions: list[Mention]) -> str:
    parts: list[str] = []
    cursor = 0
    for index, mention in enumerate(mentions):
        if mention.start < cursor:
            continue  # overlapping mention (a number inside a name): keep the first
        if mention.aside:
            cursor = mention.cover
            if text.startswith(",", cursor - 1) and _DESCRIPTION_AFTER_AGE.match(text, cursor):
                parts.append(",")  # "X, 74, the leader of Y, received": X's aside goes on
            continue
        gap = text[cursor : mention.start].replace("<", "‹")
        if gap.endswith("  ") and _PROSE_GAP.search(gap):
            gap = gap.rstrip(" ") + " "  # "with  13,651,274": a scraped page's doubled space
        parts.append(gap)
        if gap.endswith(")") and mention.kind == "N":
            parts.append(" ")  # a count glued to a party: "X (Independent)11,570"
        elif (
            mention.kind == "C"
            and (gap == ")" or gap.endswith("%)"))
            and index
            and mentions[index - 1].kind in ("N", "P")
        ):
            parts.append(", ")  # a list's lost break: "X with 59 (1.3%)Y with 31"
        parts.append(f"<{mention.kind}{index}>")
        cursor = max(mention.end, mention.cover)
        after = text[cursor : cursor + 2]
        if mention.kind != "C":
            if after[:1].isupper() and text.startswith("%", cursor - 1):
                parts.append(", ")  # a list's lost break: "X with 31 or 0.7%Y with 25"
            elif after[:1].isalpha():
                parts.append(" ")  # a count glued to its noun ("13votes") reads as "13 votes"
        elif after[:1] == "(":
            parts.append(" ")  # a party glued to a name: "X(Labour)"
        elif after[:1] == "*":
            stars = text[cursor : cursor + 3]
            cursor += len(stars) - len(stars.lstrip("*"))  # an incumbent's mark: "X*: 2,424"
        elif after and after[-1] in _QUOTES and (found := _NICKNAME_AFTER.match(text, cursor)):
            cursor = found.end()  # "X ‘Lu-Olo’, 291,250": the nickname is the name's
    parts.append(text[cursor:].replace("<", "‹"))
    built = "".join(parts)
    if " -- " in built:  # a typewriter's dash: "The 78-year-old -- who ... -- won"
        built = built.replace(" -- ", " — ")
    if "> , " in built:  # a scrape's space before a comma: "X , gained 22% of votes"
        built = built.replace("> , ", ">, ")
    if ". <X" in built:
        built = _MONTH_DOT.sub(r"\1 ", built)
    if " * <" in built:  # a winner's star in a results row: "Hull (R) * 61%"
        built = _WINNER_STAR.sub(" ", built)
    if "   <C" in built:  # a row of cells side by side: "X (D) 36%     Y (R) 61%"
        built = _CELL_BREAK.sub(", ", built)
    return built


# --- texts about other things ------------------------------------------------------------
# A text that never speaks of a vote holds no tally: its "X 46" and "Y scored 21" are scores,
# medals, rates or ages. Only a text that names what its numbers count instead is refused,
# so a lone result ("Ms. Oduya finished with 61 percent") still reads.
_VOTE_TOPIC = Gated(
    (
        "vot", "ballot", "elect", "poll", "referend", "plebiscite", "candida", "nominee",
        "run-off", "runoff", "primar", "caucus", "delegate", "seat", "constituenc",
        "ranked-choice",
    ),
    r"\b(?:vot(?:e|es|ed|ing|ers?)|ballots?|(?:re-?)?elect\w*|polls?|polling|referend\w*|"
    r"plebiscites?|candida\w*|nominees?|run-?offs?|primar(?:y|ies)|caucus\w*|delegates?|"
    r"seats?|constituenc\w*|ranked-choice)\b",
)  # fmt: skip
_OTHER_TOPIC = Gated(
    (
        "scor", "rebound", "assist", "goal", "touchdown", "innings", "wicket", "overtime",
        "half", "medal", "playoff", "seeded", "slam", "tennis", "ball", "soccer", "cricket",
        "rugby", "gdp", "domestic product", "inflation", "econom", "revenue", "earning",
        "profit", "interest rate", "unemploy", "died", "death", "obituar", "aged ", "sentenced",
        "prison", "jail", "temperature", "rainfall", "census", "median age", "population",
        "index", "rank",
    ),
    # games, markets, deaths, courts, weather, censuses and league tables
    r"\b(?:scored|scoring|rebounds?|assists|goals?|touchdowns?|innings|wickets?|overtime|"
    r"half-?time|medals?|playoffs?|seeded|grand slam|tennis|basketball|football|soccer|"
    r"cricket|rugby|GDP|gross domestic product|inflation|economy|revenues?|earnings|profits?|"
    r"interest rates?|unemployment|died|deaths?|obituar\w*|aged \d+|sentenced|prison|jail|"
    r"temperatures?|rainfall|census|median age|population|index|rankings?|ranked)\b",
)  # fmt: skip


# A story about opinion polls ("the latest survey of 1,000 likely voters shows X at 44%") that
# tells of no count, winner or result: its figures are all the polls'
_POLL_TOPIC = Gated(
    (
        "poll", "survey", "margin of error", "likely voter", "undecided", "respondent",
        "voter support", "voting intention", "fieldwork", "generic ballot",
    ),
    # (not "registered voters": a turnout's words as much as a poll's sample)
    r"\b(?:opinion polls?|pollsters?|surveyed|margin of error|likely voters|"
    r"undecideds?|respondents|voter support|tracking polls?|voting intentions?|fieldwork|"
    r"polling (?:compan(?:y|ies)|firms?|organi[sz]ations?|agenc(?:y|ies))|"
    # "the latest CNN/Gallup poll" (never a polling house's name alone: an exit poll story
    # tells of the first round's result as well)
    r"(?:new|latest|recent|previous|current) (?:[\w/.-]+ ){0,4}?(?:polls?|surveys?)|"
    r"generic ballot)\b",
)  # fmt: skip
_RESULT_TOPIC = Gated(
    (
        "won", "win", "elected", "defeat", "beat", "victor", "cast", "counted", "conceded",
        "landslide", "result", "returns", "reporting", "precinct",
    ),
    r"\b(?:won(?!['’]t)|wins|winners?|(?:re-?)?elected|defeated|beat|victory|victorious|"
    r"(?:votes?|ballots?) cast|cast (?:their )?(?:votes?|ballots?)|counted|conceded|landslide|returns|precincts? reporting|"
    # (a referendum's results: "Pollster Disappointed in Referendum Results")
    r"(?:official|preliminary|final|partial|election|referendum) results?)\b",
)  # fmt: skip


def tells_no_result(text: str) -> bool:
    """Whether a whole text holds no vote's result, so none of its numbers is a tally: it
    tells of games, markets, deaths, courts or weather and never of a vote, or it tells of
    opinion polls and of no winner, count or result."""
    if not _VOTE_TOPIC.search(text):
        return _OTHER_TOPIC.search(text) is not None
    # a result's word comes early in most texts: looked for first, it spares the poll search
    return not _RESULT_TOPIC.search(text) and _POLL_TOPIC.search(text) is not None


# Answers only an opinion poll's question has: a count of them is no vote ("Undecided 7")
_POLL_ANSWER = patterns.compile(
    r"(?:undecided|don['’]?t know|not sure|no opinion|unsure|neither)", re.IGNORECASE
)


def is_poll_answer(name: str) -> bool:
    """Whether a name read as a contestant is a poll's answer ("Undecided", "Don't know")."""
    return _POLL_ANSWER.fullmatch(name) is not None
