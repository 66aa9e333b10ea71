"""Contest cues: the body, regional group, year or term, round, seats, stated totals and
required majorities (the rule each body uses is in `majorities`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from . import patterns
from .data.groups import GROUP_OF
from .gated import Gated, holds_any
from .numbers import count_words, parse_words

BODIES: tuple[tuple[str, str], ...] = (
    # (canonical name, pattern); earlier entries win when several match one sentence
    (
        "President of the General Assembly",
        r"President of the (?:UN )?General Assembly|"
        r"General Assembly President|(?:GA|PGA) President|presidency of the (?:UN )?General Assembly|"
        r"President of (?:its|the) \w+(?:-\w+)? session",
    ),
    ("Human Rights Council", r"Human Rights Council|Council on Human Rights|\bUNHRC\b|\bHRC\b"),
    ("Economic and Social Council", r"Economic and Social Council|\bECOSOC\b"),
    ("International Court of Justice", r"International Court of Justice|\bICJ\b|World Court"),
    ("Security Council", r"Security Council|\bUNSC\b"),
    ("UNESCO", r"\bUNESCO\b"),
    ("FIFA", r"\bFIFA\b"),
    ("IOC", r"\bIOC\b|International Olympic Committee|Olympic Games|Winter Olympics|Olympics"),
    ("Speaker", r"\bSpeaker\b"),
    (
        "Presidential election",
        r"presidential (?:election|race|vote|poll)s?|"
        r"election for president|Presidential Election",
    ),
    (
        "Party leadership",
        # (not "party leader Jane Doe" nor "X, Civic party leader, with 7%": a person's role;
        # nor "the party leaders", people)
        r"leadership (?:election|contest|race|ballot)|party leader(?:ship\b|(?![s,]| (?-i:[A-Z])))",
    ),
    (
        "Parliament",
        r"\bMazhilis\b|\bMajilis\b|parliamentary elections?|legislative elections?|"
        r"\bmaslikhat\b",
    ),
)
# Lower-case words one of which each body's pattern needs: most sentences try none of them.
# (Rules in ordinary prose: "the city council" names no body, so "council" is no gate.)
_BODY_GATES = {
    "President of the General Assembly": ("president", "presidency"),
    "Human Rights Council": ("human rights", "hrc"),
    "Economic and Social Council": ("economic and social", "ecosoc"),
    "International Court of Justice": ("court", "icj"),
    "Security Council": ("security council", "unsc"),
    "UNESCO": ("unesco",),
    "FIFA": ("fifa",),
    "IOC": ("ioc", "olympi"),
    "Speaker": ("speaker",),
    "Presidential election": ("presidential", "election for president"),
    "Party leadership": ("leadership", "party leader"),
    "Parliament": ("mazhilis", "majilis", "parliamentary", "legislative", "maslikhat"),
}
_BODY_PATTERNS = tuple((name, Gated(_BODY_GATES[name], pattern)) for name, pattern in BODIES)

GROUPS: tuple[tuple[str, str], ...] = (
    # The Security Council fills its African and Asia-Pacific seats on one ballot ("African
    # and Asia-Pacific States"): first, so that it wins over the two groups it names
    (
        "African and Asia-Pacific",
        r"\bAfrica(?:n)? and (?:the )?Asia[- ]Pacific\b|\bAsia[- ]Pacific and Africa(?:n)?\b",
    ),
    (
        "Asia-Pacific",
        r"Asia[- ]Pacific|\bAP group|Asian(?: and Pacific)? (?:Group|States)|"
        r"Asia group|\bAsian[- ](?:seat|slot)s?\b",
    ),
    (
        "African",
        r"African (?:Group|States)|\bAfrican seats?\b|group of African|\bAfrica group\b",
    ),
    (
        "Latin American and Caribbean",
        r"Latin America(?:n)? and (?:the )?Caribbean|\bGRULAC\b|"
        r"Latin American[- ]Caribbean (?:bloc|group|seat|States)",
    ),
    (
        "Western European and Others",
        r"Western Europe(?:an)? and (?:other|others)\b(?! countries)|\bWEOG\b|"
        # "the category for member states from western Europe and other countries"
        r"\b(?:category|group|bloc|seats?) (?:for|of) (?:(?:member )?states |countries )?"
        r"(?:from )?Western Europe and other countries",
    ),
    (
        "Eastern European",
        r"(?:\bEastern Europe(?:an)?|\bEast European) (?:(?:regional|geographical) )?"
        r"(?:Group|States|seat|category)",
    ),
)
_GROUP_GATES = {
    "African and Asia-Pacific": ("asia",),
    "Asia-Pacific": ("asia", "ap group"),
    "African": ("african", "africa group"),
    "Latin American and Caribbean": ("latin america", "grulac"),
    "Western European and Others": ("western europe", "weog"),
    "Eastern European": ("east european", "eastern europe"),
}
_GROUP_PATTERNS = tuple((name, Gated(_GROUP_GATES[name], pattern)) for name, pattern in GROUPS)
# Every gate phrase above holds one of these words (whole words when three letters or
# fewer, else inside a word): scan.py visits the sentences holding one.
CUE_WORDS = (
    "africa", "ap", "asia", "court", "economic", "ecosoc", "eastern", "european", "fifa",
    "grulac", "hrc", "unhrc", "rights", "icj", "ioc", "latin", "leader", "legislative",
    "majilis", "maslikhat", "mazhilis", "olympi", "parliamentary", "presiden", "security",
    "speaker", "unesco", "unsc", "weog", "western",
)  # fmt: skip
GATE_PHRASES = frozenset(
    word for _, pattern in _BODY_PATTERNS + _GROUP_PATTERNS for word in pattern.words
)
# All the gates of each kind at once: most sentences name no body and no group, and one
# pass over these words costs less than a dozen gated searches that each find nothing.
_BODY_WORDS = tuple(sorted({word for _, pattern in _BODY_PATTERNS for word in pattern.words}))
_GROUP_WORDS = tuple(sorted({word for _, pattern in _GROUP_PATTERNS for word in pattern.words}))

# the century's digits first, so `re` skips to them at C speed; the lookbehind after them
# is the word boundary before them (2.5x faster than a leading \b over a sentence)
_TERM = patterns.compile(
    r"((?:19|20)(?<!\w..)\d\d)\s?[-–/]\s?((?:19|20)?\d\d)\b(?!\s*(?:votes?|ballots?))"
)
_A_YEAR = patterns.compile(r"(?:19|20)\d\d")  # digit-led: found at C speed, unlike _FOR_YEAR
_FOR_YEAR = patterns.compile(
    r"\b(?:in|for|during)\s+((?:19|20)\d\d)\b(?![-–/]\d)|\b((?:19|20)\d\d) (?:election|vote|ballot|poll|race|run-?off)",
    re.IGNORECASE,
)

ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "final": -1, "last": -1, "initial": 1, "opening": 1,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    # a common misspelling of "fourth", read only before "round", "ballot" or "vote"
    "forth": 4,
}  # fmt: skip
# "the forty-seventh round": a long deadlock's rounds past the twentieth, tens then units
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_COMPOUND_ORDINAL = (
    rf"(?:{'|'.join(_TENS)})[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
)
_ROUND = Gated(
    # every alternative ends or starts with one of them; an ordinal before "count" ends in
    # t, d or h ("first", "second", "fifth"), which "country" alone never passes
    ("round", "ballot", "vot", "t count", "d count", "h count"),
    r"\b(?P<ord>\d{1,2}(?:st|nd|rd|th)|" + _COMPOUND_ORDINAL + "|" + "|".join(ORDINAL_WORDS) + r")"
    r"(?:[- ](?:and )?(?:final|decisive|last|restricted|unrestricted))?"
    # "the final leadership ballot", "the first Speaker ballot": the race's kind between
    # or how it was held: "the third official round", "the second formal ballot"
    r"(?: (?:leadership|speaker|presidential|secret|party|membership|official|formal|open|"
    r"public|electronic|recorded))?"
    r"[- ](?:round|ballot|vote|voting round|round of (?:voting|balloting))\b"
    # not "the first-round leader": a title, which names no round of the numbers (but "the
    # first-round leader with 212 votes" gives the count it led with)
    r"(?! (?:leaders?|winners?|front-?runners?|favou?rites?|losers?|runners?-up|victors?)\b"
    r"(?! (?:with|on|at)\b))"
    # a preferential count's rounds: "in the second count", "elected on the fifth count" (not
    # "the final count", which may be the tally)
    r"|\b(?P<cord>\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth) count\b"
    # ("Results of Ballot # 1", "Round No. 2"; never a score: "won the ballot 51-22")
    r"|\b(?:round|ballot)\s+(?:(?:#|[Nn]o\.|[Nn]umber)\s*)?(?P<num>\d{1,2}|"
    rf"{count_words(1, 10)})\b(?![-–]\d)"
    # "beat Y in the final 30-28 vote": the score stands between
    r"|\b(?P<fin>final|decisive) \d{1,3}[-–]\d{1,3} (?:vote|ballot|round)\b"
    # "212 votes on each of the 15 ballots": a count every round gave, filed under the last
    r"|\b(?:(?:on|in) (?:each|all|every one) of the|in all|on all) "
    rf"(?P<each>\d{{1,2}}|{count_words(2, 12)}) "
    r"(?:rounds|ballots)\b",
)

# Every match of _ROUND also holds an ordinal, "round" or "ballot", "decisive", or "in all",
# "on all", "each of the", "every one of the": a sentence that says "votes" and none of
# them (most do) is not searched. Only on ASCII text, whose lower case `re` folds alike.
_ROUND_TOO = (
    "round", "ballot", *ORDINAL_WORDS, "decisive", "in all", "on all", "each of the",
    "every one of the",
)  # fmt: skip
_DIGIT_ORDINAL = patterns.compile(r"\d(?:st|nd|rd|th)", re.IGNORECASE)


def _round_matches(text: str) -> Iterator[re.Match[str]]:
    if not _ROUND.opens(text) or (
        text.isascii() and not holds_any(_ROUND_TOO, text) and not _DIGIT_ORDINAL.search(text)
    ):
        return iter(())
    return _ROUND.finditer(text)


_SEATS = Gated(
    ("seat", "vacanc", "place"),
    rf"\b(?P<n>\d{{1,2}}|{count_words(1, 18)})\s+"
    r"(?:\w+\s+){0,2}?(?:seats|vacancies|places)\b",
)


def clear_caches() -> None:
    """Forget the cues of a document's sentences once it is read: they serve only it, and a
    long run over an archive should hold nothing of the documents it has done."""
    cached = (body_in, group_in, groups_in, term_in, year_in, years_in, rounds_in, round_count_in)
    for function in cached:
        function.cache_clear()


@lru_cache(maxsize=1024)  # a document's sentences are asked twice; see clear_caches()
def body_in(text: str) -> str | None:
    if not holds_any(_BODY_WORDS, text):
        return None
    return next((name for name, pattern in _BODY_PATTERNS if pattern.search(text)), None)


@lru_cache(maxsize=1024)  # a document's sentences are asked twice; see clear_caches()
def group_in(text: str) -> str | None:
    found = groups_in(text)
    return next((name for name, _ in _GROUP_PATTERNS if name in found), None)


@lru_cache(maxsize=1024)  # a document's sentences are asked twice; see clear_caches()
def groups_in(text: str) -> frozenset[str]:
    if not holds_any(_GROUP_WORDS, text):
        return frozenset()
    found = set()
    joint_name, joint = _GROUP_PATTERNS[0]
    if joint.opens(text):  # "African and Asia-Pacific States" names one ballot, not its parts
        text, blanked = joint.pattern.subn(_blank, text)
        if blanked:
            found.add(joint_name)
    found.update(name for name, pattern in _GROUP_PATTERNS[1:] if pattern.search(text))
    return frozenset(found)


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


# The groups a joint ballot's candidates come from, and the bodies that hold one
_PARTS = {"African and Asia-Pacific": frozenset({"African", "Asia-Pacific"})}
_JOINT_BODIES = frozenset({"Security Council"})
# Bodies the General Assembly fills by regional group (None: a UN text naming no body).
# Not UNESCO, which elects by electoral groups of its own (I to V), nor FIFA, the IOC or
# national elections, where a country is a bid or a host, and "the African seat" another thing.
REGIONAL_BODIES = frozenset(
    {
        None, "Security Council", "Human Rights Council", "Economic and Social Council",
        "International Court of Justice", "President of the General Assembly",
    }
)  # fmt: skip


def regrouped(body: str | None, group: str | None, code: str | None) -> str | None:
    """The group to file a country's tally under instead of `group`, the one the text's
    context gave (None: no group yet): the country's own UN regional group when it is not
    in `group`. None when it is (a joint ballot holds both its groups' countries), when it
    is in no group (Kiribati, non-members) or when the body does not elect by them."""
    own = GROUP_OF.get(code) if code else None
    if own is None or own == group or body not in REGIONAL_BODIES:
        return None
    if body in _JOINT_BODIES and own in _PARTS.get(group or "", ()):
        return None
    return own


@lru_cache(maxsize=1024)  # a document's sentences are asked twice; see clear_caches()
def term_in(text: str) -> str | None:
    """A term of office such as "2017-2018" ("2021-22" is widened to "2021-2022")."""
    match = _TERM.search(text)
    if not match:
        return None
    first, second = match.group(1), match.group(2)
    if len(second) == 2:
        second = first[:2] + second
    if not 0 < int(second) - int(first) <= 5:
        return None
    return f"{first}-{second}"


@lru_cache(maxsize=1024)  # a document's sentences are asked twice; see clear_caches()
def year_in(text: str) -> str | None:
    found = years_in(text)
    return found[0][1] if found else None


@lru_cache(maxsize=1024)  # a document's sentences are asked twice; see clear_caches()
def years_in(text: str) -> tuple[tuple[int, str], ...]:
    """Every election year a sentence names ("in 2016", "the 2012 vote"), as (offset, year)."""
    if not _A_YEAR.search(text):
        return ()
    found = patterns.twin_for(_FOR_YEAR, text).finditer(text)
    return tuple((m.start(), m.group(1) or m.group(2)) for m in found)


_ROUND_COUNT = Gated(
    ("rounds", "ballots", "-round"),
    r"\b(?:after|over|in|total number of rounds to|through|following|took|taking|needed)\s+"
    r"(?:the\s+)?(?:a\s+)?"
    rf"(?P<n>\d{{1,2}}|{count_words(2, 12)})\s+"
    r"(?:more\s+)?(?:rounds|ballots)\b|rounds to (?P<to>\d{1,3})\b"
    # "the last round of the five-round voting process"; not "the two-round system", which
    # says how many rounds there may be
    rf"|\b(?P<held>{count_words(2, 10)}|\d{{1,2}})-round "
    r"(?:majority )?(?:voting|vote|ballot|balloting|process|contest|race)\b(?! system)",
)


# "the final round for today, the forty-seventh overall": the final one of a day's or a
# session's rounds set off by the ordinal it has among all of them
_FINAL_NUMBERED = patterns.compile(
    r"(?: (?:for|of) (?:today|the day|the session|the morning|the afternoon|the meeting))?,? "
    rf"(?:which was )?the (?P<ord>{_COMPOUND_ORDINAL}|\d{{1,2}}(?:st|nd|rd|th)|"
    + "|".join(w for w, n in ORDINAL_WORDS.items() if n > 1)
    + r") (?:overall|in all|in total|of the (?:contest|election|vote|race))\b",
    re.IGNORECASE,
)

# "the fourth and final round": the text says which round the final one was
_NUMBERED_FINAL = Gated(
    ("final", "last", "decisive"),
    r"\b(?P<ord>\d{1,2}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth)[- ](?:and )?(?:final|last|decisive)[- ](?:round|ballot|vote)\b",
)


def numbered_final_in(text: str) -> int | None:
    """The round a sentence says was the final one ("in the fourth and final round")."""
    match = _NUMBERED_FINAL.search(text)
    if not match:
        return None
    return ordinal_round(match.group("ord"))


def ordinal_round(word: str) -> int:
    """The round an ordinal names: "3rd" or "third" -> 3."""
    word = word.lower()
    if word[0].isdigit():
        return int(word[:-2])
    if word in ORDINAL_WORDS:
        return ORDINAL_WORDS[word]
    tens, unit = re.split(r"[- ]", word, maxsplit=1)  # "forty-seventh"
    return _TENS[tens] + ORDINAL_WORDS[unit]


def round_in(text: str) -> int | None:
    """The round a sentence speaks of first; -1 for "final round" (resolved by the caller)."""
    found = rounds_in(text)
    return found[0][1] if found else None


# After "the first vote": a term's first business ("of the new parliament", "since the
# election", "of the session"), not a round of a vote's ballots
_FIRST_OF_A_TERM = patterns.compile(
    r"(?<=vote|llot) (?:of|in|since|by|for) (?:the |this |its |a |their )?(?:(?:new|newly[- ]elected|"
    r"incoming|freshly elected|next) (?:[\w-]+ )?(?:parliament|legislature|assembly|congress|"
    r"chamber|house|senate|government|council|session|term|year|cabinet|majority)|"
    r"new (?-i:[A-Z])[\w-]+|"  # "of the new Knesset"
    r"(?:session|sitting|legislature|legislative (?:session|term|year)|parliamentary (?:session|term|"
    r"year)|year|decade|term)\b|(?:last|general|recent|parliamentary) elections?\b)"
    r"(?!['’]s\b)",  # not "the first vote of the new parliament's speaker election"
    re.IGNORECASE,
)

# ... and before it: "the new parliament's first vote" (not "the Assembly's first ballot", nor
# "the new Assembly's first round", a round by name)
_NEW_TERMS = patterns.compile(
    r"\bnew(?:ly[- ]elected)? (?:[\w-]+ )?(?:parliament|legislature|congress|chamber|house|"
    r"senate|assembly|session|term)['’]s $",
    re.IGNORECASE,
)


# A round a count is compared with: "43 votes, a decrease of 19 from the initial ballot",
# "eight more than in the first round", "up from the first ballot": an earlier round named
# for the change, not the round of the sentence's counts
_COMPARED_ROUND = patterns.compile(
    r"(?:\b(?:up|down|more|fewer|less|higher|lower)|\b(?:decrease|increase|drop|fall|rise|gain|"
    r"loss|change|improvement)\b[^,;()]{0,30}?) (?:from|than|on|over|since)(?: in| on)? the $|"
    r"\bcompared (?:with|to)(?: in| on)? the $|"
    # "13, similar to the result of the first round", "the same as in the first ballot"
    r"\b(?:similar|identical|equal) to (?:(?:the )?(?:results?|scores?|tally|count) (?:of|in) |"
    # (not "the same as the first vote, in which 185 voted, giving 109 to X": the counts
    # told of that vote in a clause of its own are its own)
    r"(?:that|those) (?:of|in) |in )?the $|\bsame as (?:in|on) the $",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)  # a document's sentences are asked twice; see clear_caches()
def rounds_in(text: str) -> tuple[tuple[int, int], ...]:
    """Every round a sentence names, as (offset, round); -1 stands for "final"."""
    found = []
    for match in _round_matches(text):
        before = text[max(0, match.start() - 48) : match.start()]
        if (
            _AHEAD.search(before[-12:])
            and not _WENT_TO.search(before)
            and not _won_in(before)
            and not _held_after(before)
            and not _held_opening(before)
            and not _RESULT_AFTER.match(text, match.end())
            and not _HELD_THEN.match(text, match.end())
        ):
            continue  # "a second round will now take place": not the round of these numbers
        if match.group("ord") and (
            _FIRST_OF_A_TERM.match(text, match.end())
            or (match.group().endswith(("vote", "ballot")) and _NEW_TERMS.search(before))
        ):
            continue  # "the first vote of the new parliament": its first business, no round
        if match.group("ord") and before.endswith("the ") and _COMPARED_ROUND.search(before):
            continue  # "a decrease of 19 from the initial ballot": the round compared with
        if match.group("ord") and _foreseen_clause(text, match.start()):
            continue  # "X will face Y - who came second with 25% - in the second round"
        if match.group("fin"):
            found.append((match.start(), -1))
            continue
        if match.group("ord") and _REACHED.search(before[-30:]):
            # "X and Y reached the second round with 1,258 and 1,120 votes": the counts that
            # took them there, the round before's
            reached = ordinal_round(match.group("ord"))
            if reached is not None and reached > 1:
                found.append((match.start(), reached - 1))
            continue
        if match.group("num") or match.group("each"):
            raw = (match.group("num") or match.group("each")).lower()
            found.append((match.start(), int(raw) if raw.isdigit() else parse_words(raw)))
            continue
        if match.group("cord") and not _counts_of_a_preferential_vote(text, match.start()):
            continue  # "Abstentions: 3 in the second count": a recount, perhaps
        round_ = ordinal_round(match.group("ord") or match.group("cord"))
        if round_ == -1:  # "In the final round for today, the forty-seventh overall"
            numbered = _FINAL_NUMBERED.match(text, match.end())
            round_ = ordinal_round(numbered.group("ord")) if numbered else -1
        found.append((match.start(), round_))
    apart = [
        (match.start(group), ordinal_round(match.group(group)))
        for match in _ROUNDS_APART.finditer(text)
        for group in ("ord" if match.group("ord") else "list",)
    ]
    found += apart
    if found or _ellipsis_list(text):  # "61 votes in the first round and 78 in the second":
        # the round left unsaid
        for match in _ROUND_ELLIPSIS.finditer(text):
            found.append((match.start("ord"), ordinal_round(match.group("ord").lower())))
        if apart and " by " in text:  # "..., the first by 21 votes, and the second by 20"
            for match in _BY_ELLIPSIS.finditer(text):
                found.append((match.start("ord"), ordinal_round(match.group("ord").lower())))
    for match in _AFTER_ROUNDS.finditer(text):  # "elected after three rounds": the third's
        raw = match.group("n").lower()
        found.append((match.start(), int(raw) if raw.isdigit() else parse_words(raw)))
    return tuple(sorted(set(found) if apart else found))  # an ordinal both apart and ellipsis


# Two counts named in one sentence: "in the first count and ... during the second count"
_TWO_COUNTS = patterns.compile(
    r"\b(?:first|second|third|fourth|\d{1,2}(?:st|nd|rd|th)) count\b[^;]{1,120}?"
    r"\b(?:second|third|fourth|fifth|sixth|\d{1,2}(?:nd|rd|th)) count\b",
    re.IGNORECASE,
)


_PREFERENTIAL_WORDS = ("preferen", "eliminat", "transfer", "quota")


def _counts_of_a_preferential_vote(text: str, at: int) -> bool:
    """Whether "the second count" is a round of a preferential vote, not a recount: the
    sentence names two counts, speaks of preferences, of a candidate eliminated, of
    transfers or a quota ("In the second count, with X eliminated, Y had 60 votes"), or
    says who was "elected on the fifth count"."""
    return (
        text[max(0, at - 20) : at].lower().endswith("elected on the ")
        or any(word in text for word in _PREFERENTIAL_WORDS)
        or _TWO_COUNTS.search(text) is not None
    )


_ROUND_ELLIPSIS = patterns.compile(
    r"\b(?:in|on) the (?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|final|last|"
    r"\d{1,2}(?:st|nd|rd|th))\b"
    # ("on the second by 98 to 72": a score after it)
    r"(?=\s*(?:[,.;:)]|$|(?:and|but|while|when|before|with)\b|by \d))",
    re.IGNORECASE,
)


# "where he garnered 22 votes in the subsequent round": the round after the one named before
# (never one ahead: "will face Y in the next round", "goes through to the next ballot")
_NEXT_ROUND = Gated(
    ("next", "subsequent", "following", "ensuing"),
    r"\b(?:in|during|on|at) the (?:next|subsequent|following|ensuing) (?:round|ballot)\b",
)


def next_round_in(text: str) -> bool:
    """Whether a sentence puts its numbers in the round after the one named before it."""
    found = _NEXT_ROUND.search(text)
    return found is not None and not _FORESEEN.search(text, 0, found.start())


def _ellipsis_list(text: str) -> bool:
    """Whether a sentence speaking of rounds lists two or more by their ordinals alone ("led
    in each round, with 32 in the first, 38 in the second"): rounds, no full one named."""
    if "round" not in text and "ballot" not in text:
        return False
    return len(_ROUND_ELLIPSIS.findall(text)) > 1


def round_ellipsis_in(text: str) -> int | None:
    """The round a sentence leaves unsaid after an earlier one named rounds ("In the first
    round, X had 28 votes. She won in the second with 49"); -1 for "final"."""
    match = _ROUND_ELLIPSIS.search(text)
    return ordinal_round(match.group("ord").lower()) if match else None


_AFTER_ROUNDS = Gated(
    ("rounds", "ballots"),
    # (time spent first, "after two days and 22 ballots"; the ballots described, "after 22
    # inconclusive secret ballots", but not "after three more rounds", a count of the rest)
    r"\bafter\s+(?:(?:\w+\s+)?(?:days?|hours?|weeks?)\s+and\s+)?"
    rf"(?P<n>\d{{1,2}}|{count_words(2, 12)})\s+"
    r"(?:(?!more\b|further\b|additional\b|other\b)[a-z-]+\s+){0,2}?(?:rounds|ballots)\b",
)
_APART_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|final|last)"
# Rounds named apart from the word: "X led all three rounds, the first by 21 votes to 14"
# (the rounds, then each by its ordinal), and a plural list, "the second and third rounds
# by 20 votes to 15", filed under its first (the reader copies the score to the rest)
_ROUNDS_APART = Gated(
    ("rounds", "ballots"),
    rf"\b(?:rounds|ballots),? the (?P<ord>{_APART_ORDINAL})(?= by\b| with\b)"
    rf"|\bthe (?P<list>{_APART_ORDINAL})(?:,? (?:and )?{_APART_ORDINAL}){{1,3}} (?:rounds|ballots)\b",
)
# "..., the first by 21 votes to 14, and the second by 20": an ordinal alone before its
# score, once the sentence names rounds
_BY_ELLIPSIS = patterns.compile(rf"(?:,|\band) the (?P<ord>{_APART_ORDINAL}) by\b", re.IGNORECASE)
# "will face X in the second round": a contest foreseen; the clause's numbers are of a round
# before it. The verb must come after any other round named ("got 45% in the first round and
# will face Y in the second": the first is still the 45%'s).
_FORESEEN_CONTEST = Gated(
    ("will", "would", "shall", "set to", "due to"),
    r"\b(?:will|would|shall|(?:is|are) set to|(?:is|are) due to)\s+(?:now\s+|then\s+|next\s+)?"
    r"(?:face|meet|take on|go (?:up )?against|contest|compete|square off|battle|challenge|"
    r"advance|progress|go through|move on|head)\b(?P<gap>(?:[^.;!?]|\.\d)*)$",
)


def _foreseen_clause(text: str, start: int) -> bool:
    """Whether a round phrase at `start` ends a clause foreseeing a contest in it."""
    window = text[max(0, start - 160) : start]
    if not _FORESEEN_CONTEST.opens(window):
        return False
    match = _FORESEEN_CONTEST.pattern.search(window)
    return bool(match) and not _ROUND_OR_RESULT.search(match.group("gap"))


# "who will face Y next month, got 45% in the second round": a result of its own ends the
# foreseen clause (not one of a relative clause within it: "will face Y, who had 31%, in")
_ROUND_OR_RESULT = patterns.compile(
    r"\b(?:round|ballot|run-?off)s?\b|"
    r"(?<!who )(?<!which )\b(?:got|won|received|took|polled|obtained|secured|"
    r"garnered|earned|scored|gained|had)\b",
    re.IGNORECASE,
)
# "achieved a first-round majority", "won a second-round victory": a result, not a round ahead
_RESULT_AFTER = patterns.compile(r"\s+(?:majority|victory|win|landslide)\b", re.IGNORECASE)
# "a second round of balloting was held": a round held, whose counts the text goes on to
# give ("The following member was then elected: X (89 votes)"); not "will be held"
_HELD_THEN = patterns.compile(
    r"(?:\s+of\s+(?:voting|balloting|votes))?\s+(?:was|were)\s+(?:then\s+|subsequently\s+)?"
    r"(?:held|conducted)\b",
    re.IGNORECASE,
)
# a round reached, with the counts of the one before it
_REACHED = patterns.compile(
    r"\b(?:reached|reaching|advanced to|advancing to|progressed to|went through to|"
    r"made it (?:in)?to|qualified for|qualifying for|went into|going into)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_AHEAD = patterns.compile(r"\b(?:a|an|another|new|next)\s*$", re.IGNORECASE)
# "the election went to a third round": a round held, which "that round" may point back to
# "X was elected, beating Y in a second round of voting": a round held, the numbers' round
_WON_IN_A = Gated(
    ("beat", "defeat", "won", "elected", "edg", "prevail"),
    r"\b(?:beating|beat|defeating|defeated|won|elected|edging|edged|prevailing|prevailed)\b"
    r"[^,;]{0,40}\b(?:in|on) (?:a|an)\s*$",
)
# "polls suggest X would beat Y in a second round": a round only foreseen
_FORESEEN = Gated(
    ("would", "could", "might", "may", "will", "expect", "likely", "if", "poll"),
    r"\b(?:would|could|might|may|will|expected|likely|if|polls?)\b",
)


# "X was elected with 132 votes, after a third round of balloting": a round held
_AFTER_A = patterns.compile(r"\bafter (?:a|an)\s*$", re.IGNORECASE)


def _held_after(before: str) -> bool:
    """Whether the words before "a third round" say the numbers came after it was held."""
    return bool(_AFTER_A.search(before)) and not _FORESEEN.search(before)


# "In a second round, X got 120 votes": an opening naming the round the clause's numbers had
_IN_A_OPENING = patterns.compile(r"(?:^|[,;:]\s*)(?:in|during) (?:a|an)\s*$", re.IGNORECASE)


def _held_opening(before: str) -> bool:
    """Whether "a second round" opens a clause of the numbers held in it, not a round ahead."""
    return bool(_IN_A_OPENING.search(before)) and not _FORESEEN.search(before)


def _won_in(before: str) -> bool:
    """Whether the words before "a second round" say someone won in it, or counted in it
    ("by a vote of 31 to 27 in a fifth and final round")."""
    return bool(_WON_IN_A.search(before) or _COUNTED_IN_A.search(before)) and not _FORESEEN.search(
        before
    )


_COUNTED_IN_A = patterns.compile(r"\d(?: votes?| ballots?)? (?:in|on|during) (?:a|an)\s*$")


_HELD_AHEAD = patterns.compile(r"\b(?:went (?:in)?to|needed|required) (?:a|an)\s*$", re.I)
# "X had none once voting went to a second ballot": the sentence's numbers are that round's
_WENT_TO = patterns.compile(
    r"\b(?:once|when|after|as) (?:the )?(?:voting|vote|balloting|election) went (?:in)?to "
    r"(?:a|an)\s*$",
    re.IGNORECASE,
)
_THAT_ROUND = Gated(
    ("that round", "that ballot", "this round"),
    r"\b(?:in|on|during) (?:that|this) (?:round|ballot)\b",
)


def held_round_in(text: str) -> int | None:
    """The round a sentence says the vote went to ("went to a third round"): not the round
    of its own numbers, which may be the earlier ones, but the one "In that round" means."""
    if "went" not in text and "required" not in text and "needed" not in text:
        return None  # most sentences: no regex pass
    for match in _round_matches(text):
        if match.group("ord") and _HELD_AHEAD.search(
            text[max(0, match.start() - 24) : match.start()]
        ):
            return ordinal_round(match.group("ord"))
    return None


def that_round_in(text: str) -> bool:
    """Whether a sentence points back to a round named before ("In that round, X won")."""
    return bool(_THAT_ROUND.search(text))


def later_round_ahead(text: str) -> bool:
    """Whether a text speaks of a round after the first ("a second, restricted round of
    voting will now take place", "a run-off"): numbers it gives without a round are then
    the first round's."""
    return bool(_LATER_ROUND.search(text))


def later_rounds(text: str) -> Iterator[re.Match[str]]:
    """Where a text speaks of a round after the first (see later_round_ahead)."""
    return _LATER_ROUND.finditer(text)


_LATER_ROUND = Gated(
    ("round", "ballot", "run-off", "runoff"),
    # (not "the Council held its second round of straw polls": the one these numbers are of)
    r"(?<!\bheld its )(?<!\bheld the )(?<!\bheld a )"
    r"\b(?:second|third|restricted|further|another)\b[^.]{0,20}\b(?:round|ballot)|\brun-?off\b|"
    # not "a maximum of five rounds": a rule, which says nothing of any round held
    r"(?<!maximum of )(?<!up to )(?<!at most )(?<!as many as )(?<!limit of )"
    rf"\b(?:{count_words(2, 5)}|\d{{1,2}}) rounds\b",
)


def single_round_in(text: str) -> bool:
    """Whether a text says its vote took one round ("elected after one round of balloting",
    "securing victory on the first ballot"): numbers it gives without a round are then that
    round's."""
    if ("round" in text or "ballot" in text) and _SINGLE_ROUND.search(text):
        return True
    match = _DECIDED_FIRST.search(text)
    return bool(match) and not _UNDECIDED_BEFORE.search(
        text, max(0, match.start() - 50), match.start()
    )


# A win in the first round, which then was the only one: "won on the first ballot", "49
# votes in the first round - an absolute majority" (not "X won the first round": it led it)
_DECIDED_FIRST = Gated(
    ("first round", "first ballot", "first-round", "first-ballot"),
    r"\b(?:won|wins|win|winning|victory|elected|prevailed|triumphed)(?: outright(?:ly)?)? "
    r"(?:on|in) the first (?:round|ballot)\b(?! (?:of|ballot|round)\b)"
    r"|\bfirst-(?:round|ballot) (?:victory|win)\b"
    r"|\bin the first (?:round|ballot)\W{1,4}(?:an? |winning an? )?(?:absolute|outright) majority\b",
)


# "failed to win in the first round", "if no one wins on the first ballot", "hoping for a
# first-round win": no win
_UNDECIDED_BEFORE = patterns.compile(
    r"\b(?:no|not|never|neither|nor|fail\w*|unable|if|unless|would|could|should|may|might|"
    r"needs?|needed|hop\w*|aim\w*|bid|chance|expected|likely|seeks?|seeking|short)\b|n't\b",
    re.IGNORECASE,
)


def first_round_led_in(text: str) -> bool:
    """Whether a text says who led a first round ("X came out ahead in Monday's first-round
    vote", "X topped the first ballot"): a vote that goes on, so numbers it gives without a
    round are that first round's, as when it speaks of a second round. Not in a text telling
    the vote's end ("X was elected with 35 votes. She had led the first round")."""
    return bool(_LED_FIRST.search(text)) and not _VOTE_ENDED.search(text)


_VOTE_ENDED = Gated(
    ("elected", "chosen", "won", "wins", "winner", "victory"),
    r"\b(?:elected|re-elected|chosen|winner|victory)\b|"
    r"\bw(?:on|ins) (?:the|a|her|his|their|its) (?:\w+ )?(?:election|race|vote|contest|leadership|"
    r"presidency|seat|post|ballot|run-?off)\b",
)


_LED_FIRST = Gated(
    ("first round", "first ballot", "first-round", "first-ballot"),
    r"\b(?:came out (?:ahead|on top|first)|came first|finished (?:first|ahead|on top)|"
    r"led|leads|topped|tops|was ahead|is ahead)\b[^.;]{0,12}?\b(?:in|on|of)?\s*"
    r"(?:the|a|\w+['’]s) first[- ](?:round|ballot)\b",
)


# not "more than one round of voting", "at least one round of balloting"; "one round of
# secret balloting"; "after only one round", "only a single ballot was required" (not "only
# one ballot short", "just one ballot away": a count that fell short)
_SINGLE_ROUND = Gated(
    ("one round", "single round", "one ballot", "single ballot"),
    r"(?<!than )(?<!least )(?<!another )(?<!each )(?<!every )"
    r"\b(?:one|a single|only one|just one) round of (?:(?:secret|open|electronic) )?"
    r"(?:voting|balloting|votes|ballots)\b"
    r"|\b(?:only|just) (?:one|a single) (?:round|ballot)\b(?! (?:short|away|of)\b)",
)


@lru_cache(maxsize=1024)  # a document's sentences are asked twice; see clear_caches()
def round_count_in(text: str) -> int | None:
    """How many rounds a text says were held ("after three rounds", "rounds to 47")."""
    best = None
    for match in _ROUND_COUNT.finditer(text):
        raw = (match.group("n") or match.group("to") or match.group("held")).lower()
        value = int(raw) if raw.isdigit() else parse_words(raw)
        if value and (best is None or value > best):
            best = value
    return best


# Before a seat count that is no number of seats at stake: a party's result ("Amanat won 40
# seats", "Respublica - six seats") or the body's size ("the council's 15 seats"). "Won the
# two seats" keeps its article: those are the seats at stake.
_NOT_AT_STAKE = patterns.compile(
    r"(?:\b(?:won|wins|win|will have|has|have|had|received|receives|took|takes|gets|got|"
    r"secured|obtained)|['’]s|[-–—])\s*$",
    re.IGNORECASE,
)


def seats_in(text: str) -> int | None:
    """The seats at stake a sentence states ("for five seats", "two seats were available");
    none in a sentence of results, whose later counts are results too ("Ak Zhol three")."""
    match = _SEATS.search(text)
    if not match or _NOT_AT_STAKE.search(text, max(0, match.start() - 16), match.start()):
        return None
    raw = match.group("n").lower()
    return int(raw) if raw.isdigit() else parse_words(raw)
