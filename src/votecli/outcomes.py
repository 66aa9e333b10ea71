"""Who a sentence says won and lost, in words: "the seats went to X and Y", "X has lost its
bid", "X was elected after defeating Y", "Z withdrew".

Pure functions over a sentence and its candidates' mentions, given as (start, end, key).
Precision first: a wrong "won" or "lost" is far worse than none, so only plain statements
of a result count. A hypothetical or negated one ("would have been elected", "hopes to win",
"failed to win the required majority" in a round) gives nothing, nor does a past result
("it won a seat in 2010", "the last time it gained a seat") that the sentence does not
file under a year of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import patterns
from .gated import Gated

Mention = tuple[int, int, str]  # start, end, candidate key

# What one wins or loses: the seat or the election, not a round, a majority or votes.
_PRIZE = (
    r"(?:seats?|election|re-?election|presidency|race|contest|leadership|speakership|"
    # a vote, not a round's: "won a historic vote", not "won the first-round vote"
    r"(?<!first )(?<!second )(?<!third )(?<!round )(?<!initial )vote|"
    r"post|job|chair|nomination|bid|spot|place|membership|battle|title|rights|terms?)\b"
)
# Before the prize, at most a few words ("the two available temporary seats"), none of them
# a round's ("won the first ballot") or a number of votes.
_PRIZE_WORDS = (
    r"(?:(?!(?:round|ballot|votes|per|cent|percent|most|majority|share|support|backing|in|"
    r"for|with|by|at|on|to|from|\d+)\b)[\w'’-]+\s+){0,4}?"
)

# Between a subject and its verb: adverbs, auxiliaries, a day, a set-off clause ("X, which
# ran unopposed, won"); never another verb or a clause of its own.
_SUBJECT_GAP = patterns.compile(
    r"(?:['’]s?)?\s*(?:\([^()]{1,60}\)\s*)?(?:,\s*\d{1,3},\s*)?"  # "X (Togo)", "X, 70,"
    r"(?:,\s*(?:which|who)\b[^,;]{0,120},\s*)?"
    # an appositive: "X, a former minister of culture, has been elected"
    r"(?:,\s*(?:a|an|the)\s[^,;()]{0,100},\s*)?"
    # a dash and a party or a people restating the name: "Rep. X—the Republican was elected";
    # not an office, which may be another's ("X—the Speaker was elected by acclaim")
    r"(?P<dash>\s*[—–]\s*the\s+(?!(?:Speaker|President|Chair|Chairman|Chairwoman|Mayor|"
    r"Secretary|Prime|Minister|Governor|Leader|Council|Assembly|House|Party|Committee|Board|"
    r"Senate|Congress|Parliament|Government|Opposition)\b)(?-i:[A-Z][a-z]+)\s+)?"
    r"(?:(?:has|have|had|also|only|again|then|finally|eventually|narrowly|easily|"
    r"comfortably|overwhelmingly|roundly|officially|duly|just|both|ultimately|once again|"
    r"on \w+day|today|yesterday|on \w+ \d{1,2}|this week|once more)\s*,?\s+)*",
    re.IGNORECASE,
)
# Between names listed together: "X, Y and Z", "X (130) and Y".
_LIST_GAP = patterns.compile(
    r"\s*(?:\(\d[\d,]*\))?\s*(?:,|,?\s*and|&|,?\s*as well as)\s*(?:the\s+)?", re.IGNORECASE
)
# Between a verb of defeat and the defeated: a few words naming it ("Moscow's close ally").
_OBJECT_GAP = patterns.compile(r"\s+(?:[\w.'’-]+\s+){0,4}?", re.IGNORECASE)

# The subject won: "X won the seat", "X was elected", "X defeated Y", "X secured re-election".
_WON = Gated(
    (
        "won",
        "wins",
        "secured",
        "clinched",
        "captured",
        "elected",
        "victorious",
        "grabbed",
        "winner",
    ),
    r"\b(?:(?:won|wins|secured|clinched|captured|grabbed)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|"
    r"his\s+|her\s+|both\s+)?" + _PRIZE_WORDS + _PRIZE + r"|"
    r"(?:was|were|has been|have been|had been|is|are|got|gets)\s+(?:\w+\s+)?(?:re-?)?elected\b|"
    r"emerged victorious|(?:emerged|came out|emerging|coming out) as (?:the )?winners?\b|"
    r"(?:was|were|has been|have been)\s+(?:declared|confirmed|named|proclaimed)\s+(?:as\s+)?"
    r"(?:the\s+)?winners?\b|"
    # "Gianni won.", "X won with 115 votes", "X won by 44 votes to 40"
    r"won(?=\s*(?:[.;]|$|\s(?:with|by)\s+(?:\d|a\b|an\b))))",
)
# "X elected to the Council", "Hoyle elected.": a headline's or a list's bare participle,
# straight after the name.
_BARE_ELECTED = patterns.compile(
    r"\s*(?:re-?)?elected\b(?=\s*(?:$|[.;]|to\b|as\b))",
    re.IGNORECASE,
)
# The electors before, the elected after: "MPs have elected X", "the Security Council, meeting
# with the Assembly, today elected X", "FIFA has elected X", "the agency has selected X".
_ELECTS = Gated(
    ("elected", "selected", "chose"),
    r"(?:\b(?:Assembly|Council|Conference|Congress|Board|Committee|delegates|members|MPs|"
    r"lawmakers|legislators|deputies|senators|electors|agency|House|Parliament|Commons)|"
    r"(?-i:\b[A-Z]{3,7}))\s*"
    r"(?:[\w-]+\s+|,[^,.;]{0,80},\s*){0,3}?(?:has\s+|have\s+|had\s+)?"
    r"(?:re-?elected|elected|selected|chose|chosen)(?=\s)",
)
# The elected follow a plural subject: "the other countries elected were X and Y", "five
# members were elected on Tuesday, namely X, Y and Z", "were elected: X, Y".
_ELECTED_WERE = Gated(
    ("elected",),
    r"\b(?:(?:countries|states|members|nations|candidates|those|others)\s+(?:\w+\s+)?"
    r"(?:re-?)?elected\b[^.;:()]{0,60}?\s(?:were|are)|"
    r"(?:were|have been|had been)\s+(?:\w+\s+)?(?:re-?)?elected\b[^.;:()]{0,60}?"
    r"(?:,?\s+namely|:))(?=\s)(?:\s+the)?",
)
# The subject beat someone: its object lost ("X defeated Y", "X beat Y for the seat").
_DEFEATED_OBJECT = Gated(
    ("defeat", "beat", "outstrip", "oust", "unseat", "trounc", "edg", "overc"),
    r"\b(?:defeated|defeats|defeating|beat|beats|beating|outstripped|outstripping|ousted|"
    r"ousting|unseated|unseating|trounced|trouncing|edged out|edging out|overcame|overcoming)"
    r"(?=\s)",
)
_GERUND = patterns.compile(r"ing\b", re.IGNORECASE)
# The subject lost: "X has lost its bid", "X narrowly lost", "X failed to win a seat",
# "X was defeated", "X's failed bid", "Z fell short", "X withdrew", "X was eliminated".
_LOST = Gated(
    (
        "lost",
        "loses",
        "fail",
        "defeated",
        "beaten",
        "denied",
        "missed",
        "fell short",
        "falls short",
        "withdr",
        "pulled out",
        "eliminated",
        "knocked out",
        "dropped out",
        "voted off",
        "ousted",
        "unsuccessful",
    ),
    r"\b(?:(?:lost|loses)(?=\s+(?:out\b|to\b|in\b|(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|"
    r"her\s+)?" + _PRIZE_WORDS + _PRIZE + r")|\s*[.;,]|\s*$)|"
    r"failed\s+(?:in\s+(?:its|their|his|her)\s+(?:\w+\s+)?(?:bid|effort|attempt|campaign)|"
    r"to\s+(?:win|gain|secure|get|obtain|regain|clinch|retain|keep|join)\s+"
    r"(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?" + _PRIZE_WORDS + _PRIZE + r"|"
    r"to\s+be\s+(?:re-?)?elected|to\s+win\s+(?:re-?)?election)|"
    r"failed\s+(?:\w+\s+)?(?:bid|attempt|campaign|candidacy|candidature)|"
    r"(?:was|were|has been|have been|had been)\s+(?:\w+\s+)?(?:defeated|beaten|eliminated|"
    r"knocked out|voted off|ousted|denied\s+(?:a|the|its|their)\s+" + _PRIZE_WORDS + _PRIZE + r")|"
    r"(?:missed|misses)\s+out|(?:fell|falls)\s+short(?=\s*(?:[.;]|$|of\s+(?:a|the)\s+seat|"
    r"of\s+election))|"
    r"(?:withdrew|withdraws|has withdrawn|pulled out|dropped out|eliminated|knocked out)\b|"
    r"(?:was|were)\s+unsuccessful\b)",
)
# The subject joins those named after it as the body's new members: all of them were elected
# ("X joined A, B and C as the newest members"; not "hopes to join", "would join").
_JOINED = Gated(
    ("joins", "joined"),
    r"\b(?:joins|joined)(?=\s[^.;:]{0,160}?\sas\s+(?:the\s+)?(?:five\s+|\w+\s+)?"
    r"(?:newest|new|rotating|incoming|non-permanent|elected)\s+(?:\w+\s+)?members\b)",
)
# The winner follows: "the commission declared X the winner", "confirmed X as the winner".
_DECLARED = Gated(
    ("winner",),
    r"\b(?:declared|confirmed|named|proclaimed)(?=\s[^.;:]{0,80}?\s(?:as\s+)?(?:the\s+)?"
    r"winners?\b)",
)
_AS_WINNER = patterns.compile(r",?\s+(?:as\s+)?(?:the\s+)?winners?\b", re.IGNORECASE)
# The winners follow: "the seats went to X and Y", "victory went to X".
_WENT_TO = Gated(
    ("went to", "go to", "goes to"),
    r"\b(?:seats?|spots?|places?|posts?|presidency|victory|job|chair|win)\s+"
    r"(?:(?:available|allocated|reserved|up for grabs)\s+)?(?:went|go|goes)\s+to\s+(?:the\s+)?",
)
# Where a clause starts, before a verb: what comes before it is of another clause.
_CLAUSE_START = patterns.compile(
    r"[,;:—–()]|\b(?:while|but|and|after|before|when|because|although|though|since)\b",
    re.IGNORECASE,
)
# Where a stretch of text ends: a past year named beyond it is another sentence's.
_STRETCH_END = patterns.compile(r"[.;!?](?=\s|[A-Z]|$)")
# Before a subject or a verb: the statement is a hope, a forecast or a condition.
_HYPOTHETICAL = patterns.compile(
    r"\b(?:not|never|n['’]t|would|could|might|should|will|shall|if|unless|whether|"
    r"expected|likely|set|poised|tipped|hopes?|hoped|hoping|bid|aims?|wants?|seeks?|"
    r"trying|tries|tried|chance|chances|neither|nor|almost|nearly|fail(?:s|ed)?|unable)\b|"
    r"\bto\s*$",
    re.IGNORECASE,
)
_NEGATION = patterns.compile(r"\b(?:not|never|n['’]t)\b", re.IGNORECASE)  # "was not elected"
_BEFORE_WINDOW = 40
# A result of another time than the vote the sentence reports.
_PAST = Gated(
    ("19", "20", "last", "ago"),
    r"\b(?:(?:in|since|back in)\s+(?:19|20)\d\d\b(?!\s*[-–/]\s*\d)|last time|"
    r"(?:was|were|been) last\b|last (?:elected|won|served|held)|years ago)",
)
_YEAR = patterns.compile(r"\b(?:19|20)\d\d\b")


# "won" and the like stand in most tally sentences before a count ("won 136 votes"), which
# no outcome pattern reads: only the other words, or such a verb before anything else, let a
# sentence be searched (a search of _WON costs some 6 microseconds a sentence).
_WIN_VERBS = ("won", "wins", "secured", "clinched", "captured", "grabbed")
_GATE_WORDS = {
    *_WON.words,
    *_ELECTS.words,
    *_DEFEATED_OBJECT.words,
    *_LOST.words,
    *_WENT_TO.words,
    *_JOINED.words,
    *_DECLARED.words,
}
# each word once, and none that holds a shorter one ("defeated" holds "defeat")
_OTHER_WORDS = tuple(
    sorted(
        w
        for w in _GATE_WORDS - set(_WIN_VERBS)
        if not any(o != w and o in w for o in _GATE_WORDS - set(_WIN_VERBS))
    )
)


def _wins_before_other_than_a_count(lower: str) -> bool:
    """Whether a verb of winning stands before something other than a count."""
    for verb in _WIN_VERBS:
        at = lower.find(verb)
        while at >= 0:
            after = lower[at + len(verb) : at + len(verb) + 2]
            if not (after[:1] == " " and after[1:].isdigit()):
                return True
            at = lower.find(verb, at + 1)
    return False


def may_state(lower: str) -> bool:
    """Whether a sentence (in lower case) holds words an outcome needs: most hold none."""
    for word in _OTHER_WORDS:
        if word in lower:
            return True
    return _wins_before_other_than_a_count(lower)


def outcomes(
    text: str, mentions: Sequence[Mention], year: str | None = None, lower: str | None = None
) -> tuple[set[str], set[str]]:
    """The keys of the candidates `text` says won and lost; none of a result of another
    time than the contest's `year`, and none a sentence says both won and lost."""
    won: set[str] = set()
    lost: set[str] = set()
    if not mentions:
        return won, lost
    lower = lower or text.lower()  # once for the gates, not once each
    if (
        "elected" in lower
        or "victorious" in lower
        or "winner" in lower
        or _wins_before_other_than_a_count(lower)
    ):
        for match in _WON.pattern.finditer(text):
            if _fact(text, match.start(), year) and not _NEGATION.search(match.group()):
                won |= _subjects(text, mentions, match.start())
    if "elected" in lower:
        for mention in mentions:
            bare = _BARE_ELECTED.match(text, mention[1])
            if bare and _fact(text, mention[0], year):
                won |= _subjects(text, mentions, bare.start())
    if _opens(_ELECTS, lower):
        for match in _ELECTS.pattern.finditer(text):
            if _fact(text, match.end(), year):
                won |= _objects(text, mentions, match.end())
        for match in _ELECTED_WERE.pattern.finditer(text):
            if _fact(text, match.start(), year) and not _NEGATION.search(match.group()):
                won |= _objects(text, mentions, match.end(), gap=False)
    if _opens(_LOST, lower):
        for match in _LOST.pattern.finditer(text):
            if _fact(text, match.start(), year) and not _NEGATION.search(match.group()):
                lost |= _subjects(text, mentions, match.start())
    if _opens(_DEFEATED_OBJECT, lower):
        for match in _DEFEATED_OBJECT.pattern.finditer(text):
            if not _fact(text, match.start(), year):
                continue
            beaten = _objects(text, mentions, match.end())
            lost |= beaten
            if beaten and not _GERUND.search(match.group()):  # "X beat Y"; "defeating Y": whose?
                won |= _subjects(text, mentions, match.start())
    if _opens(_JOINED, lower):
        for match in _JOINED.pattern.finditer(text):
            if _fact(text, match.start(), year) and (
                joined := _objects(text, mentions, match.end(), gap=False)
            ):
                won |= joined | _subjects(text, mentions, match.start())
    if _opens(_DECLARED, lower):
        for match in _DECLARED.pattern.finditer(text):
            named = _objects(text, mentions, match.end())
            if named and _fact(text, match.start(), year):
                last = max(m[1] for m in mentions if m[2] in named and m[0] >= match.end())
                if _AS_WINNER.match(text, last):  # not "named X as the likely winner"
                    won |= named
    if _opens(_WENT_TO, lower):
        for match in _WENT_TO.pattern.finditer(text):
            if _fact(text, match.start(), year):
                won |= _objects(text, mentions, match.end(), gap=False)
    both = won & lost
    return won - both, lost - both


