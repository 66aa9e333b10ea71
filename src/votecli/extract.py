"""Extraction: one Source in, one Document out. Pure: no printing, no I/O.

Per sentence: find candidate mentions and numbers, mark the numbers that cannot be
tallies (years, dates, margins, bounds, thresholds, seat and member counts), read totals
and required majorities, rewrite the sentence as a skeleton and let the phrasing rules
(`rules.py`) bind numbers to candidates. Context that sentences share (body, group, term,
round) is carried forward from headings and earlier sentences.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property, partial
from typing import NamedTuple

from . import (
    comparisons,
    countries,
    headings,
    names,
    numbers,
    options,
    outcomes,
    patterns,
    rules,
    scan,
    sieve,
    tables,
)
from . import contests as cues
from .figures import (
    BACKERS_AFTER,
    BALLOT_WORD,
    MAX_VOTES,
    SLASH_TOTAL_AFTER,
    VOTES_AFTER,
    may_be_tally,
    stated_total,
    turnout_words_in,
)
from .gated import Gated, holds_any
from .model import Candidate, Contest, Document, Figure, Kind, Source, Span, Tally
from .names import STOPWORDS, NameBook
from .sentences import Sentence, sentences_at, sentences_before, split, unwrap

_HEADER = patterns.compile(r"^(?:source|title|url|date):", re.IGNORECASE)


# Between a count and its total: "184 out of 192", "178 votes out of the 190 ballots", "160
# votes out of a possible 164" ("a potential 173"), and "out the 192", a slip for "out of
# the 192"
_TOTAL_AFTER_OF = patterns.compile(
    r"^(?P<gap>\s+(?:(?:votes?|ballots?)\s+)?(?:(?:out\s+)?of|out(?=\s+the\s))(?:\s+the)?"
    r"(?:\s+total)?(?:\s+a\s+total\s+of)?(?:\s+a\s+(?:possible|potential))?(?:\s+[\w.]+['’]s)?\s+)$",
    re.IGNORECASE,
)
# "73 from 208 second-round votes": a count and the votes it was one of; not "up 12 from
# 38 votes" (a change and the count before it) nor "from 40 votes to 52"
_TOTAL_AFTER_AMONG = patterns.compile(r"^\s+(?:votes?|ballots?)\s+among\s+(?:the\s+)?$")
_VOTED_AFTER = patterns.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:members|states|countries|nations|delegations|delegates)\s+"
    r"(?:that|who)\s+(?:voted|cast)\b"
)
_TOTAL_AFTER_FROM = patterns.compile(r"^\s+from\s+(?:the\s+)?$", re.IGNORECASE)
_VOTES_NOT_TO = patterns.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:votes|ballots)\b(?!\s+(?:to\s+\d|in favou?r\b))", re.IGNORECASE
)
_CHANGE_BEFORE = patterns.compile(
    r"\b(?:up|down|rose|fell|rising|falling|increased|decreased|gained|lost|dropped|climbed|"
    r"slipped|jumped|more|fewer|less)\s+(?:by\s+)?$",
    re.IGNORECASE,
)


def _count_then_total(
    text: str, count: numbers.NumberMention, number: numbers.NumberMention
) -> bool:
    """Whether `number` is the total of the count right before it: "184 out of 192", "178
    votes of the 190 cast", "73 from 208 second-round votes"."""
    between = text[count.end : number.start]
    if _TOTAL_AFTER_OF.match(between):
        return True
    if "among" in between:  # "87 votes among 169 member states that voted": those voting
        return bool(_TOTAL_AFTER_AMONG.match(between) and _VOTED_AFTER.match(text, number.end))
    if between == "/":  # "with 102/156 votes"
        return SLASH_TOTAL_AFTER.match(text, count.end) is not None
    return "from" in between and bool(
        _TOTAL_AFTER_FROM.match(between)
        and _VOTES_NOT_TO.match(text, number.end)
        and not _CHANGE_BEFORE.search(text, max(0, count.start - 24), count.start)
    )


_BASIS = (
    ("present and voting", patterns.compile(r"present and voting", re.IGNORECASE)),
    ("valid ballots", patterns.compile(r"valid (?:votes|ballots)", re.IGNORECASE)),
    (
        "ballots cast",
        patterns.compile(
            r"ballots?(?: papers)?(?: were)? cast|votes? cast|ballot papers|"
            r"cast (?:their |a )?(?:ballots?|votes?)",
            re.IGNORECASE,
        ),
    ),
    ("member states", patterns.compile(r"member|states|countries|nations", re.IGNORECASE)),
    ("voters", patterns.compile(r"voters|MPs|delegates|electors|members", re.IGNORECASE)),
)
_LABEL = (
    r"(?P<label>number of ballot papers|ballot papers|number of (?:members )?present and voting|"
    r"members present and voting|present and voting|number of valid ballots|valid ballots|"
    r"number of invalid ballots|invalid ballots|abstentions|required majority|"
    r"two-thirds majority|absolute majority|majority required|required two-thirds majority)"
)
_LABEL_LINE = patterns.compile(
    rf"^{_LABEL}[^:\d]{{0,40}}?[:.\s|]++(?P<value>\d[\d,]*)", re.IGNORECASE
)
_LINE_END = patterns.compile(r"[\s.;]*$")  # after a label's value: nothing more on the line
# a cell may keep the column rule a scraped table left after it ("Number of ballots: |")
_LABEL_ONLY = patterns.compile(rf"^{_LABEL}[^:\d|]{{0,40}}:?\s*\|?\s*$", re.IGNORECASE)
_SEPARATOR = patterns.compile(r"^[|¦\-–—_=*•.\s]*$")
_BARE_NUMBER = patterns.compile(
    r"^\(?(?P<n>\d{1,3}(?:,\d{3})+|\d+|[a-z]+)\)?[.;,]?(?: \|)?$", re.IGNORECASE
)
_ITEM_NUMBER = patterns.compile(r"\d{1,2}[.)]$")  # "3." opening a numbered list's line
_NAME_CELL_REST = patterns.compile(r"^[\s()\[\]|:.,;\-–—*•…·]*$")  # dotted leaders too
_REQUIRED = Gated(
    ("requi", "need", "necessary", "majority", "threshold"),
    r"(?:required|needed|need|needs|needing|requires|requiring|necessary|requisite|majority of|"
    r"threshold of|two-thirds majority of|two-thirds majority,?|majority was|majority is)\s+"
    # "the required 50 per cent plus one majority" is the rule's fraction, not a count
    r"(?:a |the |at least |of |to win |some |)(?P<value>\d{2,3})\b(?!\s*(?:%|per\s?cent))",
)
# The majority stated before its verb: "128 votes were needed", "the 129 required to win",
# "a two-thirds majority of 127 votes was required".
_REQUIRED_BEFORE = Gated(
    ("requir", "need", "necessary"),
    r"\b(?P<value>\d{2,3})\s+(?:votes?\s+)?(?:(?:were|was|are|is|being)\s+)?"
    r"(?:needed|required|necessary)\b(?!\s+to\s+(?:vote|attend|be present))",
)
_CANDIDACY_WORDS = (
    "candida", "contend", "contest", "applied for", "running", "ran for", "vying", "vied",
    "compet", "bid", "rival", "challeng", "fought", "nominated", "race for", "sought",
    "seeking", "stood for", "standing for",
)  # fmt: skip
_CANDIDACY = Gated(
    _CANDIDACY_WORDS,
    r"\b(?:candidates?|candidacy|candidacies|candidatures?|contenders?|contestants?|"
    r"applied for|running for|ran for|vying|vied|competing|competed|contesting|contested|"
    r"bids? for|rivals?|challengers?|fought|nominated|in the running|race for|"
    r"sought|seeking|stood for|standing for)\b",
)
# "X was elected", "X won a seat": the elected stand before the phrase, in its clause.
_ELECTED = Gated(
    ("elected", "seat"),
    r"\b(?:(?:was|were|is|are|been|be|being|got|gets|get)\s+(?:\w+\s+)?(?:re-?)?elected|"
    r"(?<!to )(?:won|wins|win|secured|secures|clinched|took|gained|obtained)\s+"
    r"(?:a |the |two |three |its |their )?"
    r"(?:\w+\s+)?seats?)\b",
)
# "the Assembly elected X and Y", "the new members are X, Y": the elected follow it.
_ELECTS = Gated(
    ("elected", "members"),
    r"\b(?:(?:Assembly|Council|Conference|Congress|delegates|members|MPs)\s+(?:\w+\s+)?"
    r"(?:re-?)?elected|(?:non-permanent|new) members (?:are|were|will be)|"
    # "The four other countries elected to the Council to serve two-year terms were X, Y"
    r"(?:countries|states|nations|members) (?:re-?)?elected\b[^.;:()]{0,80}?"
    r"\b(?:were|are))\b",
)
# Between an elected country and its verb: a few words, no clause ("Japan was first elected").
_SUBJECT_GAP = patterns.compile(
    r"(?:['’]s)?\s*(?:[\w-]+\s+){0,4}?|\s*,\s*(?:which|who)\b[^,]*,\s*", re.I
)
# Between names listed together: "X, Y and Z", "X as well as Y".
_LIST_GAP = patterns.compile(
    # a count may follow each name: "X (187) and Y", "X which received 191 votes, Y 188 votes"
    r"(?:\s*,?\s*(?:(?:which|who)\s+)?(?:received|got|obtained|with)?\s*\(?\d[\d,]*\)?"
    r"(?:\s+votes)?)?"
    r"\s*(?:,|,?\s*and|&|,?\s*as well as)\s*(?:the\s+)?",
    re.I,
)
_NOT_ELECTED = Gated(
    ("elected",),
    r"\b(?:not|never|failed to be|n't|neither|nor|would|could|might|if \w+(?: \w+)?)\s+"
    r"(?:\w+\s+){0,2}(?:re-?)?elected",  # "would have been elected"
)
_CONTESTING_WORDS = (
    "continues between", "runoff", "run-off", "round", "still", "remain", "struggle for",
    "battle for", "face", "deadlock", "stalemate",
)  # fmt: skip
_CONTESTING = Gated(
    _CONTESTING_WORDS,
    r"\b(?:continues between|runoff|run-off|further rounds?|another round|next round|"
    r"still (?:contesting|in contention|in the race)|remain(?:s|ed)? in contention|"
    r"struggle for|battle for|will face off|face each other|deadlocked|stalemate)\b",
)
_MAX_SENTENCE = 4000
# Searched over whole texts, most of which hold none of its words: gated, it costs a few
# microseconds where the bare search cost about 130 (a tenth of reading a document).
_HOST_CITY = Gated(
    ("host", "bid cit", "candidate cit", "games", "world expo", "expo 2", "olympics"),
    r"\b(?:host(?:ing)? (?:city|cities|rights)|to host the|bid cities|candidate cit(?:y|ies)|"
    r"(?:Olympic|Winter|Summer|Commonwealth|Youth) Games|World Expo|Expo 20\d\d|"
    r"(?:\d{4}|Summer|Winter|Youth) Olympics)\b",
)
# A city's own election: its candidates are people, so a capital's name there is a surname
_LOCAL_VOTE = Gated(
    ("mayor", "municipal", "city council"),
    r"\b(?:mayoral|mayor['’]s (?:race|office)|(?:race|run|running|ran|candidate) for mayor|"
    r"municipal (?:elections?|votes?|polls?|races?)|city council (?:elections?|races?|votes?))\b",
)
_VOTE_SENTENCE = Gated(
    ("vot", "ballot", "cent", "elected", "backed", "supported", "round", "%"),
    r"\b(?:votes?|voted|ballots?|per ?cent|percent|elected|backed|supported|round)\b|%",
)
_HEADING_MAX = 60
_YEAR_REACH = 80
# "with 190 out of 193 members voting": those voting, out of the membership (the total is
# the count before "out of", not the body's size after it)
_VOTING_OF_MEMBERS_AFTER = patterns.compile(
    r"\s+(?:[\w.-]+\s+){0,2}?(?:members|states|countries|nations|delegations|delegates)\s+"
    r"(?:voting|voted|taking part|took part|participating|participated|present and voting|"
    r"casting (?:their )?ballots|cast (?:their )?ballots)\b"
    # not "29 of the 52 delegates voted for him": the count of a candidate's voters (so
    # "183 of 193 states voting affirmatively", "... voting in support")
    r"(?!\s+(?:for|in favou?r|against|to|affirmatively|in support|yes)\b)",
    re.IGNORECASE,
)
_MIN_TOTAL = 10  # fewer voters than this is a count of seats or rivals, not a total
_BOUND_BEFORE = patterns.compile(
    r"\b(?:more than|over|at least|fewer than|less than|under|upwards of|in excess of|up to|"
    r"nearly|almost)\s*$",
    re.IGNORECASE,
)
# "of the 11.9 million registered voters": the electorate, not those who voted
# The units an election's results are told by: places, never voters
_AREA_UNITS = (
    r"districts?|provinces?|regions?|counties|county|constituenc(?:y|ies)|divisions?|wards?|"
    r"precincts?|electorates?"
)
_NOT_A_TOTAL_AFTER = patterns.compile(
    r"[-–]\s?member\b|"  # "of the 193-member Assembly": the body's size
    r"\s*(?:[\w-]+\s+){0,2}?(?:spots|seats|places|posts|vacancies|non-permanent|permanent|"
    r"elected|ran|running|candidates|registered|eligible|"
    r"sitting|serving|"  # "10 of the 33 members sitting on the Council": a bloc's share
    # "won in 15 of the 18 local government areas": places, never votes (not "states": "of
    # the 193 member states" is the Assembly's total); "543 out of 574 vote boxes counted",
    # "of the 120 polling stations": where votes are counted, the count's progress
    rf"areas|LGAs|municipalities|polling units|boxes|stations|booths|{_AREA_UNITS})\b",
    re.IGNORECASE,
)
# "failed to win 97 votes", "was unable to secure 5%": a count not reached, no tally
# A plain subject pronoun ("he was re-elected with 133 votes"), not a role that may name the
# loser ("the challenger got 73")
# Who a new holder replaces: "take over from Z", "succeed Z", "replacing outgoing leader Z"
# (or "the successor to Z", "as successor of Z")
_REPLACED = patterns.compile(
    r"\b(?:tak(?:e|es|ing)|took) over from\b|\bsucceed(?:s|ed|ing)?\b|\breplac(?:e|es|ed|ing)\b|"
    r"\bsuccessor (?:to|of)\b"
)
_REPLACED_BEFORE = patterns.compile(
    r"(?:\b(?:tak(?:e|es|ing)|took) over from|\bsucceed(?:s|ed|ing)?|\breplac(?:e|es|ed|ing)|"
    r"\bsuccessor (?:to|of))"
    # a title may come bare before the name ("replacing Director Z"), or the country whose
    # national Z is ("to replace Chile's Z", "succeeding South Korea's Z")
    r"(?: the| (?:the )?(?:outgoing|current|incumbent|retiring|former))?"
    r"(?: [\w-]+(?:['’]s)?){0,3}? $"
)
# "after X's surprise resignation", "X's retirement", "after X stepped down as leader": one
# who left the post, no contestant
_LEFT_AFTER = patterns.compile(
    r"(?:['’]s)?(?: \([^()]{1,12}\))?(?: [\w-]+)?? (?:resignation|retirement|departure)\b|"
    r"['’]s (?:[\w-]+ )?(?:tenure|reign|era|death)\b|"  # "after X's tenure": one gone before
    # "for X's vacant seat": the holder leaving the seat the race is for
    r"['’]s (?:vacant|vacated|open|old|former) seat\b|"
    r" (?:stepped|steps|stood|stands) down\b| (?:resigned|resigns) (?:as|from)\b|"
    # "X, who had ruled for 27 years, handed over the presidency to him": the one before
    r",?(?: who [^.;]{0,50}?)? (?:handed|hands|passed|ceded|cedes) (?:over )?(?:the )?"
    r"(?:presidency|power|office|leadership|reins)\b"
)
_LEFT_WORDS = patterns.compile(
    r"\b(?:resignation|retirement|departure|retiring|vacant|vacated|(?:stepped|steps|stood|stands) down|resign(?:ed|s)|"
    r"tenure|reign|era|death|handed|hands|passed|ceded|cedes)\b"
)
# "X was elected along with Y and Z. It won 180 votes": those named with the subject, after
# it, are no pronoun's antecedent
_ALONG_WITH = patterns.compile(r"\b(?:along|together) with\b|\balongside\b")
# "The Congressman garnered 54 percent": a role noun standing for a titled person
# "The incumbent", "the incumbent mayor": the one the text called so, at a clause's head
_THE_INCUMBENT = patterns.compile(r"\b[Tt]he incumbent\b")
_ROLE_REFERENCE = patterns.compile(
    r"\bthe (?:[a-z-]+ )?(congressman|congresswoman|senator|governor|mayor|representative)\b", re.I
)
# "the nomination for retiring Sen. X's seat": the holder leaving it, no contestant
_RETIRING_BEFORE = patterns.compile(r"\b(?:retiring|outgoing|departing)(?: [\w.-]+){0,3} $")
_SEAT_OWNED_AFTER = patterns.compile(r"['’]s (?:[\w-]+ )?seat\b")
# "X, who had an early endorsement from former President Z, won": the backer, no contestant
_BACKER_WORDS = patterns.compile(r"\bendors|\bbacked by\b")
_ENDORSER_BEFORE = patterns.compile(
    r"\b(?:endorse(?:d|ments?)|backed)(?: [\w-]+){0,6}? (?:from|by)(?: (?:the )?[\w.-]+){0,3} $"
)
# "the brother of Y", "Y's attorney general": one a description relates someone to, no
# contestant, so no later pronoun's antecedent ("X, the brother of Y, lost. He got 9%")
_KIN = (
    r"(?:brother|sister|son|daughter|wife|husband|father|mother|widow|widower|nephew|niece|"
    r"cousin|grand(?:son|daughter|father|mother))(?:-in-law)?"
)
_AIDE = r"attorney[- ]general|spokes(?:man|woman|person)|aide|advis[eo]r|chief of staff"
_RELATION_WORDS = patterns.compile(rf"\b(?:{_KIN}|{_AIDE})\b")
_RELATIVE_BEFORE = patterns.compile(rf"\b{_KIN} of $")
_POSSESSOR_AFTER = patterns.compile(rf"['’]s (?:[\w-]+ )?(?:{_KIN}|{_AIDE})\b")
# "He represents Yobe North": the seat one holds, a place named like a person, no contestant
# "the mayor of Zhovkva", "governor of Lviv region": the place a local office is of
_LOCAL_OFFICE_OF = patterns.compile(
    r"\b(?:mayor|governor|prefect|burgomaster)s? of (?:the )?$", re.IGNORECASE
)
_SEAT_WORDS = patterns.compile(r"\brepresent(?:s|ed|ing)\b")
_SEAT_BEFORE = patterns.compile(r"\brepresent(?:s|ed|ing)(?: the)? $")


# The last word of a body's name besides the institutions: "Keble College", "Eton School"
_BODY_ENDINGS = frozenset(("college", "school", "academy", "club", "society"))
# Nations the country table leaves out (it files them under the UK), never a "he" or "she":
# "backed by France and then England. He got 111 votes"
_NATIONS = frozenset(("england", "scotland", "wales"))


# A side's last word in a name of two words or more: "Scottish Labour", "the Young Greens"
# name a party, never a person "the MSP" stands for (no surname: not "Green")
# (the sides' plurals and Labour: a singular "Green" or "Liberal" may be a surname)
_SIDE_LASTS = frozenset(
    w for w in names.SIDE_WORDS if w.startswith("labo") or (w.endswith("s") and w.isalpha())
)


def _side_name(candidate: Candidate) -> bool:
    """Whether a candidate is named as a party by its side's word (taken for a person's name
    by its shape: "Scottish Labour")."""
    if " " not in candidate.name:
        return False
    return candidate.name.rsplit(" ", 1)[-1].lower() in _SIDE_LASTS


def _body_name(candidate: Candidate) -> bool:
    """Whether a candidate's name ends in a body's word, or is a nation's: never a "he" or
    "she"."""
    if candidate.kind is Kind.PERSON or candidate.kind is Kind.OTHER:
        last = candidate.name.rsplit(" ", 1)[-1].lower()
        return last in _BODY_ENDINGS or last in names.INSTITUTIONS or last in _NATIONS
    return False


def _related(text: str, start: int, end: int) -> bool:
    """Whether the name at `start`:`end` is one a description relates someone to: "the
    brother of Y", "Y's attorney general"."""
    return bool(
        _RELATIVE_BEFORE.search(text, max(0, start - 30), start)
        or _POSSESSOR_AFTER.match(text, end)
    )


# A voters' register: how many may vote in each district, no one's votes
_REGISTER_STORY = patterns.compile(
    r"\bvoters?['’]? (?:register|roll|list)s?\b|\belectoral (?:register|roll)s?\b|"
    r"\bregister of (?:voters|electors)\b",
    re.IGNORECASE,
)
# "with 86,889 voters", "4,92,280 and 1,00,907 voters": a count of voters, not of votes
_ELECTORATE_COUNT = patterns.compile(
    r"[\d,.]+(?: (?:million|lakh|crore))?(?: and [\d,.]+(?: (?:million|lakh|crore))?)?"
    r" (?:registered |eligible )?(?:voters|electors)\b(?! (?:who )?(?:backed|voted|chose|picked|"
    r"cast|gave|supported|favou?red|opted|went))"
)
_HELD_BEFORE = patterns.compile(r"\b(?:with|have|has|had|and) $")
_REGION_WORD = patterns.compile(rf"\b(?:{_AREA_UNITS}|states?)\b", re.IGNORECASE)
# "X won the district with 5,120 voters": a result after all, where no register is told of
_RESULT_VERB = patterns.compile(
    r"\b(?:won|wins|winning|got|received|polled|secured|garnered|obtained|bagged|scored|"
    r"elected|beat|defeated|leads|leading)\b",
    re.IGNORECASE,
)
# A count that is the whole: "receiving all 425 votes cast", "won all 54 ballots"
_ALL_TAKEN_BEFORE = patterns.compile(
    r"\b(?:received|receiving|won|winning|got|getting|secured|securing|polled|polling|"
    r"garnered|garnering|obtained|obtaining|took|taking|swept|sweeping) all (?:the )?$",
    re.IGNORECASE,
)
_CONTESTANT_ONLY = frozenset(  # rules whose pronoun is a contestant
    {"pronoun-won-by-shares", "beat-pronoun-object"}
)
_PLAIN_PRONOUN = patterns.compile(r"\b(?:he|she|it)\b", re.IGNORECASE)
_LOSER_ROLE = patterns.compile(
    r"\b(?:challenger|runner-up|loser|rival|opponent|former|latter|which|who)\b", re.IGNORECASE
)
# "X picked up 17 votes in the second round" after X's first-round count: what X gained, not
# X's count (the count is the sum)
_GAIN_VERB_BEFORE = patterns.compile(r"\b(?:picked up|picking up|gained|gaining)\s+$", re.I)
_IN_LATER_ROUND_AFTER = patterns.compile(
    r"^\s*(?:votes?|ballots?)?\s*in\s+(?:the\s+)?(?:second|third|fourth|fifth|final|last|next|"
    r"later|decisive)\s+(?:round|ballot)",
    re.IGNORECASE,
)
# "gained 34 votes compared with the first round", "picked up 12 since the last ballot",
# "gained 4.2% on the last election": a change set against a round or an election named
# after it, whoever gained it (never "on the first ballot", which may be that round's count)
_COMPARED_ROUND_AFTER = patterns.compile(
    r"^\s*(?:votes?|ballots?)?,?\s*(?:(?:compared\s+(?:with|to)|since|over|from)\s+(?:the\s+)?"
    r"(?:first|second|third|fourth|fifth|previous|last|earlier|opening|\d{1,2}(?:st|nd|rd|th))"
    r"\s+(?:round|ballot|vote|count|election|poll)"
    # "gained 4.2% on the last election": set against an earlier election, never a round's
    r"|on\s+(?:the\s+)?(?:previous|last|earlier)\s+(?:election|poll|vote))",
    re.IGNORECASE,
)
# "picked up 9,311 votes between the 3rd and 4th rounds, and Y gained 6,054": votes moved
# from one round to the next, whoever of the sentence gained them
_BETWEEN_ROUNDS = Gated(
    ("between",),
    r"\bbetween (?:the )?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"\d{1,2}(?:st|nd|rd|th)) and (?:the )?(?:second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|final|last|\d{1,2}(?:st|nd|rd|th)) (?:rounds?|ballots?|counts?)\b",
)
# A count compared with a round after the first ("77 votes, 18 more than in the fourth
# ballot", "put on three votes from the last ballot"): the text's counts come later, so the
# ones it gives without a round are no first round's
# "The first round of voting was annulled": the vote was held again, so the counts a text
# gives without a round are not the void first round's
_FIRST_ROUND_VOID = Gated(
    ("annul", "cancel", "void", "invalidated", "scrapped"),
    r"\bfirst (?:round|ballot)(?: of (?:voting|votes|balloting))? (?:was|had been|were) "
    r"(?:(?:later|then|subsequently) )?(?:annulled|cancell?ed|declared (?:null and )?void|voided|"
    r"invalidated|scrapped)\b",
    re.IGNORECASE,
)
# A headline telling of a later round ahead ("X and Y face second round", "Vote heads to
# run-off"): the text's numbers are the first round's (not "X wins run-off": that round's)
_LATER_ROUND_IN_TITLE = patterns.compile(
    r"\b(?:face|faces|facing|head|heads|heading|headed|go|goes|going|advance|advances|"
    r"advancing|move|moves|set|bound|forced?|proceed|proceeds)\b[^.;:]{0,30}?\b"
    r"(?:(?:second|2nd|third|3rd)[- ](?:round|ballot)|run-?offs?)\b",
    re.IGNORECASE,
)
# (not "could pick up enough votes on the second ballot to win": a gain hoped for ahead)
_AFTER_A_LATER_ROUND = patterns.compile(
    r"\b(?:more|fewer|less|up(?<!\bpick up)(?<!\bpicks up)|down|on|added|gained)\b[^.;]{0,20}?\b(?:than|from|since|on) "
    r"(?:in |at |on )?the (?:second|third|fourth|fifth|sixth|seventh|eighth|last|previous) "
    r"(?:round|ballot|vote)\b",
    re.IGNORECASE,
)
_NEGATED = patterns.compile(
    r"\b(?:neither|nor|not|never|fail(?:ed|s|ing)? to|unable to)\b|n't\b", re.IGNORECASE
)
# a relative aside between a name and its verb: "X and Y, which did not stand, each got one"
_RELATIVE_ASIDE = patterns.compile(r", (?:who|which) [^,;<>]{1,60}, ")


def _negated(text: str, name_end: int, number: numbers.NumberMention) -> bool:
    """Whether the verb between a name and its number is negated ("neither secured 5%"); not
    by a relative aside of the name's own ("X, which did not stand, got one vote"). The
    zero read on "any" is the denial's own ("Y didn't have any votes")."""
    if text.startswith("any", number.start) and number.end - number.start == 3:
        return False
    start = max(name_end, number.start - 25)
    if not _NEGATED.search(text, start, number.start):
        return False
    aside = _RELATIVE_ASIDE.search(text, name_end, number.start)
    if aside is not None and aside.end() > start:
        return _NEGATED.search(text, aside.end(), number.start) is not None
    return True


# "the presidential election in Kazakhstan": a country after these words is a place.
# (a compass word too: "the second district in southern Taiwan")
_LOCATION_BEFORE = patterns.compile(
    r"\b(?:in|at|across|throughout|within|inside)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west)?(?:ern|-?east(?:ern)?|-?west(?:ern)?)?\s+|central\s+)?"
    # "leading in Kelantan and Kedah with 3,107": the second of two places joined by "and"
    r"(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s+and\s+)?$"
)
_LOCATION_REACH = 44
# "to Ts.Elbegdorj", "N.Enkhbayar received": a patronymic's initial glued to the name, as
# Mongolian usage writes it, belongs to the name's token (so "to <C>" reads as it does)
_GLUED_INITIAL = patterns.compile(r"(?<![\w.])[A-Z][a-z]?\.$")
# "in southern Taiwan's Tainan", "in Peru's Cusco": a place owned by the place before it
_OWNED_PLACE_BEFORE = patterns.compile(
    r"\b(?:in|at)\s+(?:the\s+)?(?:(?:north|south|east|west)?(?:ern|-?east(?:ern)?|-?west(?:ern)?)?"
    r"\s+|central\s+)?(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s\s+$"
)
# "held in Paris, France with 128 votes": a country after its city names where a vote was
# (up to three capitalised words of the city after "in" or "at", the country then closing
# the place: a stop, a comma or a preposition, never a verb as in "In Geneva, France won")
# ("in New York, the U.S.,": the country's article too)
_CITY_COUNTRY_BEFORE = patterns.compile(
    r"\b[IiAa][nt] (?:[A-Z][\w'’.-]* ){0,2}[A-Z][\w'’.-]*, (?:the )?$"
)
_CITY_COUNTRY_AFTER = patterns.compile(
    r"\s*(?:[,.;:)]|$)|\s+(?:with|on|in|at|last|this|where|when|during|after|before|for)\b"
)
# "Athletics Kenya", "Cricket Australia": a sport before a country names the country's body
_SPORT_BEFORE = patterns.compile(rf"\b(?:{'|'.join(sorted(w.title() for w in names.SPORTS))}) $")
# "a professor at the University of Iceland", "the Bank of England": a country ending an
# institution's name, no contestant (or a body's: "the Electoral Commission of Ghana declared")
_INSTITUTION_BEFORE = patterns.compile(
    r"\b(?:University|College|Bank|Museum|Commission) of (?:the )?$"
)
# "Alliance for the Union of Romanians", "Party of Free Hungarians": a people after a
# capitalised noun's "of" ends a body's name (a party's, most often), not a country's bid
_BODY_OF_BEFORE = patterns.compile(r"\b(?-i:[A-Z])[\w-]+ of (?:the )?(?:(?-i:[A-Z])[\w-]+ )?$")
# "the U.S.-backed candidate", "a French-sponsored text": the country in a compound adjective
# backs or leads something, it is no contestant
_COUNTRY_COMPOUND_AFTER = patterns.compile(
    r"-(?:backed|sponsored|supported|led|brokered|funded|allied|friendly|favou?red|endorsed|"
    r"nominated|proposed)\b"
)
# A wire story's dateline: "GENEVA, Oct 12 (Reuters) -", "UNITED NATIONS (AP) —",
# "Paris, June 6 (AFP) -", "Lima, May 3 (EFE).-". The place heads the story; it is no candidate.
_DATELINE = patterns.compile(
    r"(?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][\w.]+(?: [A-Z][\w.]+){0,2})?"
    r"(?:,? [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)?(?: \([A-Za-z][\w .&/-]{0,30}\))?"
    r"|[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2}(?:,? [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)?"
    r" \([A-Za-z][\w .&/-]{0,30}\))\.? ?[-–—]+ (?=[A-Z“\"‘'])"  # a story, not "– 150 votes"
)
# A dateline closed by a colon: "KATHMANDU, Aug 3:" (the place in capitals and a date, so a
# row "YES: 41,206" or a heading "Geneva: X was elected" is none)
_COLON_DATELINE = patterns.compile(
    r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}, [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?:\s+"
)
_ASIDE = patterns.compile(r"\([^()]{1,40}\)")  # "(Conservative)" beside a name in a cell
_TWO_DIGITS = patterns.compile(r"\d{2,}")
# A line announcing the results a list below it gives ("The result of the first ballot was
# announced on Tuesday.", "Results of the second round")
_RESULTS_ANNOUNCED = Gated(
    ("result",), r"\bresults? (?:of|from|in) (?:the |this |today['’]s )?(?:\w+ )?(?:round|ballot)\b"
)
_YEAR_DIGITS = patterns.compile(r"(?:19|20)\d\d")
_A_ROUND = Gated(("round", "ballot"), r"\b(?:round|ballot)\b")
_MAJORITY_WORDS = patterns.compile(r"majority|needed|required|to win|to be elected", re.I)
# Votes on texts and measures, not on candidates.
_MEASURE_VOTE = Gated(
    (
        "resolution",
        "motion",
        "amendment",
        "draft text",
        "bill",
        "suspen",
        "referendum",
        "cast on",
        "voted on",
        "adopt",
        "approv",
        "ratif",
        "confidence",
        "trust",
        "floor test",
        "censure",
        "impeach",
        "strike",
        "industrial action",
        "in favo",
        "resignation",
        "dismissal",
        "removal",
        "ouster",
        "text ",
    ),
    # (plurals too: "adopted by a vote of 52 in favour and 3 against, two resolutions"; not
    # "bills", a surname: "Jeremy Bills and running mate Y received 359 votes")
    r"\b(?:resolutions?|motions?|amendments?|draft texts?|bill|suspend|suspension|referendum)\b"
    # "Bill Daley with 14.7 percent" names a man, not a bill; so does a results table's
    # capitals before a party's letter: "BILL DALEY (D) 14.7%"
    r"(?!(?-i: [A-Z][a-z]| [A-Z][A-Z'’-]+ \([A-Z]{1,3}\)))|"
    # "X won a confidence vote by 61 votes to 40": a vote on a government, not a race ("a
    # vote of confidence" alone is often a figure of speech for a race's result)
    r"\b(?:(?:no[- ])?confidence (?:vote|ballot)|votes? of no[- ]confidence|"
    # the same in the South Asian press: "won the trust vote with 188 votes", "floor test"
    r"trust (?:vote|motion)|votes? of trust|floor test|"
    r"censure vote|impeachment (?:vote|trial)|"
    # "won a strike ballot with 54.2% in favour": a union's vote on action, not a race
    r"strike (?:ballot|vote|call|action)|industrial action)\b|"
    # "201 votes were cast on the reforms, with 179 in favour": a vote on a measure
    r"\b(?:cast|voted) on (?:the |its |a |new )?(?:reforms?|proposals?|changes|statutes?|"
    r"package|measures?|constitution|rules)\b|"
    # "X defeated Y, and the Assembly then adopted the agenda by a vote of 99 to 85"
    # (a UN headline's "Committee Approves Management Reform Text by Vote of 108 in Favour")
    r"\b(?:adopted|adopting|adopts|approved|approving|approves|ratified|ratifying|ratifies) "
    r"(?:the |its |a |an |their )?(?:[\w-]+ ){0,3}(?:agenda|report|text|decision|budget|proposals?|"
    r"draft|treaty|declaration|convention|plan|laws?|act|measures?|statutes?|charter|"
    r"recommendations?|rules|changes)\b|"
    # "the House voted 31-9 in favour of appointing X": a score for an act (a gerund) is a
    # motion's, X the one it names
    r"\b\d+ ?(?:[-–]|to) ?\d+ (?:votes? )?in favou?r of (?!(?:the|a|an|his|her)\b)[a-z]+ing\b|"
    # "accepted the resignation of President X with 196 votes in favour": a motion about X
    # (gone or to go), not a race X ran in
    r"\b(?:accept(?:ed|ing|s)?|approv(?:ed|ing|es)|endors(?:ed|ing|es)|vot(?:ed|ing|es) "
    r"(?:for|to (?:accept|approve))) (?:the |his |her |their )?"
    r"(?:resignation|dismissal|removal|ouster)\b|"
    # a text voted on as the subject: "Text Passes by 137 Votes in Favour to 12 against",
    # "The text received 11 in favour, to three against", "The text, approved by a vote of"
    r"\btext,? (?:pass(?:es|ed)|received|obtained|got|won|garnered|failed|"
    r"(?:was )?(?:adopted|approved|rejected|carried))\b|"
    # a participle opening a UN release's sentence, the draft its subject after the count:
    # "Adopted by a recorded vote of 29 in favour to 8 against ..., the draft ..."
    r"^\W*(?:adopted|passed|carried) by (?:a )?(?:recorded |roll[- ]call )?vote\b",
)

# "X prevailed 45 votes to 40 over Y - the same number as backed the spill motion": an
# aside after a dash, with no number of its own, says what else was voted on
_NUMBERLESS_TAIL = patterns.compile(r" [-–—] (?=[^\d]*$)")


# The party word of "BJP candidate", "the AAP's nominee" (see rules.PARTY_NOMINEE_REFERENCE)
_PARTY_NOMINEE_WORDS = patterns.compile(r"\b([A-Z][\w-]{1,12})(?:['’]s)? (?:candidate|nominee)\b")


def _all_at(text: str, name: str) -> list[int]:
    """Where `name` starts in `text`, every time."""
    return [m.start() for m in re.finditer(re.escape(name), text)]


def _measure_vote(text: str) -> bool:
    """Whether the sentence's numbers count a vote on a measure, not on candidates."""
    found = _MEASURE_VOTE.search(text)
    if found is None:
        return False
    tail = _NUMBERLESS_TAIL.search(text)
    if tail is None or tail.start() > found.start():
        return True
    return _MEASURE_VOTE.search(text, 0, tail.start()) is not None


# "X, who served as minister under Y, ... when he ...": a relative clause after the
# sentence's subject, to its next comma
_RELATIVE_AFTER_SUBJECT = patterns.compile(r", (?:who|whose) [^,;]{1,160}[,;]")


def _relative_clause_names(text: str, mentions: list[sieve.Mention], number: int) -> set[int]:
    """The indexes of the names in a relative clause on the sentence's first name ("X, who
    served in Y's cabinet, garnered ..., when he received 33 votes"): never the antecedent of
    a pronoun after the clause, which stands for its subject."""
    first = next((i for i, m in enumerate(mentions) if m.kind == "C"), None)
    if first is None or first >= number or not text.startswith(", who", mentions[first].end):
        return set()
    clause = _RELATIVE_AFTER_SUBJECT.match(text, mentions[first].end)
    if clause is None or number >= len(mentions) or mentions[number].start < clause.end():
        return set()
    return {
        i
        for i, m in enumerate(mentions[:number])
        if m.kind == "C" and mentions[first].end < m.start < clause.end()
    }


