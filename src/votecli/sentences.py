"""Sentence splitting with offsets: lines are hard breaks, and within a line a full stop,
question or exclamation mark followed by space and a capital ends a sentence, unless the
word before it is an abbreviation or an initial ("Mr.", "U.S.", "E. Idrisov"); so does one
glued to the next sentence's first word ("history.The")."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from . import patterns, scan

# Capital letters, for a class: ASCII, Latin-1 and Latin Extended-A ("Čeferin", "Łukasz",
# "Şahin") with the Romanian "Ș", "Ț"; a sentence and a name may open with one
UPPER = "A-ZÀ-Þ" + "".join(c for c in map(chr, range(0x100, 0x180)) if c.isupper()) + "ȘȚ"
# A stop glued by a scraper to the next sentence: "in sporting history.The capital beat", but
# not "Mr.Smith" or "U.S.Army" (a word of two small letters at least before the stop); or a
# year glued the same way ("for the term 2024-2028.She bagged"), never an item's number
# ("1.Jane Doe") or a name's ("TV channel 112.Ukraine").
_GLUED_AFTER_STOP = rf"(?:(?<=[a-z][a-z][.!?])|(?<=\b(?:19|20)\d\d[.!?]))(?=[{UPPER}][a-z])"
# The stop first, so `re` scans for its character instead of trying a lookbehind at every
# position (4x faster over the benchmark corpus); the lookbehind after it and the possessive
# run keep a run of dots from being retried at every dot.
_BREAK = patterns.compile(
    rf"[.!?](?<![.!?][.!?])(?:[.!?]*+[\"”’)\]]*+[ \t\u00a0]++(?=[\"“‘(\[]?[0-9{UPPER}])"
    r"|" + _GLUED_AFTER_STOP + ")"
)
_GLUED_BREAK = patterns.compile(r"[.!?]" + _GLUED_AFTER_STOP)
_LOOK_BACK = 40  # characters before a full stop that can hold the word it ends
_WINDOW = 256  # characters first looked back for the break that starts a sentence
ABBREVIATIONS = frozenset(
    [
        "mr",
        "shk",
        "sheikh",
        "hon",
        "barr",
        "engr",
        "smt",
        "mme",
        "messrs",
        "mrs",
        "ms",
        "mx",
        "dr",
        "prof",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "st",
        "no",
        "nos",
        "vs",
        "etc",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "amb",
        "sen",
        "rep",
        "gov",
        "pres",
        "rev",
        "rt",  # "Rt. Rev.", "Rt. Hon."
        "jr",
        "sr",
        "jnr",  # "Daniel Lartey Jnr.": British and West African spelling of "Jr."
        "snr",
        "inc",
        "ltd",
        "co",
        "corp",
        "approx",
        "fig",
        "art",
        "para",
        "prop",  # "Prop. 73": a ballot measure's number
    ]
)


@dataclass(frozen=True)
class Sentence:
    """A sentence (or a table cell) of a text, with its offsets and 1-based line."""

    start: int
    end: int
    line: int  # 1-based line of `start`
    text: str


def split(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    offset = 0
    for line_no, line in enumerate(text.split("\n"), start=1):
        sentences += _line_sentences(line, offset, line_no)
        offset += len(line) + 1
    return sentences


def sentences_at(text: str, offsets: Iterable[int]) -> list[Sentence]:
    """The sentences holding the given offsets (in ascending order), each once and in text
    order, as `split` cuts them. Only the breaks around each offset are looked at: whether a
    full stop ends a sentence depends on the few words before it, not on earlier breaks."""
    chosen: list[Sentence] = []
    line_start, line_end = 0, -1
    line_no, counted = 1, 0
    for offset in offsets:
        if chosen and chosen[-1].start <= offset < chosen[-1].end:
            continue  # another hit in the sentence already chosen
        if offset > line_end:
            line_start = text.rfind("\n", 0, offset) + 1
            line_end = _line_end(text, offset)
            line_no += text.count("\n", counted, line_start)
            counted = line_start
        start = _sentence_start(text, offset, line_start)
        end = _sentence_end(text, start, line_end)
        chunk = text[start:end]
        body = chunk.strip()
        begin = start + len(chunk) - len(chunk.lstrip())
        if body and begin <= offset < begin + len(body):
            chosen.append(Sentence(begin, begin + len(body), line_no, body))
    return chosen


def _sentence_start(text: str, offset: int, line_start: int) -> int:
    """The end of the last sentence break before `offset` on its line, or the line's start."""
    low, reach = offset, _WINDOW
    while low > line_start:
        low, reach = max(line_start, offset - reach), reach * 2  # doubling: linear overall
        last = None
        # two characters past the offset: a break's lookahead may need them
        for match in _BREAK.finditer(text, low, min(len(text), offset + 2)):
            if match.end() > offset:
                break
            if _ends_sentence(text, match):
                last = match
        if last is not None:
            return last.end()
    return line_start