def _fact(text: str, at: int, year: str | None) -> bool:
    """Whether the statement at `at` is one of fact about this vote: not hedged, and no
    past result of its stretch of text ("Beijing held the Games in 2008")."""
    if _hedged(text, at):
        return False
    start = max((m.end() for m in _STRETCH_END.finditer(text, 0, at)), default=0)
    end = _STRETCH_END.search(text, at)
    stretch = text[start : end.end() if end else len(text)]
    if year and year[:4] in text and year[:4] not in stretch:
        return False  # the contest's year is another stretch's ("... held the Games in 2008")
    return not past(stretch, year)


def _opens(gated: Gated, lower: str) -> bool:
    for word in gated.words:  # noqa: SIM110 - a loop: see gated.holds_any
        if word in lower:
            return True
    return False


def past(text: str, year: str | None) -> bool:
    """Whether the sentence tells a result of another time ("In 2016, it won a seat")."""
    if not _PAST.search(text):
        return False
    years = set(_YEAR.findall(text))
    return year is None or not years or any(y not in year for y in years)


def _hedged(text: str, at: int) -> bool:
    """Whether the words just before `at`, in its clause, make it no statement of fact."""
    before = text[max(0, at - _BEFORE_WINDOW) : at]
    clause = _CLAUSE_START.split(before)[-1]
    return _HYPOTHETICAL.search(clause) is not None