# A name right before "where" names the place the clause after it is about ("in Rome, where
# the new secretary took 69%"): never whom a pronoun or a role in that clause stands for
_WHERE_AFTER = patterns.compile(r",? where\b")
# a share written with its decimals ("52.0%"), however the point is printed
_DECIMAL_WRITTEN = patterns.compile(r"\d[.,·]\d")


def _places_before_where(text: str, mentions: list[sieve.Mention], number: int) -> set[int]:
    """The indexes of the names before `number` that a "where" follows."""
    return {
        i
        for i, m in enumerate(mentions[:number])
        if m.kind == "C" and _WHERE_AFTER.match(text, m.end)
    }


@dataclass
class _Context:
    """What sentences share as a document is read in order."""

    body: str | None = None
    group: str | None = None
    term: str | None = None
    round: int | None = None  # from a heading: holds until the next heading or body
    paragraph_round: int | None = None  # from prose: holds to the end of its line
    paragraph_offices: frozenset[str] = frozenset()  # the seats the sentence naming it filled
    paragraph_year: str | None = None  # the year the sentence naming it gave, if any
    paragraph_line: int = 0
    paragraph_exit: bool = False  # the round was one someone went out in ("dropped out after")
    heading_line: int = -2  # the line of the last heading that named a round
    held_round: int | None = None  # "went to a third round": what "that round" means
    held_line: int = -1
    # round, line, candidates and the sentence's number: see _note_decided_round
    decided: tuple[int, int, frozenset[str], int] | None = None
    recent: list[Candidate] = field(default_factory=list)  # last named candidates, oldest first


@dataclass
class _ContestDraft:
    """A contest while the document is read: open sets that become the frozen `Contest`."""

    body: str | None
    group: str | None
    year: str | None
    round: int | None
    seats: int | None = None
    total: Figure | None = None
    required: Figure | None = None
    candidates: dict[str, Candidate] = field(default_factory=dict)
    elected: set[str] = field(default_factory=set)
    contesting: set[str] = field(default_factory=set)
    defeated: set[str] = field(default_factory=set)  # keys the text says lost
    spans: list[Span] = field(default_factory=list)

    def absorb(self, other: _ContestDraft) -> None:
        """Take in what another draft of the same vote holds (its tallies moved here)."""
        self.candidates.update(other.candidates)
        self.elected |= other.elected
        self.contesting |= other.contesting
        self.defeated |= other.defeated
        self.seats = self.seats or other.seats
        self.total = self.total or other.total
        self.required = self.required or other.required

    def rename(self, short: str, full: Candidate) -> None:
        """Stand `full` in for the candidate filed under `short`, its status kept."""
        del self.candidates[short]
        self.candidates.setdefault(full.key, full)
        for keys in (self.elected, self.defeated, self.contesting):
            if short in keys:
                keys.discard(short)
                keys.add(full.key)


class _RoundCues(NamedTuple):
    """What a sentence says of rounds and years, for each number a rule binds in it."""

    text: str  # the sentence less the tails of earlier figures ("up from 98 in ...")
    rounds: tuple[tuple[int, int], ...]  # (offset, round) of each round phrase
    years: list[tuple[int, str]]  # (offset, year) of each year not the term's
    compared: set[int]  # rounds a count is compared with ("up 6 on the first round")
    carried: int | None  # the round a sentence before decided, for counts without one


def extract(source: Source, *, every_sentence: bool = False) -> Document:
    """Read every contest and tally that `source` states.

    Only the sentences `scan` finds a hit in are visited; `every_sentence` visits all of
    them instead (slower, same result: the tests hold the two equal)."""
    try:
        return _Reader(source, every_sentence).run()
    finally:
        cues.clear_caches()


# "51·48%", "69·9%": a British style's raised decimal point, read as "." (the same length,
# so every offset holds)
_RAISED_POINT = patterns.compile(r"(?<=\d)\u00b7(?=\d)")


# "won the ballot 185:182": a score with a colon, read as "185-182" (the same length); only
# where no clock could show it (hours past 24 or minutes past 59), so "at 10:30" stays a time
# (the colons found first: a pattern opening on a digit would try every digit of the text)
# (the colon first: a pattern opening on a look-behind is tried at every character)
_SCORE_COLON = patterns.compile(r":(?<=\d\d:)(?=\d\d)")
_COLON_SCORE = patterns.compile(r"(?<![\d:.,])(\d{2,4}):(\d{2,4})(?![\d:])")


def _colon_scores(text: str) -> str:
    for colon in _SCORE_COLON.finditer(text):
        at = start = colon.start()
        while start > 0 and text[start - 1].isdigit():
            start -= 1
        found = _COLON_SCORE.match(text, start)
        if found and (int(found.group(1)) > 24 or int(found.group(2)) > 59):
            text = f"{text[:at]}-{text[at + 1 :]}"  # (the same length: later colons hold)
    return text


# A share's decimal point typed with a stray space after it ("3. 04%"): read as "3.04 %", the
# same length, instead of a sentence ending in "3" and another opening on "04%". Two decimals
# then a sign: a count ending a sentence is never followed by a share of two digits written
# with a leading zero or glued to its sign like that (the stop first, as in _SCORE_COLON).
# (a whole part of one or two digits, not the end of a longer number)
_SPACED_POINT = patterns.compile(
    r"\.(?<=\d\.)(?<!\d\d\d\.)(?<![.,]\d\.)(?<![.,]\d\d\.) (\d\d)(?=%)"
)


def _rewritten_in_place(text: str) -> str:
    """`text` with colon scores, raised points and spaced points read as "185-182", "51.48"
    and "3.04 %": the same length, so every offset holds (the evidence still shows the
    source: `_evidence`)."""
    if ":" in text:
        text = _colon_scores(text)
    if ". " in text and "%" in text:
        text = _SPACED_POINT.sub(r".\1 ", text)
    return _RAISED_POINT.sub(".", text) if "\u00b7" in text else text