def _sentence_end(text: str, start: int, line_end: int) -> int:
    """The end of the first sentence break after a sentence's `start`, or the line's end."""
    for match in _BREAK.finditer(text, start, line_end):
        if _ends_sentence(text, match):
            return match.end()
    return line_end


def _ends_sentence(text: str, match: re.Match[str]) -> bool:
    # the word before the stop decides; a line break before it is whitespace like any other
    if _stray_stop(text, match):
        return False
    return not _is_abbreviation(text[max(0, match.start() - _LOOK_BACK) : match.start() + 1])


def _stray_stop(text: str, match: re.Match[str]) -> bool:
    """Whether the stop comes between a share and its count in brackets ("- 43.67%. (8,412,183
    votes)"), is a dot leader's before a count ("Smith (Labour) .. .. 24,692"), or a status
    column's before its row's count ("Peru * Elected! 131"), or a dotted date's ("am Sonntag,
    27. September"): astray, ending no sentence."""
    if text[match.end() : match.end() + 1].isdigit() and _LEADER_BEFORE.search(
        text, max(0, match.start() - 8), match.end()
    ):
        return True
    if (
        text.startswith(". ", match.start())
        and text[match.start() - 1 : match.start()].isdigit()  # (cheap test first)
        and scan.dotted_date_at(text, match.start())
    ):
        return True  # "am Sonntag, 27. September": a date's stop
    if text.startswith("!", match.start()) and _FATE_MARK.search(
        text, max(0, match.start() - 12), match.end() + 1
    ):
        return True
    return (
        text.startswith("(", match.end())
        and match.start() > 0
        and text[match.start() - 1] in "%0123456789"
        and _COUNT_IN_BRACKET.match(text, match.end()) is not None
    )


# The dots an old paper's results set between a name and its count: two at least, spaced or
# not (an ellipsis before a number then runs on too, as one sentence does)
_LEADER_BEFORE = patterns.compile(r"(?:\.\.|\. \.)[. ]*$")


# A results row's status marked by "!" before its count: "Peru * Elected! 131"
_FATE_MARK = patterns.compile(r"\b(?:Elected|ELECTED|Re-elected|RE-ELECTED)! ?(?=\d)")


# A count of votes in brackets: what a share's stray stop leaves after it
_COUNT_IN_BRACKET = patterns.compile(r"\(\s*\d[^()\n]{0,40}?\bvotes?\s*\)", re.IGNORECASE)


def sentences_before(
    text: str, start: int, end: int, end_line: int, wanted: Callable[[Sentence], bool], count: int
) -> list[Sentence]:
    """The last `count` sentences lying wholly in text[start:end] that `wanted` accepts, in
    text order, cut as `split` cuts them when `start` and `end` are sentence boundaries;
    `end_line` is the line number at `end`. Lines are split from `end` back."""
    found: list[Sentence] = []
    line_end = end
    while line_end > start and len(found) < count:
        # `start` and `end` are sentence boundaries: only the part of the line between them
        # is split (and searched: a long line is not scanned again for every gap in it)
        line_start = text.rfind("\n", start, line_end) + 1  # 0: the line began before start
        first = max(line_start, start)
        line_no = end_line - text.count("\n", first, end)
        last = text.find("\n", first, end)
        last = end if last < 0 else last
        here = _line_sentences(text[first:last], first, line_no)
        inside = [s for s in here if wanted(s)]
        found[:0] = inside[-(count - len(found)) :]
        line_end = line_start - 1
    return found


def _line_end(text: str, offset: int) -> int:
    end = text.find("\n", offset)
    return len(text) if end < 0 else end


def _line_sentences(line: str, offset: int, line_no: int) -> list[Sentence]:
    sentences = []
    for start, end in _split_line(line):
        chunk = line[start:end]
        lead = len(chunk) - len(chunk.lstrip())
        body = chunk.strip()
        if body:
            begin = offset + start + lead
            sentences.append(Sentence(begin, begin + len(body), line_no, body))
    return sentences


def _split_line(line: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BREAK.finditer(line):
        if _is_abbreviation(line[max(start, match.start() - _LOOK_BACK) : match.start() + 1]):
            continue
        if _stray_stop(line, match):
            continue
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(line)))
    return spans