def governed(text: str, start: int) -> bool:
    """Whether a preposition governs the name at `start` ("deputies from Astana")."""
    return _GOVERNED.search(text, max(0, start - 12), start) is not None


def _subjects(text: str, mentions: Sequence[Mention], edge: int) -> set[str]:
    """The names just before `edge` and those listed with them, nearest first; none when
    a preposition governs them ("deputies from Astana and Almaty were elected")."""
    keys: set[str] = set()
    restated = False  # "lucky for X—the Republican was elected": the restatement is the subject
    for start, end, key in sorted(mentions, key=lambda m: -m[1]):
        if end > edge or (not keys and _bracketed(text, start, end, edge)):
            continue  # "Afande (Togo) was elected": the name before the brackets
        gap = (_LIST_GAP if keys else _SUBJECT_GAP).fullmatch(text, end, edge)
        if not gap:
            break
        restated = restated or (not keys and gap.group("dash") is not None)
        keys.add(key)
        edge = start
    if keys and not restated and governed(text, edge):
        return set()
    return keys


def _bracketed(text: str, start: int, end: int, edge: int) -> bool:
    """Whether brackets closing before `edge` hold the name at `start`:`end`."""
    opened = text.rfind("(", max(0, start - 60), start)
    return opened > text.rfind(")", max(0, start - 60), start) and ")" in text[end:edge]