class _Reader:
    def __init__(self, source: Source, every_sentence: bool = False) -> None:
        self.source = source
        self.text = _rewritten_in_place(unwrap(source.text))
        # (read with a character changed here and there: span lines count the source's lines,
        # evidence shows its sentences)
        self.unwrapped = self.text is not source.text
        self.context = _Context()
        self.drafts: dict[tuple, _ContestDraft] = {}
        self.outcome_only: set[tuple] = set()  # (key, candidate) a stated outcome alone drafted
        self.tallies: list[tuple] = []  # key, candidate, votes, percent, span, rule, name span
        self.unattributed: list[Span] = []
        self.warnings: list[str] = []  # numbers refused as tallies, for the user to see
        self.stated_with: dict[int, Figure] = {}  # this sentence: count offset -> its total
        self.tally_totals: dict[Span, Figure | None] = {}
        self.group_figures: set[Span] = set()  # totals and majorities a group's name qualifies
        self.run_off_spans: set[Span] = set()  # tallies a held run-off gave: not round 1
        self.after_exit: set[int] = set()  # the sentence's wins after a round gone out in
        self.after_exit_spans: set[Span] = set()  # their tallies: not round 1 either
        self.unplaced_finals: set[tuple] = set()  # "the final ballot" of no known number
        self.run_off_line = -1  # the line whose sentence said a run-off was held
        self.later_count_heading = False  # a "Count 2" line: the counts before are the first's
        self.after_run_off = False  # an earlier sentence of this line said so
        self.visits = _visits(self.text, every_sentence)
        # a results page's races, each a heading over its rows: see _key
        self.race_blocks = headings.race_blocks(self.text)
        self.sentence_start = 0  # where the sentence being read starts, layout or not
        sentences = [s for s, _ in self.visits]
        self.doc_body = _first(cues.body_in(s.text) for s in sentences)
        self.doc_term = _first(cues.term_in(s.text) for s in sentences)
        groups = set().union(*(cues.groups_in(s.text) for s in sentences)) if sentences else set()
        self.doc_group = next(iter(groups)) if len(groups) == 1 else None
        self.names_groups = bool(groups)  # an election by regional group: see _regroup
        self.names = NameBook()
        self.names.document = self.text
        self.previous_cell: Sentence | _Gap | None = None
        self.sentence_before: Sentence | _Gap | None = None  # of the sentence being read
        # the last sentences skipped as plain prose, with their candidates once looked for;
        # a _Gap stands for the sentences between two visited ones until they are needed
        self.light: list[tuple[str | _Gap, list[Candidate] | None]] = []
        # the skipped sentences before a read one that named no person: where "she" may
        # still find the person named before that sentence
        self.passed_light: list[tuple[str | _Gap, list[Candidate] | None]] = []
        self.visited_end = 0
        self.line = 0
        self.round_count = _first_max(cues.round_count_in(s.text) for s in sentences)
        self.table: tables.Table | None = None  # the columns of the last table header read
        self.sentences_read = 0
        self.tally_marks = (0, 0)  # where the last sentence read, and this one, began to add
        self.late_rounds: dict[int, int] = {}  # tally index: the round a later sentence gave
        self.capitals_as_cities = False  # set once capitals are listed among other cities
        self.capital_spans: set[tuple[int, int]] = set()  # of the last sentence's capitals
        self.demonym_spans: set[tuple[int, int]] = set()  # of its demonyms read as countries
        self.resolving_demonyms = False  # while finding the people a demonym may stand for
        self.reading_start = 0  # where the sentence being read starts in the text
        self.falling_rows: dict[int, bool] = {}  # line index: whether its block counts down
        self.list_seen: tuple[int, int | None] = (-1, None)  # last list line's end, its round
        self.affiliations: dict[str, str] = {}  # a person's key -> the country stated as theirs
        self.group_words: dict[str, bool] = {}  # a name -> named only before "members"?
        self.measure_keys: dict[tuple, tuple] = {}  # an option contest of one measure -> plain
        # the last sentences read that named candidates, with them: see _contestant
        self.read_named: list[tuple[str, list[Candidate | None]]] = []
        # who the last sentence's opening "He"/"She" stood for, its sex and where it ended:
        # a pronoun of the next sentence goes on with the same person (see _pronoun_chain)
        self.opening_pronoun: tuple[Candidate, str, int] | None = None

    def _bracketed_count_item(self, text: str) -> bool:
        """Whether the sentence is an item of a list of "Name (N)" lines whose brackets
        hold counts: one of its items holds a number no age can be ("• X of Y (113)"), so
        "• Z (30)" is Z's 30 votes, not Z's age."""
        if not text.endswith(")") or _BRACKETED_ITEM.fullmatch(text) is None:
            return False  # (the cheap test first)
        return self.bracketed_counts_listed

    @cached_property
    def lines(self) -> list[str]:
        """The text's lines, split once: a row's neighbours are looked up for many rows."""
        return self.text.split("\n")

    @cached_property
    def bracketed_counts_listed(self) -> bool:
        return any(
            not 18 <= int(item.group(1)) <= 110 for item in _BRACKETED_ITEM_LINE.finditer(self.text)
        )

    @cached_property
    def running_mates(self) -> frozenset[str]:
        """The words of the names the text calls someone's running mate ("X and her running
        mate Y Z won"): "X and Y got 57%" later is the ticket's share, X's."""
        if "running" not in self.text:
            return frozenset()
        return frozenset(
            word for m in _MATE_NAMED.finditer(self.text) for word in m.group(1).split()
        )

    @cached_property
    def host_city_vote(self) -> bool:
        """Whether the text is about a host-city vote, where capitals stay cities."""
        return self.doc_body == "IOC" or bool(_HOST_CITY.search(self.text))

    @cached_property
    def register_story(self) -> bool:
        """Whether the text reports a voters' register (how many may vote where)."""
        return _REGISTER_STORY.search(self.text) is not None

    def _electorate_sizes(self, text: str, mentions: list[sieve.Mention]) -> bool:
        """Whether each count in the sentence is a place's electorate: "with 86,889 voters",
        "have 4,92,280 and 1,00,907 voters", said of districts or in a register's story."""
        counts = [m for m in mentions if m.kind == "N"]
        if not counts or not all(_ELECTORATE_COUNT.match(text, m.start) for m in counts):
            return False
        if not all(_HELD_BEFORE.search(text, max(0, m.start - 6), m.start) for m in counts):
            return False
        if self.register_story:
            return True
        return _REGION_WORD.search(text) is not None and _RESULT_VERB.search(text) is None

    @cached_property
    def vote_subject(self) -> str | None:
        """What the text votes on if it is a referendum or a like vote on a question."""
        return options.subject_of(self.text)

    @cached_property
    def vote_question(self) -> str | None:
        """The name the text gives the question put to the voters ("The Voice"), if any."""
        return options.question_of(self.text) if self.vote_subject else None

    @cached_property
    def local_vote(self) -> bool:
        """Whether the text reports a city's own election and no body where countries vote:
        its capitals are people's names or places, never governments ("Lima won 53.8%")."""
        return self.doc_body is None and bool(_LOCAL_VOTE.search(self.text))

    # --- the walk ---------------------------------------------------------------------
    def run(self) -> Document:
        for sentence, worth_reading in self.visits:
            self._skip_to(sentence)
            self._read_sentence(sentence, worth_reading)
        return self._document()

    def _skip_to(self, sentence: Sentence) -> None:
        """Stand the sentences skipped before `sentence` in for the ones the walk would have
        seen: the previous cell and the last plain-prose sentences, split when needed."""
        start, self.visited_end = self.visited_end, sentence.end
        if _holds_prose(self.text[start : sentence.start]):
            gap = _Gap(start, sentence.start, sentence.line)
            self.previous_cell = gap
            self.light = [*self.light[-1:], (gap, None)]

    def _read_sentence(self, sentence: Sentence, worth_reading: bool) -> None:
        self.sentence_before = self.previous_cell
        text = sentence.text[:_MAX_SENTENCE]
        if _SEPARATOR.match(text):
            return  # a table rule ("|", "---") between cells
        # (a row too: a paragraph's round, or its run-off, stays on its own line)
        self.line = sentence.line
        self.sentence_start = sentence.start
        self.after_run_off = self.run_off_line == sentence.line
        read_as_layout = self._read_layout(sentence, text)
        self.previous_cell = sentence
        if read_as_layout:
            return
        self.reading_start = sentence.start
        if text.startswith("(") and self._earlier_on_own_line(sentence, text):
            return
        earlier = comparisons.earlier_figures(text)
        # the rounds and years of the sentence's own numbers
        cue_text = comparisons.without_tails(text, earlier) if earlier else text
        compared: set[int] = set()  # "up 6 from the first round": no count of that round
        if comparisons.compares_a_round(cue_text):
            compared = {
                r
                for m in comparisons.COMPARED_ROUND.finditer(cue_text)
                for _, r in cues.rounds_in(m.group())
            }
            cue_text = comparisons.COMPARED_ROUND.sub(lambda m: " " * len(m.group()), cue_text)
        self._update_context(cue_text, sentence)
        # "The runoff was held on 20 May. X won 52.1%.": the later sentences tell its numbers
        if _HELD_RUN_OFF.search(text):
            self.run_off_line = sentence.line
        if not worth_reading:
            # Most prose has no number and no election word: keep it only in case a later
            # pronoun points back into it ("Mayor Vidal held on. The incumbent took 61%").
            self.light = [*self.light[-1:], (text, None)]
            return
        self.sentences_read += 1  # of those worth reading: a walk may skip the rest
        self.tally_marks = (self.tally_marks[1], len(self.tallies))
        key = self._key(cue_text)
        span = self._span(sentence, 0, len(sentence.text))
        if self._read_labels(text, key, span):
            return  # a whole line of a ballot block ("Abstentions: 2") holds nothing else
        candidates = self._candidates(text)
        found = sieve.sharing_percent(
            text,
            sieve.with_single_votes(
                text, _without_name_words(text, numbers.find_numbers(text, self.text))
            ),
        )
        if len(found) == 1 and (
            self._share_row(sentence, text, found[0]) or self._decimal_among_shares(sentence, text)
        ):
            found = [replace(found[0], percent=True, value=float(found[0].value))]
        for huge in patterns.twin_for(_HUGE_DIGITS, text).finditer(text):
            self.warnings.append(
                f"{self.source.name}:{sentence.line}: a number of {len(huge.group())} digits "
                "is no vote count; not read as a tally"
            )
        if candidates:
            self._read_status(text, key, candidates, span)
            self._read_outcomes(text, key, candidates, span)
        elif key[1] is not None:
            self._read_group_seats(text, key)
        carried = self._decided_round_for(candidates) if self.context.decided else None
        decided = self.context.decided  # before this sentence's own win or loss replaces it
        self._note_decided_round(cue_text, candidates)
        if not found:
            self._remember_last(candidates, text)
            return
        self.stated_with = {}
        self.after_exit = set()
        measure = _measure_vote(text)
        classified = sieve.without_named_things(
            text, self._classify(text, found, key, sentence, measure), candidates
        )
        mentions = sieve.pair_counts_and_shares(text, sieve.without_elided_things(text, classified))
        if measure:
            mentions = [replace(m, kind="X") for m in mentions]
        before = intro = ""
        if sieve.POLL_PRONOUN.match(text):  # "It gives X 41%": of a poll told just before?
            last = self._last_sentence(self.sentence_before)
            before = last.text if last else ""
        elif "%" in text and len(text) <= _LIST_LINE_MAX and self._opens_line(sentence):
            intro = "".join(self._list_intro(sentence.start, shares=True)[-1:])  # "A poll's:"
        mentions = sieve.without_misreported(
            text, sieve.without_poll_figures(text, mentions, before, intro)
        )
        mentions = sieve.without_straw_poll_dissent(text, mentions)
        if " ha" in text and _BARE_HOLDING.search(text):
            mentions = self._without_delegates_said_before(text, mentions)
        mentions += candidates
        mentions.sort(key=lambda m: m.start)
        mentions = sieve.mark_ages(text, mentions, self._bracketed_count_item(text) or None)
        skeleton = sieve.skeleton(text, mentions)
        term = cues.term_in(text) or self.context.term or self.doc_term
        rounds = cues.rounds_in(cue_text)
        years = [(at, y) for at, y in cues.years_in(cue_text) if not (term and y in term)]
        followed = comparisons.followed_by_earlier(text, mentions, earlier) if earlier else {}
        claimed: set[int] = set()
        bindings = _without_self_pairs(self._bindings(skeleton, mentions, text, sentence), mentions)
        organs = self._organs(text, mentions, bindings) if "Council" in text else {}
        body = key[0]
        gains = "gain" in text or "picked up" in text or "picking up" in text
        # "81 in favour and 10 against", "248 voted for X, 201 voted against him", "(58 for,
        # 3 against)", "112 for and 40 against"
        sided = "against" in text and (
            " favo" in text
            or " for," in text
            or " for and" in text
            or "voted against h" in text
            or " votes, " in text  # "(64 votes, 9 against)"
            or " votes (" in text  # "67 votes (9 against)"
            or " votes and " in text  # "72 votes and one against"
        )
        cues_here = _RoundCues(cue_text, rounds, years, compared, carried)
        for binding in bindings:
            number = mentions[binding.number]
            readable, round_ = self._binding_round(binding, mentions, text, cues_here, organs)
            if not readable:
                claimed.add(binding.number)
                continue
            year = self._year_at(years, number.start, text)
            then = earlier.get(number.start)
            if then is not None:  # "down from 98 in the first round": the 98's own round
                round_, year = then.round, then.year or (year if then.round else None)
            elif binding.earlier:
                binding = replace(binding, candidate=rules.CLAIM_ONLY)  # "up from 98 last time"
            elif number.start in followed and (
                round_ is None or (not rounds and round_ == carried)
            ):
                round_ = followed[number.start]  # "120 votes, up from 98 in the first round":
                # the round after that, before one carried from the sentence before
            key = (organs.get(binding.number, body), key[1], year, round_)
            if binding.candidate == rules.CLAIM_ONLY:
                claimed.add(binding.number)
                continue
            if binding.candidate >= 0 and _negated(text, mentions[binding.candidate].end, number):
                continue  # "neither secured 5% of votes cast"
            if (
                binding.candidate >= 0
                and binding.rule not in _OWNER_RULES
                and _owned_subject(text, mentions[binding.candidate], number)
            ):
                continue  # "Brazil's currency gained 4.5%": the thing Brazil owns did
            if binding.rule in _PERSON_OF_ROW_RULES:
                binding = _person_of_row(binding, mentions)
            candidate = self._bound_candidate(binding, mentions, text, skeleton, sentence)
            if candidate is None:
                continue
            if gains and (
                self._gain_after_count(candidate, text, number, sentence.start)
                or _gain_on_a_round(text, number)
            ):
                claimed.add(binding.number)
                continue
            if binding.candidate < 0 and key[3] is None and decided and not years:
                # "X was elected on the seventh ballot. She received 220 votes"
                key = (*key[:3], self._decided_round_of({candidate.key}, decided))
            against = self._against(text, mentions, binding.number, candidate) if sided else None
            if against is not None:  # "X received 81 votes in favour and 10 against"
                claimed |= self._add_sides(
                    key, candidate, mentions, binding.number, against, sentence
                )
                continue
            name = mentions[binding.candidate] if binding.candidate >= 0 else None
            name_span = self._span(sentence, name.start, name.end) if name else None
            self._add_tally(key, candidate, number, sentence, binding.rule, name_span)
            for later in _shared_rounds(text, number.start, key[3], binding):
                later_key = (*key[:3], later)
                self._add_tally(later_key, candidate, number, sentence, binding.rule, name_span)
            claimed.add(binding.number)
        # "N in favour and M against", "by 383 votes to 327 against" (both words cheap tests)
        if "against" in text and (sided or " to " in text) and not self.vote_subject:
            counted = not measure  # a count of those voting ("8,119 members voted ...")
            claimed |= self._read_unbound_sides(sentence, text, mentions, claimed, key, counted)
        if self.vote_subject or options.sides_named(text):
            claimed |= self._read_options(sentence, text, found, mentions, candidates, key)
        self._note_unattributed(sentence, text, mentions, claimed)
        self._remember_last(candidates, text)

    def _against(
        self,
        text: str,
        mentions: list[sieve.Mention],
        index: int,
        candidate: Candidate | None,
        counted: bool = False,
    ) -> int | None:
        """The index of the count against a person (or a party's leader named with it)
        whose count in favour is at `index` ("81 votes in favour and 10 against"), if the
        sentence gives one. A country's votes are its own, whatever they are called.
        `counted`: the count in favour may be one the sieve set aside as a count of
        people, not votes ("8,119 members voted in favour"): here those people voted."""
        if candidate is not None and candidate.kind in (Kind.COUNTRY, Kind.OPTION):
            return None
        favour = mentions[index]
        after = next((i for i in range(index + 1, len(mentions)) if mentions[i].kind != "C"), None)
        if after is None or mentions[after].kind == "P":
            return None
        if favour.kind != "N" and not (counted and favour.kind == "X"):
            return None
        other = mentions[after]
        spans = (options.Number(m.start, m.end, False) for m in (favour, other))
        return after if options.against_of(text, *spans, other.value) else None

    def _read_unbound_sides(
        self,
        sentence: Sentence,
        text: str,
        mentions: list[sieve.Mention],
        claimed: set[int],
        key: tuple,
        counted: bool,
    ) -> set[int]:
        """Yes and No of a vote on one person that no rule bound to the person: "The tally
        was 482 votes in favour and 165 against", "X was confirmed by 383 votes to 327
        against". The person is the one the sentence names, else the last one named; with
        no person named, a vote on a proposal ("8,119 voted in favour, 1,954 against"). A
        list gives each person a pair: "X (71 for, 5 against) and Y (70 for, 4 against)"."""
        read: set[int] = set()
        for index, favour in enumerate(mentions):
            if index in claimed or index in read or favour.kind not in ("N", "X"):
                continue
            person = self._sides_person(mentions[:index])
            against = self._against(text, mentions, index, person, counted)
            if against is not None and against not in claimed:
                read |= self._add_sides(key, person, mentions, index, against, sentence)
            elif favour.kind == "N" or counted:
                read |= self._read_rival_sides(sentence, text, mentions, index, key)
        return read

    def _read_rival_sides(
        self,
        sentence: Sentence,
        text: str,
        mentions: list[sieve.Mention],
        index: int,
        key: tuple,
    ) -> set[int]:
        """A contest of two told as for and against: "X won by 21 votes in favour and 16
        against the candidate of Y, Z" gives X the first count and Z, named after the
        second, the second (both named in the sentence, or it is no such contest)."""
        later = [i for i in range(index + 1, len(mentions)) if mentions[i].kind != "C"]
        if not later or mentions[later[0]].kind == "P":
            return set()
        spans = (
            options.Number(m.start, m.end, False) for m in (mentions[index], mentions[later[0]])
        )
        if not options.against_rival(text, *spans):
            return set()
        people = [
            i for i, m in enumerate(mentions) if m.candidate and m.candidate.kind is Kind.PERSON
        ]
        before = [i for i in people if i < index]
        after = [i for i in people if i > later[0]]
        if (
            not before
            or not after
            or mentions[before[-1]].candidate == mentions[after[0]].candidate
        ):
            return set()
        for name, count in ((before[-1], index), (after[0], later[0])):
            number = replace(mentions[count], kind="N")
            name_span = self._span(sentence, mentions[name].start, mentions[name].end)
            candidate = mentions[name].candidate
            self._add_tally(key, candidate, number, sentence, "rival-sides", name_span)
        return {index, later[0]}

    def _sides_person(self, before: list[sieve.Mention]) -> Candidate | None:
        """The person a vote told as for and against is on: the last one the sentence
        names before the count, else the last one named before the sentence."""
        named = [m.candidate for m in before if m.candidate and m.candidate.kind is Kind.PERSON]
        recent = [c for c in self.context.recent if c.kind is Kind.PERSON]
        return (named or recent or [None])[-1]

    def _add_sides(
        self,
        key: tuple,
        candidate: Candidate | None,
        mentions: list[sieve.Mention],
        favour: int,
        against: int,
        sentence: Sentence,
    ) -> set[int]:
        """Yes and No of a vote on one person, in a contest of the person's name (a text
        may tell of several such votes); the indexes of the two counts."""
        for index, side in ((favour, options.YES), (against, options.AGAINST)):
            number = replace(mentions[index], kind="N")
            rule = "option-person-sides"
            measure = candidate.name if candidate else None
            self._add_tally(key, side, number, sentence, rule, None, measure)
        return {favour, against}

    def _read_options(
        self,
        sentence: Sentence,
        text: str,
        found: list[numbers.NumberMention],
        mentions: list[sieve.Mention],
        candidates: list[sieve.Mention],
        key: tuple,
    ) -> set[int]:
        """Yes and No in a vote on a question, from the numbers no rule made a tally of
        (whatever the sieve made of them: "by 128 in favour" is no margin here): the
        indexes in `mentions` of the numbers read."""
        taken = {t[4].start - sentence.start for t in self.tallies[self.tally_marks[1] :]}
        paired = {m.start: m for m in mentions if m.kind in ("N", "P")}  # "1.2 million, or 58%"
        free = [
            paired.get(n.start)
            or sieve.Mention(n.start, n.end, "P" if n.percent else "N", None, n.value)
            for n in found
            if n.start not in taken
        ]
        spans = [options.Number(m.start, m.cover or m.end, m.kind == "P") for m in free]
        named = any(
            m.candidate
            and m.candidate.kind in (Kind.PERSON, Kind.COUNTRY)
            and not _reporter(text, m)
            for m in candidates
        )
        read = options.read(options.with_question_unnamed(text, self.vote_question), spans, named)
        at = {m.start: m for m in free}
        for option in read:
            number = at[option.start]
            if option.share is not None:  # "2.3 million people, or 62%, voted no"
                number = replace(number, paired=at[option.share].value)
            self._add_tally(key, option.candidate, number, sentence, option.rule, None)
            if option.rule == "option-outcome":  # "approved by 8,312 votes to 6,290"
                draft = self._draft(self._option_key(key))
                draft.elected.add(option.candidate.key)
                draft.defeated.add(options.other_side(option.candidate).key)
        starts = {o.start for o in read} | {o.share for o in read if o.share is not None}
        return {i for i, m in enumerate(mentions) if m.start in starts}

    def _binding_round(
        self,
        binding: rules.Binding,
        mentions: list[sieve.Mention],
        text: str,
        cues_here: _RoundCues,
        organs: dict[int, str],
    ) -> tuple[bool, int | None]:
        """Whether the number a rule bound can be read, and its round: the round phrase
        nearest it, else the one carried from the sentences before; a list read
        "respectively" takes the rounds it lists (unreadable when their count does not
        match), a trajectory ("from 109 to 73") its steps', a change ("up 6 on the first
        round") the round after."""
        rounds = cues_here.rounds
        number = mentions[binding.number]
        round_ = self._round_at(rounds, number.start, cues_here.text)
        if round_ is not None and (
            self._win_after_exit(rounds, number.start, cues_here.text)
            or (not rounds and self._win_after_earlier_exit(number.start, cues_here.text))
        ):
            self.after_exit.add(number.start)
            round_ = None  # "Y went out in the first round; X won with 61": a later round's
        if round_ in cues_here.compared:
            round_ = None  # the round before's, carried on from the sentences before
        if round_ is None and not cues_here.years:  # "In 2019 X got 120": another vote's
            round_ = cues_here.carried  # "X beat Y in the fourth ballot." "X got 325 to 213"
        if binding.rule in _RESPECTIVE_RULES:
            named = _listed_rounds(text) or list(dict.fromkeys(r for _, r in rounds))
            if not named and binding.rule == "one-name-respectively":
                named = self._rounds_listed_before()  # "X got 107 in the 11th round, 107 in
                # the 12th ... Y got 76 and 77 votes respectively"
            if len(named) == binding.step_count:
                return True, named[binding.step]  # "120 and 130 respectively in the first
            return binding.number in organs, round_  # and second rounds"; else of what?
        if binding.step is not None:
            # each step in a round the sentence names, as many as the steps ("from 85 votes
            # in the first round to 81 and 68 in the second and third ballots"; the whole
            # sentence's, as "falling from 101 votes in the first round" is an earlier figure
            # whose round the cues leave out)
            named = {r for _, r in cues.rounds_in(text) if r > 0}
            named = sorted(named | set(_listed_rounds(text)))
            if len(named) == binding.step_count:
                return True, named[binding.step]
            return True, comparisons.trajectory_round(rounds, binding, number.start)
        if binding.rule in _CHANGE_RULES and rounds:
            return True, comparisons.changed_round(rounds, mentions, binding, round_)
        return True, round_

    def _without_delegates_said_before(
        self, text: str, mentions: list[sieve.Mention]
    ) -> list[sieve.Mention]:
        """A bare count after "has" when the sentence before counted delegates and no votes
        ("Clinton now has 2,141 delegates. Sanders has 1,321."): the delegates go on, the
        unit left out as said."""
        if "delegate" in text or "vote" in text:
            return mentions
        before = self._last_sentence(self.sentence_before)
        if before is None or not _delegates_no_votes(before.text):
            return mentions
        held = {m.start("n") for m in _BARE_HOLDING.finditer(text)}
        return [replace(m, kind="X") if m.kind == "N" and m.start in held else m for m in mentions]

    def _rounds_listed_before(self) -> list[int]:
        """The rounds the sentence before names, when it names two or more in order, each
        once ("107 in the 11th round, 107 in the 12th and 112 in the 13th")."""
        before = self._last_sentence(self.sentence_before)
        if before is None:
            return []
        named = [r for _, r in cues.rounds_in(before.text[:_MAX_SENTENCE])]
        ordered = len(named) > 1 and all(0 < a < b for a, b in itertools.pairwise(named))
        return named if ordered else []

    def _bindings(
        self, skeleton: str, mentions: list[sieve.Mention], text: str, sentence: Sentence
    ) -> tuple[rules.Binding, ...]:
        """What the phrasing rules read in the sentence's skeleton, less the numbers of a
        game ("scored 24, up from 18 in the first half") or of a table of other things."""
        bindings = rules.apply(skeleton)
        if any(b.rule == "shared-zero" for b in bindings):  # "Y and Z received no votes"
            bindings = tuple(
                b for b in bindings if b.rule != "shared-zero" or mentions[b.number].value == 0
            )
        if any(b.rule in comparisons.CHECKED_RULES for b in bindings):
            bindings = comparisons.with_comparisons_checked(skeleton, bindings, mentions)
        if bindings and _game_report(text):
            return ()
        if bindings and "voters" in text and self._electorate_sizes(text, mentions):
            return ()  # "District X tops the list with 18,81,129 voters": a register's count
        if bindings and "seats" in text:
            bindings = _without_seats_in_brackets(skeleton, bindings)
        if bindings and ("seats" in text or "mandates" in text):
            bindings = _without_seat_list(skeleton, bindings)
        if bindings and holds_any(_VOTERS_BY_PLACE_WORDS, text):
            bindings = _without_voters_by_place(text, mentions, bindings)
        if bindings and " (<P" in skeleton:
            bindings = _without_place_shares(skeleton, bindings)
        if bindings and holds_any(_PLACE_FIGURES_WORDS, text):
            bindings = _without_place_figures(skeleton, bindings)
        if (
            bindings
            and bindings[0].rule == "number-dash-row"
            and not self._counts_go_down(sentence)
        ):
            return ()
        if (
            bindings
            and len(text) <= _ROW_MAX
            and _PLAIN_ROW.fullmatch(text)
            and self._row_of_other_things(sentence)
        ):
            return ()  # "Medal table" / "Norway  16": medals
        if bindings and self._seat_list_under_heading(sentence, text):
            return ()  # "The seat totals:-" / "Unity 71, Reform 40 (...)": seats
        if bindings and "%" in text and len(text) <= _ROW_MAX and self._turnout_row(sentence):
            return ()  # "Turnout by state:" / "2/ Kedah - 61.88%": a region's turnout
        return bindings

    def _bound_candidate(
        self,
        binding: rules.Binding,
        mentions: list[sieve.Mention],
        text: str,
        skeleton: str,
        sentence: Sentence,
    ) -> Candidate | None:
        """Who a rule bound a number to: a name in the sentence, or the one a reference
        ("he", "the winner", "The 48-year-old Slovenian", "its new President") stands for."""
        if binding.candidate == rules.TOP_REFERENCE:
            ahead = self._ahead_before()
            if ahead is not None:
                return ahead
            binding = replace(binding, candidate=rules.ANY_REFERENCE)  # the last one named
        if binding.candidate in (rules.WINNER_REFERENCE, rules.LOSER_REFERENCE):
            return self._side_of_score(mentions, binding)
        if binding.candidate == rules.FINALIST_REFERENCE:
            return self._other_finalist(mentions[binding.rival].candidate, skeleton, mentions)
        if binding.candidate == rules.PRONOUN_RIVAL_REFERENCE:
            return self._pronoun_rival(binding, mentions, text, skeleton, sentence)
        if binding.candidate == rules.ELECTED_REFERENCE:
            return self._elected_to(rules.elected_office(skeleton), sentence)
        if binding.candidate == rules.DEMONYM_REFERENCE:
            return self._demonym_person(text, mentions[binding.number])
        if binding.candidate == rules.DEMONYM_SUBJECT_REFERENCE:
            return self._demonym_subject(text, mentions, binding.number)
        if binding.candidate == rules.DESCRIBED_REFERENCE:
            return self._described_person(text, mentions, binding.number)
        if binding.candidate == rules.PARTY_NOMINEE_REFERENCE:
            return self._party_nominee(text[: mentions[binding.number].start])
        if binding.candidate < 0:
            rival = mentions[binding.rival].candidate if binding.rival is not None else None
            # a pronoun opening the sentence stands for someone named before it
            opening = binding.rule in _OPENING_PRONOUN_RULES
            before = 0 if opening else binding.number
            gender = None
            if binding.candidate == rules.PERSON_REFERENCE:
                said = _GENDERED_PRONOUN.findall(text, 0, mentions[binding.number].start)
                gender = _PRONOUN_GENDERS[said[-1].lower()] if said else None
            aside = _relative_clause_names(text, mentions, before)
            aside |= _places_before_where(text, mentions, binding.number)
            if text.lstrip(" \"'“").startswith("The "):  # the official's role opens it
                aside |= _officials_telling_of_pronoun(text, mentions, binding.number)
            kept = [m for i, m in enumerate(mentions) if i not in aside] if aside else mentions
            before -= sum(1 for i in aside if i < before)
            candidate = self._antecedent(kept, before, binding.candidate, rival, gender)
            if binding.candidate == rules.PERSON_REFERENCE and "the " in text.lower():
                upto = mentions[binding.number].start
                candidate = self._holder_of_role(text, upto, kept, before, rival) or candidate
            if binding.candidate == rules.PERSON_REFERENCE and gender:
                candidate = self._pronoun_chain(sentence, text, kept, before, gender, candidate)
            if candidate is None and binding.candidate == rules.PERSON_REFERENCE:
                candidate = self._named_next(sentence, text, rival)
            if binding.candidate in (rules.ANY_REFERENCE, rules.PERSON_REFERENCE):
                upto = mentions[binding.number].start
                candidate = self._incumbent_meant(text, upto, kept, before, rival) or candidate
            if binding.candidate == rules.THING_REFERENCE and _OPENING_IT.match(text):
                candidate = self._previous_subject(mentions, binding.number, rival) or candidate
            if opening and any(m.candidate == candidate for m in mentions):
                return None  # "He beat X and Y": neither X nor Y, whoever was named last
            if binding.rule in _CONTESTANT_ONLY and candidate and not self._contestant(candidate):
                return None  # "Z stood down in June. She won by 54% to the 46% for Y": not Z
            number = mentions[binding.number]
            return self._subject_of_defeat(candidate, text[: number.start], mentions)
        named = mentions[binding.candidate]
        if named.candidate and named.candidate.code and _COUNTRYS_PERSON.match(text, named.end):
            # "with the Cypriot candidate receiving 90 votes": in a race of people, its one
            return self._one_person_of(named.candidate.code) or named.candidate
        affiliation = named.candidate and named.candidate.kind in (Kind.PARTY, Kind.OTHER)
        if affiliation and not named.candidate.code and binding.candidate > 0:
            return _affiliated_person(text, mentions, binding.candidate) or named.candidate
        return named.candidate

    def _read_layout(self, sentence: Sentence, text: str) -> bool:
        """Whether the sentence is a cell or a row of a table, and was read as one."""
        if self._read_cell(sentence, text):
            return True
        if (
            text[-1:].isdigit()  # most sentences end otherwise: the pattern is not tried
            and (row := _STRAW_POLL_ROW.fullmatch(text))
            and self._under_straw_poll_header(sentence)
        ):
            return self._read_straw_poll_row(sentence, text, row)
        if (
            text[-1:] in _SECTION_ROW_ENDS  # most sentences end otherwise
            and (row := _SECTION_ROW.fullmatch(text))
            and self._read_section_row(sentence, row)
        ):
            return True
        if self._read_plain_columns(sentence, text):
            return True
        if (text[-1:].isdigit() or text[-1:] in _PLAIN_ROUNDS_ENDS) and self._read_plain_rounds(
            sentence, text
        ):
            return True
        transposed = text.startswith(tables.TRANSPOSED_STARTS) or (
            text[:1].isdigit() and self.table is not None and self.table.columns
        )  # (a header of rounds across, or a row under one: most sentences are neither)
        if transposed and self._read_transposed_rounds(sentence, text):
            return True
        if (
            text[-1:].isdigit()  # (the cheap tests first: most rows hold no ":" and "-")
            and ":" in text
            and (row := _DASH_ROUNDS_ROW.fullmatch(text))
            and self._dash_rounds_block(sentence)
        ):
            return self._read_dash_rounds_row(sentence, row)
        if ("|" in text or "\t" in text) and self._read_table_row(sentence, text):
            return True
        return _ALIGNED_GAP in text and self._read_table_row(sentence, text, aligned=True)

    def _read_cell(self, sentence: Sentence, text: str) -> bool:
        """A line holding only a number, under a line holding only a label or a name: the
        UN ballot layouts that put each cell on its own line ("Mexico" / "|" / "33")."""
        bare = _BARE_NUMBER.match(text)
        if not bare:
            return False
        if _ITEM_NUMBER.match(text) and not self._line_ends_at(sentence.end):
            return False  # "3. Dr David Nabarro (UK)": a numbered list's item, no cell
        previous = self._last_sentence(self.previous_cell)
        if previous is None:
            return False
        raw = bare.group("n")
        value = int(raw.replace(",", "")) if raw[0].isdigit() else _word_value(raw)
        if value is None:
            return False
        key = self._key(previous.text)
        if key[3] is None and previous.line == sentence.line:
            key = (*key[:3], self._leader_list_round(sentence))
        span = self._span(sentence, 0, len(sentence.text))
        label = _LABEL_ONLY.match(previous.text)
        if label:
            self._apply_label(label.group("label").lower(), value, key, span)
            return True
        candidates = self._candidates(previous.text)
        if len(candidates) != 1 or len(previous.text) > 80:
            return False
        rest = previous.text[: candidates[0].start] + previous.text[candidates[0].end :]
        if not _NAME_CELL_REST.match(_ASIDE.sub("", rest)):
            return False
        number = sieve.Mention(0, len(sentence.text), "N", value=value)
        name = candidates[0]
        name_span = self._span(previous, name.start, name.end)
        if (
            previous.text.startswith("(")
            and name.candidate.code
            and (person := self._person_above(previous))
        ):
            name, name_span = person
        self._add_tally(key, name.candidate, number, sentence, "cell-pair", name_span)
        return True

    def _person_above(self, cell: Sentence) -> tuple[sieve.Mention, Span] | None:
        """The person named alone on the line above a "(Kenya)" cell: the candidate, the
        country only their nationality ("Stanley KIBE" / "(Kenya)" / "142")."""
        start = self.text.rfind("\n", 0, cell.start - 1) + 1
        line = self.text[start : cell.start].rstrip()
        if not line or len(line) > 80:
            return None
        candidates = self._candidates(line)
        if len(candidates) != 1 or candidates[0].candidate.kind != Kind.PERSON:
            return None
        name = candidates[0]
        rest = line[: name.start] + line[name.end :]
        if not _NAME_CELL_REST.match(rest):
            return None
        above = Sentence(start, cell.start, cell.line - 1, line)
        return name, self._span(above, name.start, name.end)

    def _line_ends_at(self, end: int) -> bool:
        """Whether nothing but spaces follows `end` on its line of the text."""
        newline = self.text.find("\n", end)
        return not self.text[end : newline if newline >= 0 else len(self.text)].strip()

    def _organs(
        self, text: str, mentions: list[sieve.Mention], bindings: tuple[rules.Binding, ...]
    ) -> dict[int, str]:
        """The organ each number was cast in, for a sentence giving votes in both the General
        Assembly and the Security Council, which elect the judges of the International Court
        of Justice voting apart: one contest for each ("106 in the Assembly and 8 in the
        Council"). The organ named right after the number, the one in its place in a list
        ("121 and 10 votes respectively"), else the last one named before it."""
        if not bindings or "Assembly" not in text:
            return {}
        named = [(m.start(), _organ(m.group())) for m in _ORGAN_NAMED.finditer(text)]
        order = list(dict.fromkeys(organ for _, organ in named))
        found = {}
        for binding in bindings:
            number = mentions[binding.number]
            after = _ORGAN_AFTER.match(text, number.end)
            before = [organ for at, organ in named if at < number.start]
            if after:
                found[binding.number] = _organ(after.group(1))
            elif binding.step is not None and len(order) == binding.step_count:
                found[binding.number] = order[binding.step]
            elif before:
                found[binding.number] = before[-1]
        if len(set(found.values())) < 2:
            return {}  # one organ: "won a seat on the Council with 120 votes in the Assembly"
        court = self.doc_body == _COURT or "judge" in text.lower()
        return {at: f"{_COURT} ({organ})" if court else organ for at, organ in found.items()}

    def _read_table_row(self, sentence: Sentence, text: str, aligned: bool = False) -> bool:
        """A row of a table whose header names its columns ("| Party | Votes | % | Seats |"):
        each figure read by its column, votes as votes, shares as shares, seats never. A
        header row only sets the columns; a row it cannot read is left to the rules."""
        cells = tables.cells(text, aligned)
        if len(cells) < 2:
            return False
        header = tables.table_header([cell for cell, _ in cells], aligned)
        if header is not None:
            self.table = tables.Table(
                *header, sentence.line, tables.round_after_change_column(cells)
            )
            return False
        table = self.table
        # a header stands on a line above its rows: cells on the header's own line ("A. | B.")
        # are prose, as the walk that skips that line reads them
        if table is None or not 0 < sentence.line - table.line <= 2:
            table = self._header_above(sentence, aligned)
        if table is None or sentence.line - table.line > 2:
            return False
        roles = table.roles
        if len(cells) != len(roles):
            if not (aligned and tables.short_row_fits(len(cells), roles)):
                return False
            roles = roles[: len(cells)]  # "Green  63  2.6%from nowhere": change cells run together
        if "name" in roles and tables.round_of(roles[-1]) is not None:
            return self._read_rounds_row(sentence, text, cells, table)
        if "votes" not in roles and "percent" not in roles:
            self.table = replace(table, line=sentence.line)
            return True  # a row of medals, points or sums: no tally
        row = tables.table_row(cells, roles)
        if row is None:
            return False
        (name, name_at), votes, share = row
        candidate = self._cell_candidate(name, table.kind)
        if candidate is None:
            return False
        self.table = replace(table, line=sentence.line)
        key = self._key(text)
        if table.round and (key[3] or 0) <= table.round - 1:
            key = (*key[:3], table.round)  # "| Change from round 1 |": the rows are round 2's
        name_span = self._span(sentence, name_at, name_at + len(name))
        if votes is not None:
            (value, start, end), paired = votes, share[0] if share else None
            number = sieve.Mention(start, end, "N", value=value, paired=paired)
        else:
            value, start, end = share  # type: ignore[misc]
            number = sieve.Mention(start, end, "P", value=value)
        self._add_tally(key, candidate, number, sentence, "table-columns", name_span)
        return True

    def _read_section_row(self, sentence: Sentence, row: re.Match[str]) -> bool:
        """A row of a table whose columns are the candidates, named on a header line of
        names alone ("Ana Lind Carl Berg" over "Members 9,150 (51.8%) 8,514 (48.2%)"): the
        row's label names a section of the electorate, its own contest, and each count is
        the candidate of its column's."""
        cells = list(_SECTION_CELL.finditer(row.string, row.start("cells")))
        names = self._column_names(sentence)
        if names is None or len(names) != len(cells):
            return False
        if any(
            m.candidate in names or m.candidate.kind is Kind.COUNTRY
            for m in self._candidates(row.group("label"))
            if m.candidate is not None
        ):
            return False  # "Ana Lind 812 455", "Chile 12 9": a candidate's own row
        body, group, year, round_ = self._key(row.string)
        key = (body, f"{group} {row.group('label')}" if group else row.group("label"), year, round_)
        for candidate, cell in zip(names, cells, strict=True):
            share = float(cell.group("share")) if cell.group("share") else None
            value = int(cell.group("count").replace(",", ""))
            number = sieve.Mention(cell.start("count"), cell.end("count"), "N", value=value)
            number = replace(number, paired=share)
            self._add_tally(key, candidate, number, sentence, "section-columns", None)
        return True

    def _column_names(self, sentence: Sentence) -> list[Candidate] | None:
        """The candidates a line of names alone above a section row names, one a column,
        over the other section rows between."""
        for line in self._lines_above(sentence):
            if _SECTION_ROW.fullmatch(line):
                continue  # the section above's row
            if (
                not line
                or len(line) > _HEADING_MAX
                or not all(w[0].isupper() for w in line.split())
            ):
                return None  # no line of names alone (a digit or "%" is no capital either)
            tiled = self._tiled_by_read_names(line)
            if tiled:
                return tiled
            found = self._candidates(line)
            rest = line
            for mention in reversed(found):
                rest = rest[: mention.start] + rest[mention.end :]
            if len(found) < 2 or rest.strip() or any(m.candidate is None for m in found):
                return None
            return [m.candidate for m in found]  # type: ignore[misc]
        return None

    def _tiled_by_read_names(self, line: str) -> list[Candidate] | None:
        """The candidates already given tallies whose names, one after another, make up the
        whole line: "Richard Roe Ana Lind" is two people once each has a count, though the
        name finder reads one four-word name."""
        known = {tally[1].name: tally[1] for tally in self.tallies}
        words, found, at = line.split(), [], 0
        while at < len(words):
            for size in (4, 3, 2, 1):
                candidate = known.get(" ".join(words[at : at + size]))
                if candidate is not None and at + size <= len(words):
                    found.append(candidate)
                    at += size
                    break
            else:
                return None
        return found if len(found) >= 2 else None

    def _read_plain_columns(self, sentence: Sentence, text: str) -> bool:
        """A header or row of a table copied as text whose count column has another after it
        ("Candidate Vote Count Term" over "Chile 53 3"): each row's first number is its
        votes, and a row holding one number alone holds the other column's, no count."""
        if len(text) < 60 and tables.plain_columns_header(text):
            self.table = tables.Table(("name", "votes", ""), Kind.OTHER, sentence.line, plain=True)
            return True
        if len(text) < 40 and tables.plain_seats_header(text):
            self.table = tables.Table(("name", ""), Kind.OTHER, sentence.line, plain=True)
            return True
        table = self.table
        if (
            table is not None
            and table.plain
            and table.roles == ("name", "")
            and 0 < sentence.line - table.line <= 2
            and tables.plain_seats_row(text)
        ):
            self.table = replace(table, line=sentence.line)
            return True  # "Labour 26" under "Party Total Seats": its seats, no votes
        if table is None or not table.plain or table.roles != ("name", "votes", ""):
            return False
        if not 0 < sentence.line - table.line <= 2:
            return False
        for name in self._candidates(text):
            count = tables.plain_columns_count(text[name.end :])
            if count is None or name.candidate is None:
                continue
            self.table = replace(table, line=sentence.line)
            if count is False:
                return True  # "Cape Verde 3": the term, the votes left blank
            value, start, end = count  # type: ignore[misc]
            number = sieve.Mention(name.end + start, name.end + end, "N", value=value)
            name_span = self._span(sentence, name.start, name.end)
            key = self._key(text)
            self._add_tally(key, name.candidate, number, sentence, "plain-columns", name_span)
            return True
        return False

    def _read_plain_rounds(self, sentence: Sentence, text: str) -> bool:
        """A header or row of a table of rounds whose cells lost their separators, as a web
        page's table copied as text has them ("Candidate Round 1 Round 2" over "Ana Lind 8
        12"): read like a table of rounds with bars."""
        header = tables.plain_rounds_header(text)
        if header is not None:
            self.table = tables.Table(*header, sentence.line, plain=True)
            return True
        table = self.table
        if table is None or not table.plain or not 0 < sentence.line - table.line <= 2:
            return False
        cells = tables.plain_rounds_cells(text, table.roles)
        return cells is not None and self._read_rounds_row(sentence, text, cells, table)

    @staticmethod
    def _transposed_columns(names: str) -> tuple[Candidate, ...] | None:
        """The countries a transposed header names across, one per column ("Kenya Djibouti
        Madagascar", side by side, which the name finder would join into one person's),
        the longest name first ("South Africa"); none when any word names no country (prose:
        "Round one went to Kenya")."""
        words, columns = names.split(), []
        while words:
            size = next((n for n in (3, 2, 1) if n <= len(words) and _country_cell(words[:n])), 0)
            if not size:
                return None
            cell = " ".join(words[:size])
            columns.append(Candidate(cell, countries.lookup(cell), Kind.COUNTRY))
            words = words[size:]
        return tuple(columns) if len(columns) >= 2 else None

    def _read_transposed_rounds(self, sentence: Sentence, text: str) -> bool:
        """A header or row of a table of rounds turned on its side, copied as text: the
        candidates across ("Round Kenya Djibouti Madagascar"), a row per round below ("3 20
        23 5"), as a results page on a body's repeated ballots lays them out."""
        header = tables.TRANSPOSED_ROUNDS_HEADER.fullmatch(text.strip())
        if header is not None:
            columns = self._transposed_columns(header.group("names"))
            if columns is None:
                return False
            self.table = tables.Table(("",), Kind.OTHER, sentence.line, plain=True, columns=columns)
            return True
        table = self.table
        if table is None or not table.columns or not 0 < sentence.line - table.line <= 2:
            return False
        row = tables.transposed_rounds_row(text, len(table.columns))
        if row is None:
            return False
        round_, counts = row
        self.table = replace(table, line=sentence.line)
        round_key = (*self._key(text)[:3], round_)
        for candidate, (value, start) in zip(table.columns, counts, strict=True):
            number = sieve.Mention(start, start + len(str(value)), "N", value=value)
            self._add_tally(round_key, candidate, number, sentence, "table-rounds-across", None)
        return True

    def _read_rounds_row(
        self, sentence: Sentence, text: str, cells: list[tuple[str, int]], table: tables.Table
    ) -> bool:
        """A row of a table of rounds ("| Ana Lind | 8 | 12 | 20 |"): a count for each."""
        row = tables.round_counts(cells, table.roles)
        candidate = self._cell_candidate(row[0][0], table.kind) if row else None
        if row is None or candidate is None:
            return False
        (name, name_at), counts = row
        self.table = replace(table, line=sentence.line)
        key = self._key(text)
        name_span = self._span(sentence, name_at, name_at + len(name))
        for round_, value, start, end in counts:
            kind = "P" if isinstance(value, float) else "N"  # a table of shares per round
            number = sieve.Mention(start, end, kind, value=value)
            round_key = (*key[:3], round_)
            self._add_tally(round_key, candidate, number, sentence, "table-rounds", name_span)
        return True

    def _dash_rounds_block(self, sentence: Sentence) -> bool:
        """Whether a "London: 22-27-39" row stands by another of its shape, one of the two
        with three counts or more (a lone "X: 54-50" is a score of two sides)."""
        lines = self.lines
        at = sentence.line - 1
        own = _DASH_ROUNDS_ROW.fullmatch(lines[at].strip()) if 0 <= at < len(lines) else None
        if own is None:
            return False
        for near in (at - 1, at + 1):
            row = (
                _DASH_ROUNDS_ROW.fullmatch(lines[near].strip()) if 0 <= near < len(lines) else None
            )
            if row and max(own.group("counts").count("-"), row.group("counts").count("-")) >= 2:
                return True
        return False

    def _read_dash_rounds_row(self, sentence: Sentence, row: re.Match[str]) -> bool:
        """A row of round-by-round counts joined by dashes, "Paris: 21-25-33-50": the first
        count the first round's, and on (a city or person dropped out has fewer)."""
        candidate = self._cell_candidate(row.group("name"), Kind.PERSON)
        if candidate is None:
            return False
        key = self._key(sentence.text)
        name_span = self._span(sentence, row.start("name"), row.end("name"))
        start = row.start("counts")
        for round_, digits in enumerate(row.group("counts").split("-"), 1):
            number = sieve.Mention(start, start + len(digits), "N", value=int(digits))
            self._add_tally(
                (*key[:3], round_), candidate, number, sentence, "dash-rounds", name_span
            )
            start += len(digits) + 1
        return True

    def _row_of_other_things(self, sentence: Sentence) -> bool:
        """Whether a plain "name  number" row stands under a heading naming things that are
        not votes ("Medal table", "Points", "Troop contributions"), over the rows between."""
        for line in self._lines_above(sentence):
            if len(line) > _HEADING_MAX or line.endswith("."):
                return False  # prose, no heading
            if _VOTE_HEADING.search(line):
                return False  # "Votes received (scores in brackets ...)"
            if _OTHER_THINGS_HEADING.search(line):
                return True  # "Points after round 3", over rows or as a row's own words
            if _ROW_OF_THINGS.fullmatch(line):
                return True  # "• Unity 10 seats" over "• Reform 9": the rows below are seats too
            if line and not _PLAIN_ROW.fullmatch(line):
                return False
        return False

    def _seat_list_under_heading(self, sentence: Sentence, text: str) -> bool:
        """Whether a line listing small bare counts ("Unity 71, Reform 40 (Greens 8), Others
        3.") stands right under a line that ends on a colon and names seats, not votes ("The
        seat totals (final, subject to recounts):-"): however long, the colon makes it a
        heading, and its list holds seats."""
        if len(text) > _ROW_MAX or not _SEAT_COUNT_LIST.fullmatch(text):
            return False
        for line in self._lines_above(sentence):
            if line:
                return (
                    len(line) <= _SEAT_HEADING_MAX
                    and line.rstrip("-– ").endswith(":")
                    and _SEAT_HEADING.search(line) is not None
                    and _VOTE_HEADING.search(line) is None
                )
        return False

    def _turnout_row(self, sentence: Sentence) -> bool:
        """Whether a "name - 61.88%" row stands in a list under a heading naming turnout
        ("Voter turnout by state (as at noon):"), over the rows and row scraps between."""
        if _TABLE_SCRAP.fullmatch(sentence.text) is None:
            return False
        for line in self._lines_above(sentence):
            if line.endswith(":") or _TABLE_SCRAP.fullmatch(line) is None:
                return (  # not "Results (turnout 61%):", whose rows are shares of the vote
                    len(line) <= _TURNOUT_HEADING_MAX
                    and not line.endswith(".")
                    and _TURNOUT_WORD.search(line) is not None
                    and _NOT_TURNOUT_LIST.search(line) is None
                )
        return False

    def _counts_go_down(self, sentence: Sentence) -> bool:
        """Whether a "164 - Panama" row stands in a block of two or more such rows whose
        counts never rise, as results are listed (a ranking counts up: "1 - X", "2 - Y")."""
        at = sentence.line - 1
        if at in self.falling_rows:  # the block is judged once for all its rows
            return self.falling_rows[at]
        lines = self.lines
        first = last = at
        while first > 0 and _NUMBER_ROW.fullmatch(lines[first - 1]):
            first -= 1
        while last + 1 < len(lines) and _NUMBER_ROW.fullmatch(lines[last + 1]):
            last += 1
        rows = (_NUMBER_ROW.fullmatch(line) for line in lines[first : last + 1])
        counts = [int(row.group(1).replace(",", "")) for row in rows if row]
        falling = len(counts) > 1 and all(a >= b for a, b in itertools.pairwise(counts))
        if _NUMBER_ROW.fullmatch(lines[at]):  # (else the walk may have joined two blocks)
            self.falling_rows.update(dict.fromkeys(range(first, last + 1), falling))
        return falling

    def _under_straw_poll_header(self, sentence: Sentence) -> bool:
        """Whether an "Encourage Discourage No opinion" header stands over the row, with only
        rows of the same shape between."""
        for line in self._lines_above(sentence):
            if _STRAW_POLL_HEADER.fullmatch(line):
                return True
            if not _STRAW_POLL_ROW.fullmatch(line):
                return False
        return False

    def _read_straw_poll_row(self, sentence: Sentence, text: str, row: re.Match[str]) -> bool:
        """ "Lind 11 2 2" under the header: the "encourage" count is the candidate's tally
        (the other two columns are no one's)."""
        candidate = self._cell_candidate(row.group("name"), Kind.PERSON)
        if candidate is None:
            return False
        start, end = row.span("encourage")
        number = sieve.Mention(start, end, "N", value=int(row.group("encourage")))
        name_span = self._span(sentence, *row.span("name"))
        self._add_tally(self._key(text), candidate, number, sentence, "straw-poll-row", name_span)
        return True

    def _lines_above(self, sentence: Sentence) -> Iterator[str]:
        """The lines above a row, nearest first and stripped, as far as a heading may be."""
        end = self.text.rfind("\n", 0, sentence.start)
        for _ in range(_ROWS_BACK):
            if end < 0:
                return
            start = self.text.rfind("\n", 0, end) + 1
            yield self.text[start:end].strip()
            end = start - 1

    def _earlier_on_own_line(self, sentence: Sentence, text: str) -> bool:
        """ "David Davis 57" with "(62 in first ballot)" on the line below: the bracket holds
        the row's candidate's count in an earlier round than the row's."""
        match = _LONE_EARLIER.fullmatch(text)
        if match is None or not self.tallies:
            return False
        key, candidate, votes, _, span, rule, _ = self.tallies[-1]
        round_ = cues.ordinal_round(match.group("ord"))
        if (
            votes is None
            or rule not in ("adjacent", "dash")
            or span.line != sentence.line - 1
            or round_ < 1
            or (key[3] is not None and key[3] <= round_)
        ):
            return False
        value = int(match.group("n").replace(",", ""))
        number = sieve.Mention(match.start("n"), match.end("n"), "N", value=value)
        self._add_tally((*key[:3], round_), candidate, number, sentence, "row-earlier-line", None)
        return True

    def _share_row(self, sentence: Sentence, text: str, number: numbers.NumberMention) -> bool:
        """Whether a plain "name  number" row stands under a heading saying its numbers are
        shares ("candidate votes (in pct)" over "Anna Varga 48.12"), over the rows between."""
        if (
            number.percent
            or number.words
            or number.value > 100
            or len(text) > _ROW_MAX
            or not _PLAIN_ROW.fullmatch(text)
        ):
            return False
        for line in self._lines_above(sentence):
            if line and not _PLAIN_ROW.fullmatch(line):
                return (
                    len(line) <= _HEADING_MAX
                    and _SHARE_HEADING.search(line) is not None
                    and _TURNOUT_HEADING.search(line) is None  # "Turnout by region (%)"
                )
        return False

    def _decimal_among_shares(self, sentence: Sentence, text: str) -> bool:
        """Whether a row "Name (50.91)" stands next to rows "Name (49.08%)": its bare decimal,
        no count of votes, is a share whose sign was left off."""
        if "." not in text or len(text) > _ROW_MAX or not _BARE_DECIMAL_ROW.fullmatch(text):
            return False
        lines = self.lines
        index = sentence.line - 1
        near = [line for line in lines[max(0, index - 2) : index + 3] if line.strip()]
        return any(_SHARE_ROW.fullmatch(line) for line in near)

    def _header_above(self, sentence: Sentence, aligned: bool = False) -> tables.Table | None:
        """The header over a row's table, when the walk passed it by: a header with no
        election word ("| Country | Medals |") is no sentence worth visiting."""
        start = sentence.start
        for _ in range(4):  # the three lines above, without slicing the whole text before
            start = self.text.rfind("\n", 0, max(start - 1, 0))
            if start < 0:
                break
        lines = self.text[start + 1 : sentence.start].split("\n")[-4:-1]
        for back, line in enumerate(reversed(lines), start=1):
            if _SEPARATOR.match(line):
                continue
            header = tables.table_header([cell for cell, _ in tables.cells(line, aligned)], aligned)
            return tables.Table(*header, sentence.line - back) if header else None
        return None

    def _cell_candidate(self, name: str, kind: Kind) -> Candidate | None:
        """The candidate a table's name cell holds: a country or name found in it, else the
        cell itself (a party list's "Unity" is a name there, if nowhere else)."""
        found = self._candidates(name)
        if len(found) == 1 and _NAME_CELL_REST.match(
            _ASIDE.sub("", name[: found[0].start] + name[found[0].end :])
        ):
            return found[0].candidate
        bare = _ASIDE.sub("", name).strip()
        if kind is Kind.COUNTRY or not _PLAIN_NAME.match(bare):
            return None
        return Candidate(bare, None, kind)

    def _opens_line(self, sentence: Sentence) -> bool:
        """Whether the sentence starts its line, as a list's line does."""
        line_start = self.text.rfind("\n", 0, sentence.start) + 1
        return not self.text[line_start : sentence.start].strip()

    def _alone_on_line(self, sentence: Sentence) -> bool:
        """Whether the sentence is its line's only one, as a heading is."""
        line_start = self.text.rfind("\n", 0, sentence.start) + 1
        line_end = self.text.find("\n", sentence.end)
        line_end = len(self.text) if line_end < 0 else line_end
        return not (
            self.text[line_start : sentence.start].strip()
            or self.text[sentence.end : line_end].strip()
        )

    def _update_context(self, text: str, sentence: Sentence | None = None) -> None:
        body = cues.body_in(text)
        group = cues.group_in(text)
        term = cues.term_in(text)
        if body and body != self.context.body:
            self.context.body = body
            self.context.round = None
        if group and group != self.context.group:
            self.context.group = group
            if self.context.heading_line != self.line - 1:  # "Second round" / "Eastern European
                self.context.round = None  # States" headings name one block together
        if term:
            self.context.term = term
        found_round = cues.round_in(text)
        if found_round is None and text.startswith("Count "):
            found_round = _count_heading(text)
            self.later_count_heading |= (found_round or 0) > 1
        held = cues.held_round_in(text) if found_round is None else None
        if held is not None:  # "The vote went to a third round."
            self.context.held_round, self.context.held_line = held, self.line
        if found_round is not None:
            rounds = cues.rounds_in(text)
            went_out = bool(rounds) and _exit_round(text, rounds[0][0])
            if (
                _round_heading(text, found_round)
                and (sentence is None or self._alone_on_line(sentence))
                and not went_out  # "X dropped out after the first ballot.": what came later
            ):  # not "X went out in the first round. Y polled 44 votes, ...": no heading
                self.context.round = found_round
                self.context.heading_line = self.line
            self.context.paragraph_round = found_round
            self.context.paragraph_line = self.line
            self.context.paragraph_exit = went_out
            self.context.paragraph_offices = frozenset(_offices_in(text))
            self.context.paragraph_year = cues.year_in(text)
        elif self.context.held_line == self.line and cues.that_round_in(text):
            self.context.paragraph_round = self.context.held_round  # "In that round, X won"
            self.context.paragraph_line = self.line
        elif self.context.paragraph_line == self.line and self.context.paragraph_round:
            found_round = cues.round_ellipsis_in(text)  # "... in the second with 49 votes"
            if (
                found_round is None
                and self.context.paragraph_round > 0
                and cues.next_round_in(text)
            ):
                found_round = self.context.paragraph_round + 1  # "in the subsequent round"
            if found_round is not None:
                self.context.paragraph_round = found_round
                self.context.paragraph_exit = False
            elif self._another_seat(text) or self._another_year(text):
                # "Z tallied 187 to top the race for ...", "In the 2014 run-off, Y had 52%"
                self.context.paragraph_round = None
        if found_round is None and len(text) <= _LIST_LINE_MAX:
            self._note_list_round(text)

    def _another_year(self, text: str) -> bool:
        """Whether a sentence names a year other than that of the round named before."""
        year = cues.year_in(text)
        return year is not None and year != self.context.paragraph_year

    def _another_seat(self, text: str) -> bool:
        """Whether a sentence names a seat other than the one the round named before was of
        ("Y made the Audit Board in the second round. Z topped the race for vice-president")."""
        named = self.context.paragraph_offices
        if not named:
            return False
        offices = _offices_in(text)
        return bool(offices) and not offices & named

    def _note_list_round(self, text: str) -> None:
        """A list's lines take the round its introduction names ("received the fewest votes
        in the third ballot. The results were:" then "* X - 267"). Read from the text itself,
        so the same whichever sentences are visited."""
        if not _is_list_line(text):
            return
        start = self.reading_start
        last_end, round_ = self.list_seen
        if not (last_end <= start and self.text[last_end:start].isspace()):
            round_ = self._list_intro_round(start)  # not right below the last list line read
        self.list_seen = (start + len(text), round_)
        if round_ is not None:
            self.context.paragraph_round = round_
            self.context.paragraph_line = self.line

    def _leader_list_round(self, cell: Sentence) -> int | None:
        """The round a list with dotted leaders takes from its introduction ("In the second
        ballot ... Here is how the members voted:" then "Mrs Carter … . 146"), its number
        `cell` a sentence of its own after the leader's stop."""
        line_start = self.text.rfind("\n", 0, cell.start) + 1
        line_end = cell.end
        if not _LEADER_LINE.fullmatch(self.text, line_start, line_end):
            return None
        last_end, round_ = self.list_seen
        if not (last_end <= line_start and self.text[last_end:line_start].isspace()):
            round_ = self._list_intro_round(line_start)  # not right below the last list line
        self.list_seen = (line_end, round_)
        return round_

    def _list_intro(self, start: int, shares: bool = False, results: bool = False) -> list[str]:
        """The line ending in ":" above the list lines before `start` ("The results were:")
        and the line before it, if there is one; with `shares`, lines of shares ("X 36%")
        are list lines too; with `results`, a line announcing results is an introduction
        too, whatever it ends in ("The result of the first ballot was announced at 7pm.")."""
        lines = self.text[max(0, start - _LIST_LOOKBACK) : start].split("\n")[:-1]
        lines = [line for line in lines if line.strip()]
        while (
            lines
            and len(lines[-1]) <= _LIST_LINE_MAX
            and (_is_list_line(lines[-1]) or (shares and "%" in lines[-1]))
        ):
            lines.pop()
        if not lines:
            return []
        if not lines[-1].rstrip().endswith(":") and not (
            results and _RESULTS_ANNOUNCED.search(lines[-1])
        ):
            return []
        return lines[-2:]

    def _list_intro_round(self, start: int) -> int | None:
        """The one round named by the line ending in ":" above the list lines before `start`,
        or by the sentence before it."""
        lines = self._list_intro(start, results=True)
        if not lines:
            return None
        intro = [sentence.text for sentence in split(lines[-1])]
        if len(lines) > 1:
            intro[:0] = [sentence.text for sentence in split(lines[-2])][-1:]
        for sentence in reversed(intro[-2:]):
            rounds = {r for _, r in cues.rounds_in(sentence)}
            if rounds:
                return rounds.pop() if len(rounds) == 1 and min(rounds) > 0 else None
        return None

    def _key(self, text: str) -> tuple:
        body = self.context.body or self.doc_body
        group = self.context.group or self.doc_group
        race = self.race_blocks and headings.block_at(self.race_blocks, self.sentence_start)
        if race:  # a row under a race's heading on a results page: that race's
            body, group = race[2], race[3]
        year = cues.year_in(text) if not cues.term_in(text) else None
        term = self.context.term or self.doc_term
        if year and term and year in term:
            year = None
        return (body, group, year or term, self._context_round())

    def _year_at(self, years: list[tuple[int, str]], offset: int, text: str) -> str | None:
        """An earlier election recalled beside a number ("in 2016 it won 152 votes") is its
        own contest; other numbers belong to the term or year the text is about, and so do
        not to a year a clause recalls ("X, who lost in 2016, won 53%")."""
        after = [(at, year) for at, year in years if at > offset]
        if after and _YEAR_RIGHT_AFTER.fullmatch(text, offset, after[0][0]):
            return after[0][1]  # "82 votes in 1967, 107 votes in 1972": each count's own year
        if len(years) == 1 and years[0][0] < offset and _opening_year(text, years[0][1]):
            return years[0][1]  # "In 2014 X, Y and Z won 44%, 27% and 6%": the whole sentence's
        near = [
            (abs(at - offset), year)
            for at, year in years
            if abs(at - offset) <= _YEAR_REACH
            and not _recalled(text, at, offset)
            # "In 2016 X won 44%, but this year it won 52%": the 52 is this vote's
            and not (at < offset and _THIS_TIME.search(text, at, offset))
            # "won 45.6%, compared to the 2009 elections, when ...": the year compared with
            # is another vote's, never that of a number before the comparison
            and not (at > offset and _COMPARED.search(text, offset, at))
        ]
        if near:
            return min(near)[1]
        return self.context.term or self.doc_term

    def _context_round(self) -> int | None:
        if self.context.paragraph_round is not None and self.context.paragraph_line == self.line:
            return self.context.paragraph_round
        return self.context.round

    def _note_decided_round(self, text: str, candidates: list[sieve.Mention]) -> None:
        """Remember a sentence saying who won in which round ("The Labour veteran won in the
        fourth ballot, defeating X"); any other round named ends what it said."""
        found = cues.rounds_in(text)
        if not found:
            return
        self.context.decided = None
        rounds = {r for _, r in found}
        if (
            len(rounds) == 1
            and min(rounds) > 0
            and candidates
            and _DECIDED.search(text)
            and not _NOT_HELD_BEFORE.search(text, max(0, found[0][0] - 40), found[0][0])
        ):
            keys = frozenset(m.candidate.key for m in candidates if m.candidate)
            self.context.decided = (min(rounds), self.line, keys, self.sentences_read)
        if len(rounds) == 1 and candidates and _ELECTION_OF.search(text):
            self._note_late_round(rounds.pop(), candidates)

    def _note_late_round(self, round_: int, candidates: list[sieve.Mention]) -> None:
        """ "X received 31 votes." then "The election of X in the last round ...": the
        count the sentence before gave the one elected, her only one, was that round's."""
        keys = {m.candidate.key for m in candidates if m.candidate}
        start, end = self.tally_marks
        for index in range(start, end):
            key, candidate, _, _, span, *_ = self.tallies[index]
            if (
                key[3] is None
                and candidate.key in keys
                and span.line >= self.line - 1
                and not _FELL_SHORT.search(span.sentence)
                and sum(t[1].key == candidate.key for t in self.tallies) == 1
            ):
                self.late_rounds[index] = round_

    def _decided_round_for(self, candidates: list[sieve.Mention]) -> int | None:
        """The round a sentence of the next lines takes, for counts it gives without one, when
        it names a candidate the last such sentence said won or lost in that round."""
        named = {m.candidate.key for m in candidates if m.candidate}
        return self._decided_round_of(named, self.context.decided)

    def _decided_round_of(
        self, keys: set[str], decided: tuple[int, int, frozenset[str], int] | None
    ) -> int | None:
        """The round the last sentence stating a win or loss gave, for a later sentence of
        the next lines (or the same one) that names one of its candidates."""
        if decided is None:
            return None
        if decided[1] == self.line:  # the same paragraph: its next sentence only
            if self.sentences_read != decided[3] + 1:
                return None
        elif not decided[1] < self.line <= decided[1] + 2:
            return None
        return decided[0] if keys & decided[2] else None

    @staticmethod
    def _win_after_exit(rounds: tuple[tuple[int, int], ...], offset: int, text: str) -> bool:
        """Whether a winner's count comes after a round someone went out or failed in ("Y,
        eliminated in the first round, backed X, who won with 61", "After failing to win on
        the first ballot, X won 61 votes"): the win came in a later round."""
        if not rounds or not _WIN_RIGHT_BEFORE.search(text, max(0, offset - 30), offset):
            return False
        nearest = min(rounds, key=lambda r: abs(r[0] - offset))[0]
        return _exit_round(text, nearest)

    def _win_after_earlier_exit(self, offset: int, text: str) -> bool:
        """Whether a winner's count in a sentence naming no round follows one of the same
        paragraph naming a round someone went out in ("Y dropped out after the first ballot.
        X then won with 61 votes to 50 for Z"): the win, and the counts after it, came in a
        later round."""
        return bool(
            self.context.paragraph_exit
            and self.context.paragraph_line == self.line
            and self.context.paragraph_round is not None
            and _WIN_BEFORE.search(text, 0, offset)
        )

    def _round_at(self, rounds: list[tuple[int, int]], offset: int, text: str) -> int | None:
        """The round named nearest a number in its sentence, else the context's. A round
        named after the number in a clause giving a reason ("Kenya, with 129 votes, won the
        restricted ballot because, during the first round, ...") is not the number's."""
        if not rounds:
            return self._context_round()
        own = [
            (at, round_)
            for at, round_ in rounds
            if (at < offset or not _REASON.search(text, offset, at))
            and not _recalled(text, at, offset)
        ]
        before = [r for r in own if r[0] < offset]
        after = [r for r in own if r[0] > offset]
        if after and _ROUND_RIGHT_AFTER.match(text, offset, after[0][0]):
            return after[0][1]  # "23 votes in the first round and 29 votes in the second round"
        if before and after and all(_opens_clause(text, at) for at, _ in (before[-1], after[0])):
            return before[-1][1]  # "In the second round, X 46, Y 29, and in the last round, ..."
        if (
            before
            and after
            and _CLAUSE_BREAK.search(text, offset, after[0][0])
            and not _CLAUSE_BREAK.search(text, before[-1][0], offset)
        ):
            return before[-1][1]  # "the first by 21 votes to 14, and the second by 20 to 15"
        return min(own, key=lambda r: abs(r[0] - offset))[1] if own else None

    # --- mentions ---------------------------------------------------------------------
    def _candidates(self, text: str) -> list[sieve.Mention]:
        parties = [
            sieve.Mention(p.start, p.end, "C", p.candidate) for p in self.names.parties(text)
        ]
        mentions = [
            m
            for m in self._countries(text)
            if not any(p.start <= m.start < p.end for p in parties)
            and not _LOCATION_BEFORE.search(text[max(0, m.start - _LOCATION_REACH) : m.start])
            and not _SPORT_BEFORE.search(text, max(0, m.start - 12), m.start)
            and not (
                text.endswith((", ", ", the "), 0, m.start) and _city_country(text, m.start, m.end)
            )
            and not (
                text.endswith(("of ", "the "), 0, m.start)  # most follow neither: not searched
                and _INSTITUTION_BEFORE.search(text, max(0, m.start - 14), m.start)
            )
            and not (text.startswith("-", m.end) and _COUNTRY_COMPOUND_AFTER.match(text, m.end))
        ]
        mentions += parties
        taken = [(m.start, m.end) for m in mentions]
        named = self.names.find(text, taken)
        if named and any(n.start < m.start < n.end for n in named for m in mentions):
            # "CLARK, Maureen Harding Ireland with 65 votes": the country inside the person's
            # mention is theirs
            mentions = [m for m in mentions if not any(n.start <= m.start < n.end for n in named)]
        for found in named:
            if _place_named(text, found.start, found.end):
                continue  # "after the vote in New York, where it secured 179 votes"
            start = found.start
            if text[start - 1 : start] == ".":  # (the cheap test first)
                glued = _GLUED_INITIAL.search(text, max(0, start - 4), start)
                start = glued.start() if glued else start
            mentions.append(sieve.Mention(start, found.end, "C", found.candidate))
        mentions.sort(key=lambda m: m.start)
        if not text.isascii():  # (the plain test first: most sentences are all ASCII)
            mentions = [_past_native_script(text, m) for m in mentions]
        if self.vote_question and self.vote_question in text:
            mentions = _outside_question(text, mentions, self.vote_question)
        # a dateline ends in a dash and a space: most sentences hold neither, and fail that
        # plain test in a fifth of the time the pattern takes
        dateline = _DATELINE.match(text) if "- " in text or "– " in text or "— " in text else None
        if dateline is None and ": " in text[:40]:
            dateline = _COLON_DATELINE.match(text)
        if dateline:
            mentions = [m for m in mentions if m.start >= dateline.end()]
        if self.host_city_vote:
            mentions = sieve.drop_city_countries(text, mentions)
        elif (
            self.capital_spans
            and not self.capitals_as_cities
            and _capitals_among_cities(mentions, self.capital_spans)
            and any(kind == scan.READ for _, kind in scan.hits(text))  # read in either walk
        ):
            self.capitals_as_cities = True  # for this sentence and the rest of the text
            return self._candidates(text)
        if "leadership" in text or "nomination" in text or "primar" in text:
            mentions = [m for m in mentions if not _CONTEST_OWNED.match(text, m.end)]
        if "ballot" in text:
            mentions = [m for m in mentions if not _party_ballot(text, m)]
        mentions = [m for m in mentions if not _place_of_contest(text, m)]
        if "ors" in text:  # (every office in _OFFICE_HOLDERS_AFTER ends so)
            mentions = [m for m in mentions if not _place_of_office_holders(text, m)]
        if ":" in text and _names_a_region(mentions):  # (the colon tested first)
            mentions = [m for m in mentions if not _region_row_head(text, m)]
        if "," in text and _names_a_region(mentions):  # (the town's comma tested first)
            mentions = sieve.drop_city_regions(text, mentions)  # "Calgary, Alberta,"
        if "represent" in text:
            mentions = [m for m in mentions if not _represented_seat(text, m)]
        if "bench" in text or "ranks" in text:
            mentions = [m for m in mentions if not _BENCHES_AFTER.match(text, m.end)]
        if "backing of" in text or "support of" in text or "endorsement of" in text:
            mentions = [m for m in mentions if not _BACKER_BEFORE.search(text, 0, m.start)]
        if "ccording to" in text:
            mentions = [m for m in mentions if not _SOURCE_BEFORE.search(text, 0, m.start)]
        if "mbass" in text or "envoy" in text or "consul" in text:
            # "Ethiopian ambassador to Canada X said": the country one is posted to
            mentions = [m for m in mentions if not _POSTED_TO_BEFORE.search(text, 0, m.start)]
        if "minister" in text or "governor" in text or "commissioner" in text:
            mentions = [m for m in mentions if not _in_office_title(text, m)]
        if (
            "running" in text
            or "ticket" in text
            or "ice-presidential" in text
            or "ice presidential" in text
        ):
            mentions = [m for m in mentions if not _running_mate(text, m)]
        if (
            "pair" in text
            or (" with " in text and "elected" in text)
            or (" and " in text and self.running_mates)
        ):
            mentions = _joined_pairs(text, mentions, self.running_mates)
        if "/" in text:
            mentions = _slashed_alliances(text, mentions)
        mentions = sieve.drop_affiliations(text, mentions, self.affiliations)
        if self.demonym_spans and not self.resolving_demonyms:
            spans = self.demonym_spans  # (finding the race's people reads other sentences)
            self.resolving_demonyms = True
            try:
                if self._race_of_people(mentions, spans):
                    counted = self._person_counted(mentions)
                    mentions = [self._demonym_as_person(text, m, spans, counted) for m in mentions]
            finally:
                self.resolving_demonyms = False
        return mentions

    def _race_of_people(self, mentions: list[sieve.Mention], spans: set[tuple[int, int]]) -> bool:
        """Whether the race read so far, with the sentence's other names, is one of people:
        no country counted or named beside the demonym ("Peru received 112 votes, while the
        Estonian bid got 70": the countries' own)."""
        here = [m.candidate for m in mentions if m.candidate and (m.start, m.end) not in spans]
        drafted = [c for draft in self.drafts.values() for c in draft.candidates.values()]
        kinds = {c.kind for c in [*here, *drafted]}
        return Kind.COUNTRY not in kinds

    def _demonym_as_person(
        self, text: str, mention: sieve.Mention, spans: set[tuple[int, int]], counted: bool
    ) -> sieve.Mention:
        """A demonym read as its country ("the Lithuanian candidate got 85 votes") stands for
        the one person in the race the text made of that country ("Lithuanian Ambassador X"),
        when there is one: a race of people, where the country ran no bid of its own. When
        the text never names them, "the Lithuanian candidate" is still a person once the
        race or the sentence has one (`counted`): never the country."""
        candidate = mention.candidate
        if (mention.start, mention.end) not in spans or candidate is None or not candidate.code:
            return mention
        person = self._one_person_of(candidate.code)
        described = _COUNTRYS_PERSON.match(text, mention.end) if counted else None
        if person is None and described:
            person = Candidate(text[mention.start : described.end()], None, Kind.PERSON)
        if person is None:
            return mention
        return sieve.Mention(mention.start, mention.end, "C", person)

    def _person_counted(self, mentions: list[sieve.Mention]) -> bool:
        """Whether the race read so far, or the sentence, has a person in it."""
        here = (m.candidate for m in mentions if m.candidate)
        drafted = (c for draft in self.drafts.values() for c in draft.candidates.values())
        return any(c.kind is Kind.PERSON for c in itertools.chain(here, drafted))

    def _countries(self, text: str) -> list[sieve.Mention]:
        mentions = []
        self.capital_spans = set()  # where capitals stand, for _capitals_among_cities
        self.demonym_spans = set()
        for found in countries.find_countries(text):
            if found.via == "capital":
                self.capital_spans.add((found.start, found.end))
                if _CITY_OFFICE_AFTER.match(text, found.end):
                    continue  # "X is the Bucharest mayor-elect, with 9,120": the city's post
            if _ELECTION_OWNER.match(text, found.end):
                continue  # "X won Brazil's presidential run-off": where the vote was held
            if found.via == "name" and _NATIONAL_BODY_AFTER.match(text, found.end):
                continue  # "The Kenya Boxing Federation secretary-general won": the body's
            if text.startswith(("'s ", "’s "), found.end) and _CHAMBER_OWNER.match(text, found.end):
                continue  # "speaker of Iran's parliament with 237": whose chamber, no bid
            if found.via == "name" and _BODY_NAMED_OF_BEFORE.search(
                text, max(0, found.start - 24), found.start
            ):
                continue  # "the Cricket Club of India, with 1,746": the body's name, no bid
            if found.via == "name" and _HEAD_OF_BEFORE.search(
                text, max(0, found.start - 24), found.start
            ):
                continue  # "X was declared the new President of Somalia with 184": X's post
            if found.via == "name" and _PARTY_WORD_BEFORE.search(
                text, max(0, found.start - 10), found.start
            ):
                continue  # "Y of United Seychelles got 2%": Y's party, no country's bid
            if names.opening_place(text, found.start, found.end):
                continue  # "In Valletta, X was elected": where it happened
            capital = _CAPITAL_AFTER.match(text[found.end :])
            if found.via == "demonym" and capital and self.host_city_vote:
                if _SURNAME_AFTER.match(text, found.end + capital.end()):
                    continue  # "beating Nigerian capital Abuja": the city is named after
                city = countries.capital_of(found.code) or found.text  # "the Chinese capital"
                candidate = Candidate(city, None, Kind.OTHER)
                mentions.append(
                    sieve.Mention(found.start, found.end + capital.end(), "C", candidate)
                )
                continue
            if found.via == "demonym" and not sieve.is_bid(found, text):
                continue
            if found.via == "demonym" and _BODY_OF_BEFORE.search(
                text, max(0, found.start - 40), found.start
            ):
                continue  # "the Union of Romanians won 6.4%": the party's, named as a people
            if found.via == "name" and " " not in found.text and self._persons_surname(text, found):
                continue  # "Jim Jordan", then "Jordan, 198": names.py reads the person
            joint = _JOINT_CITY.match(text, found.end) if found.via == "capital" else None
            if joint and not countries.find_countries(joint.group(1)):
                # "Stockholm-Are": co-hosts named as one bid, a city and not the country
                city = text[found.start : joint.end()]
                mentions.append(sieve.Mention(found.start, joint.end(), "C", Candidate(city)))
                continue
            if found.via == "capital" and (self.host_city_vote or self.capitals_as_cities):
                candidate = Candidate(found.text, None, Kind.OTHER)
            elif found.via == "capital" and _SURNAME_AFTER.match(text, found.end):
                continue  # a first name ("Santiago Peña", "Sofia Petrov"): names.py reads it
            elif found.via == "capital" and _first_name_before(text, found.start):
                continue  # a surname ("Pedro Lima"): names.py reads the person
            elif found.via == "capital" and self.local_vote:
                candidate = Candidate(found.text, None, Kind.PERSON)
            elif found.via == "capital" and _TITLE_BEFORE.search(
                text, max(0, found.start - _TITLE_REACH), found.start
            ):
                candidate = Candidate(found.text, None, Kind.PERSON)  # "Ms. Lima", "Mayor Lima"
            else:
                name = countries.display_name(found.code)
                candidate = Candidate(name, found.code, Kind.COUNTRY)
                if found.via == "demonym":
                    self.demonym_spans.add((found.start, found.end))
            mentions.append(sieve.Mention(found.start, found.end, "C", candidate))
        return mentions

    def _persons_surname(self, text: str, found: countries.CountryMention) -> bool:
        """Whether a one-word country's name is a person's surname: after a first name
        ("Jim Jordan"), or alone once that person was named."""
        if _first_name_before(text, found.start):
            return True
        person = self.names.person_named(found.text)
        return person is not None and person.name.endswith(" " + found.text)

    def _classify(
        self,
        text: str,
        found: list[numbers.NumberMention],
        key: tuple,
        sentence: Sentence,
        measure: bool,
    ) -> list[sieve.Mention]:
        mentions = []
        # a vote on a resolution or a bill states its own total, not a contest's
        totals = set() if measure else self._totals(text, found, key, sentence)
        # asked only of a bare score after a verb of defeat, once per side: a partial, which
        # costs nothing to make, rather than a cached function, which does
        vote_before = partial(self._vote_before, sentence)
        for index, number in enumerate(found):
            if isinstance(number.value, float) and not number.percent and not number.words:
                number = _fractional_votes(text, number)
            kind = "P" if number.percent else "N"
            absurd = _absurd(number) and VOTES_AFTER.match(text[number.end :])
            # an absurd count of votes stays a count to the rules, which read the rest of the
            # sentence by it ("X received 99...9 votes and Y 5"); _add_tally refuses it
            if index in totals or not (absurd or may_be_tally(text, number, vote_before)):
                kind = "X"
            if absurd:
                self.warnings.append(
                    f"{self.source.name}:{sentence.line}: {_shorten(number.text)} is no vote "
                    "count; not read as a tally"
                )
            mentions.append(sieve.Mention(number.start, number.end, kind, value=number.value))
        return mentions

    def _vote_before(self, sentence: Sentence) -> bool:
        """Whether the sentence before `sentence`, in its paragraph or closing the paragraph
        just before, speaks of a vote: a bare score after it is the next round's ("X led with
        51 votes in the first round, Y 40. With Z out, Y then defeated X 56-53."), or the
        election's a news lead told ("The OAS elected X on Sunday. // X defeated Y 20-14."),
        no game's."""
        before = self._last_sentence(self.sentence_before)
        if before is None or BALLOT_WORD.search(before.text) is None:
            return False
        return before.line == sentence.line or not self.text[before.end : sentence.start].strip()

    def _totals(
        self, text: str, found: list[numbers.NumberMention], key: tuple, sentence: Sentence
    ) -> set[int]:
        """Indices of numbers stating a total ("183 of 193", "of the 193 member-nations")."""
        totals: set[int] = set()
        turnout = turnout_words_in(text)
        for index, number in enumerate(found):
            if number.percent or not isinstance(number.value, int):
                continue
            after = text[number.end : number.end + 60]
            follows_count = index > 0 and _count_then_total(text, found[index - 1], number)
            if not (follows_count or stated_total(text, number, after, len(found) > 1, turnout)):
                continue
            if follows_count and _VOTING_OF_MEMBERS_AFTER.match(after):
                number = found[index - 1]  # "190 out of 193 members voting": those voting
                totals.add(index)
                index, follows_count = index - 1, False
            if number.value < _MIN_TOTAL or _NOT_A_TOTAL_AFTER.match(after):
                continue  # "four of the 15 spots", "five of the 10 non-permanent members"
            if _BOUND_BEFORE.search(text, max(0, number.start - 16), number.start):
                continue  # "more than 1,000 people voted": a bound, not the count
            if not _ALL_TAKEN_BEFORE.search(text, max(0, number.start - 30), number.start):
                totals.add(index)  # "receiving all 425 votes cast": the total, and the count
            basis = _basis(_CLAUSE_END.split(after, 1)[0])
            span = self._span(sentence, number.start, number.end)
            figure = Figure(int(number.value), basis, span)
            self._note_group_figure(text, number.end, span)
            self._set_total(self._total_key(key, text, number.start), figure)
            if follows_count:  # "184 out of 192 votes": the total of that very count
                self.stated_with[found[index - 1].start] = figure
        return totals

    def _total_key(self, key: tuple, text: str, offset: int) -> tuple:
        """The contest a total belongs to: the round named nearest it, as for a tally ("a
        total of 191 were cast in the tenth round, as against 185 in the first")."""
        rounds = cues.rounds_in(text)
        round_ = self._round_at(rounds, offset, text) if rounds else None
        return key if round_ is None else (*key[:3], round_)

    def _read_labels(self, text: str, key: tuple, span: Span) -> bool:
        """UN ballot-block lines: "Number of members present and voting: 190"; whether the
        text is such a line and nothing more."""
        match = _LABEL_LINE.match(text)
        if match:
            value = int(match.group("value").replace(",", ""))
            self._apply_label(match.group("label").lower(), value, key, span)
            return _LINE_END.match(text, match.end()) is not None
        required = None
        if _REQUIRED.opens(text):  # its words hold those of _REQUIRED_BEFORE
            required = _REQUIRED.pattern.search(text) or _REQUIRED_BEFORE.pattern.search(text)
        if required and BACKERS_AFTER.match(text, required.end()):
            return  # "a majority of 121 delegates backed X": a count, not the rule
        if required and _MAJORITY_WORDS.search(text):
            value = int(required.group("value"))
            if 2 <= value <= 999:
                self._note_group_figure(text, required.end(), span)
                self._draft(key).required = self._draft(key).required or Figure(
                    value, "stated", span
                )
        return False

    def _note_group_figure(self, text: str, end: int, span: Span) -> None:
        """Remember a total or majority that a group's name after it qualifies."""
        if cues.groups_in(text[end:]):
            self.group_figures.add(span)

    def _apply_label(self, label: str, value: int, key: tuple, span: Span) -> None:
        if "majority" in label:
            self._draft(key).required = Figure(value, "stated", span)
        elif "present and voting" in label:
            self._set_total(key, Figure(value, "present and voting", span), force=True)
        elif label.endswith("ballot papers") and "valid" not in label:
            self._set_total(key, Figure(value, "ballots cast", span))

    def _set_total(self, key: tuple, figure: Figure, force: bool = False) -> None:
        """The first total stated for a contest, but those who voted over the body's size
        ("Of the 193 member states, 190 cast ballots")."""
        draft = self._draft(key)
        sized = draft.total is not None and draft.total.basis == _BODY_SIZE
        if force or draft.total is None or (sized and figure.basis != _BODY_SIZE):
            draft.total = figure

    def _read_status(
        self, text: str, key: tuple, mentions: list[sieve.Mention], span: Span
    ) -> None:
        draft = self._draft(key)
        seats = cues.seats_in(text)
        if seats and draft.seats is None:
            draft.seats = seats
        countries = [(m, m.candidate) for m in mentions if m.candidate and m.candidate.code]
        if not countries:
            return
        named = _ELECTED.search(text) or _ELECTS.search(text)
        contesting = _CONTESTING.search(text)
        if not (named or contesting or _CANDIDACY.search(text)):
            return
        passing = {country.key for mention, country in countries if _in_passing(text, mention)}
        countries_only = [country for _, country in countries if country.key not in passing]
        if not countries_only:
            return
        for candidate in countries_only:
            draft.candidates.setdefault(candidate.key, candidate)
        draft.spans.append(span)
        if contesting:
            draft.contesting.update(c.key for c in countries_only)
        elif named and not _NOT_ELECTED.search(text) and not outcomes.past(text, key[2]):
            draft.elected.update(_elected_keys(text, mentions) - passing)

    def _read_group_seats(self, text: str, key: tuple) -> None:
        """The seats a sentence naming no candidate gives the group it names ("one of the
        two seats available to the Western European and Others Group")."""
        if "seat" not in text or cues.groups_in(text) != {key[1]}:
            return
        seats = cues.seats_in(text)
        if seats and self._draft(key).seats is None:
            self._draft(key).seats = seats

    def _read_outcomes(
        self, text: str, key: tuple, mentions: list[sieve.Mention], span: Span
    ) -> None:
        """Who the sentence says won and lost, in words ("the seats went to X and Y", "X has
        lost its bid"), of any kind of candidate; none while the race goes on."""
        lower = text.lower()
        if not outcomes.may_state(lower):
            return
        named = [(m.start, m.end, m.candidate.key) for m in mentions if m.candidate]
        won, lost = outcomes.outcomes(text, named, key[2], lower)
        if not (won or lost) or _CONTESTING.search(text):
            return
        passing = {m.candidate.key for m in mentions if m.candidate and _in_passing(text, m)}
        won, lost = won - passing, lost - passing
        rounds = {r for _, r in cues.rounds_in(text)}
        if len(rounds) > 1:
            return  # "X led in the first round and won the second": which outcome is whose?
        if key[2] and key[2][:4] not in text:
            # a year the context holds, perhaps of a past vote ("in 1979-80 there were 155
            # ballots"): the outcome finds its contest by its candidate's numbers instead
            key = (key[0], key[1], None, key[3])
        if rounds:
            key = (*key[:3], next(iter(rounds)))  # "X won the seat on the fourth ballot"
        elif _A_ROUND.search(text):
            lost = set()  # "X failed to win the seat on a 14th ballot": that round, not the race
        draft = self._draft(key)
        for mention in mentions:
            if mention.candidate and mention.candidate.key in won | lost:
                if mention.candidate.key not in draft.candidates:
                    self.outcome_only.add((key, mention.candidate.key))
                draft.candidates.setdefault(mention.candidate.key, mention.candidate)
        draft.elected |= won
        draft.defeated |= lost
        draft.spans.append(span)

    def _note_unattributed(
        self, sentence: Sentence, text: str, mentions: list[sieve.Mention], claimed: set[int]
    ) -> None:
        """Numbers in a vote sentence that no rule read: what `explain --unattributed` lists."""
        unread = [m for i, m in enumerate(mentions) if m.kind in ("N", "P") and i not in claimed]
        # the cheap test first: most sentences leave no number unread, and the pattern, found
        # in nine sentences in ten, tries every word of the sentence
        if not unread or not _VOTE_SENTENCE.search(text):
            return
        for mention in unread:
            self.unattributed.append(self._span(sentence, mention.start, mention.end))

    def _antecedent(
        self,
        mentions: list[sieve.Mention],
        number_index: int,
        reference: int,
        rival: Candidate | None = None,
        gender: str | None = None,
    ) -> Candidate | None:
        """The candidate a pronoun points back to, in this sentence or before it: a person
        for "he" or "her" (never one a title gave the other sex: "Sir Vince" for "she"), a
        country, party or city for "it", the nearest for "which"."""
        wanted = {
            rules.PERSON_REFERENCE: (Kind.PERSON, Kind.OTHER),
            rules.THING_REFERENCE: (Kind.COUNTRY, Kind.PARTY, Kind.OTHER),
            rules.COUNTRY_REFERENCE: (Kind.COUNTRY,),
            rules.PARTY_REFERENCE: (Kind.PARTY,),
        }.get(reference, tuple(Kind))
        here = [m.candidate for m in mentions[:number_index] if m.kind == "C" and m.candidate]
        earlier = [c for found in self._light_candidates() for c in found]
        named = [c for c in [*self.context.recent, *earlier, *here] if c.kind in wanted]
        if reference == rules.PARTY_REFERENCE:
            # only one this sentence names: a list's "The party retained the seat" may stand
            # for a party its heading named, read or not
            return next((c for c in reversed(here) if c.kind is Kind.PARTY), None)
        if reference == rules.PERSON_REFERENCE:
            named = [c for c in named if not _function_word_first(c) and not self._group_word(c)]
            named = [c for c in named if not _side_name(c)] or named
            if named and _acronym(named[-1]):
                # "X was elected president of the 76th UNGA. He received ...": a body's
                # initials are no person, when someone else is named before them
                others = [c for c in named if not _acronym(c)]
                named = others or named
        if reference in (rules.PERSON_REFERENCE, rules.ANY_REFERENCE):
            # "X was elected to take over from Z. He won ...": never the one replaced
            gone = self._predecessors() - {c.key for c in here}
            named = [c for c in named if c.key not in gone]
        if reference in (rules.FORMER_REFERENCE, rules.LATTER_REFERENCE):
            # the rival may be one of the pair ("the latter got more votes than the former's
            # rival Y"), but never the one meant
            # ("between X, Rabbi of Y, and Z. The two ...": never a bare title)
            named = [c for c in named if not _bare_title(c)]
            named = _people_of_mixed_pair(named)
            meant = _of_last_pair(named, reference == rules.FORMER_REFERENCE)
            if meant is not None and meant == rival:
                # the rival named after the reference ("the latter got more votes than Y
                # (97-94)"): the pair is the one named before it
                while named and named[-1] == rival:
                    named = named[:-1]
                meant = _of_last_pair(named, reference == rules.FORMER_REFERENCE)
            return meant if meant != rival else None
        named = [c for c in named if c != rival]
        if reference in (rules.PERSON_REFERENCE, rules.THING_REFERENCE, rules.ANY_REFERENCE):
            companions = self._companions() - {c.key for c in here}
            named = [c for c in named if c.key not in companions] or named
        if gender:
            named = [c for c in named if self.names.genders.get(c.key, gender) == gender]
            if len(named) > 1 and named[-1].key in self.names.rivals_of_pronoun:
                # "X won, defeating her nearest rival Y. She polled ...": X, whose rival Y is
                others = [c for c in named if c.key not in self.names.rivals_of_pronoun]
                if others and others[-1].kind is Kind.PERSON:
                    named = [c for c in named if c.key not in self.names.rivals_of_pronoun]
            # "X won many awards. He was praised by Y as a poet. He obtained 1,156 votes": a
            # skipped sentence opening with the same pronoun goes on with X; Y, named after it,
            # is not the one meant
            after = self._after_opening_pronoun(gender) - {c.key for c in here}
            if after and any(c.key not in after for c in named):
                named = [c for c in named if c.key not in after]
            # "X, a graduate of Keble College, ... He obtained": "he" is no body
            named = [c for c in named if not _body_name(c)] or named
            # "X, ... and the mayor of Zhovkva. He got": "he" is no town an office is of
            places = self._office_places()
            named = [c for c in named if c.key not in places] or named
        if reference == rules.PERSON_REFERENCE and named and named[-1].kind is Kind.OTHER:
            # "X wins Oxford professor of poetry election -- his 1,221": a person the sentence
            # names before a lone word (a place, perhaps) is the one "his" stands for
            people = [c for c in here if c.kind is Kind.PERSON and c != rival]
            if people and named[-1] in here:
                return people[-1]
        if reference == rules.RIVAL_REFERENCE:  # the last candidate other than the subject
            # (the subject given as `rival` is gone from `named` already: "X received nine
            # votes as against five for his opponent")
            subject = None if rival is not None else named[-1] if named else None
            rivals = (c for c in reversed(named) if c != subject)
            # never one the text has not shown in the race ("X, the Clerk, announced that Y
            # had won 63 votes, leaving his opponent with 46")
            return next((c for c in rivals if self._contestant(c)), None)
        if not named and reference == rules.PERSON_REFERENCE and gender and self.passed_light:
            named = self._passed_people(gender)
        return named[-1] if named else None

    def _holder_of_role(
        self,
        text: str,
        upto: int,
        mentions: list[sieve.Mention],
        before: int,
        rival: Candidate | None,
    ) -> Candidate | None:
        """The last person named whose title gave the office a role noun before the number
        names ("Rep. X survived a scare from Y. The Congressman garnered 54 percent": X, not
        Y, the last one named): None when the sentence names no such role or no one fits."""
        role = _ROLE_REFERENCE.search(text, 0, upto)
        if role is None:
            return None
        office = names.TITLE_OFFICES[role.group(1).lower()]
        named = self._named_so_far(mentions, before)
        return next(
            (c for c in reversed(named) if c != rival and self.names.offices.get(c.key) == office),
            None,
        )

    def _incumbent_meant(
        self,
        text: str,
        upto: int,
        mentions: list[sieve.Mention],
        before: int,
        rival: Candidate | None,
    ) -> Candidate | None:
        """The last person named whom the text called the incumbent, when "the incumbent"
        before the number refers back ("Incumbent mayor X faced Y. The incumbent garnered
        18,370 votes": X, not Y, the last one named)."""
        if "incumbent" not in text or not _THE_INCUMBENT.search(text, 0, upto):
            return None
        named = self._named_so_far(mentions, before)
        return next(
            (c for c in reversed(named) if c != rival and c.key in self.names.incumbents), None
        )

    def _named_so_far(self, mentions: list[sieve.Mention], before: int) -> list[Candidate]:
        """Everyone named up to the sentence's mention `before`, oldest first: the recent
        sentences' candidates, the lightly read sentences', then this one's."""
        here = [m.candidate for m in mentions[:before] if m.kind == "C" and m.candidate]
        earlier = [c for found in self._light_candidates() for c in found]
        return [*self.context.recent, *earlier, *here]

    def _ahead_before(self) -> Candidate | None:
        """The one whose count led the counts the sentence read before gave, if it gave two
        or more to different people and one led ("X got 638 while Y secured 331. The winner
        got 65.8%": X)."""
        start, end = self.tally_marks
        best: dict[str, int] = {}
        people: dict[str, Candidate] = {}
        for tally in self.tallies[start:end]:
            candidate, votes = tally[1], tally[2]
            if votes is not None and candidate is not None:
                best[candidate.key] = max(best.get(candidate.key, 0), votes)
                people[candidate.key] = candidate
        if len(best) < 2:
            return None
        first, second = sorted(best, key=best.__getitem__, reverse=True)[:2]
        return people[first] if best[first] > best[second] else None

    def _previous_subject(
        self, mentions: list[sieve.Mention], number_index: int, rival: Candidate | None
    ) -> Candidate | None:
        """The country or party the sentence before opens with, for an "It" opening this one
        before any name: English carries on with the subject, not the last one named ("X was
        competing with Y and Z. It received 83 votes": X)."""
        if any(m.kind == "C" and m.candidate != rival for m in mentions[:number_index]):
            return None  # "It" may stand for one named between: not only the subject
        self._light_candidates()
        last = self.light[-1:] or self.read_named[-1:]
        if not last or not isinstance(last[0][0], str):
            return None
        before = last[0][0]
        found = [m for m in self._candidates(before) if m.candidate]
        if not found or not _SUBJECT_OPENING.fullmatch(before, 0, found[0].start):
            return None
        subject = found[0].candidate
        if subject.kind not in (Kind.COUNTRY, Kind.PARTY) or subject == rival:
            return None
        return subject

    def _after_opening_pronoun(self, gender: str) -> set[str]:
        """Keys of the candidates the sentences since the last read one (and that one) name
        after opening with a pronoun of `gender` ("He was described by Y as ..."): others the
        pronoun's subject met, not the subject."""
        keys: set[str] = set()
        for text, found in [*self.read_named[-1:], *self.light]:
            if not found or not isinstance(text, str):
                continue
            opening = _OPENING_PERSON_PRONOUN.match(text)
            said = opening and ("f" if opening.group().lower().endswith("she") else "m")
            if said == gender:
                keys.update(c.key for c in found if c is not None)
        return keys

    def _passed_people(self, gender: str) -> list[Candidate]:
        """The people named in the skipped sentences before the last read one, when that one
        named no person ("X is the new President. The envoy of Fiji was elected after a
        secret ballot. She received 29 votes"): of the pronoun's sex, or of none known."""
        people = [
            c
            for text, found in self._unfolded(self.passed_light)
            for c in (found if found is not None else [m.candidate for m in self._candidates(text)])
            if c is not None and c.kind is Kind.PERSON
        ]
        return [c for c in people if self.names.genders.get(c.key, gender) == gender]

    def _group_word(self, candidate: Candidate) -> bool:
        """Whether the text names a candidate only before a word for a body's members ("386
        LDP Diet members", read as a person's name by its shape): a group, no person."""
        known = self.group_words.get(candidate.name)
        if known is None:  # asked once a name: the whole text is searched
            found = list(re.finditer(re.escape(candidate.name), self.text))
            known = bool(found) and all(
                _GROUP_NOUN_AFTER.match(self.text, m.end()) or self._in_quoted_group(m)
                for m in found
            )
            self.group_words[candidate.name] = known
        return known

    def _in_quoted_group(self, found: re.Match[str]) -> bool:
        """Whether a name stands inside the quoted name of a bloc or party ("candidate of the
        'Our Home is Russia' bloc"): a group's words, no person's."""
        if '"' not in self.text and "\u201c" not in self.text:
            return False
        opened = _QUOTE_OPENED_BEFORE.search(self.text, max(0, found.start() - 40), found.start())
        return opened is not None and bool(_QUOTED_GROUP_AFTER.match(self.text, found.end()))

    def _pronoun_chain(
        self,
        sentence: Sentence,
        text: str,
        mentions: list[sieve.Mention],
        before: int,
        gender: str,
        candidate: Candidate | None,
    ) -> Candidate | None:
        """The person a pronoun stands for when the sentence before opened with one of the
        same sex: the same person, not a rival that sentence named after it ("He won 11 of
        34 MPs, with Y winning 16. This gave him 51%"); unless this sentence names a person
        before its pronoun. Notes who an opening pronoun stands for."""
        chain = self.opening_pronoun
        if (
            chain is not None
            and chain[1] == gender
            and not self.text[chain[2] : sentence.start].strip()
            and not any(m.kind == "C" for m in mentions[:before])
        ):
            candidate = chain[0]
        if candidate is not None and _OPENING_PERSON_PRONOUN.match(text):
            self.opening_pronoun = (candidate, gender, sentence.end)
        return candidate

    def _named_next(
        self, sentence: Sentence, text: str, rival: Candidate | None
    ) -> Candidate | None:
        """The person a text's opening "He" or "She" stands for when no one is named before
        it (a scraped story whose headline was lost: "She defeated Y by 31 votes to 27."):
        the one the next sentence opens with ("Bokova, 57, ...")."""
        if not _OPENING_PERSON_PRONOUN.match(text) or sentence.start > _OPENING_REACH:
            return None
        if self.context.recent or self._candidates(self.text[: sentence.start]):
            return None
        start = len(self.text) - len(self.text[sentence.end :].lstrip())
        following = sentences_at(self.text, [start]) if start < len(self.text) else []
        if not following:
            return None
        named = self._candidates(following[0].text[:_MAX_SENTENCE])
        first = named[0].candidate if named and named[0].start == 0 else None
        if first is None or first.kind not in (Kind.PERSON, Kind.OTHER) or first == rival:
            return None
        return first

    def _companions(self) -> set[str]:
        """Keys of the candidates the last sentence naming any names after its subject, "along
        with" or "together with" it ("X was elected along with Y and Z"): not its subject."""
        recent = [*self.read_named, *self.light]
        text, found = recent[-1] if recent else ("", None)
        along = _ALONG_WITH.search(text) if isinstance(text, str) and found else None
        if along is None:
            return set()
        subject = [c for c in found if c is not None and 0 <= text.find(c.name) < along.start()]
        if not subject:
            return set()
        return {c.key for c in found if c is not None and text.find(c.name) > along.start()}

    def _office_places(self) -> set[str]:
        """Keys of the candidates the recent sentences name right after a local office ("the
        mayor of Zhovkva"): a place, never a "he" or "she"."""
        places: set[str] = set()
        for text, found in [*self.read_named, *self.light]:
            if not isinstance(text, str) or not found or " of " not in text:
                continue
            for person in found:
                at = text.find(person.name) if person is not None else -1
                if at > 0 and _LOCAL_OFFICE_OF.search(text, max(0, at - 40), at):
                    places.add(person.key)
        return places

    def _predecessors(self, here: tuple = ()) -> set[str]:
        """Keys of the people recent sentences (and `here`: this one's text and people) name
        as the one replaced ("take over from Z", "to succeed Z", "after Z stepped down"), or
        of the seat one represents ("represents Yobe North"), or the official who told the
        result (", CEC chairman Z said"): mentioned, not contesting, so no pronoun's
        antecedent."""
        gone: set[str] = set()
        for text, found in [*self.read_named, *self.light, *here]:
            if not isinstance(text, str) or not found:
                continue
            replaced, left = _REPLACED.search(text), _LEFT_WORDS.search(text)
            seat = _SEAT_WORDS.search(text)
            related = _RELATION_WORDS.search(text)
            told = " said" in text or " told" in text or " announced" in text
            backer = _BACKER_WORDS.search(text)
            if not (replaced or left or seat or related or told or backer):
                continue
            for person in found:
                if person is None:
                    continue
                said = person.name
                at = text.find(said)
                if at < 0 and " " in said:
                    # "succeeds Murkomen" after "Senator Kipchumba Murkomen": the surname alone
                    said = said.rsplit(" ", 1)[1]
                    at = text.find(said)
                if at < 0:
                    continue
                if (
                    (replaced and _REPLACED_BEFORE.search(text, max(0, at - 40), at))
                    or (seat and _SEAT_BEFORE.search(text, max(0, at - 20), at))
                    or (left and _LEFT_AFTER.match(text, at + len(said)))
                    or (
                        left
                        and _SEAT_OWNED_AFTER.match(text, at + len(said))
                        and _RETIRING_BEFORE.search(text, max(0, at - 40), at)
                    )
                    or (related and _related(text, at, at + len(said)))
                    or (told and _official_reporter(text, at, at + len(said)))
                    or (backer and _ENDORSER_BEFORE.search(text, max(0, at - 80), at))
                ):
                    gone.add(person.key)
        return gone

    def _described_person(
        self, text: str, mentions: list[sieve.Mention], number_index: int
    ) -> Candidate | None:
        """The one person a description at the sentence's start (rules.py read it) stands for
        ("The 48-year-old Slovenian", "The Lithuanian Ambassador to the UN"): the only one
        whose stated country is the demonym's or who was introduced by it, or else the only
        person named so far; a contestant, not yet given a figure of this kind. None when
        more than one fits or the one who does is no contestant."""
        description = _DESCRIPTION_AT_START.match(text)
        code = countries.lookup(description.group("word") or "") if description else None
        here = [m.candidate for m in mentions[:number_index] if m.kind == "C" and m.candidate]
        earlier = [c for found in self._light_candidates() for c in found]
        # never one the sentence sets against it ("... as opposed to the 49 for Y") or one
        # replaced ("to succeed Z")
        later = {m.candidate.key for m in mentions[number_index:] if m.kind == "C" and m.candidate}
        gone = later | self._predecessors(((text, here),))
        people = list(
            dict.fromkeys(
                c
                for c in [*self.context.recent, *earlier, *here]
                if c.kind is Kind.PERSON and c.key not in gone
            )
        )
        if code is not None:
            stated = [p for p in people if self.affiliations.get(p.key) == code]
            stated = stated or [p for p in people if self._introduced_as(p, description["word"])]
            if len(stated) == 1:
                return stated[0]
            if not stated and len(people) > 1:
                people = self._headlined_of(people, code)
            # else the only person named, if not of another country: never the one left
            # when the others are ("X of Poland beat Y. The French delegate received 12")
            if len(people) == 1 and self._country_of(people[0]) not in (None, code):
                return None
        if not people and code is None:
            return self._headline_person(gone)
        if len(people) > 1 and code is None and _FORMER_AT_START.match(text):
            people = self._just_named(people)  # "..., X, has been re-elected. The former
            # Information Minister polled 863 votes": the one person the sentence before named
        if _NEW_AT_START.match(text):  # "The new president won 287 votes": the winner, whom
            people = self._in_title(people, text)  # news names in the headline, not one named last
        if len(people) != 1:
            return None
        if not self._contestant(people[0]):
            return None  # "Mayor X spoke after the count. The 48-year-old ...": no contestant
        counted = number_index < len(mentions) and mentions[number_index].kind
        if any(t[1] == people[0] and (t[3] is None) == (counted == "N") for t in self.tallies):
            return None  # a second count for someone already counted: another person
        return people[0]

    def _in_title(self, people: list[Candidate], text: str) -> list[Candidate]:
        """Of `people`, those whose surname the headline names (either of a double one:
        "Maria Lopez Garcia" is "Lopez" as often as "Garcia"); none when the text has no
        headline but its first line, which holds the sentence itself."""
        title = self.source.title or ""
        if text[:20] in title:
            return []
        words = set(re.findall(r"[^\W\d_]+", title))
        return [p for p in people if words.intersection(p.name.split()[1:])]

    def _headlined_of(self, people: list[Candidate], code: str) -> list[Candidate]:
        """Of several people, the one the headline names, if not of another country than a
        demonym's `code`, or else all of them: news names its subject above and describes
        it below ("Todt wins FIA vote" over "The 63-year-old Frenchman ..., topping Y")."""
        title = self.source.title or ""
        named = [p for p in people if re.search(rf"\b{re.escape(p.name.split()[-1])}\b", title)]
        if len(named) == 1 and self._country_of(named[0]) in (None, code):
            return named
        return people

    def _just_named(self, people: list[Candidate]) -> list[Candidate]:
        """Of `people`, those the last sentence naming anyone named (or all of them when it
        named none of them): a description of a former office goes on from there."""
        if not self.read_named:
            return people
        last = {c.key for c in self.read_named[-1][1] if c is not None}
        return [p for p in people if p.key in last] or people

    def _headline_person(self, gone: set[str]) -> Candidate | None:
        """The one person the headline names in the race when the story opens with a
        description before naming anyone ("Kim wins party runoff" over "The former trade
        minister earned 257 votes ..."): news names the winner above and describes below."""
        if self.context.recent or any(self._light_candidates()):
            return None
        title = self.source.title or ""
        if not _CONTEST_WORD.search(title):
            return None
        named = {
            m.candidate.key: m.candidate
            for m in self._candidates(title[:_MAX_SENTENCE])
            if m.candidate and m.candidate.kind in (Kind.PERSON, Kind.OTHER)
        }
        people = [c for key, c in named.items() if key not in gone]
        return people[0] if len(named) == 1 and len(people) == 1 else None

    def _demonym_person(self, text: str, number: sieve.Mention) -> Candidate | None:
        """The one person in the race of the country a demonym after the number names ("61
        for the Russian"): stated as of it, introduced by it ("Russian envoy X") or described
        by it after the name ("X, the Russian representative"). None when not exactly one."""
        found = _FOR_THE_DEMONYM.search(text, number.end, number.end + _DEMONYM_REACH)
        code = countries.lookup(found.group(1)) if found else None
        return self._one_person_of(code) if code else None

    def _demonym_subject(
        self, text: str, mentions: list[sieve.Mention], number_index: int
    ) -> Candidate | None:
        """The one person of the country a demonym subject before the number names ("X from
        Brazil and Y faced a run-off, which the Brazilian won with 19 votes"): of those the
        sentence names before it, else of the race. None when not exactly one."""
        start = mentions[number_index].start
        found = _DEMONYM_SUBJECT.findall(text, max(0, start - _DEMONYM_REACH), start)
        code = countries.lookup(found[-1]) if found else None
        if code is None:
            return None
        here = {
            m.candidate.key: m.candidate
            for m in mentions[:number_index]
            if m.kind == "C" and m.candidate and m.candidate.kind is Kind.PERSON
        }
        fits = [p for p in here.values() if self.affiliations.get(p.key) == code]
        return fits[0] if len(fits) == 1 else self._one_person_of(code)

    def _one_person_of(self, code: str) -> Candidate | None:
        """The one person in the race the text makes of the country `code`, if one."""
        people = {
            c.key: c
            for found in [*self._light_candidates(), self.context.recent]
            for c in found
            if c.kind is Kind.PERSON and self._contestant(c)
        }
        fits = [
            p
            for p in people.values()
            if self.affiliations.get(p.key) == code or self._demonym_beside(p, code)
        ]
        return fits[0] if len(fits) == 1 else None

    def _demonym_beside(self, person: Candidate, code: str) -> bool:
        """Whether the text anywhere puts a demonym of the country just before the person's
        name ("Swedish envoy Ana Lind") or right after it ("Tom Berg, the Danish delegate"):
        the text may have introduced them long before "for the Swede"."""
        at = self.text.find(person.name)
        while at >= 0:
            before = _DEMONYM_BEFORE_NAME.search(self.text, max(0, at - _INTRODUCTION_REACH), at)
            titled = _DEMONYM_BEFORE_TITLE.search(self.text, max(0, at - _INTRODUCTION_REACH), at)
            after = _DEMONYM_AFTER_NAME.match(self.text, at + len(person.name))
            for found in (before, titled, after):
                if (
                    found
                    and _role_words_only(found["roles"])
                    and code in (countries.lookup(found[1]), _second_nationality(found))
                ):
                    return True
            if _office_of_country_after(self.text, at + len(person.name)) == code:
                return True
            # "former President of Switzerland Ana Lind": the office's country, right before
            office = _OFFICE_OF_COUNTRY_BEFORE.search(self.text, max(0, at - 40), at)
            if office and countries.lookup(office[1]) == code:
                return True
            at = self.text.find(person.name, at + 1)
        return False

    def _country_of(self, person: Candidate) -> str | None:
        """The country the text gives a person: stated ("X of Latvia") or by a demonym the
        person was introduced with ("Latvian envoy X", never then "The Estonian envoy")."""
        stated = self.affiliations.get(person.key)
        if stated is not None:
            return stated
        for text, _ in [*self.read_named, *self.light]:
            named = text.find(person.name) if isinstance(text, str) else -1
            if named > 0:
                before = _CAPITALISED_WORD.findall(
                    text[max(0, named - _INTRODUCTION_REACH) : named]
                )
                codes = [countries.lookup(word) for word in before]
                code = next((c for c in reversed(codes) if c), None)
                if code is not None:
                    return code
        return None

    def _party_nominee(self, before: str) -> Candidate | None:
        """The one person recent sentences named as the candidate of the party that the
        words before a count name alone ("BJP candidate polled 16 votes": "BJP candidate
        X", "AAP's X"); None when no one or several are."""
        said = _PARTY_NOMINEE_WORDS.findall(before)
        if not said:
            return None
        party = said[-1]
        introduced = re.compile(
            # ("BJP mayoral candidate X", "her Congress rival Y": a word for the office, or
            # the rival's role)
            rf"\b{re.escape(party)}(?:['’]s)?(?: (?:[a-z]+ )?"
            r"(?:candidate|nominee|leader|member|rival|challenger|opponent))? $"
        )
        people = {
            person
            for text, found in [*self.read_named, *self.light]
            if isinstance(text, str) and party in text
            for person in found or []
            if person is not None
            and person.kind is Kind.PERSON
            and any(
                introduced.search(text, max(0, at - 40), at) for at in _all_at(text, person.name)
            )
        }
        return people.pop() if len(people) == 1 else None

    def _introduced_as(self, person: Candidate, demonym: str) -> bool:
        """Whether a recent sentence put the demonym before the person's name ("Lithuanian
        envoy Rasa Vaitkute", "Bulgarian diplomat Irina Bokova"), alone or as either half of
        a dual one ("British-Pakistani lawyer X" for "The British lawyer")."""
        introduced = re.compile(
            rf"\b{re.escape(demonym)}(?:-[A-Z][a-z]+)? |(?<=[a-z]-){re.escape(demonym)} "
        )
        for text, _ in [*self.read_named, *self.light]:
            if not isinstance(text, str):
                continue
            found = introduced.search(text)
            at = found.start() if found else -1
            named = text.find(person.name, at) if at >= 0 else -1
            if 0 <= at < named <= at + _INTRODUCTION_REACH:
                return True
        return False

    def _contestant(self, person: Candidate) -> bool:
        """Whether the text has shown `person` in the race: a tally or an outcome of theirs
        read, or named in one of the last sentences beside a word of contest ("X's opponent
        was Y", "Y ran for the post")."""
        if any(person.key in draft.candidates for draft in self.drafts.values()):
            return True
        named = [*self.read_named, *self.light]
        return any(
            isinstance(text, str) and person in (found or []) and _CONTEST_WORD.search(text)
            for text, found in named
        )

    def _gain_after_count(
        self, candidate: Candidate, text: str, number: sieve.Mention, offset: int
    ) -> bool:
        """ "X picked up 17 votes in the second round" once X was named: a gain."""
        if not _GAIN_VERB_BEFORE.search(text[max(0, number.start - 20) : number.start]):
            return False
        after = offset + number.end  # read on in the text: a hard-wrapped line may end here
        if not _IN_LATER_ROUND_AFTER.search(self.text[after : after + 40]):
            return False
        # named in an earlier sentence (with its count, even one not read)
        return any(c.key == candidate.key for c in self.context.recent) or any(
            tally[1].key == candidate.key for tally in self.tallies
        )

    def _subject_of_defeat(
        self, candidate: Candidate | None, before: str, mentions: list[sieve.Mention]
    ) -> Candidate | None:
        """A sentence's plain "he" or "it" after "X saw off Y" is the winner X, its subject,
        though Y was named last ("X defeated Y. He was re-elected with 133 votes")."""
        if candidate is None or any(m.kind == "C" and m.start < len(before) for m in mentions):
            return candidate
        if not _PLAIN_PRONOUN.search(before) or _LOSER_ROLE.search(before):
            return candidate
        pair = self._defeat_before()
        return pair[0] if pair and pair[1] == candidate else candidate

    def _other_finalist(
        self, winner: Candidate | None, skeleton: str, mentions: list[sieve.Mention]
    ) -> Candidate | None:
        """The winner's rival in the two-way vote the sentence itself or the one before
        names ("X and Y were forced into a runoff, which X won by 124 to 57"), or the one
        the sentence before says the winner beat, if it names no third of their kind ("X
        beat Y.")."""
        if winner is None:
            return None
        pair = rules.final_pair(skeleton)
        if pair is not None:
            return self._rival_in(winner, *(mentions[i].candidate for i in pair))
        before = self._last_sentence(self.sentence_before)
        if before is None:
            return None
        text = before.text[:_MAX_SENTENCE]
        named = self._candidates(text)
        pair = rules.final_pair(sieve.skeleton(text, named))
        if pair is None:
            defeat = self._defeat_before(known=winner)
            if not defeat or not _same_one(defeat[0], winner):
                return self._only_rival(winner)
            # no third of their kind ("X beat Y and Z": whose is the count?); "Former Wales
            # captain X ... after beating Y" names a country and a body beside two people
            # (names before the verb beside the winner's are the winner's side: "Former
            # Wales captain X, World Rugby's chairman, beat Y")
            kind, loser = defeat[0].kind, defeat[1]
            at = next(i for i, m in enumerate(named) if m.candidate == loser)
            alike = {
                m.candidate.key for m in named[at:] if m.candidate and m.candidate.kind is kind
            }
            return loser if alike - {defeat[0].key} == {loser.key} else None
        return self._rival_in(winner, *(named[i].candidate for i in pair))

    def _pronoun_rival(
        self,
        binding: rules.Binding,
        mentions: list[sieve.Mention],
        text: str,
        skeleton: str,
        sentence: Sentence,
    ) -> Candidate | None:
        """The rival of the one the sentence's opening pronoun stands for: the other of the
        pair the text set out ("X faced off against Y. He obtained 812 votes against 662 for
        his rival": Y), or the one the pronoun's subject replaced ("X won ... against former
        Speaker Y. He polled 138 votes against his predecessor's 136")."""
        person = replace(binding, candidate=rules.PERSON_REFERENCE)
        subject = self._bound_candidate(person, mentions, text, skeleton, sentence)
        if subject is None:
            return None
        rival = self._other_finalist(subject, skeleton, mentions) or self._met_before(subject)
        if rival is None or _same_one(rival, subject):
            return None
        if rival.key in self._predecessors() and "predecessor" not in text.lower():
            return None  # "X was elected to replace Z. He secured 17 votes against 15 for his
            # rival": the one replaced ran in no race of the text's telling
        return rival

    def _met_before(self, subject: Candidate) -> Candidate | None:
        """The one other of the subject's kind the sentence before names beside the subject
        ("X faced off against former treasurer Y."), if it names no third."""
        before = self._last_sentence(self.sentence_before)
        if before is None:
            return None
        named = [m.candidate for m in self._candidates(before.text[:_MAX_SENTENCE])]
        same = [c is not None and (_same_one(c, subject) or _same_one(subject, c)) for c in named]
        if not any(same):
            return None
        others = {
            c.key: c
            for c, one in zip(named, same, strict=True)
            if c and not one and c.kind is subject.kind
        }
        return next(iter(others.values())) if len(others) == 1 else None

    def _only_rival(self, winner: Candidate) -> Candidate | None:
        """The one other contestant of the winner's kind the last sentences read name, if
        only one ("Two candidates, X of Japan and Y of South Africa, ... X led all three
        rounds, the first by 21 votes to 14"): a two-way race the text set out before."""
        others = {
            c.key: c
            for c in self.context.recent
            if c.kind is winner.kind and not _same_one(c, winner) and not _same_one(winner, c)
        }
        if len(others) != 1:
            return None
        (other,) = others.values()
        return other if self._contestant(other) else None

    @staticmethod
    def _rival_in(
        winner: Candidate, first: Candidate | None, second: Candidate | None
    ) -> Candidate | None:
        """The other of a two-way vote's pair, if the winner is one of them."""
        if first is None or second is None or first.key == second.key:
            return None
        if winner.key in (first.key, second.key):
            return second if winner.key == first.key else first
        return None

    def _side_of_score(
        self, mentions: list[sieve.Mention], binding: rules.Binding
    ) -> Candidate | None:
        """The winner or the loser of the defeat the sentence before states, for one side of
        a score that names neither ("In a 147-44 vote, the Nordic nation ..."): the winner
        has the larger count, else the score is not theirs."""
        loser = binding.candidate == rules.LOSER_REFERENCE
        counts = [i for i, m in enumerate(mentions) if m.kind == "N"]
        at = counts.index(binding.number)
        other = at - 1 if loser else at + 1  # the score's other side: the count beside it
        if not 0 <= other < len(counts):
            return None
        won, lost = (counts[other], binding.number) if loser else (binding.number, counts[other])
        if not mentions[won].value > mentions[lost].value:
            return None
        # a score standing alone ("The final tally was 133 votes to 50") only after a
        # sentence naming no one but the two: the one that says it was a two-way race
        pair = self._defeat_before(two_only=binding.rule == "tally-was-score")
        return pair[loser] if pair else None

    def _elected_to(self, office: str | None, vote: Sentence) -> Candidate | None:
        """The one person the text says was elected to `office`, before or after the `vote`
        that names no one ("the Assembly elected X, of Y, as President of its session");
        none when it names several (a president and a past president elected before). A
        person the vote's own sentence names was elected to something else, or a rule would
        have read them."""
        if office is None:
            return None
        offsets = [m.start() for m in _ELECTED_WORD.finditer(self.text)]
        people: dict[str, Candidate] = {}
        for sentence in sentences_at(self.text, offsets):
            if sentence.start == vote.start:
                continue
            text = sentence.text[:_MAX_SENTENCE]
            named = self._candidates(text)
            for index in rules.elected_as(sieve.skeleton(text, named), office):
                person = named[index].candidate
                if person and person.kind in (Kind.PERSON, Kind.OTHER):
                    people[person.key] = person
        return next(iter(people.values())) if len(people) == 1 else None

    def _defeat_before(
        self, two_only: bool = False, known: Candidate | None = None
    ) -> tuple[Candidate, Candidate] | None:
        """The winner and the loser of the one defeat the sentence before states; with
        `two_only`, of a sentence naming no one else ("X beat Y and Z": whose is a score?).
        `known`, one side of it the caller knows, picks it among several names before the
        verb."""
        before = self._last_sentence(self.sentence_before)
        if before is None:
            return None
        text = before.text[:_MAX_SENTENCE]
        named = self._candidates(text)
        if two_only and not _two_named(named):
            return None
        skeleton = sieve.skeleton(text, named)
        defeat = rules.beaten_pair(skeleton)
        if defeat is None:
            # "X obtained 95 votes to Y's 69. On the second ballot the tally was 102 to 65":
            # a lone score's sides are the two the score before set against each other
            scored = rules.scored_pair(skeleton) if two_only else None
            if scored is None:
                return None
            winner, loser = (named[i].candidate for i in scored)
            return (winner, loser) if winner and loser and winner != loser else None
        before, after, lost = defeat
        other = named[after].candidate
        if other is None:
            return None
        sides = [named[i].candidate for i in before]
        # ("At the AGM, X was re-elected by a wide margin over Y": a meeting's initials, no side)
        sides = [c for c in sides if c and not _acronym(c)] or sides
        if len(sides) == 1:
            one = sides[0]
        else:  # "Former Wales captain X has been re-elected as World Rugby chairman after
            # beating Y": which of the three beat Y only the count's own sentence can tell
            one = next((c for c in sides if c and known and _same_one(c, known)), None)
        winner, loser = (other, one) if lost else (one, other)
        return (winner, loser) if winner and loser and winner != loser else None

    def _light_candidates(self) -> list[list[Candidate]]:
        """Candidates of the skipped sentences, found on first need and kept."""
        self.light = [
            (text, [m.candidate for m in self._candidates(text) if m.candidate])
            if found is None
            else (text, found)
            for text, found in self._unfolded(self.light)[-2:]
        ]
        return [found or [] for _, found in self.light]

    def _unfolded(
        self, items: list[tuple[str | _Gap, list[Candidate] | None]]
    ) -> list[tuple[str, list[Candidate] | None]]:
        """Skipped sentences as (text, candidates once looked for), a gap unfolded into the
        last two sentences it stands for."""
        texts: list[tuple[str, list[Candidate] | None]] = []
        for item, found in items:
            if isinstance(item, _Gap):
                texts += [(s.text, None) for s in self._skipped(item, 2)]
            else:
                texts.append((item, found))
        return texts

    def _last_sentence(self, cell: Sentence | _Gap | None) -> Sentence | None:
        """A sentence the walk read, or the last one it would have seen in a gap it skipped."""
        if isinstance(cell, _Gap):
            skipped = self._skipped(cell, 1)
            return skipped[0] if skipped else None
        return cell

    def _skipped(self, gap: _Gap, count: int) -> list[Sentence]:
        """The last `count` sentences of a gap the walk would have seen."""
        return sentences_before(self.text, gap.start, gap.end, gap.line, _seen, count)

    def _remember_last(self, candidates: list[sieve.Mention], text: str) -> None:
        if candidates:
            people = any(m.candidate and m.candidate.kind is Kind.PERSON for m in candidates)
            self.passed_light = [] if people else [*self.passed_light[-1:], *self.light[-2:]]
            self.light = []  # nearer candidates now stand between a pronoun and those
            self.read_named = [*self.read_named[-2:], (text, [m.candidate for m in candidates])]
        for mention in candidates:
            if mention.candidate:
                self.context.recent.append(mention.candidate)
        del self.context.recent[:-8]

    # --- results ----------------------------------------------------------------------
    def _add_tally(
        self,
        key: tuple,
        candidate: Candidate,
        number: sieve.Mention,
        sentence: Sentence,
        rule: str,
        name_span: Span | None,
        measure: str | None = None,
    ) -> None:
        value = number.value
        if value is None or value < 0 or value > MAX_VOTES:
            return
        option = options.as_option(candidate)
        if option is not None:  # "The Yes campaign took 55%", a row "YES 812,440"
            measure = measure or self._measure_of(sentence, number)
            candidate, key = option, self._option_key(key, measure)
        span = self._span(sentence, number.start, number.end)
        if key[3] is None and number.start in self.after_exit:
            self.after_exit_spans.add(span)
        if key[3] == 1 and self._run_off_not_first(sentence.text, number):
            key = (*key[:3], None)  # "210 votes in a runoff" after a first round named
        if key[3] is None and (self.after_run_off or _run_off_gave(sentence.text, number)):
            self.run_off_spans.add(span)
        if number.kind == "P":
            votes = number.paired if isinstance(number.paired, int) else None
            self.tallies.append((key, candidate, votes, float(value), span, rule, name_span))
        elif isinstance(value, int):
            percent = float(number.paired) if number.paired is not None else None
            self.tallies.append((key, candidate, value, percent, span, rule, name_span))
            self.tally_totals[span] = self.stated_with.get(number.start)
        else:
            return
        draft = self._draft(key)
        draft.candidates.setdefault(candidate.key, candidate)

    def _option_key(self, key: tuple, measure: str | None = None) -> tuple:
        """The contest of Yes and No: named for what is voted on ("Referendum"), and for
        the measure its line names ("Prop. 75") while the text may name several."""
        subject = self.vote_subject or "Vote"
        if measure:
            plain = self._option_key(key)
            key = (f"{plain[0]}: {measure}", *plain[1:])
            self.measure_keys[key] = plain
            return key
        return (f"{key[0]} {subject.lower()}" if key[0] else subject, *key[1:])

    def _measure_of(self, sentence: Sentence, number: sieve.Mention) -> str | None:
        """The measure ("Prop. 75", "Initiative 912", "Question 2") the number's line names
        last before it: a roundup of ballot measures gives each its own line or clause."""
        line_start = self.text.rfind("\n", 0, sentence.start) + 1
        named = _MEASURE.findall(self.text, line_start, sentence.start + number.start)
        return " ".join(named[-1].split()) if named else None

    def _fold_single_measure(self) -> None:
        """One measure named (or none) is the text's one question: its options' contest is
        the plain one, so "Yes 52%" in the lead and on "Prop. 8"'s line are one tally."""
        if len({key for key, *_ in self.tallies if key in self.measure_keys}) > 1:
            return
        for i, (key, *rest) in enumerate(self.tallies):
            if key in self.measure_keys:
                self.tallies[i] = (self.measure_keys[key], *rest)
        for measured, plain in self.measure_keys.items():
            if measured in self.drafts:
                self._draft(plain).absorb(self.drafts.pop(measured))

    def _run_off_not_first(self, text: str, number: sieve.Mention) -> bool:
        """Whether a count given the first round is a run-off's: one the words right after
        it say so ("150 in the first round and 210 in the run-off"), or one a sentence naming
        no round of its own says a run-off gave, the first round coming from before."""
        if _RUN_OFF_AFTER.match(text, number.end) or _RUN_OFF_RIGHT_BEFORE.search(
            text, max(0, number.start - 60), number.start
        ):
            return True
        return not cues.rounds_in(text) and (self.after_run_off or _run_off_gave(text, number))

    def _draft(self, key: tuple) -> _ContestDraft:
        if key not in self.drafts:
            body, group, year, round_ = key
            self.drafts[key] = _ContestDraft(body, group, year, round_)
        return self.drafts[key]

    def _span(self, sentence: Sentence, start: int, end: int) -> Span:
        line = sentence.line
        if self.unwrapped:
            line = bisect_left(self._source_breaks, sentence.start + start) + 1
        return Span(
            self.source.name,
            line,
            sentence.start + start,
            sentence.start + end,
            self._evidence(sentence),
        )

    @cached_property
    def _source_breaks(self) -> list[int]:
        """Where the source's lines end: a span's line found by bisection, as counting the
        breaks before each span made a long text's reading quadratic."""
        return [match.start() for match in _LINE_BREAK.finditer(self.source.text)]

    def _evidence(self, sentence: Sentence) -> str:
        """The sentence as the source writes it: the text read may differ in a character or
        two at the same offsets (a colon score read as "185-182", a raised point, a wrapped
        line's break), and the evidence shows the source's, line breaks as spaces."""
        if not self.unwrapped:
            return sentence.text
        written = self.source.text[sentence.start : sentence.start + len(sentence.text)]
        return written.replace("\n", " ") if "\n" in written else written

    def _regroup(self) -> None:
        """Each country in its own regional group's contest. The group a sentence's key
        takes is the one the text named last, but stories on UN elections run on from one
        group's seats to the next ("In the African group, ... while India won the Asian
        seat"), and numbers read before any group is named have none; a country's group
        is known, so its tallies and statuses move to the contest of its group, with the
        total and required majority of the vote it was counted in when that contest states
        none (the Assembly votes for all groups at once: one membership present, one
        rule). Done once, before the rounds are settled, so that those see each group's
        contest whole."""
        if not self.names_groups:
            return  # no key holds a group the text does not name: most documents
        tallied = dict.fromkeys((t[0], t[1].key) for t in self.tallies)  # in text order
        moves = {
            (key, code): new
            for key, code in tallied
            if (new := self._own_key(key, self.drafts[key].candidates[code])) is not None
        }
        for (key, code), new in moves.items():
            self._move_candidate(self.drafts[key], self._draft(new), code)
        for key in {key for key, _ in moves}:
            self._drop_seats_of_whole_vote(self.drafts[key])
        self.tallies = [(moves.get((t[0], t[1].key), t[0]), *t[1:]) for t in self.tallies]
        counted = {key for key, _ in tallied} | set(moves.values())
        for key, draft in list(self.drafts.items()):
            for candidate in list(draft.candidates.values()):
                new = self._own_key(key, candidate)
                # A status read before the text names any group ("the Assembly elected X,
                # Y and Z") tells the outcome of the whole vote: it joins no round's numbers
                if new is not None and not (key[1] is None and new in counted):
                    self._move_candidate(draft, self._draft(new), candidate.key)

    @staticmethod
    def _drop_seats_of_whole_vote(draft: _ContestDraft) -> None:
        """A seat count read with candidates of several groups ("the only contested
        election for five seats"), more than the candidates left to this group, counts the
        whole vote's seats: it is not the group's."""
        if draft.seats is not None and draft.seats > len(draft.candidates):
            draft.seats = None

    def _own_key(self, key: tuple, candidate: Candidate) -> tuple | None:
        """The key of the candidate's own group's contest, when it is not `key`'s."""
        body, group, year, round_ = key
        own = cues.regrouped(body, group, candidate.code)
        return None if own is None else (body, own, year, round_)

    def _move_candidate(self, source: _ContestDraft, target: _ContestDraft, key: str) -> None:
        target.candidates[key] = source.candidates.pop(key)
        for statuses in ("elected", "contesting", "defeated"):
            if key in getattr(source, statuses):
                getattr(source, statuses).discard(key)
                getattr(target, statuses).add(key)
        target.total = target.total or self._of_whole_vote(source.total)
        target.required = target.required or self._of_whole_vote(source.required)

    def _of_whole_vote(self, figure: Figure | None) -> Figure | None:
        """A total or majority stated for the whole vote, not one a group's name after it
        qualifies ("190 valid votes in the Western European and Other States category"). A
        group named before it sets the scene for the sentence's tallies ("In the Asian group,
        X won 184 votes out of the 192 countries that took part in the election")."""
        if figure is None or figure.span in self.group_figures:
            return None
        return figure

    def _resolve_final_rounds(self) -> None:
        """ "The final round" is the last round the text counts, when it counts them. A round
        named without counts of its own may come before it ("took the lead in the third
        round ... won back control in the final ballot"): the final is then of no number."""
        if not any(k[3] == -1 for k in self.drafts):
            return
        stated = [k[3] for k, *_ in self.tallies if k[3] and k[3] > 0]
        stated += [r for s, _ in self.visits if (r := cues.numbered_final_in(s.text))]
        final = max([*stated, self.round_count or 0]) or None
        if final and not self.round_count and self._final_differs(final):
            # "61 in the first round and 40 on the final ballot": not the first
            final = final + 1 if self._final_follows(final, stated) else None
        if final is None:  # not the first round's either, when the text speaks of later ones
            self.unplaced_finals = {
                (k[:3], c.key, v, p) for k, c, v, p, *_ in self.tallies if k[3] == -1
            }
        remap = {k: (*k[:3], final) for k in self.drafts if k[3] == -1}
        for old, new in remap.items():
            draft = self.drafts.pop(old)
            draft.round = final
            kept = self.drafts.setdefault(new, draft)
            kept.total = kept.total or draft.total  # "540 MPs voted in the final round"
        self.tallies = [(remap.get(t[0], t[0]), *t[1:]) for t in self.tallies]

    def _final_follows(self, last: int, stated: list[int]) -> bool:
        """Whether "the last round" is the one right after round `last`: every round up to
        it counted, and one sentence naming the final right after it ("In the second round,
        it was X 46 and Y 29, and in the last round, X 66 and Y 32")."""
        if last < 2 or set(range(1, last + 1)) - set(stated):
            return False  # "114 in the first round and 160 in the final": rounds between?
        for sentence, _ in self.visits:
            named = [r for _, r in cues.rounds_in(sentence.text)]
            if last in named and -1 in named and named.index(-1) == named.index(last) + 1:
                return True
        return False

    def _final_differs(self, final: int) -> bool:
        """Whether a candidate has other numbers in "the final round" than in round `final`."""
        last = {(k[:3], c.key): (v, p) for k, c, v, p, *_ in self.tallies if k[3] == final}
        return any(
            last.get((k[:3], c.key), (v, p)) != (v, p)
            for k, c, v, p, *_ in self.tallies
            if k[3] == -1
        )

    def _document(self) -> Document:
        if self.tallies and sieve.tells_no_result(self.text):
            self.tallies, self.drafts, self.unattributed = [], {}, []
            self.late_rounds = {}
        polled = {t[0] for t in self.tallies if sieve.is_poll_answer(t[1].name)}
        if polled:  # a contest with an "Undecided" row is an opinion poll's question
            kept = [i for i, t in enumerate(self.tallies) if t[0] not in polled]
            self.tallies = [self.tallies[i] for i in kept]
            at = {old: new for new, old in enumerate(kept)}  # the late rounds follow their tallies
            self.late_rounds = {at[i]: r for i, r in self.late_rounds.items() if i in at}
        if self.measure_keys:
            self._fold_single_measure()
        self._regroup()
        self._place_late_rounds()
        self._resolve_final_rounds()
        if any(t[0][3] is not None for t in self.tallies):
            self._drop_counted_round_repeats()
        if self.tallies and self._reports_a_run_off():
            self._run_off_by_default()
        if (
            any(t[0][3] is None for t in self.tallies)
            and (
                any(
                    self._later_round_ahead(s.text) or cues.single_round_in(s.text)
                    for s, worth in self.visits
                    if worth
                )
                or cues.first_round_led_in(self.text)
                or self._later_round_in_title()
                or self.later_count_heading
            )
            and not any(worth and _AFTER_A_LATER_ROUND.search(s.text) for s, worth in self.visits)
            and not _FIRST_ROUND_VOID.search(self.text)
        ):
            self._first_round_by_default()
        # a count and a share joined first: "X won 35.4%, with 1,975,056 votes for him" is
        # one fuller statement a share restated elsewhere ("X received 35.4%") folds into
        settled = _join_count_and_share(self._acronyms_spelled_out(self._settled_tallies()))
        settled = self._fold_renamed(self._fold_restatements(settled))
        settled = self._fold_party_rows(self._fold_plural_parties(settled))
        settled = self._fold_whole_shares(settled)
        settled = self._fold_nominating_countries(settled)
        self._merge_name_variants(settled)
        self._settle_outcomes(settled)
        self._place_early_totals({t[0] for t in settled})
        self._drop_totals_under_counts(settled)
        contests = {key: _freeze(self.source.name, draft) for key, draft in self.drafts.items()}
        merged: dict[tuple, Tally] = {}
        again: dict[tuple, list[Span]] = {}  # later statements of a tally, frozen once below
        for key, candidate, votes, percent, span, rule, name in settled:
            ident = (key, candidate.key, votes, percent)
            if ident in merged:  # stated again (headline and body, or a recap)
                again.setdefault(ident, []).append(span)
            else:
                merged[ident] = Tally(
                    contests[key], candidate, ident[2], ident[3], span, rule, (), name,
                    self.tally_totals.get(span),
                )  # fmt: skip
        for ident, spans in again.items():
            merged[ident] = replace(merged[ident], evidence=tuple(spans))
        # by identity: hashing a Contest hashes all its candidates, once per tally
        used = {id(t.contest) for t in merged.values()}
        kept = _rounds_in_order([c for c in contests.values() if id(c) in used or c.candidates])
        return Document(
            self.source, kept, tuple(merged.values()), tuple(self.unattributed),
            tuple(self.warnings),
        )  # fmt: skip

    def _later_round_in_title(self) -> bool:
        """Whether the headline, which no sentence read holds, tells of a later round ahead
        ("X and Y face second round"), as a sentence would (a run-off only as it would)."""
        title = self.source.title or ""  # (a Source made by hand may have none)
        return _LATER_ROUND_IN_TITLE.search(title) is not None and self._later_round_ahead(title)

    def _later_round_ahead(self, text: str) -> bool:
        """Whether a sentence speaks of a round after the first of this vote, not of one a
        clause recalls ("X, who lost in the second round in 2016, ...")."""
        for match in cues.later_rounds(text):
            if _recalled(text, match.start()):
                continue
            said = match.group().lower()
            if said.startswith("run"):
                if self._run_off_makes_a_first:
                    return True
            elif not _MANY_ROUNDS.fullmatch(said) or self._many_rounds_make_a_first:
                return True
        return False

    @cached_property
    def _run_off_makes_a_first(self) -> bool:
        """A run-off ahead makes numbers the first round's where the text names a first round
        or counts votes: an assembly's run-off is its next ballot ("X got 100 votes and will
        face Y in a run-off"), a popular vote's a later election ("X won 37%; the race heads
        to a Dec. 16 run-off") whose first the text does not call a round."""
        return any(t[2] is not None for t in self.tallies) or bool(
            _FIRST_ROUND_NAMED.search(self.text)
        )

    @cached_property
    def _many_rounds_make_a_first(self) -> bool:
        """ "After a mere 48 rounds of voting ... The final round gave": any of them, the last
        most likely ("The vote went to four rounds" alone still makes a count the first's)."""
        return _FINAL_ROUND_NAMED.search(self.text) is None

    def _fold_restatements(self, settled: list[tuple]) -> list[tuple]:
        """A count restated without its share ("Bio (SLPP) - 564,687" under "Julius Maada Bio
        with 564,687 (43.1%)"), or a share without its count, or either under the person's
        first name alone ("Samura (APC) - 566,113"), is the same tally: it takes the fuller
        statement's candidate and numbers."""
        full: dict[tuple, tuple[Candidate, int, float]] = {}
        for key, candidate, votes, percent, *_ in settled:
            if votes is not None and percent is not None:
                stated = (candidate, votes, percent)
                full.setdefault((key, candidate.key, votes, None), stated)
                full.setdefault((key, None, votes, None), stated)
                full.setdefault((key, candidate.key, None, percent), stated)
                full.setdefault((key, None, None, percent), stated)
        if not full:
            return settled
        folded = []
        for key, candidate, votes, percent, *rest in settled:
            if (votes is None) != (percent is None):  # "Duda won 43.67%", then "43.67% (8 412 183)"
                same = full.get((key, candidate.key, votes, percent)) or self._named_alike(
                    candidate, full.get((key, None, votes, percent))
                )
                if same is not None:
                    candidate, votes, percent = same
            folded.append((key, candidate, votes, percent, *rest))
        return folded

    def _fold_whole_shares(self, settled: list[tuple]) -> list[tuple]:
        """A whole share that the same candidate's finer share in the contest rounds or cuts
        to is that share told briefly ("X secured 64 per cent" over the table's "X: 15,214
        (64.4 per cent)", a headline's "52% to 48%" over the body's 51.9% and 48.1%): the
        same tally, with the finer statement's numbers. Not when its own sentence gives
        another share in decimals ("per the second agency, X has 49% and Y 45.2%"): a writer
        stating tenths beside it wrote the whole share exactly, a figure of its own."""
        finer = [
            (key, candidate, votes, percent)
            for key, candidate, votes, percent, *_ in settled
            if percent is not None and percent != int(percent)
        ]
        if not finer:
            return settled
        precise = {
            _sentence_of(span)
            for _, _, _, percent, span, *_ in settled
            if percent is not None and percent != int(percent)
        }
        folded = []
        for key, candidate, votes, percent, *rest in settled:
            if (
                votes is None
                and percent is not None
                and _sentence_of(rest[0]) not in precise
                and self._written_whole(rest[0], percent)
            ):
                same = self._finer_share(finer, key, candidate, int(percent))
                if same is not None:
                    key, candidate, votes, percent = same
            folded.append((key, candidate, votes, percent, *rest))
        return folded

    def _written_whole(self, span: Span, percent: float) -> bool:
        """Whether a share is written as a whole number ("52%", not "52.0%", a precise one)."""
        written = self.source.text[span.start : span.end]
        return percent == int(percent) and not _DECIMAL_WRITTEN.search(written)

    def _finer_share(
        self, finer: list[tuple], key: tuple, candidate: Candidate, whole: int
    ) -> tuple | None:
        """Of the finer shares, the first the same candidate has that rounds or cuts to
        `whole`: in the same round, else in any when the whole share names none ("after 10
        rounds, X had 51.9%" below a headline's "X wins with 52%")."""
        near = [f for f in finer if whole in (round(f[3]), int(f[3]))]
        for stated in sorted(near, key=lambda f: f[0] != key):  # the same round first
            if stated[0] != key and (key[3] is not None or stated[0][:3] != key[:3]):
                continue
            if self._same_person(candidate, *stated[1:]):
                return stated
        return None

    def _same_person(self, candidate: Candidate, other: Candidate, votes, percent) -> bool:
        """Whether `candidate` names `other`: the same key, a one-word or longer form of the
        name, or the surname alone ("Dr Alvarez" before the list's "Ana Alvarez")."""
        return (
            candidate.key == other.key
            or self._named_alike(candidate, (other, votes, percent)) is not None
            or other.name.split()[-1:] == [candidate.name]
        )

    def _fold_renamed(self, settled: list[tuple]) -> list[tuple]:
        """One count restated under the person's name written another way: its words
        swapped ("Ahmed Ibrahim", then "Ibrahim Ahmed"), or the surname spelt otherwise
        ("Geoffrey Mutuku", then "Geoffrey Muthini"). The same count of ten or more in one
        contest under two names that share a given name (or all words) is one person's."""
        first: dict[tuple, Candidate] = {}
        renamed: dict[tuple, Candidate] = {}  # (contest, later name's key) -> first name
        for key, candidate, votes, percent, *_ in settled:
            if votes is None or votes < _RENAMED_MIN or candidate.kind is not Kind.PERSON:
                continue
            earlier = first.setdefault((key, votes, percent), candidate)
            if earlier.key != candidate.key and _same_person_named(earlier.name, candidate.name):
                renamed[(key, candidate.key)] = earlier
        if not renamed:
            return settled
        return self._renamed(settled, renamed)

    def _renamed(self, settled: list[tuple], renamed: dict[tuple, Candidate]) -> list[tuple]:
        """`settled` with each tally of a (contest, candidate key) in `renamed` filed under
        the candidate it maps to, in the contest's draft too."""
        for (key, old), new in renamed.items():
            draft = self.drafts.get(key)
            if draft is not None and old in draft.candidates:
                draft.rename(old, new)
        return [
            (key, renamed.get((key, candidate.key), candidate), *rest)
            for key, candidate, *rest in settled
        ]

    def _fold_plural_parties(self, settled: list[tuple]) -> list[tuple]:
        """A party counted alike in one contest under its plural in prose ("The Greens
        received 159 votes") and its singular in the results list ("Green: 159 votes"): one
        tally, the list's singular (never people: "Williams" is no "William")."""
        singular = {
            (key, f"{candidate.key}s", votes, percent): candidate
            for key, candidate, votes, percent, *_ in settled
            if candidate.kind is not Kind.PERSON and not candidate.code
        }
        renamed = {
            (key, candidate.key): one
            for key, candidate, votes, percent, *_ in settled
            if candidate.kind is not Kind.PERSON
            and (one := singular.get((key, candidate.key, votes, percent))) is not None
        }
        if not renamed:
            return settled
        return self._renamed(settled, renamed)

    def _fold_party_rows(self, settled: list[tuple]) -> list[tuple]:
        """A results row under a party's code ("PDP: 6,984,520") restating the very count
        prose gave its nominee ("Atiku Abubakar who scored 6,984,520 votes") is the
        person's tally: a count of thousands shared by chance in one contest is rare, and
        a presidential list names parties where the prose names people."""
        people = {
            (key, votes): candidate
            for key, candidate, votes, percent, *_ in settled
            if candidate.kind is Kind.PERSON and votes is not None and votes >= _ROW_RESTATED_MIN
        }
        if not people:
            return settled
        renamed = {
            (key, candidate.key): person
            for key, candidate, votes, percent, _, rule, *_ in settled
            if rule == "dash"
            and candidate.kind is not Kind.PERSON
            and (person := people.get((key, votes))) is not None
        }
        if not renamed:
            return settled
        return self._renamed(settled, renamed)

    def _fold_nominating_countries(self, settled: list[tuple]) -> list[tuple]:
        """A nominee and the country that put them forward counted alike in one contest
        ("Japan's candidate, Professor X, was re-elected with 122 votes", then "Japan (122
        votes)" in a results list): one tally, the person's, as a treaty body or court elects
        the person a state nominates."""
        people: dict[tuple, list[Candidate]] = {}
        for key, candidate, votes, percent, *_ in settled:
            if candidate.kind is Kind.PERSON and votes is not None and votes >= _RENAMED_MIN:
                people.setdefault((key, votes, percent), []).append(candidate)
        if not people:
            return settled  # most documents count no person
        nominated = set()
        for key, candidate, votes, percent, *_ in settled:
            alike = people.get((key, votes, percent), []) if candidate.code else []
            if any(self._nominating_country(p) == candidate.code for p in alike):
                nominated.add((key, candidate.key, votes, percent))
        if not nominated:
            return settled
        return [t for t in settled if (t[0], t[1].key, t[2], t[3]) not in nominated]

    def _nominating_country(self, person: Candidate) -> str | None:
        """The country the document introduces a person as the nominee or national of
        ("Japan's candidate, Professor X", "X of Japan"): stated, or the last country named
        just before the person's name anywhere in the text."""
        stated = self.affiliations.get(person.key)
        if stated is not None:
            return stated
        at = self.text.find(person.name)
        while at > 0:
            before = _CAPITALISED_WORD.findall(self.text[max(0, at - _INTRODUCTION_REACH) : at])
            code = next((c for c in map(countries.lookup, reversed(before)) if c), None)
            if code is not None:
                return code
            at = self.text.find(person.name, at + 1)
        return None

    def _acronyms_spelled_out(self, settled: list[tuple]) -> list[tuple]:
        """A party named by its acronym alone ("PSD - 37.63%" in a headline) before the text
        spells it out ("The Social Democratic Party (PSD) obtained 37.63%"): the party the
        spelled-out name gives, so a restatement is one tally."""
        spelled: dict[str, Candidate] = {}
        for _, candidate, *_ in settled:
            name = candidate.name
            if name.isupper() and " " not in name and name not in spelled:
                full = self.names.resolve(name)
                if full is not None and full != candidate and full.name.endswith(f"({name})"):
                    spelled[name] = full
        if not spelled:
            return settled
        for draft in self.drafts.values():
            for short, candidate in list(draft.candidates.items()):
                full = spelled.get(candidate.name)
                if full is not None:
                    draft.rename(short, full)
        return [
            (key, spelled.get(candidate.name, candidate), *rest)
            for key, candidate, *rest in settled
        ]

    def _named_alike(
        self, candidate: Candidate, stated: tuple[Candidate, int, float] | None
    ) -> tuple[Candidate, int, float] | None:
        """`stated` when `candidate` is a one-word name of the person it names, or the
        person's full name with more after it: a row's party read into the name ("Ana Roe
        Labour 30%" over "Ana Roe won 30%, or 8,131 votes")."""
        if stated is None or candidate.code:
            return None
        if " " in candidate.name:
            full = stated[0].name
            return stated if " " in full and candidate.name.startswith(f"{full} ") else None
        return stated if self.names.person_named(candidate.name) == stated[0] else None

    def _merge_name_variants(self, settled: list[tuple]) -> None:
        """One person named two ways in a contest ("Gianni Infantino", then "Infantino", or
        "Gianni" in a quote) is one candidate: the one-word form's row and status go to the
        full name, unless the one-word form has numbers of its own."""
        counted = {(key, candidate.key) for key, candidate, *_ in settled}
        for key, draft in self.drafts.items():
            for short, candidate in list(draft.candidates.items()):
                if candidate.code or " " in candidate.name or (key, short) in counted:
                    continue
                full = self.names.person_named(candidate.name)
                if full is None or full.key == short:
                    continue
                if full.key in draft.candidates or (key, full.key) in counted:
                    draft.rename(short, full)

    def _settle_outcomes(self, settled: list[tuple]) -> None:
        """Each stated outcome in the contest of the candidate's numbers: one said without a
        round or group ("X was elected", "the seats went to X and Y") is the last round of
        the one contest the candidate was counted in; a win said of a round the candidate
        was counted after is no win of the election ("X won the first ballot")."""
        if not any(draft.elected or draft.defeated for draft in self.drafts.values()):
            return  # most documents state no outcome
        counted: dict[str, set[tuple]] = {}
        for key, candidate, *_ in settled:
            counted.setdefault(candidate.key, set()).add(key)
        for key, draft in list(self.drafts.items()):
            for old in draft.elected | draft.defeated:
                candidate = draft.candidates.get(old)
                if candidate is None:
                    continue
                if candidate.kind is Kind.OTHER:
                    candidate = self.names.resolve(candidate.name) or candidate
                own = counted.get(candidate.key, set())
                if not own and not candidate.code and (key, old) in self.outcome_only:
                    # a person the text counts nowhere: elected to something else ("X was
                    # elected to the committee"), not a candidate of this vote
                    draft.elected.discard(old)
                    draft.defeated.discard(old)
                    draft.candidates.pop(old, None)
                    continue
                self._settle_outcome(key, draft, old, candidate, own)

    def _settle_outcome(
        self, key: tuple, draft: _ContestDraft, old: str, candidate: Candidate, own: set[tuple]
    ) -> None:
        """Move one stated outcome of `draft` to where `own` (the keys of the candidate's
        tallies) puts it, under the candidate's resolved key."""
        won = old in draft.elected
        if key in own:
            later = any(k[:3] == key[:3] and (k[3] or 0) > (key[3] or 0) for k in own)
            target = None if won and later else key
        else:
            heirs = [
                k for k in own if all(a is None or a == b for a, b in zip(key, k, strict=True))
            ]
            one = len({k[:3] for k in heirs}) == 1
            target = max(heirs, key=lambda k: k[3] or 0) if one else key
            if won and target != key and target[3] and not self._last_round(target):
                target = key  # "a second round was needed": won in a round the text leaves out
        draft.elected.discard(old)
        draft.defeated.discard(old)
        if target is None:
            return
        if target != key and not (old in draft.contesting or key in own):
            draft.candidates.pop(old, None)
        heir = self.drafts[target]
        heir.candidates.setdefault(candidate.key, candidate)
        (heir.elected if won else heir.defeated).add(candidate.key)

    def _last_round(self, key: tuple) -> bool:
        """Whether round `key[3]` can be the contest's last: no later round drafted, counted
        ("after 15 rounds") or spoken of ahead ("went to a second round")."""
        if any(k[:3] == key[:3] and (k[3] or 0) > key[3] for k in self.drafts):
            return False
        if self.round_count and self.round_count > key[3]:
            return False
        return key[3] > 1 or not any(cues.later_round_ahead(s.text) for s, _ in self.visits)

    def _place_early_totals(self, tallied: set[tuple]) -> None:
        """A total stated before the text names the group or round of its tallies ("All 193
        member states were present. ... In the first round, X received 111 votes") is the
        total of that one contest, in each of its rounds, when none of them states its own."""
        for key, draft in self.drafts.items():
            if draft.total is None or key in tallied:
                continue
            heirs = [k for k in tallied if all(a in (None, b) for a, b in zip(key, k, strict=True))]
            if len({k[:3] for k in heirs}) != 1:
                continue  # no contest, or several: the text does not say whose total it is
            if any(self.drafts[heir].total for heir in heirs):
                continue  # a round's own total: the early one may be that round's
            for heir in heirs:
                self.drafts[heir].total = draft.total

    def _drop_counted_round_repeats(self) -> None:
        """A count a sentence files under a count of rounds held ("After four rounds of
        voting, X won 83 votes") that another sentence gave an ordinal round ("83 voted for X
        in the second round") is that round's, retold: the count of rounds may take in
        repeat or void votes, the ordinal names the round itself."""
        ordinal = {
            (k[:3], c.key, v, p): k[3]
            for k, c, v, p, span, *_ in self.tallies
            if k[3] is not None and _ORDINAL_ROUND.search(span.sentence)
        }
        if not ordinal:
            return
        self.tallies = [
            t
            for t in self.tallies
            if t[0][3] is None
            or ordinal.get((t[0][:3], t[1].key, t[2], t[3]), t[0][3]) == t[0][3]
            or _ORDINAL_ROUND.search(t[4].sentence)
            or cues.round_count_in(t[4].sentence) != t[0][3]
        ]

    def _drop_totals_under_counts(self, settled: list[tuple]) -> None:
        """A contest's total less than half of one of its counts was misread: a body's size
        or a count of places ("14 of the 47 members", "in 16 regions"), never the votes the
        count is one of. (A total a count only just passes stays, for `check` to flag.)"""
        largest: dict[tuple, int] = {}
        for key, _, votes, *_ in settled:
            if votes is not None and votes > largest.get(key, 0):
                largest[key] = votes
        for key, most in largest.items():
            draft = self.drafts.get(key)
            if draft is not None and draft.total is not None and draft.total.value * 2 < most:
                draft.total = None

    def _first_round_by_default(self) -> None:
        """In a text that speaks of later rounds, numbers given without a round belong to the
        first, unless the same numbers are stated elsewhere with their round."""
        stated = {
            (k[:3], c.key, v, p)
            for k, c, v, p, span, *_ in self.tallies
            if k[3] is not None and not (k[3] > 1 and self._got_again(span))
        }
        stated |= self.unplaced_finals
        kept_apart = self._rounds_of_others()
        # a count of another year's vote ("In 2014, Y had got 52%") is not this one's round
        round_years = {k[2] for k, *_ in self.tallies if k[3] is not None} | {None}
        unstated = [
            t
            for t in self.tallies
            if t[0][3] is None and (t[0][:3], t[1].key, *t[2:4]) not in stated
        ]
        later_sentences = {  # "he won with 115 votes to 88" after "88 to 85" in the first round
            _sentence_of(t[4]) for t in unstated if self._differs_in_round(1, *t[:4])
        }
        # a sentence naming no round gives one: if one of its counts cannot be that later
        # round's (Rio has another there), neither can the others (Madrid's was left unread)
        later_of: dict[tuple[int, str], set[int | None]] = {}
        for t in unstated:
            if _sentence_of(t[4]) in later_sentences and t[5] not in _DECIDING:
                later_of.setdefault(_sentence_of(t[4]), set()).add(self._later_round(*t[:4]))
        two_way = _two_way_splits(unstated)
        rounded = " ".join(t[4].sentence for t in self.tallies if t[0][3] is not None).lower()
        in_rounds = {t[1].key for t in self.tallies if t[0][3] is not None}
        new_faces = {_sentence_of(t[4]) for t in unstated if t[1].key not in in_rounds}
        moved: dict[tuple, tuple] = {}
        tallies = []
        run_off = self._run_off_round()
        for key, candidate, votes, percent, *rest in self.tallies:
            # a run-off's count equal to a first round's ("54 in the first round ... declared
            # the winner with 54 votes in the runoff") is the run-off's own
            if key[3] is None and (
                (key[:3], candidate.key, votes, percent) not in stated
                or rest[0] in self.run_off_spans
            ):
                if (key[:3], candidate.key) in kept_apart or key[2] not in round_years:
                    tallies.append((key, candidate, votes, percent, *rest))
                    continue  # another race's: the later rounds named were not its own
                if _sentence_of(rest[0]) in new_faces and _another_race(rest[0].sentence, rounded):
                    tallies.append((key, candidate, votes, percent, *rest))
                    continue  # "In the election for vice-president, ...": not those rounds'
                if len(_listed_rounds(rest[0].sentence)) > 1:
                    tallies.append((key, candidate, votes, percent, *rest))
                    continue  # "40 votes to 35 in the first and second rounds": of which?
                if rest[0] in self.run_off_spans:
                    if run_off is not None:  # "In the run-off, X defeated Y 312 to 280"
                        key = moved.setdefault((key, "run-off"), (*key[:3], run_off))
                    tallies.append((key, candidate, votes, percent, *rest))
                    continue  # a later round's, the second only when the text counts so
                if rest[0] in self.after_exit_spans:
                    tallies.append((key, candidate, votes, percent, *rest))
                    continue  # "Y went out in the first round. X won with 61": a later one
                deciding = rest[1] in _DECIDING
                if not deciding and _sentence_of(rest[0]) in later_sentences:
                    later = self._later_round(key, candidate, votes, percent)
                    sentence = _sentence_of(rest[0])
                    if later is not None and (
                        later_of.get(sentence) == {later} or cues.rounds_in(sentence[1])
                    ):
                        key = moved.setdefault((key, later), (*key[:3], later))
                    tallies.append((key, candidate, votes, percent, *rest))
                    continue
                if _sentence_of(rest[0]) in two_way:
                    tallies.append((key, candidate, votes, percent, *rest))
                    continue  # "X won 52.7%, Y 47.3%": the whole vote split in two, no first round
                key = moved.setdefault((key, deciding), self._default_round(key, deciding))
            tallies.append((key, candidate, votes, percent, *rest))
        self.tallies = tallies
        for (old, _), new in moved.items():
            self.drafts.setdefault(new, _ContestDraft(*new)).absorb(self.drafts[old])
        still_used = {t[0] for t in tallies}
        for old in {old for old, _ in moved} - still_used:
            del self.drafts[old]

    def _got_again(self, span: Span) -> bool:
        """Whether the words before a count say it repeats one given before ("You, who again
        got 51", "once again received 51 votes"): a later round's count equal to an earlier
        one's, so the same count stated without a round is that earlier round's."""
        return bool(_AGAIN_BEFORE.search(self.source.text, max(0, span.start - 40), span.start))

    def _place_late_rounds(self) -> None:
        """Move the counts a later sentence gave a round to that round's contest."""
        for index, round_ in self.late_rounds.items():
            key, candidate, *rest = self.tallies[index]
            new = (*key[:3], round_)
            self.tallies[index] = (new, candidate, *rest)
            self._draft(new).candidates.setdefault(candidate.key, candidate)
            if all(t[0] != key for t in self.tallies):
                self.drafts[new].absorb(self.drafts.pop(key))

    def _run_off_round(self) -> int | None:
        """The round a run-off held was: the second, when the text's other counts name the
        first round (or the first and second: "54 in the first round ... 54 in the runoff")
        and it counts no more than two rounds; else unknown ("after three rounds, a run-off")."""
        if (self.round_count or 2) != 2:
            return None
        stated = {k[3] for k, *_ in self.tallies if k[3] is not None}
        if not stated:  # "In the first round, four candidates vied ..." on a line of its own
            stated = {r for s, worth in self.visits if worth for _, r in cues.rounds_in(s.text)}
        return 2 if stated in ({1}, {1, 2}) else None

    def _rounds_of_others(self) -> set[tuple]:
        """(contest, candidate) of the counts without a round that a later round spoken of
        cannot make first-round ones: when every sentence naming a later round names it for
        counts of its own ("Y, elected to the committee with 73 second-round votes"), those
        rounds are the named candidates' races, not that of others counted nowhere with a
        round ("Z tallied 187 votes to top the race for vice-president")."""
        cue_sentences = {
            (s.line, s.text) for s, worth in self.visits if worth and cues.later_round_ahead(s.text)
        }
        with_round = {_sentence_of(t[4]) for t in self.tallies if t[0][3] and t[0][3] > 1}
        if not cue_sentences or not all(
            cue in with_round or self._other_race_elected(cue[1]) for cue in cue_sentences
        ):
            return set()  # "a second round will now take place": the counts before are round 1
        cue_offices = [_offices_in(text) for _, text in cue_sentences]
        if not all(cue_offices):
            return set()  # "In a second round, X beat Y": the rounds of the one race spoken of
        in_rounds = {(k[:3], c.key) for k, c, *_ in self.tallies if k[3] is not None}
        named = set().union(*cue_offices)
        return {
            (k[:3], c.key)
            for k, c, _, _, span, *_ in self.tallies
            if k[3] is None and not named & _offices_in(span.sentence)
        } - in_rounds

    def _other_race_elected(self, text: str) -> bool:
        """Whether a sentence giving no count says someone the text gives no count was
        elected to an office of its own ("Y was elected in the second round to the audit
        board"): that later round is Y's race, not the one of the counts."""
        offices = _offices_in(text)
        if not offices or not _ELECTED_WORD.search(text):
            return False
        bodies = " ".join(k[0] for k, *_ in self.tallies if k[0]).lower()
        if any(office in bodies for office in offices):
            return False  # "Peru was elected to the Council" of the Council's counts
        named = {m.candidate.key for m in self._candidates(text) if m.candidate}
        counted = {c.key for _, c, *_ in self.tallies}
        return bool(named) and not named & counted

    def _differs_in_round(
        self,
        round_: int,
        key: tuple,
        candidate: Candidate,
        votes: int | None,
        percent: float | None,
    ) -> bool:
        """Whether the text gives the candidate another count, or share, in that round: one
        candidate has one count per round, so this one is not of that round."""
        return any(
            _other_figure((votes, percent), (v, p))
            for k, c, v, p, *_ in self.tallies
            if k[3] == round_ and k[:3] == key[:3] and c.key == candidate.key
        )

    def _later_round(
        self, key: tuple, candidate: Candidate, votes: int | None, percent: float | None
    ) -> int | None:
        """The round of a count that cannot be the first's ("88 to 85" in the first round,
        then "he won with 115 votes"): the last round the contest's tallies name, or the
        second when they name only the first; none when that round has another count too."""
        last = max((k[3] for k, *_ in self.tallies if k[:3] == key[:3] and k[3]), default=1)
        last = max(last, 2)
        return None if self._differs_in_round(last, key, candidate, votes, percent) else last

    def _reports_a_run_off(self) -> bool:
        """Whether the text reports a run-off held as its vote ("the completed tally of last
        week's presidential run-off", "winner of the November 14 Run-Off Election", "Runoff
        election went smoothly"): its counts are then that run-off's, not a first round's.
        Not a text that sends the vote to a run-off ("the two will face a run-off")."""
        title = self.source.title or ""
        reported = _REPORTED_RUN_OFF.search(title) or _REPORTED_RUN_OFF.search(self.text)
        return bool(reported) and not _LATER_ROUND_IN_TITLE.search(self.text)

    def _run_off_by_default(self) -> None:
        """Counts given without a round in a text reporting a run-off held are the run-off's:
        the second round, when the text names no later one nor counts more than two."""
        if (self.round_count or 2) != 2 or any((t[0][3] or 0) > 1 for t in self.tallies):
            return
        stated = {(k[:3], c.key, v, p) for k, c, v, p, *_ in self.tallies if k[3] is not None}
        moved: dict[tuple, tuple] = {}
        for i, (key, candidate, votes, percent, *rest) in enumerate(self.tallies):
            if key[3] is None and (key[:3], candidate.key, votes, percent) not in stated:
                if _EARLIER_POLL.search(rest[0].sentence):
                    continue  # "489,558 votes in the inconclusive poll": the first one's
                new = moved.setdefault(key, (*key[:3], 2))
                self.tallies[i] = (new, candidate, votes, percent, *rest)
        still_used = {t[0] for t in self.tallies}
        for old, new in moved.items():
            self.drafts.setdefault(new, _ContestDraft(*new)).absorb(self.drafts[old])
            if old not in still_used:
                del self.drafts[old]

    def _default_round(self, key: tuple, deciding: bool) -> tuple:
        """Round 1, but a winner's defeat of a rival ("defeated X by a 216-212 vote") in a text
        that counts its rounds ("it took 15 ballots") is the deciding, last round."""
        final = self.round_count if deciding and (self.round_count or 0) > 1 else 1
        return (*key[:3], final)

    def _settled_tallies(self) -> list[tuple]:
        """Tallies with surnames resolved to the full names the text gave, and a tally
        stated once without its round joined to the same numbers stated with one."""
        self._look_for_full_names({c.name for _, c, *_ in self.tallies if c.kind is Kind.OTHER})
        # a surname made a person by its title ("Mayor X reelected with 58%") is the one
        # the text names in full, as an untitled surname is
        titled = any(c.kind is Kind.PERSON and " " not in c.name for _, c, *_ in self.tallies)
        in_full = self.names.people_in_full() if titled else {}
        settled = []
        for key, candidate, *rest in self.tallies:
            if candidate.kind is Kind.OTHER:
                candidate = self.names.resolve(candidate.name) or candidate
            elif candidate.kind is Kind.PERSON and " " not in candidate.name:
                candidate = in_full.get(candidate.name.casefold(), candidate)
            settled.append((key, candidate, *rest))
        with_round = {(k[:3], c.key, v, p): k for k, c, v, p, *_ in settled if k[3] is not None}
        return [
            (with_round.get((k[:3], c.key, v, p), k) if k[3] is None else k, c, v, p, *rest)
            for k, c, v, p, *rest in settled
        ]

    def _look_for_full_names(self, words: set[str]) -> None:
        """Let the NameBook see the skipped sentences that name these one-word candidates
        ("Infantino"), where a full name ("Gianni Infantino") may stand."""
        unresolved = {w for w in words if (self.names.resolve(w) or _NOBODY).kind is Kind.OTHER}
        if not unresolved:
            return
        offsets = [  # one pass over the text, however many names
            token.start()
            for token in _NAME_TOKEN.finditer(self.text)
            if not unresolved.isdisjoint(_name_forms(token.group()))
        ]
        # read in full: a sentence only glanced at (no vote in it) is looked at here as when
        # the reader skipped it, so reading every sentence finds the same full names
        visited = {s.start for s, worth in self.visits if worth}
        for sentence in sentences_at(self.text, offsets):
            if sentence.start not in visited and _seen(sentence):
                self._candidates(sentence.text[:_MAX_SENTENCE])