def _is_abbreviation(before: str) -> bool:
    words = before.rsplit(None, 1)
    if not words:
        return False
    word = words[-1]
    glued = None
    for glued in _GLUED_BREAK.finditer(word):  # noqa: B007 - the last one
        pass
    if glued is not None:  # "Japan.Japan.": the word is the last sentence's, as split cuts it
        word = word[glued.end() :]
    word = word.rstrip(".").lstrip('("“')
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True  # an initial: "E. Idrisov"
    core = word.rstrip(')]"”’')  # "(52.3%).": a closing bracket after a decimal
    if "." in word and not core[-1:].isdigit() and not core.endswith("%"):
        return True  # "U.S.", "a.m.", never a decimal ("ahead with 36.54%. At only 2.5%")
    return word.lower() in ABBREVIATIONS


# Hard-wrapped text (wire copy cut at a fixed width of 60 to 80 columns): a line near that
# width which ends mid-clause runs on into the next, so "Libya received\n178" and
# "Dominican\nRepublic" are read as one sentence and one name.
_WRAP_MIN, _WRAP_MAX = 40, 80  # the widths a line cut by a wrap can have
_WRAP_LINES = 6  # lines at a wrap width a text needs before it counts as wrapped
_ENDS_CLAUSE = (".", "!", "?", ":", ";", "|")
_OPENS_ITEM = ("-", "•", "*", "|", "–", "—")


def unwrap(text: str) -> str:
    """`text` with each line break a fixed-width wrap made turned into a space: the same
    length, so every offset holds. Text whose long lines run past the wrap width, or whose
    lines mostly end a clause (a list, a ballot block), is returned as it is, but for breaks
    that plainly cut a clause (see `_join_lower_runs`)."""
    if text.count("\n") < _WRAP_LINES:
        return text
    return _join_lower_runs(_unwrap_wrapped(text))


# A break after a word or a comma before a lower-case word cuts a clause whatever the text's
# widths: a PDF's ragged lines, a narrow column ("Kenya's Amina Mohamed\ngarnered 16 votes",
# "Rwanda\ngot 148 votes."); no list's or table's line opens lower-case
# (a count too after a preposition or a verb of getting that cannot end a line's text:
# "easily with\n182 votes")
# (the pattern opens on the break, the cheap literal; the words before it are tested after)
_LOWER_RUN_ON = patterns.compile(r"\n(?=[a-z\d])")
_RUNS_ON_AFTER = patterns.compile(r"[A-Za-z,’']$")
_COUNT_RUNS_ON_AFTER = patterns.compile(
    r"\b(?:with|of|by|to|from|than|received|got|won|polled|garnered)$"
)


# A break before a capital cuts a clause too when the line before it is a long run of prose
# left without its full stop ("... beating fellow councilmember John\nLassiter with 51.5
# percent"): a paragraph-per-line text's lines end a sentence, no heading runs so long
# (the break first, the letter before it then: most lines end on a stop and fail at once)
_CAPITAL_RUN_ON = patterns.compile(r"\n(?<=[a-z]\n)(?=[A-Z][a-z])")
_LONG_PROSE_LINE = 100
_PROSE_WORDS = patterns.compile(r" [a-z]+(?= )")
_FEWEST_PROSE_WORDS = 8


def _join_lower_runs(text: str) -> str:
    """`text` with each break that cuts a clause (see _LOWER_RUN_ON) made a space."""
    chars = None
    for m in itertools.chain(_LOWER_RUN_ON.finditer(text), _CAPITAL_RUN_ON.finditer(text)):
        cut = m.start()
        start = text.rfind("\n", 0, cut) + 1
        line = text[start:cut]
        if text[m.end()].isupper():
            if not _cut_prose(line):
                continue
        elif not (_COUNT_RUNS_ON_AFTER if text[m.end()].isdigit() else _RUNS_ON_AFTER).search(line):
            continue
        end = text.find("\n", m.end())
        if _is_row(line) or _is_row(text[m.end() : end if end >= 0 else None]):
            continue
        chars = chars or list(text)
        chars[cut] = " "
    return "".join(chars) if chars else text


def _unwrap_wrapped(text: str) -> str:
    """`unwrap` for texts cut at a fixed width or set as a column."""
    lines = text.split("\n")
    widths = [len(line.rstrip()) for line in lines]
    long = [i for i, width in enumerate(widths) if width >= _WRAP_MIN]
    wrapped = [i for i in long if widths[i] <= _WRAP_MAX]
    if len(wrapped) < _WRAP_LINES or len(wrapped) < 0.9 * len(long):
        return _unwrap_column(text, lines, widths)
    cut = [i for i in wrapped if _cut_mid_clause(lines, i)]
    if len(cut) * 2 < len(wrapped):
        return text
    chars = list(text)
    offsets = list(itertools.accumulate((len(line) + 1 for line in lines), initial=0))
    for i in cut:
        chars[offsets[i + 1] - 1] = " "
    return "".join(chars)