def _objects(text: str, mentions: Sequence[Mention], edge: int, gap: bool = True) -> set[str]:
    """The names just after `edge` (past a few words naming them) and those listed with them."""
    keys: set[str] = set()
    after = [m for m in sorted(mentions) if m[0] >= edge]
    qualified = False  # the last name only qualified this one
    for index, (start, end, key) in enumerate(after):
        joined = _LIST_GAP if keys else (_OBJECT_GAP if gap else _NOTHING)
        if not (qualified or joined.fullmatch(text, edge, start)):
            break
        following = after[index + 1] if index + 1 < len(after) else None
        qualified = bool(following and _QUALIFIES.fullmatch(text, end, following[0]))
        if not qualified:  # "Moscow's close ally Belarus": Belarus is the one named
            keys.add(key)
        edge = end
    return keys


_NOTHING = patterns.compile(r"\s*")
_GOVERNED = patterns.compile(
    r"(?<!along )(?<!together )\b(?:of|from|in|for|at|by|with|to|against|over)\s+$", re.I
)  # "along with X, Y and Z were elected": all four were
# A name that only qualifies the next one: "Moscow's close ally Belarus", "Russia-aligned
# Belarus"; the next is the one named.
_QUALIFIES = patterns.compile(
    r"(?:['’]s\s+|-[a-z]+\s+|\s+)"
    r"(?:(?!(?:and|or|nor|as|but|while|in|at|by|with|for|to|on|of)\b)[\w'’-]+\s+){0,3}?",
    re.IGNORECASE,
)