# A run-off held, before the numbers it gave: "In the run-off, X ...", "won the runoff with"
# "the run-off", "the mayoral run-off", "Sunday's presidential runoff"
# "the United Auto Workers’ runoff": words naming whose run-off, never "the round before the"
_RUN_OFF_WORD = r"(?!(?:round|ballot|before|ahead|after|of|the|for|to|and|into|a)\b)[\w’'-]+"
# A run-off the text reports as held, its results given ("the completed tally of last
# week's presidential run-off", "the governorship run-off poll was held", "the run-off which
# kicked off on June 16"): not one ahead ("will be the winner of the runoff")
_REPORTED_RUN_OFF = Gated(
    ("run-off", "runoff"),
    r"(?<!will )(?<!would )(?<!could )(?<!to )\b(?:winner|results?|tally|count|outcome|recount)"
    r"\s+(?:of|in|from)\s+(?:the|a|last \w+['’]s|(?-i:[A-Z])[\w-]+['’]s)(?:\s+[\w-]+){0,3}?"
    r"\s+run-?off\b"
    r"|\brun-?off\s+(?:(?:election|vote|poll|ballot|race)\s+)?"
    r"(?:was held|went|took place|held on|held last)\b"
    r"|\bthe\s+run-?off\s+(?:which|that)\s+(?:was held|took place|kicked off|began)\b"
    # a count or lead in it: "73% of the runoff vote", "a lead over Y in Peru's runoff
    # presidential election"
    r"|(?:\b(?:lead|leads|leading|ahead|votes?|per ?cent|percent)|%)\s+(?:[^.;]{0,60}?\s)?"
    r"(?:in|of)\s+(?:the|(?-i:[A-Z])[\w-]+['’]s)\s+(?:[\w-]+\s+)?run-?off\s+(?:[\w-]+\s+)?"
    r"(?:election|vote|race|poll)\b",
)
# "who again got 51", "once again received", "again won with": a count repeated in a round
_AGAIN_BEFORE = patterns.compile(r"\bagain,? (?:[a-z]+ ){0,2}(?:with |on )?\Z")
# A vote before the run-off a sentence's counts are of ("in the inconclusive poll")
_EARLIER_POLL = patterns.compile(
    r"\b(?:earlier|previous|original|initial|inconclusive|first)\s+(?:[\w-]+\s+)?"
    r"(?:poll|vote|voting|election|round|ballot)\b",
    re.IGNORECASE,
)
_THE_RUN_OFF = (
    rf"(?:(?:the|a|this|that|its)|(?-i:[A-Z])[\w-]+['’]s)(?: {_RUN_OFF_WORD}){{0,3}}? run-?off\b"
)
_HELD_RUN_OFF = Gated(
    ("run-off", "runoff"),
    r"(?<!will )(?<!to )(?<!would )(?<!face )(?<!faces )\b(?:in|won|wins|winning|during|after)"
    rf" {_THE_RUN_OFF}|\bthe run-?off (?:was held|took place)\b"
    # "X took the runoff with 55%" (not "took the runoff spot": a place in it)
    rf"|\b(?:took|carried) {_THE_RUN_OFF}(?! (?:spot|place|berth|slot|position|ticket)s?\b)"
    # "X and Y were forced into a runoff, which X won by a vote of 124 to 57"
    rf"|{_THE_RUN_OFF},? (?:which|that) [^,;.]{{1,40}}?\b(?:won|took|carried|clinched)\b",
)