# A newspaper column read by OCR (old papers' archives): lines of 20 to 45 characters, with
# words split at a line's end by a hyphen ("Mr Whit-\nlam re-\nceived 32 of the 68\nfirst
# preference votes"). Such hyphens mark the text as a column, whose lines run on into each
# other like a wrap's; a list's short lines never end in a split word.
_COLUMN_MAX = 45  # the widest line of a column (most lines; a heading may run wider)
# (the word's end and the stops after it, so the spare spaces fall after "Pascal,")
_SPLIT_WORD = patterns.compile(r"(?<=[a-z])-\n([a-z]+[,.;:'’\")]*)")
_SPLIT_WORDS = 3  # split words a text needs before it counts as a column


def _unwrap_column(text: str, lines: list[str], widths: list[int]) -> str:
    """`text` with a column's line breaks read as spaces and its split words joined, each
    word's two spare characters (the hyphen, the break) set as spaces after it: the same
    length, so every offset outside a split word holds."""
    if text.count("-\n") < _SPLIT_WORDS:  # a plain count spares most texts the pattern
        return text
    splits = list(itertools.islice(_SPLIT_WORD.finditer(text), _SPLIT_WORDS))
    if len(splits) < _SPLIT_WORDS:
        return text
    filled = [width for width in widths if width]
    if sum(width <= _COLUMN_MAX for width in filled) < 0.8 * len(filled):
        return text
    chars = list(text)
    offsets = list(itertools.accumulate((len(line) + 1 for line in lines), initial=0))
    for i in range(len(lines) - 1):
        if _runs_on(lines[i], lines[i + 1].strip()):
            chars[offsets[i + 1] - 1] = " "
    for split in _SPLIT_WORD.finditer(text):
        start, rest = split.start(), split.group(1)
        if chars[start + 1] == " ":  # the break was read as a space
            chars[start : split.end()] = list(rest + "  ")
    return "".join(chars)


def _runs_on(line: str, following: str) -> bool:
    """Whether a column's line runs on into the next: both hold text, neither is a row."""
    return (
        bool(line.strip() and following)
        and not following.startswith(_OPENS_ITEM)
        and not _is_row(line)
        and not _is_row(following)
    )


def _cut_mid_clause(lines: list[str], index: int) -> bool:
    """Whether line `index` ends mid-clause and the next line carries its text on."""
    line = lines[index].rstrip()
    if index + 1 >= len(lines) or line.endswith(_ENDS_CLAUSE) or _is_row(line):
        return False
    following = lines[index + 1].strip()
    if _share_ends(line) and _share_ends(following) and following[:1].isupper():
        return False  # "Bryne, Liam Labour Party 244,009 39.72%": rows of a results list
    if line.endswith(_FATES) and _COUNT_FATE_END.search(line):
        return False  # "Ann Roe MP (Left) 41230 elected": a results row, its fate after it
    return bool(following) and not following.startswith(_OPENS_ITEM) and not _is_row(following)


# A results row's end: a count, then its share ("244,009 39.72%"); a wrapped paragraph's
# line seldom ends so, twice running
_SHARE_END = patterns.compile(r"\d \d{1,2}(?:\.\d+)?%$")


# A results row's end: a count, then the fate of the one it names ("41230 elected")
_FATES = ("elected", "Elected", "ELECTED", "eliminated", "excluded")
_COUNT_FATE_END = patterns.compile(r"\d (?:re-)?(?:elected|Elected|ELECTED|eliminated|excluded)$")


def _share_ends(line: str) -> bool:
    """Whether a line ends in a count and its share, as a results row does."""
    return line.endswith("%") and bool(_SHARE_END.search(line))


def _cut_prose(line: str) -> bool:
    """Whether a line is a long run of prose cut off before its sentence ends."""
    return (
        len(line) >= _LONG_PROSE_LINE
        and line[-1].isalpha()
        and len(_PROSE_WORDS.findall(line)) >= _FEWEST_PROSE_WORDS
    )


def _is_row(line: str) -> bool:
    """Whether a line is a table's row: cells set apart by tabs, rules or aligned spaces."""
    return "\t" in line or "|" in line or "   " in line.strip()