# A round someone went out or failed in: "eliminated in the first round", "After failing to
# win on the first ballot", "dropped out after the first ballot"
_EXIT_BEFORE = patterns.compile(
    # ("With Y dropping out after the third round, ...": the participle too)
    r"\b(?:eliminated|knocked out|dropped out|dropping out|dropped|went out|bowed out|"
    r"bowing out|withdrew|"
    r"fail(?:ed|ing) to (?:win|secure|get|reach|obtain)|fell short|falling short)\b"
    r"[^.;:]{0,30}$",
    re.IGNORECASE,
)
# a win, not a count won ("X won 40 votes" may be any round's)
_WIN_BEFORE = patterns.compile(
    r"\b(?:(?:won|wins|winning)(?: \w+){0,3}? with|(?:won|wins) the (?:seat|post|race|vote|"
    r"election|contest|run-?off)|prevailed|triumphed)\b",
    re.IGNORECASE,
)
# a winner's count: "who won with 61", "X then won 61 votes"
_WIN_RIGHT_BEFORE = patterns.compile(
    r"\b(?:won|wins|winning|prevailed|triumphed)(?: \w+){0,2}?(?: with)?(?: some| about| just)? $",
    re.IGNORECASE,
)


# A body's members named by the body ("386 LDP Diet members", "Diet member votes", "Labour
# MPs"): the name is a group's, never the person "he" or "she" stands for
_GROUP_NOUN_AFTER = patterns.compile(
    r"\s+(?:(?i:members?|lawmakers|legislators|deputies|delegates|councill?ors|senators|"
    r"supporters|activists|voters)|MPs)\b"
)


# a name inside quotes that a word for a bloc or party closes ('the "Our Home is Russia" bloc')
_QUOTE_OPENED_BEFORE = patterns.compile(r"[\"\u201c][^\"\u201c\u201d\n]{0,40}\Z")
_QUOTED_GROUP_AFTER = patterns.compile(
    r"[^\"\u201c\u201d\n]{0,40}[\"\u201d]\s+(?i:bloc|party|movement|faction|alliance|"
    r"coalition|front|union|list)\b"
)

_RENAMED_MIN = 10  # a smaller count is shared by chance too often to tell one person
_ROW_RESTATED_MIN = 1000  # a party row's count restating a person's: shared by chance never


def _same_person_named(one: str, other: str) -> bool:
    """Whether two full names of one count are one person's: the same words in another
    order, or the same given name before another surname."""
    one_words, other_words = one.lower().split(), other.lower().split()
    if len(one_words) < 2 or len(other_words) < 2:
        return False
    return sorted(one_words) == sorted(other_words) or one_words[0] == other_words[0]


def _join_count_and_share(settled: list[tuple]) -> list[tuple]:
    """A count and a share one sentence gives one candidate in separate statements ("X got
    5,120 votes and Y 2,410, accounting for 61.2 and 28.8 percent respectively") make one
    tally, as "5,120 votes (61.2%)" does: one row a candidate, its numbers' sentence the
    count's. Only one count and one share of the candidate there: two of either stay apart."""
    halves: dict[tuple, list[int]] = {}
    for index, (key, candidate, votes, percent, span, *_) in enumerate(settled):
        if (votes is None) != (percent is None):
            halves.setdefault((key, candidate.key, span.line, span.sentence), []).append(index)
    shares: dict[int, float] = {}  # a count's index -> the share joined to it
    dropped: set[int] = set()
    for indexes in halves.values():
        counts = [i for i in indexes if settled[i][2] is not None]
        stated = [i for i in indexes if settled[i][3] is not None]
        if len(counts) == 1 and len(stated) == 1:
            shares[counts[0]] = settled[stated[0]][3]
            dropped.add(stated[0])
    if not shares:
        return settled
    return [
        (*t[:3], shares[i], *t[4:]) if i in shares else t
        for i, t in enumerate(settled)
        if i not in dropped
    ]


def _function_word_first(candidate: Candidate) -> bool:
    """Whether a name opens with a function word ("For Life", "Together We Can"): a party's
    or a slogan's, never the person "he" or "she" stands for."""
    return (
        candidate.kind is Kind.OTHER
        and candidate.name.split(None, 1)[0].lower() in names.FUNCTION_FIRSTS
    )


def _two_named(named: list[sieve.Mention]) -> bool:
    """Whether a sentence names two candidates only, or two besides initials ("At the AGM,
    X beat Y": the meeting's)."""
    keys = {m.candidate.key for m in named if m.candidate}
    if len(keys) == 2:
        return True
    return len({m.candidate.key for m in named if m.candidate and not _acronym(m.candidate)}) == 2


def _acronym(candidate: Candidate) -> bool:
    """Whether a name is a lone word in capitals ("UNGA", "NATO"): a body's initials, not a
    person's name."""
    name = candidate.name
    return candidate.kind is Kind.OTHER and " " not in name and len(name) > 1 and name.isupper()


def _rounds_in_order(contests: list[Contest]) -> tuple[Contest, ...]:
    """Contests in the order the text first tells of each vote, a vote's rounds in their own
    order (a text may speak of the tied fourth round before its table of all four)."""
    first: dict[tuple, int] = {}
    for contest in contests:
        first.setdefault((contest.body, contest.year, contest.group), len(first))
    return tuple(sorted(contests, key=lambda c: (first[c.body, c.year, c.group], c.round or 0)))


def _without_self_pairs(
    bindings: tuple[rules.Binding, ...], mentions: list[sieve.Mention]
) -> tuple[rules.Binding, ...]:
    """A pair rule that gives both its counts to one candidate read a name wrong: "X thanked
    Y, attracting 41 votes to Y's 30" is no 41 for Y. The second count, said with its name
    ("Y's 30"), stands; the first is left unread."""
    paired = [b for b in bindings if b.rule.startswith("pair-") and b.candidate >= 0]
    dropped: set[int] = set()
    for first, second in itertools.pairwise(paired):
        one, other = mentions[first.candidate].candidate, mentions[second.candidate].candidate
        if (
            first.rule == second.rule
            and one is not None
            and other is not None
            and one.key == other.key
            and mentions[first.number].kind == mentions[second.number].kind
        ):
            dropped.add(first.number)
    return tuple(b for b in bindings if b.number not in dropped) if dropped else bindings


_PERSON_OF_ROW_RULES = frozenset(("name-party-dash", "row-described-dash"))


def _person_of_row(binding: rules.Binding, mentions: list[sieve.Mention]) -> rules.Binding:
    """A "name - side - count" row's count goes to the person of the two: the side first
    ("Labour - Jane Doe - 812") gives it to the name after."""
    first = mentions[binding.candidate].candidate
    side = mentions[binding.rival].candidate if binding.rival is not None else None
    if first and first.kind is not Kind.PERSON and side and side.kind is Kind.PERSON:
        return replace(binding, candidate=binding.rival, rival=None)
    return replace(binding, rival=None)


def _names_a_region(mentions: list[sieve.Mention]) -> bool:
    # a loop rather than any(...) over a generator: asked of every sentence read
    for mention in mentions:
        if mention.candidate and mention.candidate.name in sieve.REGIONS:
            return True
    return False


# A row's head before its colon, after a bullet if any: "• Bavaria: 35.2% (38.1%)"
_ROW_HEAD_BEFORE = patterns.compile(r"^\s*(?:[•·*–—-]\s*)?$")
_ROW_HEAD_AFTER = patterns.compile(r"\s*:")


def _region_row_head(text: str, mention: sieve.Mention) -> bool:
    """ "• Eastern Cape: 64.1% (65.3%)": a state or province heading a row of a breakdown
    by region gives the share of a party the text named before, never a contestant."""
    return (
        mention.candidate is not None
        and mention.candidate.name in sieve.REGIONS
        and _ROW_HEAD_AFTER.match(text, mention.end) is not None
        and _ROW_HEAD_BEFORE.match(text[: mention.start]) is not None
    )


def _represented_seat(text: str, mention: sieve.Mention) -> bool:
    """ "He represents Kaduna North": the seat a person holds is no contestant, nor anyone a
    later "he" could stand for (a place's two words read as a person's name)."""
    return (
        mention.candidate is not None
        and mention.candidate.name.rsplit(None, 1)[-1] in sieve.SEAT_WORDS
        and _REPRESENTS_BEFORE.search(text, max(0, mention.start - 24), mention.start) is not None
    )


# A ballot measure's name: "Prop. 75", "Proposition 8", "Initiative 912", "Measure B",
# "Question 2", "Amendment 4", "Issue 1" (a number or a capital after the word)
_MEASURE = patterns.compile(
    r"\b(?:Prop(?:osition|\.)?|Initiative|Measure|Question|Amendment|Issue)\s+(?:No\.\s*)?"
    r"(?:\d{1,4}[A-Z]?|[A-Z])\b"
)
# "popular on the Labour benches", "from the Tory ranks": a party's seats or members as a
# place or a crowd, no contestant (read as one, a later "the MP" stood for it)
_BENCHES_AFTER = patterns.compile(
    r"\s+(?:front|back|cross|opposition\s+)?(?:benches|bench|ranks)\b"
)
# "X, who has the backing of President Y, got 79 votes", "with the support of the ruling Z
# Party": the one who backs a contestant is none (read as one, Y took X's count); not "voted
# in support of X", where X is the one voted for
_BACKER_BEFORE = patterns.compile(
    r"\b(?:the|his|her|their|its)\s+(?:(?:full|public|open|strong|tacit)\s+)?"
    r"(?:backing|support|endorsement)\s+of\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$"
)
# "According to INEC, Tambuwal ... won": the body cited for the figures is no contestant,
# and read as one it takes the place of the subject after it.
_SOURCE_BEFORE = patterns.compile(r"\b[Aa]ccording to (?:the )?$")
# The one a result is told by, in a clause of its own: "..., reported Chairman X", ", said
# X", "..., X told reporters", "..., according to X" (an official, never a contestant)
_REPORTER_BEFORE = patterns.compile(
    r", (?:(?:as )?(?:reported|said|says|announced|stated|told)|according to)\b[^,;.]{0,60}$"
)
# (its name opening a clause, perhaps after a description, and no number after the verb:
# ", election chief X said", not ", X said 55% yes was within reach")
_CLAUSE_OPENS_BEFORE = patterns.compile(r", (?:[a-z][\w-]* ){0,4}$")
_REPORTER_AFTER = patterns.compile(
    r" (?:said|says|announced|reported|stated|told)\b[^,;\d]{0,30}[.]?$"
)


# (an official described before the name: ", CEC chairman X said", ", election chief X told")
_DESCRIBED_OFFICIAL_BEFORE = patterns.compile(r", (?:(?:[a-z][\w-]*|[A-Z]{2,6}) ){1,4}$")


# "The chairman of the Electoral Commission, X announced Thursday, he was re-elected with
# 57%": an official set out by a role in a body at the sentence's start, telling of another
# ("he"/"she") in the clause after the verb (the one told of is named before)
_BODY_OFFICIAL_OPENING = patterns.compile(
    r"^\W*The (?:[a-z-]+ ){0,3}(?:chairman|chairperson|chairwoman|chair|head|president|chief|"
    r"director|spokesman|spokeswoman|spokesperson|secretary)(?: [a-z-]+)? of (?:the )?"
    r"[^,;]{0,60}\b(?:[Cc]ommission|[Bb]oard|[Cc]ouncil|[Aa]uthority|[Tt]ribunal|[Cc]ourt|"
    r"[Cc]ommittee|[Aa]gency)(?: \([A-Z]{2,8}\))?, $"
)
_REPORTER_OF_PRONOUN_AFTER = patterns.compile(
    r" (?:said|announced|declared|stated|reported|confirmed)(?: (?:on )?[A-Z][a-z]{2,8}| today|"
    r" yesterday)?,? (?:that )?(?:he|she)\b"
)


def _official_reporter(text: str, start: int, end: int) -> bool:
    """Whether the name at `start`..`end` is an official telling the result in a clause of
    its own, described before the name (a bare ", X said" may be a contestant's own word)."""
    return bool(
        _DESCRIBED_OFFICIAL_BEFORE.search(text, max(0, start - 50), start)
        and _REPORTER_AFTER.match(text, end)
    )


def _officials_telling_of_pronoun(
    text: str, mentions: list[sieve.Mention], number_index: int
) -> set[int]:
    """Indices of names before the number that are an official telling of "he"/"she" ("The
    chairman of the Commission, X announced, he was re-elected with 57%"): no antecedent."""
    return {
        i
        for i, m in enumerate(mentions[:number_index])
        if m.kind == "C"
        and _REPORTER_OF_PRONOUN_AFTER.match(text, m.end)
        and _BODY_OFFICIAL_OPENING.match(text[: m.start])
    }


# "Park Chan-dae 박찬대, 13.0%", "Ivan Petrov Иван Петров with 41%": a name given again in its
# own (non-Latin) script right after it, no bracket: one mention, so the rules see a name's
# comma or "with" next to it (Latin letters with accents, Vietnamese's too, are left alone)
_NATIVE_SCRIPT_AFTER = patterns.compile(
    r"(?: [^\W\d_A-Za-z\u00c0-\u024f\u1e00-\u1eff]+){1,3}(?![\w-])"
)


def _past_native_script(text: str, mention: sieve.Mention) -> sieve.Mention:
    """The candidate's mention stretched over its name in its own script after it."""
    if mention.candidate is None or text[mention.end + 1 : mention.end + 2].isascii():
        return mention
    found = _NATIVE_SCRIPT_AFTER.match(text, mention.end)
    return replace(mention, end=found.end()) if found else mention


def _reporter(text: str, mention: sieve.Mention) -> bool:
    """Whether the name at `mention` is the one reporting the sentence's result: "77% voted
    in favour, reported Chairman X", "..., Chairman X said"."""
    return bool(
        _REPORTER_BEFORE.search(text, max(0, mention.start - 62), mention.start)
        or (
            _CLAUSE_OPENS_BEFORE.search(text, max(0, mention.start - 50), mention.start)
            and _REPORTER_AFTER.match(text, mention.end)
        )
    )


_POSTED_TO_BEFORE = patterns.compile(
    r"\b(?:[Aa]mbassadors?|[Ee]nvoys?|[Ee]mbass(?:y|ies)|[Cc]onsul(?:ate)?s?|"
    r"[Cc]onsul[- ]general|[Hh]igh [Cc]ommissioner) (?:to|in) (?:the )?$"
)
_REPRESENTS_BEFORE = patterns.compile(r"\brepresent(?:s|ed|ing)\s+(?:the\s+)?$")


# "candidate pair X and Y won 50.6 percent", "rival pair X and Y": a joint ticket (regional
# heads and deputies in Indonesia run so), one contestant, the first named standing for it
_PAIR_BEFORE = patterns.compile(r"\bpair (?:of )?$")


# "X and Y were re-elected with 49% of first preferences": two subjects, one count, no
# "each" nor a second count after it: co-leaders or a ticket elected together, one contestant
# (not "X and Y were elected with 901 and 877 votes", "... with 40% between them", "were both
# elected with 190 votes": a tie; people only, as countries elected so share no ticket)
_ELECTED_TOGETHER_AFTER = patterns.compile(
    r" (?:were|have been|had been|are) (?!(?:both|all) )(?:[a-z]+ ){0,2}?(?:re-?)?elected\b"
    r"[^.;]{0,60}? with "
    r"(?:about |around |some |nearly |almost |just )?\d[\d.,]*(?: ?%| per ?cent| percent| votes)"
    r"(?! ?(?:each|apiece|between|combined|together|and \d|, \d|,? respectively))"
)


def _slashed_alliances(text: str, mentions: list[sieve.Mention]) -> list[sieve.Mention]:
    """The mentions with the members of an alliance written "A/B" made one contestant, the
    alliance ("the UNC/NTA alliance received 189,958"), never its last member (nor its first);
    "PPP/C" (a party's letter) stays one name, and a slash in brackets ("X (D/Working
    Families Party)") tags a person's lines."""
    kept: list[sieve.Mention] = []
    for mention in mentions:
        before = _SLASHED_MEMBER_BEFORE.search(text, max(0, mention.start - 20), mention.start)
        after = _SLASHED_MEMBER_AFTER.match(text, mention.end)
        if mention.candidate is None or not (before or after):
            kept.append(mention)
            continue
        start = before.start() if before else mention.start
        end = after.end() if after else mention.end
        if kept and kept[-1].start >= start:
            start = kept.pop().start  # the first member, known too
        if text.startswith(("The ", "the "), start):
            start += 4  # "The ANC/SACP alliance won": the alliance, not its article
        alliance = Candidate(text[start:end], kind=Kind.PARTY)
        kept.append(replace(mention, start=start, end=end, candidate=alliance))
    return kept


# "UNC/" before a name, "/NTA" after one: another member of the same alliance, two letters
# or more (never after an opening bracket)
_SLASHED_MEMBER_BEFORE = patterns.compile(r"(?<![(\w&'’-])[A-Z][A-Z&]{1,15}/$")
_SLASHED_MEMBER_AFTER = patterns.compile(r"/[A-Z][A-Z&]{1,15}\b")


# "and her running mate Lai Ching-te", "running mate, Omar Diaz,": the mate's name
_MATE_NAMED = patterns.compile(
    r"\brunning[- ]mate,?\s+((?-i:[A-Z])[\w'’-]{1,30}(?:\s(?-i:[A-Z])[\w'’-]{1,30}){0,3})"
)


def _joined_pairs(
    text: str, mentions: list[sieve.Mention], mates: frozenset[str] = frozenset()
) -> list[sieve.Mention]:
    """The mentions with each "pair X and Y" (or "X and Y were elected with N%", or "X and
    Y" where the text calls Y a running mate) made one, X's, spanning both names."""
    kept: list[sieve.Mention] = []
    for mention in mentions:
        first = kept[-1] if kept else None
        if (
            first is not None
            and first.candidate is not None
            and mention.candidate is not None
            and text[first.end : mention.start] == " and "
            and (
                _PAIR_BEFORE.search(text, max(0, first.start - 9), first.start)
                or (mates and _named_mate(text, first, mention, mates))
                or (
                    first.candidate.kind is Kind.PERSON is mention.candidate.kind
                    and not text.endswith(", ", 0, first.start)  # (a list: a tie)
                    and _ELECTED_TOGETHER_AFTER.match(text, mention.end)
                )
            )
        ):
            kept[-1] = replace(first, end=mention.end)
            continue
        kept.append(mention)
    return kept


_TICKET_HEAD_KINDS = (Kind.PERSON, Kind.OTHER)


def _named_mate(
    text: str, first: sieve.Mention, second: sieve.Mention, mates: frozenset[str]
) -> bool:
    """Whether "X and Y" joins a person and the one the text calls a running mate (a ticket),
    and is no list's end ("A, X and Y"). (A bare surname may be of kind OTHER: "Tsai".)"""
    if first.candidate is None or second.candidate is None:
        return False
    if first.candidate.kind not in _TICKET_HEAD_KINDS or Kind.PERSON is not second.candidate.kind:
        return False
    words = text[second.start : second.end].split()
    return (
        all(w in mates for w in words)
        and not text.endswith(", ", 0, first.start)
        and not _SHARES_APART_AFTER.search(text, second.end)
    )


# "X and Y got 41 and 38 percent respectively": two results, whatever ticket they ran on
_SHARES_APART_AFTER = patterns.compile(r"\brespectively\b|\d\s*(?:%|per ?cent|percent)? and \d")


def _running_mate(text: str, mention: sieve.Mention) -> bool:
    """ "X, with Y as her running mate, won 52%", "X, with his running mate, Z, received",
    "X, with Y on the ticket, got": the running mate shares the ticket of the person named
    before and takes none of its count."""
    if mention.candidate is None or mention.candidate.kind is not Kind.PERSON:
        return False
    if _MATE_BEFORE.search(text, max(0, mention.start - 90), mention.start):
        return True
    return bool(
        _WITH_BEFORE.search(text, max(0, mention.start - 30), mention.start)
        and _MATE_AFTER.match(text, mention.end)
    )


# "with his running mate, former advertising executive " (a description of a few words);
# "X and her running mate Y got": the ticket's count, X's; "X and his vice-presidential
# candidate Y received" (the ticket's second name, in the wording of many systems' news)
_MATE_BEFORE = patterns.compile(
    r"\b(?:with|and)\s+(?:(?:his|her|their|the)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:running[- ]mates?|vice[- ]presidential\s+(?:candidate|nominee|pick)),?\s+"
    r"(?:[\w.'-]+\s+){0,4}$"
)
_WITH_BEFORE = patterns.compile(r"\bwith\s+(?:[\w.'-]+\s+){0,2}$")  # "with ex-Premier "
# " (Chinese name) as her vice-presidential running mate", " on the ticket"
_MATE_AFTER = patterns.compile(
    r"\s*(?:\([^()]{0,30}\)\s*)?(?:as\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"running[- ]mate|on\s+the\s+(?:same\s+)?ticket)\b"
)


def _in_office_title(text: str, mention: sieve.Mention) -> bool:
    """Whether a (non-country) name is a word of an office's title: "former Science and
    Technology minister, X", "minister of State for Education, X", "Kogi State governor, X"."""
    if mention.candidate is None or mention.candidate.kind is Kind.COUNTRY:
        return False
    if _OFFICE_TITLE_AFTER.match(text, mention.end):
        return True
    return _OFFICE_TITLE_BEFORE.search(text, max(0, mention.start - 40), mention.start) is not None


_OFFICE_TITLE_AFTER = patterns.compile(
    r"(?:\s+and\s+[A-Z][\w-]*)*\s+(?:minister|governor|commissioner)\b,?\s+(?:[A-Z]|former\b)"
)
_OFFICE_TITLE_BEFORE = patterns.compile(
    r"\b(?:minister|governor|commissioner)\s+(?:of\s+state\s+)?(?:of|for)\s+(?:the\s+)?"
    r"(?:[A-Z][\w-]*\s+and\s+)?$",
    re.IGNORECASE,
)


# A party named only as the affiliation of the person before it: "X of NSUI was polled
# 15,000", "X, the ruling Y coalition candidate who had 22 percent"; "for" as well ("X for the
# MMD got 1,897 votes": the side the person stood for)
_OF_PARTY = patterns.compile(r" (?:of|for) (?:the )?")
# (words of the party's name the sieve left out may stand before it: "the ruling Unión por
# la <Patria> coalition candidate")
_PARTY_ROLE_APPOSED = patterns.compile(r", (?:the |its )?(?:[\w-]+ ){0,4}")
_PARTY_ROLE_AFTER = patterns.compile(
    r"(?:['’]s)?(?: (?:coalition|party|alliance|front|bloc))? (?:candidate|nominee|hopeful)\b",
    re.IGNORECASE,
)


def _affiliated_person(text: str, mentions: list[sieve.Mention], at: int) -> Candidate | None:
    """The person named just before the party at mention `at`, if the party is only that
    person's affiliation there (see _OF_PARTY): the count the verb gives is the person's."""
    party = mentions[at].candidate
    if party is None:
        return None
    if _OF_PARTY.fullmatch(text, mentions[at - 1].end, mentions[at].start):
        person = mentions[at - 1].candidate if mentions[at - 1].kind == "C" else None
        if person is None or person.kind is Kind.PERSON:
            return person
        # a lone given name is no known person ("Leena of NSUI"): beside a party or initials
        lone = person.kind is Kind.OTHER and (party.kind is Kind.PARTY or party.name.isupper())
        return person if lone else None
    if not _PARTY_ROLE_AFTER.match(text, mentions[at].end):
        return None
    # the person before the party's name, a part of it the sieve split off perhaps
    for before in reversed(mentions[max(0, at - 3) : at]):
        if before.kind != "C" or before.candidate is None:
            return None
        if before.candidate.kind is Kind.PERSON:
            between = text[before.end : mentions[at].start]
            return before.candidate if _PARTY_ROLE_APPOSED.fullmatch(between) else None
    return None


def _same_one(named: Candidate, again: Candidate) -> bool:
    """Whether `again` names `named` once more, in full or by surname ("Tom Hale", "Hale")."""
    if named.key == again.key:
        return True
    return not named.code and not again.code and named.name.split()[-1] == again.name


def _gain_on_a_round(text: str, number: sieve.Mention) -> bool:
    """ "X, who gained 34 votes compared with the first round": a gain, no count; so is
    each gain of a sentence on what moved "between the 3rd and 4th rounds"."""
    return bool(
        _GAIN_VERB_BEFORE.search(text[max(0, number.start - 20) : number.start])
        and (
            _COMPARED_ROUND_AFTER.search(text[number.end : number.end + 50])
            or _BETWEEN_ROUNDS.search(text)
        )
    )


def _exit_round(text: str, at: int) -> bool:
    """Whether the round phrase at `at` names a round someone went out or failed in."""
    return bool(_EXIT_BEFORE.search(text, max(0, at - 45), at))


# "X won the run-off with 55%, after taking 40% in the first round": the run-off named right
# before the number, in its clause
_RUN_OFF_RIGHT_BEFORE = patterns.compile(
    r"\b(?:won|wins|winning|took|takes|taking|carried|carrying|in|during)"
    rf" {_THE_RUN_OFF}(?: vote| election| ballot)?,? (?:with|by|on|at) (?:about |some |nearly )?$",
    re.IGNORECASE,
)
# "won 52% in the runoff": the run-off named right after the number
_RUN_OFF_AFTER = patterns.compile(
    # "69,386 to 68,881, over Ray Curry in the runoff": a pair and the rival before it
    r"(?:(?:\s+votes?)?\s*(?:to|-|–)\s*[\d,]+\d)?(?:,? over (?-i:[A-Z])[\w’'.-]*(?: (?-i:[A-Z])[\w’'.-]*){0,3})?"
    rf"\W{{0,3}}(?:votes? |per ?cent |percent |of the vote )?in {_THE_RUN_OFF}"
)


def _other_figure(one: tuple, other: tuple) -> bool:
    """Whether two (votes, percent) pairs state a different count or a different share."""
    return any(a is not None and b is not None and a != b for a, b in zip(one, other, strict=True))


_DECIDED = Gated(
    ("elected", "won", "win", "beat", "defeat", "edg", "prevail"),
    r"\b(?:elected|won|wins|beat|beats|beating|defeated|defeats|defeating|edged|edging|"
    r"prevailed|prevailing)\b",
)
# "The election of X in the last round ...", "X was elected in the fifth round"
_ELECTION_OF = Gated(
    ("election of", "elected", "victory of", "win of"),
    r"\b(?:(?:election|victory|win) of\b|was elected\b|were elected\b|got elected\b)",
)
# A count that did not win: "31 votes, short of the 30 needed", "failed to reach"
_FELL_SHORT = Gated(
    ("short", "fail", "need", "requir", "lack", "insufficient", "first round", "led "),
    r"\b(?:short|fail\w*|needed|required|lacked|lacking|insufficient|first round|led)\b",
)
# "elected after his opponent withdrew from the second round": a round nobody's counts came in
_NOT_HELD_BEFORE = patterns.compile(
    r"\b(?:withdr[ae]w|withdrawn|withdrawing|pulled out|pulls out|pulling out|conceded|"
    r"before|ahead of)\b[^.;,]{0,16}$",
    re.IGNORECASE,
)
# A round opening a clause ("second round, it was X 46", "final ballot: X 66"): it speaks of
# the numbers after it, up to the next such round
_OPENS_CLAUSE = patterns.compile(
    r"[\w-]+\s+(?:round|ballot)(?:\s+of\s+(?:voting|balloting))?\s*[,:]", re.IGNORECASE
)
_IN_THE_BEFORE = patterns.compile(r"\bin\s+the\s+$", re.IGNORECASE)
# The end of a clause: a number before it is not of a round named after it
_CLAUSE_BREAK = patterns.compile(r";|, (?:and|but|while|whereas)\b")


# A count and the round phrase it ends with: "29 votes in the second round", "44% in round 3"
_ROUND_RIGHT_AFTER = patterns.compile(
    r"[\d.,]+\s*(?:%|percent\b|per cent\b)?"
    r"(?:\s+(?:of\s+the\s+|preferential\s+|(?:first|second)-preference\s+)?(?:votes?|ballots?)\b)?"
    r"\s+(?:in|on|during)\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)


def _opens_clause(text: str, at: int) -> bool:
    """Whether the round named at `at` opens a clause: "In the second round, it was ..."."""
    return bool(_IN_THE_BEFORE.search(text[max(0, at - 8) : at]) and _OPENS_CLAUSE.match(text, at))


# A reason or an earlier outcome ("because ...", "after falling two votes short in the sixth
# round", "after beating Y in the second round"): a round named in it is not the count's
_REASON = patterns.compile(
    r"\b(?:because|since|although|though|whereas|after (?:[a-z]+ )?(?:falling|failing|trailing|"
    r"missing|losing|lagging|finishing|coming|placing|leading|topping))\b",
    re.IGNORECASE,
)

# "X, who lost in the second round in 2015, won 52% this time": a relative clause set off by
# commas that names a year recalls another vote, so its round and year are not those of a
# number outside it (a clause without a year, "X, who faces Y in the run-off, got 45%",
# may well speak of this vote's rounds)
_RECALLING_CLAUSE = patterns.compile(
    r", (?:who|which|whose)\b[^,;.()]{0,120}?\b(?:19|20)\d\d\b[^,;.()]{0,60},"
)


# "after a mere 48 rounds of voting": many rounds held (two or three still make a count
# without a round the first's); matched on the lower-case words
_MANY_ROUNDS = patterns.compile(r"(?:four|five|[4-9]|[1-9]\d) rounds")


_FIRST_ROUND_NAMED = Gated(("first",), r"\bfirst[- ](?:round|ballot)\b")
_FINAL_ROUND_NAMED = Gated(("final", "last"), r"\b(?:final|last) (?:round|ballot)\b")


# A sentence set in a year by its opening words: "In 2014 the ...", "Back in 2016, ..."
_OPENING_YEAR = patterns.compile(r"\W*(?:Back )?[Ii]n (?P<year>(?:19|20)\d\d)\b(?!\s*[-–/])")
# A comparison with another vote: "compared to the 2009 elections", "than in 2014"
_COMPARED = patterns.compile(r"\b(?:compared|comparison|than|versus|vs)\b")
# The vote the text is about, named after a recalled year: "In 2016 ..., but this year"
_THIS_TIME = patterns.compile(r"\bthis (?:year|time)\b")
# Another time the sentence turns to: "In 2016 X won 40%, but this year 52%"
_OTHER_TIME = patterns.compile(r"\b(?:this (?:year|time)|now|today|currently|since|compared)\b")


def _opening_year(text: str, year: str) -> bool:
    """Whether `year` opens the sentence ("In 2014 ..."), setting all its numbers in that
    year's vote, however far they stand from it, when no other time follows."""
    opening = _OPENING_YEAR.match(text) if text.startswith(("In ", "in ", "Back ")) else None
    return (
        opening is not None
        and opening.group("year") == year
        and _OTHER_TIME.search(text, opening.end()) is None
    )


def _recalled(text: str, at: int, offset: int | None = None) -> bool:
    """Whether what is named at `at` sits in a clause recalling another year's vote that
    does not hold the number at `offset` (if one is given)."""
    if "who" not in text and "which" not in text:
        return False
    return any(
        m.start() < at < m.end() and (offset is None or not m.start() < offset < m.end())
        for m in _RECALLING_CLAUSE.finditer(text)
    )


# a count held with no unit, closing its clause: "Sanders has 1,321.", "Y had 950, and ..."
_BARE_HOLDING = patterns.compile(
    r"\b(?:has|had|have) (?P<n>\d[\d,]*)(?=[.;]|,? (?:and|while|but)\b|$)"
)
# a sentence of the delegates one holds, no vote named: a bare count after it keeps the unit
# (three linear searches: one pattern "^(?!.*vot).*has.*delegates" backtracks in square time)
_VOTE_WORD = patterns.compile(r"\bvot", re.IGNORECASE)
_DELEGATES_WORD = patterns.compile(r"\bdelegates\b", re.IGNORECASE)
_HOLDING_WORD = patterns.compile(r"\b(?:has|have|had|now)\b", re.IGNORECASE)


def _delegates_no_votes(sentence: str) -> bool:
    """Whether the sentence's first line says one has (now) delegates and names no vote."""
    line = sentence.partition("\n")[0]
    if _VOTE_WORD.search(line):
        return False
    last = None
    for last in _DELEGATES_WORD.finditer(line):  # noqa: B007 - the last one is wanted
        pass
    return last is not None and _HOLDING_WORD.search(line, 0, last.start()) is not None


_LIST_LINE_MAX = 90
# "with 1059.8 votes", "1,204.35 votes": a transferable vote's count, its fractions kept
_FRACTIONAL_VOTES = patterns.compile(r"\d[\d,]*\.\d{1,2}")
_FRACTIONAL_VOTES_AFTER = patterns.compile(r" votes\b")


def _fractional_votes(text: str, number: numbers.NumberMention) -> numbers.NumberMention:
    """A decimal stated as votes, as the whole votes it holds: a single transferable vote's
    count carries fractions of votes passed on ("elected with 1059.8 votes" -> 1059); so does
    a convention's split delegation ("Seward had 184-1/2 votes", "Lincoln 231-1/2" -> 231)."""
    if number.text.endswith("1/2") or (
        _FRACTIONAL_VOTES.fullmatch(number.text)
        and (
            _FRACTIONAL_VOTES_AFTER.match(text, number.end)
            or _bracketed_fraction(text, number)
            or _listed_fraction(text, number)
        )
    ):
        return replace(number, value=int(number.value))
    return number


def _bracketed_fraction(text: str, number: numbers.NumberMention) -> bool:
    """A decimal alone in brackets in a sentence of votes, too big for a share: a list's
    count whose "votes" an earlier item gave ("X (1044 votes), Y (886) and Z (795.25)")."""
    return (
        number.value > 100
        and text[number.start - 1 : number.start] == "("
        and text[number.end : number.end + 1] == ")"
        and " votes" in text
    )


# a weighted or transferred count in a list of names and numbers: "The vote totals were - X
# 3020.89, Y 2445.56 and Z 98.18" (a decimal past 100 in the sentence: no share list)
_NAME_BEFORE_FRACTION = patterns.compile(r"(?-i:[A-Z])[\w'’-]+:? $")
_LIST_ITEM_END = patterns.compile(r"\s*(?:[,;]|\.(?!\d)|and\b|$)")
_BIG_FRACTION = patterns.compile(r"(?<![\d.,])\d[\d,]{2,}\.\d{1,2}(?![\d%])")


def _listed_fraction(text: str, number: numbers.NumberMention) -> bool:
    """A decimal right after a name, ending a list's item, in a sentence of votes holding
    one decimal too big for a share: each item's count of weighted votes."""
    return (
        " vote" in text
        and _NAME_BEFORE_FRACTION.search(text, max(0, number.start - 30), number.start) is not None
        and _LIST_ITEM_END.match(text, number.end) is not None
        and _BIG_FRACTION.search(text) is not None
    )


# A list's item that is a name and a bracketed number: "• Archbishop X of Miami (4)"
_BRACKETED_ITEM = patterns.compile(r"[-*•·–]\s+[^()\n]{3,80}?\s*\((\d{1,4})\)")
_BRACKETED_ITEM_LINE = patterns.compile(
    r"^[ \t]*[-*•·–][ \t]+[^()\n]{3,80}?[ \t]*\((\d{1,4})\)[ \t]*$", re.MULTILINE
)
_LIST_LOOKBACK = 1500  # characters above a list line searched for its introduction
# One line of a results list: a bullet, or a short "Name - 267" line
# "Mrs Carter … . 146", "Mr Hale . . . . 79": a name, dotted leaders, a count
_LEADER_LINE = patterns.compile(r"[^\n]{1,60}?(?:\s*[.…·]){2,}\s*\d[\d,]*[ \t]*")
_LIST_LINE = patterns.compile(
    r"\s*(?:[*•·]\s+\S|[^\n]{1,60}?\s[-–—:]?\s*\d[\d,]*\s*(?:votes?)?\s*(?:[-–—(][^\n]{0,20})?$)"
)
_BULLETS = ("*", "•", "·")
_LIST_TAIL_MARKS = ("-", "–", "—", "(")


def _is_list_line(text: str) -> bool:
    """Whether `text` matches _LIST_LINE. A line of prose fails it in some 4 us (the lazy
    name part tries every place a count might start); most fail a test of the line's ends
    first: a bullet, or a count, "vote(s)" or a dash or bracket no more than 22 characters
    from the end (after the count: spaces, "votes", then a dash or bracket and 20 others)."""
    end = text.rstrip()  # `\s` and `str.isspace` are the same characters
    if not (
        end.lstrip().startswith(_BULLETS)
        or end[-1:].isdecimal()  # `\d` in Unicode mode
        or end.endswith((",", "vote", "votes"))
        or any(mark in text[-22:] for mark in _LIST_TAIL_MARKS)
    ):
        return False
    return _LIST_LINE.match(text) is not None


def _outside_question(
    text: str, mentions: list[sieve.Mention], question: str
) -> list[sieve.Mention]:
    """The mentions outside the question's name ("The Voice" is what was voted on, no
    candidate)."""
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(question), text)]
    return [m for m in mentions if not any(s <= m.start < e for s, e in spans)]


# "Count 3" alone on a line: an Irish (STV) count's heading, which the prose or rows below
# give the counts of; only capitalised and bare ("the count 3 days later" is none)
_COUNT_HEADING = patterns.compile(r"Count\s+(\d{1,2})\s*:?")


def _count_heading(text: str) -> int | None:
    heading = _COUNT_HEADING.fullmatch(text.strip())
    return int(heading.group(1)) if heading else None


def _round_heading(text: str, round_: int) -> bool:
    """Whether a line naming a round heads the lines after it ("Second round", "Round 12
    result:"): a short line with no count in it (that round's number is none; 91 is one).
    A year is no count ("Results of the First Ballot of the 2017 Leadership Race")."""
    return len(text) <= _HEADING_MAX and all(
        int(digits.group()) == round_ or _YEAR_DIGITS.fullmatch(digits.group())
        for digits in _TWO_DIGITS.finditer(text)
    )


# The office or body a sentence says a vote filled ("elected to the Technical Committee",
# "the race for the four vice presidents", "is the new president"): which of a congress's
# races it is of; not a title ("the federation's president, X, ...")
_OFFICE = Gated(
    ("ouncil", "ommittee", "ommission", "oard", "resident", "ecretary", "reasurer", "hair"),
    r"\b(?:to|for|new)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?P<office>(?:vice[- ])?(?:council|"
    r"committee|commission|board|president|secretary|treasurer|chair(?:man|woman|person)?))s?\b",
)


def _offices_in(text: str) -> set[str]:
    """The offices and bodies a sentence names, singular and lower-case ("vice president")."""
    return {m.group("office").lower().replace("-", " ") for m in _OFFICE.finditer(text)}


# A sentence opening on the race it speaks of: "In the election for vice-president, ..."
_RACE_OPENING = patterns.compile(
    r"^\W*(?:In|For) the (?:election|race|contest|vote|ballot|poll) for (?:the )?"
    r"(?:post of )?(?P<office>[\w -]{3,40}?),"
)


def _another_race(sentence: str, rounded: str) -> bool:
    """Whether a sentence opens on a race that the sentences giving rounds do not name."""
    opening = _RACE_OPENING.match(sentence)
    return opening is not None and opening["office"].lower() not in rounded


def _sentence_of(span: Span) -> tuple[int, str]:
    return span.line, span.sentence


def _two_way_splits(tallies: list[tuple]) -> set[tuple[int, str]]:
    """Sentences naming no round whose shares are two candidates' and make up the whole vote
    ("X won 52.7 percent, Y 47.3 percent"): a run-off's or a two-way race's, never a first
    round that left a run-off to hold, where no one has half or the others have some."""
    shares: dict[tuple[int, str], dict[str, float]] = {}
    for _, candidate, _, percent, span, *_ in tallies:
        if percent is not None:
            shares.setdefault(_sentence_of(span), {})[candidate.key] = percent
    return {
        sentence
        for sentence, by_candidate in shares.items()
        if len(by_candidate) == 2
        and abs(sum(by_candidate.values()) - 100) <= 0.5
        and not cues.rounds_in(sentence[1])
    }


def _run_off_gave(text: str, number: sieve.Mention) -> bool:
    """Whether a run-off held gave this number ("In the run-off, X won 52%")."""
    if not _HELD_RUN_OFF.opens(text):
        return False
    held = _HELD_RUN_OFF.pattern.search(text, 0, number.start)
    return bool(held) or bool(_RUN_OFF_AFTER.match(text, number.end))


_DECIDING = frozenset(
    {"pair-beat", "subject-beat", "pronoun-beat"}
)  # rules reading a winner's decisive vote
_NOBODY = Candidate("", None, Kind.OTHER)
_NAME_TOKEN = patterns.compile(r"\w[\w’'-]*")


# --- helpers ----------------------------------------------------------------------------
_COURT = "International Court of Justice"
_RESPECTIVE_RULES = frozenset(
    {
        "one-name-respectively",
        "in-both-organs",
        "one-name-listed-rounds",
        "one-name-listed-rounds-first",
    }
)
_ORGAN_NAMED = patterns.compile(r"\b(?:General Assembly|Assembly|Security Council|Council)\b")
_ORGAN_AFTER = patterns.compile(
    r"(?:\s+(?:votes?|ballots?))?\s+in the ((?:General )?Assembly|(?:Security )?Council)\b"
)


_ROUND_LIST = patterns.compile(
    rf"\b((?:{'|'.join(cues.ORDINAL_WORDS)})(?:,? (?:and )?(?:{'|'.join(cues.ORDINAL_WORDS)}))"
    r"{1,3}) (?:rounds|ballots)\b",
    re.IGNORECASE,
)


# One score stated for several rounds at once: "the second and third rounds by 20 votes to
# 15", "won the second and third ballots with 18 votes to 17" (the list just before the
# score; a list with "respectively" gives each round its own count, read apart)
_SHARED_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
_SHARED_ROUNDS = Gated(
    ("rounds", "ballots"),
    rf"\bthe (?P<list>{_SHARED_ORDINAL}(?:,? (?:and )?{_SHARED_ORDINAL}){{1,3}}) "
    r"(?:rounds|ballots),? (?:by|with) (?:\d[\d,]* (?:votes? )?(?:to|against) )?$",
)


def _shared_rounds(text: str, start: int, round_: int | None, binding: rules.Binding) -> list[int]:
    """The rounds after the first of a list that shares the score at `start` with it
    ("the second and third rounds by 20 votes to 15": the third's too), when the count was
    filed under that first."""
    if round_ is None or binding.step is not None or binding.rule in _RESPECTIVE_RULES:
        return []
    found = _SHARED_ROUNDS.search(text, max(0, start - 80), start)
    if found is None:
        return []
    words = re.findall(r"[a-z]+", found.group("list").lower())
    listed = [cues.ORDINAL_WORDS[w] for w in words if w in cues.ORDINAL_WORDS]
    return listed[1:] if listed and listed[0] == round_ else []


def _listed_rounds(text: str) -> list[int]:
    """The rounds of "in the first and second rounds", in order."""
    found = _ROUND_LIST.search(text) if "rounds" in text or "ballots" in text else None
    if found is None:
        return []
    words = re.findall(r"[a-z]+", found.group(1).lower())
    return [cues.ORDINAL_WORDS[w] for w in words if w in cues.ORDINAL_WORDS]


def _organ(name: str) -> str:
    return "General Assembly" if "Assembly" in name else "Security Council"


_ALIGNED_GAP = "   "  # columns aligned with spaces: at least three between cells
_PLAIN_NAME = patterns.compile(r"[A-ZÀ-Þ][\w’'.-]*(?: [\w’'.&-]+){0,6}")


# A plain table's row ("Norway      16", "Hungary - 142", "Kenya: 1,600") and the heading over
# its rows that names other things than votes (a council's "make-up" or "composition" lists
# each party's seats)
_PLAIN_ROW = patterns.compile(r"[^\d\n]{1,60}?[\s:.–—-]\s*\d[\d,.]*\s*%?\s*")
# A row whose number names its unit, a thing other than votes: "• Unity 10 seats"
_ROW_OF_THINGS = patterns.compile(
    r"[^\d\n]{1,60}?[\s:.–—-]\s*\d[\d,]*\s+(?:seats?|mandates?|medals?|points|goals|MPs|"
    r"deputies|members)\s*",
    re.IGNORECASE,
)
# "(62 in first ballot)" alone on the line under a row's count
_LONE_EARLIER = patterns.compile(
    r"\(\s*(?P<n>\d{1,3}(?:,\d{3})*)(?: votes?)? (?:in|on) (?:the )?"
    r"(?P<ord>first|second|third|fourth|fifth|initial|opening|\d{1,2}(?:st|nd|rd|th))[- ]"
    r"(?:round|ballot|vote)\s*\)\.?",
    re.IGNORECASE,
)
# A heading over rows of shares: "candidate votes (in pct)", "Share of the vote (%)"
_SHARE_HEADING = patterns.compile(
    r"\((?:in )?(?:pct\.?|%|per ?cent|percent)\)|\bin (?:pct|per ?cent|percent)\b|"
    r"\b(?:percentages?|share of (?:the )?vote)\b",
    re.IGNORECASE,
)
_TURNOUT_HEADING = patterns.compile(r"turnout|participation|registered|abstention", re.I)
_ROWS_BACK = 30
# A row of counts round by round joined by dashes: "Paris: 21-25-33-50", "New York: 19-16"
_DASH_ROUNDS_ROW = patterns.compile(
    r"(?P<name>[A-Z][\w'’.]+(?:[ -][A-Z][\w'’.]+){0,3}): (?P<counts>[0-9]{1,3}(?:-[0-9]{1,3})+)"
)
# A Secretary-General straw poll's table, its columns set apart by spaces: "Encourage
# Discourage No Opinion" over rows "Lind 11 2 2" (a member state gives each one of the three)
_STRAW_POLL_HEADER = patterns.compile(
    r"(?:(?:candidates?|name)\s+)?encourage[ds]?\s+discourage[ds]?\s+no[ -]opinions?\s*",
    re.IGNORECASE,
)
# A section's row under a header of candidates' names: "Members 9,150 (51.8%) 8,514 (48.2%)",
# "Affiliated Supporters 3,281 961" (a label of words, two to six counts, each with its share)
_SECTION_ROW = patterns.compile(
    r"\s*(?P<label>[A-Z][A-Za-z'’-]*(?: [A-Za-z'’-]+){0,3})\s+"
    r"(?P<cells>\d[\d,]*(?:\s*\(\d+(?:\.\d+)?%\))?(?:\s+\d[\d,]*(?:\s*\(\d+(?:\.\d+)?%\))?){1,5})\s*"
)
_SECTION_CELL = patterns.compile(r"(?P<count>\d[\d,]*)(?:\s*\((?P<share>\d+(?:\.\d+)?)%\))?")
# A round named by its ordinal ("in the second round", "on the 3rd ballot")
_ORDINAL_ROUND = Gated(
    ("round", "Round", "ballot", "Ballot"),
    r"\b(?:first|second|third|fourth|fifth|sixth|final|last|\d{1,2}(?:st|nd|rd|th))[ -]"
    r"(?:round|ballot)\b",
)
_SECTION_ROW_ENDS = ")0123456789"
# How a line of a table of rounds may end other than in a count: a header's "Round"/"Vote"/
# "Ballot", a row's share or "ELIMINATED" (prose ends in a stop)
_PLAIN_ROUNDS_ENDS = "%dDeEtT"


def _country_cell(words: list[str]) -> bool:
    """Whether a header's words name a country, each capitalised ("Cabo Verde")."""
    return all(w[:1].isupper() for w in words) and countries.lookup(" ".join(words)) is not None


_STRAW_POLL_ROW = patterns.compile(
    r"\s*(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3})\s+(?P<encourage>\d{1,2})\s+\d{1,2}"
    r"\s+\d{1,2}\s*"
)
# A list's row or the scrap of one a wrapped line left: "1/", "4/ Johor -", "60.01%",
# "3. Terengganu - 60.90%"
_TABLE_SCRAP = patterns.compile(
    r"\s*(?:\d{1,2}[/.)]\s*)?(?:[^\d\n]{0,40}?[\s:–—-]\s*)?(?:\d[\d,]*(?:\.\d+)?\s*%?)?\s*"
)
_TURNOUT_WORD = patterns.compile(r"\bturnout\b", re.IGNORECASE)
_TURNOUT_HEADING_MAX = 90
_NOT_TURNOUT_LIST = patterns.compile(r"%|\bresults?\b|\bshares?\b", re.IGNORECASE)
_NUMBER_ROW = patterns.compile(r"\s*(\d[\d,]*)\s*[-–—:]\s*[^\d\s][^\n]{0,60}?\s*")
_ROW_MAX = 80  # a row's length at most: longer lines are prose
# "Ada Lind (52.37)" beside "Rui Costa (47.63%)"
_BARE_DECIMAL_ROW = patterns.compile(r"[^\d\n()]{2,60}?\(\d{1,2}\.\d{1,2}\)\s*")
_SHARE_ROW = patterns.compile(r"\s*[^\d\n()]{2,60}?\(\d{1,2}(?:\.\d{1,2})?\s*%\)\s*")
# "X (BN) with 30 seats, Y (GPS) (22)": a list member's count stated as seats
_SEATS_IN_LIST = patterns.compile(
    r"<C\d+>(?: \([^()<]{1,40}\))? (?:(?:with |on |had |has |took |won )?<[NX]\d+> seats\b"
    # "X won the most seats (12), followed by Y (9)", "... seats, 12, followed by Y, 9" (not
    # "won one of the two seats with 120": votes)
    r"|(?P<most>[^<;]{0,30}?\b(?:most|largest|biggest|greatest|highest|fewest|majority of)\b)"
    r"[^<;]{0,20}?\bseats\b[^<;]{0,30}?(?:\(|, |with |on |at )(?=<N))[^;]*"
    # "In terms of parliamentary seats, X won 136 and Y 73": a sentence its opening phrase
    # says counts seats (any count in it, unless votes are said after it)
    r"|(?P<topic>^(?i:in terms of|as for|as to|regarding|turning to|when it comes to|in) "
    r"(?:the )?[^<;,]{0,40}?\bseats\b[^<;]{0,10}?, )[^;]*"
)
# a number the skeleton says counts votes: "(12 seats) ... Y, 900 votes"
_VOTES_NEXT = patterns.compile(r"(?:\)? |\)?,? )?(?:votes?|ballots?)\b")


def _without_seats_in_brackets(
    skeleton: str, bindings: tuple[rules.Binding, ...]
) -> tuple[rules.Binding, ...]:
    """The counts of a list whose member before them counts seats ("Y (GPS) (22), Z (six)"
    after "X with 30 seats", "Y (9)" or "Y, 9" after "X won the most seats (12)") count
    seats too: none is a tally, unless votes are said after it."""
    bracketed: set[int] = set()  # after "X with 30 seats": the bracketed counts only
    listed: set[int] = set()  # after "X won the most seats (12)": any count
    for seats in _SEATS_IN_LIST.finditer(skeleton):
        numbers = listed if seats.group("most") or seats.group("topic") else bracketed
        for m in _LISTED_NUMBER.finditer(skeleton, seats.start(), seats.end()):
            if not _VOTES_NEXT.match(skeleton, m.end()):
                numbers.add(int(m.group(1)))
    return tuple(
        b
        for b in bindings
        if b.number not in listed and (b.rule != "parenthesis" or b.number not in bracketed)
    )


# "the seats will be distributed as follows: X - 7, Y - 24", "mandates: X 12, Y 9": a list
# after a heading of seats or mandates shared out counts them (no share, no votes said after;
# not "elected to the five seats: X (184)", the votes of those elected)
_SEAT_LIST_HEAD = patterns.compile(
    r"\b(?:(?:seats|mandates)\b[^<:;.]{0,30}\b(?:distributed|allocated|divided|shared|split|"
    r"apportioned)|distribution of (?:the )?(?:seats|mandates))\b[^<:;.]{0,30}:\s"
)


def _without_seat_list(
    skeleton: str, bindings: tuple[rules.Binding, ...]
) -> tuple[rules.Binding, ...]:
    """The bindings less the plain counts of a list of seats after its heading."""
    head = _SEAT_LIST_HEAD.search(skeleton)
    if head is None:
        return bindings
    seats = {
        int(m.group(1))
        for m in _LISTED_NUMBER.finditer(skeleton, head.end())
        if m.group().startswith("<N") and not _VOTES_NEXT.match(skeleton, m.end())
    }
    return tuple(b for b in bindings if b.number not in seats)


_VOTERS_BY_PLACE_WORDS = ("turnout", "abroad", "polling station")
# "67,150 citizens voted in the polling stations opened abroad: Italy - 21,904, Romania -
# 9,440": the list after a count of those voting abroad or at polling stations counts each
# place's voters, no country's votes
_VOTED_AT_PLACES = patterns.compile(
    r"\bvot(?:ed|ing)\b[^:;]{0,60}\b(?:abroad|polling stations?)\b[^:;]{0,30}:", re.IGNORECASE
)
# "the lowest turnout was registered in district X, 19,981 voters (40%)": in a sentence on
# turnout, a place's count told in voters is its turnout (not "voters who backed Y")
_TURNOUT_VOTERS_AFTER = patterns.compile(
    r"\s*(?:voters|citizens|electors)\b(?! (?:who )?(?:backed|voted|chose|picked|cast|gave|"
    r"supported|favou?red|opted))"
)


def _without_voters_by_place(
    text: str, mentions: list[sieve.Mention], bindings: tuple[rules.Binding, ...]
) -> tuple[rules.Binding, ...]:
    """Less the counts of places' voters: a list after "N citizens voted in the polling
    stations abroad:", a count in voters in a sentence on turnout."""
    listed = _VOTED_AT_PLACES.search(text)
    turnout = "turnout" in text.lower()

    def voters(number: sieve.Mention) -> bool:
        if listed is not None and number.start >= listed.end():
            return True
        return turnout and _TURNOUT_VOTERS_AFTER.match(text, number.end) is not None

    return tuple(b for b in bindings if not voters(mentions[b.number]))


_LISTED_NUMBER = patterns.compile(r"<[NX](\d+)>")
# A list of places with their shares: "a majority of voters in X (51.4 per cent), Y (50.4
# per cent) ...", "strongest in Maori electorates, including X (78.5 per cent)", "Other areas
# in favour included X (70.8 per cent)": each place's result, no candidate's
_PLACE_SHARES = patterns.compile(
    r"(?:\bvoters in|\b(?:electorates|areas|districts|regions|constituencies|provinces|"
    r"counties|wards|municipalities|precincts|cantons)\b(?: [^<;()]{1,60}?)?,? "
    r"(?:including|included|such as|like)) "
    r"(?=(?:<C\d+>|(?-i:[A-Z])[\w'’-]*(?: (?:of )?(?-i:[A-Z])[\w'’-]*){0,3}) \(<P)",
    re.IGNORECASE,
)
_SHARE_NUMBER = patterns.compile(r"<P(\d+)>")
_PLACE_FIGURES_WORDS = ("turnout", "invalid", "spoil", "rejected")
# A sentence that opens on a turnout or a count of invalid ballots and goes on place by place:
# "The voter turnout in X reached 91.5 percent, Y (73.7 percent) and Z (76.1 percent)", "The
# number of invalid ballots in X was 62, Y (22) and Z (2)": each bracket is a place's figure
_PLACE_FIGURES = patterns.compile(
    r"^(?:The |the )?(?:(?:voter |overall )?turnout|"
    r"(?:(?:number|count|share) of )?(?:invalid|spoiled|spoilt|rejected) (?:ballots?|votes?)"
    r"(?: papers)?)\b[^;:<]*?\b(?:was|were|stood at|reached|amounted to|at) <[NP]\d+>",
    re.IGNORECASE,
)
# ... each next place of its list right after its figure: ", Y (<N2>)", " and Z (<N4>)"
_PLACE_FIGURE_NEXT = patterns.compile(r"(?:,|,? and) <C\d+> \(<[NP](\d+)>\)(?=,| and |\s*\.?\s*$)")


def _without_place_shares(
    skeleton: str, bindings: tuple[rules.Binding, ...]
) -> tuple[rules.Binding, ...]:
    """The bracketed shares of a list of places after its cue: none is a candidate's."""
    places = _PLACE_SHARES.search(skeleton)
    if places is None:
        return bindings
    shares = {int(m.group(1)) for m in _SHARE_NUMBER.finditer(skeleton, places.end())}
    return tuple(b for b in bindings if b.rule != "parenthesis" or b.number not in shares)


def _without_place_figures(
    skeleton: str, bindings: tuple[rules.Binding, ...]
) -> tuple[rules.Binding, ...]:
    """Less the bracketed figures of places after a turnout or a count of invalid ballots."""
    opening = _PLACE_FIGURES.search(skeleton)
    if opening is None:
        return bindings
    figures, at = set(), opening.end()
    while place := _PLACE_FIGURE_NEXT.match(skeleton, at):  # (not "..., and X (52%) beat Y")
        figures.add(int(place.group(1)))
        at = place.end()
    return tuple(b for b in bindings if b.rule != "parenthesis" or b.number not in figures)


# "Unity 71, Opposition 48 (Reform 40, Greens 8), Others 3.": names and counts of at most
# three digits (no share, no thousands), two or more. Each part is taken whole (possessive):
# a lazy name part beside optional separators cost 87 ms on an 80-character "A 12; A 12; ..."
_SEAT_COUNT_LIST = patterns.compile(
    r"(?:[^\d%]{1,48}+(?<!\w)\d{1,3}+(?![\d,.]\d)){2,12}+[),.;]{0,3}\s*"
)
_SEAT_HEADING = patterns.compile(r"\b(?:seats?|mandates)\b", re.IGNORECASE)
_SEAT_HEADING_MAX = 120
_VOTE_HEADING = patterns.compile(r"vot|ballot|elect|tall(?:y|ies)", re.IGNORECASE)
_OTHER_THINGS_HEADING = patterns.compile(
    r"\b(?:medals?|points|goals|standings|contents|pages?|population|GDP|exports?|imports?|"
    r"troops?|contributions?|casualties|deaths|cases|rankings?|league table|scores?|budget|"
    r"tonnes|quotas?|seats|make-?up|composition|state of (?:the )?parties)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Gap:
    """Text between two visited sentences: no number, number word or election word."""

    start: int
    end: int
    line: int  # the line number at `end`


def _visits(text: str, every_sentence: bool = False) -> list[tuple[Sentence, bool]]:
    """The sentences to visit, each with whether it is worth reading in full."""
    hits = None if every_sentence else scan.hits(text)
    if hits is None:
        return [(s, scan.worth_reading(s.text)) for s in split(text) if _seen(s)]
    visits = []
    reads = iter(at for at, kind in hits if kind == scan.READ)
    read_at = next(reads, None)
    for sentence in sentences_at(text, [at for at, _ in hits]):
        while read_at is not None and read_at < sentence.start:
            read_at = next(reads, None)
        worth = read_at is not None and read_at < sentence.end
        if not _HEADER.match(sentence.text):
            visits.append((sentence, worth))
    return visits


def _holds_prose(text: str) -> bool:
    """Whether skipped text holds a sentence the walk sees (not blank, a rule or a header).
    Line by line with `find`: most gaps open with prose, and splitting every line of a long
    gap to look at its first cost twice as much."""
    start = 0
    while True:
        end = text.find("\n", start)
        if _seen_text((text[start:] if end < 0 else text[start:end]).strip()):
            return True
        if end < 0:
            return False
        start = end + 1


def _name_forms(token: str) -> set[str]:
    """What a word may be as a one-word name: itself, without a possessive ("Infantino's"),
    and its hyphenated parts ("Infantino-led")."""
    bare = token.removesuffix("'s").removesuffix("’s")
    return {token, bare, *bare.split("-")}


def _seen(sentence: Sentence) -> bool:
    """Whether the walk sees a sentence: not a header line, not a table rule."""
    return _seen_text(sentence.text)


def _seen_text(text: str) -> bool:
    return bool(text) and not _HEADER.match(text) and not _SEPARATOR.match(text)


def _first(values: Iterable[str | None]) -> str | None:
    return next((v for v in values if v), None)


_CAPITALISED_WORD = patterns.compile(r"\b[A-Z][a-z]+\b")
_INTRODUCTION_REACH = 40  # "Lithuanian Ambassador to the UN Dalius Cekuolis"
# Words that put a person named beside them in a race
_CONTEST_WORD = patterns.compile(
    r"\b(?:opponents?|rivals?|candidates?|candidacy|candidature|challengers?|contenders?|"
    r"finalists?|run-?offs?|nominees?|ran|runs|running|race|bid|(?:re-?)?elect\w*|vot\w+|"
    r"won|wins|defeat\w*|beat\w*|"
    r"lost|contest\w*|vying|vied|"
    # "X faced off against former treasurer Y"
    r"faced off|(?:faced|stood) against)\b",
    re.IGNORECASE,
)
# A country's person: "the Cypriot candidate", "Kenya's nominee" (a country's candidacy is
# the country itself)
_COUNTRYS_PERSON = patterns.compile(
    r"(?:['’]s)? (?:candidate|nominee|contender|hopeful|envoy|ambassador|diplomat)\b"
)
_FOR_THE_DEMONYM = patterns.compile(r"\bfor the ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")
_DEMONYM_REACH = 60
_DEMONYM_SUBJECT = patterns.compile(r"\bthe ([A-Z][a-z]+) ")


# "South Korean representative Kim Lee", "Peru's senate chairman Ana Quispe", or the bare
# demonym: "Brazilian Ana Lima" ("Ivan Petrov, the Russian representative," below)
def _second_nationality(found: re.Match[str]) -> str | None:
    """The country of a dual demonym's second half ("British-Pakistani"), if any."""
    second = found.groupdict().get("second")
    return countries.lookup(second) if second else None


_DEMONYM_BEFORE_NAME = patterns.compile(
    # (a dual nationality joins two: "British-Pakistani lawyer X" is of either country)
    r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:-(?P<second>[A-Z][a-z]+))?(?:['’]s)? "
    r"(?P<roles>(?:[a-z-]+ ){0,3})$"
)
# ... or before a title: "Lithuanian Ambassador Dalius Cekuolis", "Serbian Foreign Minister X"
_DEMONYM_BEFORE_TITLE = patterns.compile(r"\b([A-Z][a-z]+) (?P<roles>(?:[A-Z][a-z]+ ){1,2})$")
# ... or an office "of" the country just before the name: "Prime Minister of Italy X"
_OFFICE_OF_COUNTRY_BEFORE = patterns.compile(r"\b[A-Z][a-z]+ of ([A-Z][a-z]+(?: [A-Z][a-z]+)?) $")
_DEMONYM_AFTER_NAME = patterns.compile(
    r",? (?:the|a) ([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?P<roles>(?:[a-z-]+ ?){1,3})(?=[,.;]|$)"
)


# "X, former Ugandan vice president,", "X, current interior minister of South Africa -": an
# office set off after the name, its country by a demonym before it or "of" after it
_OFFICE_AFTER_NAME = patterns.compile(
    r",? (?:the )?(?:(?:former|current|outgoing|incumbent|acting|serving|then) )?"
    r"(?:(?P<demonym>[A-Z][a-z]+(?: [A-Z][a-z]+)?) )?(?:[a-z-]+ ){0,2}(?P<role>[a-z-]+)"
    r"(?: of (?:the )?(?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+)?))?(?=[,.;]| [-–—]|$)"
)


def _office_of_country_after(text: str, end: int) -> str | None:
    """The country of an office set off right after a name, if one is named by a demonym or
    by "of" ("X, former Ugandan vice president", "X, interior minister of South Africa")."""
    found = _OFFICE_AFTER_NAME.match(text, end)
    if found is None or found["role"] not in _DEMONYM_ROLES:
        return None
    if found["country"]:
        return countries.lookup(found["country"])
    return countries.lookup(found["demonym"]) if found["demonym"] else None


def _role_words_only(words: str) -> bool:
    """Whether the lower-case words between a demonym and a name are a person's role."""
    return all(w in _DEMONYM_ROLES for w in words.lower().split())


_DEMONYM_ROLES = names.ROLE_WORDS | {"national", "diplomat", "official", "politician", "lawyer"}
# "The former Information Minister": someone described by an office once held
_FORMER_AT_START = patterns.compile(r"\W*The (?:former|ex-) ")
_NEW_AT_START = patterns.compile(r"\W*The (?:new|newly elected) ")
_DESCRIPTION_AT_START = patterns.compile(
    r"\W*The (?:(?P<age>\d{2})[- ]year[- ]old )?(?:(?:former|veteran|incumbent|outgoing) )?"
    r"(?P<word>[A-Z][\w-]+)?"
)


# A country the sentence names for something else than its race: "Russia's war against
# Ukraine", "Moscow's close ally", "the five permanent members, the United States, ...".
_PASSING_AFTER = patterns.compile(
    r"['’]s?\s+(?:[\w.,]+\s+){0,4}?(?:war|invasion|aggression|annexation|occupation|attack|"
    r"troops|forces|military|ally|allies)\b",
    re.IGNORECASE,
)
_PASSING_BEFORE = patterns.compile(
    r"\b(?:war|invasion|aggression|annexation|occupation|attacks?)\s+(?:of|on|against|in)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_PERMANENT_MEMBERS = frozenset({"CHN", "FRA", "RUS", "GBR", "USA"})
_PERMANENT = patterns.compile(r"(?<![-\w])permanent members?\b", re.IGNORECASE)


def _in_passing(text: str, mention: sieve.Mention) -> bool:
    """Whether a country is named in passing, not as a candidate (a war, an ally, a
    permanent member of the Security Council): it gets no status from the sentence."""
    if _PASSING_AFTER.match(text, mention.end) or _PASSING_BEFORE.search(
        text, max(0, mention.start - 40), mention.start
    ):
        return True
    code = mention.candidate.code if mention.candidate else None
    return code in _PERMANENT_MEMBERS and bool(_PERMANENT.search(text))


def _elected_keys(text: str, mentions: list[sieve.Mention]) -> set[str]:
    """Countries the sentence declares elected: the subject of "was elected" or "won a seat"
    (with the names listed with it: "X, Y and Z were elected"), the objects of "the Assembly
    elected X and Y"; never a name in another clause ("while Maldives received 46")."""
    countries_in = [m for m in mentions if m.candidate and m.candidate.code]
    keys: set[str] = set()
    for match in _ELECTED.finditer(text):
        before = [m for m in countries_in if m.end <= match.start()]
        subjects = _listed(text, list(reversed(before)), match.start(), backwards=True)
        first = min((m.start for m in before if m.candidate.key in subjects), default=0)
        if not (subjects and outcomes.governed(text, first)):  # "deputies from Lima were"
            keys.update(subjects)
    for match in _ELECTS.finditer(text):
        after = [m for m in countries_in if m.start >= match.end()]
        keys.update(_listed(text, after, match.end(), backwards=False))
    return keys


def _listed(text: str, mentions: list[sieve.Mention], edge: int, backwards: bool) -> set[str]:
    """The names next to `edge` and those listed with them, nearest first."""
    keys: set[str] = set()
    for mention in mentions:
        gap = text[mention.end : edge] if backwards else text[edge : mention.start]
        joined = _SUBJECT_GAP if not keys else _LIST_GAP
        if not joined.fullmatch(gap):
            break
        keys.add(mention.candidate.key)
        edge = mention.start if backwards else mention.end
    return keys


def _absurd(number: numbers.NumberMention) -> bool:
    return not number.percent and number.value > MAX_VOTES


def _shorten(text: str) -> str:
    return text if len(text) <= 24 else f"{text[:10]}…{text[-6:]} ({len(text)} characters)"


# longer than numbers.py reads at all; one digit first, so `re` skips to digits at C speed
# (a leading repeat gives it no first character to look for)
_HUGE_DIGITS = patterns.compile(r"\d\d{30,}+")


def _first_max(values: Iterable[int | None]) -> int | None:
    present = [v for v in values if v]
    return max(present) if present else None


_CHANGE_RULES = frozenset(
    {"rose-to", "possessive-tally-to", "pronoun-tally-to"}
)  # a count reached after another


def _word_value(word: str) -> int | None:
    if word.lower() in ("none", "nil"):
        return 0
    return numbers.parse_words(word)


def _capitals_among_cities(
    mentions: list[sieve.Mention], capital_spans: set[tuple[int, int]]
) -> bool:
    """Whether a sentence names only capitals for countries, beside names that are no
    country ("Madrid 28, Rio 26, Tokyo 22 and Chicago 18", "Moscow, New York and Madrid were
    ruled out"): the capitals are cities in a race of cities, not their countries."""
    capitals = [m for m in mentions if m.candidate and m.candidate.kind is Kind.COUNTRY]
    if len(capitals) < 2 or not any(
        m.candidate and m.candidate.kind in (Kind.PERSON, Kind.OTHER) for m in mentions
    ):
        return False
    return all((m.start, m.end) in capital_spans for m in capitals)


def _without_name_words(
    text: str, found: list[numbers.NumberMention]
) -> list[numbers.NumberMention]:
    """Numbers less a capitalised "One" inside a sentence that a capitalised word follows:
    a name's first word ("the One Nation party", "Y of One Kenya"), no count."""
    if "One " not in text:
        return found  # most sentences: no regex pass
    return [
        n
        for n in found
        if not (n.text == "One" and n.start > 0 and _NAME_AFTER_ONE.match(text, n.end))
    ]


_NAME_AFTER_ONE = patterns.compile(r" (?-i:[A-Z][a-z])")


# A party named for its country ("United Russia", "One Seychelles", "Forward Italy"): the
# word before the country's name is the party's, which no country's tally is
# (or a party word ending its name before the country: "Janata Samajwadi Party Nepal")
_PARTY_WORD_BEFORE = patterns.compile(
    r"\b(?-i:United|One|Free|Forward|Our|Strong|Stronger|Renew|New|Party|Front|Alliance|"
    r"Movement|Congress|Forum|League) $"
)
# "Brazil's presidential run-off", "Kenya's general election", "Poland's Sunday presidential
# elections run-off", "Chile's 2021 general election": the country holds the vote
_ELECTION_OWNER = patterns.compile(
    r"['’]s (?:(?:[A-Z][a-z]+day|\d{4})\s+)?(?:(?:[a-z-]+ ){0,2}?run-?off\b|"
    r"(?:presidential|parliamentary|legislative|general|mayoral|municipal|local|snap|national) "
    r"(?:elections?|votes?|polls?|races?|ballots?)\b)"
)
# "the speaker of Iran's Shura Council", "president of Peru's Congress": the country whose
# chamber elects its officer (not "Japan's Security Council bid": the rule wants no noun after)
_CHAMBER_OWNER = patterns.compile(
    r"['’]s (?:[A-Z][a-z]+ ){0,2}?(?:[Pp]arliament|Congress|Senate|(?:National )?Assembly|"
    r"Council|Majlis|Legislature|Duma)\b(?! (?:bid|seat|candidacy|candidate|campaign|membership)s?\b)"
)
# "the Cricket Club of India", "the Wrestling Federation of India": the country ends a
# body's name, whose members vote, never a contestant
_BODY_NAMED_OF_BEFORE = patterns.compile(
    r"\b(?-i:Club|Federation|Association|Confederation|Society|Committee|Council|Bank|Board|"
    r"Institute|University|Academy|Chamber) of (?:the )?$"
)
# "declared the new President of Somalia", "sworn in as Prime Minister of Nepal": the country
# whose head the vote chose, never a bid (a UN vote's countries are not so titled)
_HEAD_OF_BEFORE = patterns.compile(
    r"\b(?:[Pp]resident|[Pp]rime [Mm]inister|[Pp]remier|[Cc]hancellor|[Ss]peaker) of (?:the )?$"
)
# "the Kenya Boxing Federation", "the Japan Olympic Committee": a country opening the name of
# its national body (a sport's, most often), which names no bid of the country's
_NATIONAL_BODY_AFTER = patterns.compile(
    r" (?:[A-Z][a-z]+ ){1,3}(?:Federation|Association|Confederation|Society|Committee)\b"
)
# "X won the Labour leadership": the party whose contest it is, no candidate in it
_CONTEST_OWNED = patterns.compile(r"\s+(?:party\s+)?(?:leadership|nomination|primary|primaries)\b")
# "35% chose the Democratic ballot", "requested Republican ballots": a party's primary ballot
# that voters pick in an open primary, whose count is of voters, no party's tally
_PARTY_BALLOT = patterns.compile(r"\s+ballots?\b")


def _party_ballot(text: str, mention: sieve.Mention) -> bool:
    """Whether a party's mention names the ballot of its primary ("the Democratic ballot")."""
    return (
        mention.candidate is not None
        and mention.candidate.kind in (Kind.PARTY, Kind.OTHER)
        and _PARTY_BALLOT.match(text, mention.end) is not None
    )


# "won the Peru presidential election with 54%", "Wins Ankara Mayoral Rerun With 54%": the
# place an election is held in, no candidate
_CONTEST_PLACE = patterns.compile(
    r"\s+(?:mayoral|presidential|gubernatorial|parliamentary|legislative|municipal|senate|"
    r"senatorial|provincial|general|local)\s+(?:election|elections|race|rerun|re-run|run-?off|"
    r"vote|poll|polls|contest|ballot)\b",
    re.IGNORECASE,
)
# "elected as MP for Dover with 13,296 votes", "led the race for Dover with 772 votes", "the
# Member of Parliament for Dover": the seat one sits or runs for, no candidate
_CONSTITUENCY_BEFORE = patterns.compile(
    r"(?:\b(?:MPs?|MEPs?|MLAs?|MSPs?|TDs?)|\b(?i:member(?: of (?:the )?(?:parliament|congress|"
    r"(?:national |legislative |state )?assembly|house(?: of [a-z]+)?))?|representative|congress(?:wo)?man|"
    r"senator|race|contest|by-elections?)) (?i:for) (?:the )?(?:[A-Z][\w'’-]+ (?:(?:and|&) )?){0,3}$"
)  # ("MP for Batley and Spen": each word of the seat's name)
_CAPITAL_AFTER = patterns.compile(r"\s+capital\b")

# "the Bucharest mayor-elect", "Lima city council", "the Sofia mayoral race": a capital
# naming the city's own office or body is a place, not its country's bid
_CITY_OFFICE_AFTER = patterns.compile(
    r"\s+(?:(?:city|municipal|general|district)\s+)?(?:mayor(?:-elect|al|ship|'s|’s)?|"
    r"governor(?:-elect)?|council(?:lors?|lor)?|city\s+hall|assembly|municipality)\b",
    re.I,
)
_JOINT_CITY = patterns.compile(r"[-–]([A-ZÀ-Þ][\w’'-]*\w)")  # "Stockholm-Are", "Paris-Saclay"
# A capitalised word right after a capital's name: "Santiago Peña" is a person, not Chile
_SURNAME_AFTER = patterns.compile(r" [A-ZÀ-Þ][a-zß-ÿ]+(?:[-'’][A-ZÀ-Þ]?[a-zß-ÿ]+)?\b")
# A capitalised word right before a capital's name: "Pedro Lima" is a person, not Peru
_FIRST_NAME_BEFORE = patterns.compile(r"(?<![\w.’'-])([A-ZÀ-Þ][a-zß-ÿ]+) $")


_TITLE_REACH = 16  # "Congresswoman " is the longest title
_TITLE_BEFORE = patterns.compile(
    r"(?<![\w.])(?:(?:Mr|Mrs|Ms|Dr|Mme|Prof|Sen|Rep|Gov)\.?|Mayor|Senator|Governor|Judge|"
    r"Councillor|Councilor|Congressman|Congresswoman|Madam|Monsieur) $"
)
_POSSESSIVE_AFTER = patterns.compile(r"['’]s?\b")
# Rules whose pronoun comes before every name of the sentence ("He beat X and Y by ...")
_OPENING_PRONOUN_RULES = frozenset(("pronoun-beat-several", "beat-to-infinitive"))
# A sentence opening with a person's pronoun, and how far into a text one may stand for the
# person named next (a lost headline leaves a story's first lines so)
_OPENING_PERSON_PRONOUN = patterns.compile(r"\W*(?:he|she)\b", re.IGNORECASE)
_OPENING_REACH = 1500
# "It" opening a sentence, and the opening of one whose subject is the name that follows
_OPENING_IT = patterns.compile(r"\W*It\b")
_LINE_BREAK = patterns.compile("\n")
_SUBJECT_OPENING = patterns.compile(r"\W*(?:The\s+)?")
# The sex a person's pronoun tells, for its antecedent ("She won 47,997 votes")
_GENDERED_PRONOUN = patterns.compile(r"\b(?:he|his|him|she|her)\b", re.IGNORECASE)
_PRONOUN_GENDERS = dict.fromkeys(("he", "his", "him"), "m") | dict.fromkeys(("she", "her"), "f")
# Rules whose reading is the owner's by phrasing: "X's biggest lead was in A with 65%"; "X's
# statewide primary vote sat at 38%" (the possessive names a tally, whatever words qualify it;
# "while Y's fell to 23" after "X's total rose to 29", the total left out)
_OWNER_RULES = frozenset(("best-areas", "possessive-tally", "moved-to-count"))
_OWNED_WORDS = patterns.compile(r"['’]s?\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?")
# What a candidate owns that stands for it in a vote ("Kenya's bid won 120 votes", "Labour's
# candidate took 40%"); anything else it owns is no candidate ("Brazil's currency gained 4.5%")
_STANDS_FOR = frozenset(
    "bid bids candidate candidates candidacy candidature nominee nominees representative "
    "delegation ambassador envoy campaign ticket list slate party government application "
    # a state's mission at the UN ("Chad's mission won 43 votes")
    "administration mission "
    "tally total count share support backing vote votes election re-election victory win "
    "proposal ballot-count vote-count "
    # the count itself belittled: "to Y's mere 894 votes"
    "mere paltry meagre meager".split()
)


# What only a state owns that stands for it: its rulers ("Iran's regime won 43 votes")
_COUNTRY_STANDS_FOR = frozenset(("regime",))


def _owned_subject(text: str, name: sieve.Mention, number: sieve.Mention) -> bool:
    """Whether the name before a number only owns the thing that got it ("Germany's exports
    gained 3%"), as the one or two lower-case words after its possessive say."""
    if name.end >= number.start or text[name.end] not in "'’":
        return False
    owned = _OWNED_WORDS.match(text, name.end, number.start)
    if owned is None:
        return False
    if _COUNTRY_STANDS_FOR.intersection(owned.groups()):
        # "Iran's regime won 43 votes" is Iran's; "Gaddafi's regime" is his country's, which
        # no one here names
        return name.candidate is None or name.candidate.kind is not Kind.COUNTRY
    return not _STANDS_FOR.intersection(owned.groups())


def _place_of_office_holders(text: str, mention: sieve.Mention) -> bool:
    """Whether a place's name qualifies office holders after it ("a record among Lima
    mayors by garnering 54 percent"): where they served, no contestant (so "his rival's"
    share after it is never the subject's)."""
    return (
        mention.candidate is not None
        and mention.candidate.kind is not Kind.PERSON
        and _OFFICE_HOLDERS_AFTER.match(text, mention.end) is not None
    )


# "Lima mayors", "Ohio governors": holders of an office, plural, right after a place
_OFFICE_HOLDERS_AFTER = patterns.compile(
    r" (?:mayors|governors|senators|councillors|councilors|legislators)\b"
)


def _place_of_contest(text: str, mention: sieve.Mention) -> bool:
    """A place an election is held in, or the seat one sits for: no candidate."""
    if _CONTEST_PLACE.match(text, mention.end):
        return True
    window = max(0, mention.start - 60)
    return text.find(" for ", window, mention.start) >= 0 and bool(
        _CONSTITUENCY_BEFORE.search(text, window, mention.start)
    )


# A count closed by its year: "82 votes in 1967", "82/119 votes in 1967" (up to the "in")
# (not past a clause's joint: "152 votes and in 2020 170")
_YEAR_RIGHT_AFTER = patterns.compile(
    r"[\d,.]+(?:/[\d,.]+| of [\d,.]+)?(?: (?!(?:and|but|or|while|then)\b)[a-z-]+){0,2} "
)


def _city_country(text: str, start: int, end: int) -> bool:
    """A country set off by a comma after the city a vote was held in ("in Paris, France")."""
    return bool(_CITY_COUNTRY_BEFORE.search(text, max(0, start - 50), start)) and bool(
        _CITY_COUNTRY_AFTER.match(text, end)
    )


def _place_named(text: str, start: int, end: int) -> bool:
    """A name right after "in", "at" ("the vote in New York") names a place; one owning
    something ("in Smith's favour") stays a person."""
    if text.endswith(("'s ", "’s "), 0, start) and _OWNED_PLACE_BEFORE.search(
        text, max(0, start - 50), start
    ):
        return True  # "won the district in southern Taiwan's Tainan with 62,858 votes"
    return bool(_LOCATION_BEFORE.search(text[max(0, start - _LOCATION_REACH) : start])) and not (
        _POSSESSIVE_AFTER.match(text, end)
    )


def _first_name_before(text: str, start: int) -> bool:
    match = _FIRST_NAME_BEFORE.search(text, max(0, start - 20), start)
    return bool(match) and match.group(1).lower() not in STOPWORDS


_ELECTED_WORD = patterns.compile(r"\belected\b", re.IGNORECASE)


# A game's report: "Smith scored 24, up from 18 in the first half" holds points, not votes
_GAME_WORDS = Gated(
    ("half", "quarter", "overtime", "innings", "wicket", "touchdown", "rebound", "assist",
     "goal", "game", "match", "possession"),
    r"\b(?:first|second) half\b|\bhalf-?time\b|\b(?:first|second|third|fourth|final) quarter\b|"
    r"\bovertime\b|\binnings\b|\bwickets?\b|\btouchdowns?\b|\brebounds\b|\bassists\b|"
    r"\bgoals?\b|\bthe (?:game|match)\b|\bpossession\b",
)  # fmt: skip


def _game_report(text: str) -> bool:
    """Whether a sentence reports a game and speaks of no vote."""
    if "vot" in text:  # most sentences a rule reads speak of votes: spare them the search
        return False
    return _GAME_WORDS.search(text) is not None and BALLOT_WORD.search(text) is None


_BODY_SIZE = "member states"  # the basis of a total that counts a body, not who voted
_CLAUSE_END = patterns.compile(r"[,;:](?!\d)")  # a total's basis is named in its own clause


def _basis(after: str) -> str:
    for name, pattern in _BASIS:
        if pattern.search(after[:50]):
            return name
    return "stated total"


def _freeze(source: str, draft: _ContestDraft) -> Contest:
    return Contest(
        source=source,
        body=draft.body,
        year=draft.year,
        group=draft.group,
        round=draft.round,
        seats=draft.seats,
        total=draft.total,
        required=draft.required,
        candidates=tuple(draft.candidates.values()),
        elected=tuple(sorted(draft.elected - draft.defeated)),
        contesting=tuple(sorted(draft.contesting - draft.elected - draft.defeated)),
        defeated=tuple(sorted(draft.defeated - draft.elected)),
        spans=tuple(draft.spans),
    )


def _bare_title(candidate: Candidate) -> bool:
    """Whether a person's name is a title alone ("Rabbi", "Bishop"): none named."""
    return " " not in candidate.name and candidate.name.lower() in names.TITLES


# a party's adjective read as a name of its own ("Democratic challenger X")
_PARTY_ADJECTIVES = frozenset(("democratic", "republican", "libertarian", "democrat"))


def _people_of_mixed_pair(named: list[Candidate]) -> list[Candidate]:
    """Only the people, when the last two named are a person and a party or other name:
    "incumbent Gov. X and Democratic challenger Y. The pair were ..." means X and Y, never
    the party's adjective."""
    pair = list(dict.fromkeys(reversed(named)))[:2]
    parties = [c for c in pair if c.kind is Kind.PARTY or c.key in _PARTY_ADJECTIVES]
    if not parties or not any(c.kind is Kind.PERSON for c in pair):
        return named  # (a lone surname, read as some other name, may well be one of the two)
    people = [c for c in named if c.kind is Kind.PERSON]
    return people if len(set(people)) > 1 else named


def _of_last_pair(named: list[Candidate], former: bool) -> Candidate | None:
    """The former or the latter of the last two distinct candidates named, each where it
    was last named ("contested by Y and X. The latter ...": X, though X came before Y
    earlier on)."""
    pair = list(dict.fromkeys(reversed(named)))[1::-1]
    if len(pair) != 2:
        return None
    return pair[0] if former else pair[1]
