"""The number layer: cardinals, percentages and ordinals written in digits or English words.

Pure and linear-time: one left-to-right pass driven by regexes that cannot backtrack
(possessive quantifiers, no nested repetition), plus a small state machine for number words.

Digits
    "138", "1,234,567", "3 341 510" with U+00A0/U+202F/U+2009 separators (plain spaces split),
    "814, 481" before "votes" or "ballots" (a space after the thousands comma), a spoken
    decimal "48-point-56", Indian grouping "12,34,567", decimals with a dot, European "1.234.567" (two or more dots,
    groups of three).  A separated run that is not a valid grouping is a list: every group is
    its own number ("1,1,1" -> 1, 1, 1; "12,3456" -> 12, 3456).  Hyphens separate ("2017-2018").
    Not numbers: times and ratios "12:46", dates and versions "12.05.2020", digits glued to
    letters ("G20", "Strategy2050", "1990s", "5pm"), codes "COVID-19" / "F-16" (an uppercase word
    joined by a hyphen; "mid-2019" is a number), ordinals "41st" (see `find_ordinals`), digit
    strings longer than 30 digits.
Scale words
    "2.4 million", "3 thousand", "5 hundred thousand", "1.2 crore", "2.4m", "1.2bn", "85.6 mn".
Words
    "one hundred and thirty-eight", "twenty-five hundred", "a million", "Nine", "one million two
    hundred thousand"; any case, hyphens or spaces, "and" after hundreds and scales.  "a"/"an"
    alone, "no", "none" are not numbers; "one" is.  "two-thirds" (a fraction) is not a number.
Percent
    "57.4%", "57.4 %", "57.4 per cent", "57.4 percent", "57.4 pct", "57.4pc", "57.4 pc" (lower
    case: "12 PC seats" are a party's), "fifty per cent"; another language's percent word
    ("37,48 Prozent", "52,4 por ciento", "28 procent");
    a decimal comma in a share ("50,179%", never a share above 100; "5,99 per cent", but
    "1,000%" keeps its thousands comma); and before a scale word ("56,43 million", "1,5 mln";
    one or two digits after the comma).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import patterns

__all__ = [
    "CARDINAL_WORDS",
    "NumberMention",
    "count_words",
    "find_numbers",
    "find_ordinals",
    "parse_number",
    "parse_words",
]


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number found in a text, in digits or words, and its value."""

    start: int
    end: int  # text[start:end] == text of the mention
    text: str
    value: float | int  # int when integral and not a percent
    percent: bool = False
    words: bool = False  # written (partly) in words: "nine", "2.4 million"


# ---------------------------------------------------------------------------- vocabulary

_ZERO, _UNIT, _TEEN, _TENS, _HUNDRED, _SCALE, _A, _AND = range(8)

_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS_W = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ORD_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_ORD_TEENS = [
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
]
_ORD_TENS = [
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
]
_SCALES = {
    "thousand": 10**3,
    "lakh": 10**5,
    "lakhs": 10**5,
    "million": 10**6,
    "crore": 10**7,
    "crores": 10**7,
    "billion": 10**9,
    "trillion": 10**12,
    "quadrillion": 10**15,
    "quintillion": 10**18,
    "sextillion": 10**21,
}
# Every word that can be (part of) a cardinal number: for callers that gate on number words.
CARDINAL_WORDS = frozenset([*_UNITS, *_TEENS, *_TENS_W, "zero", "hundred", *_SCALES])
_ORD_SCALES = {"thousandth": 10**3, "millionth": 10**6, "billionth": 10**9, "trillionth": 10**12}


def count_words(first: int, last: int) -> str:
    """The number words from `first` to `last` (one to nineteen, then the tens to ninety) as
    one alternation in ascending order, for patterns that take a small count spelt out:
    `count_words(2, 4)` is "two|three|four"."""
    values = [*range(1, 20), *range(20, 100, 10)]
    words = [*_UNITS, *_TEENS, *_TENS_W]
    return "|".join(
        word for word, value in zip(words, values, strict=True) if first <= value <= last
    )


# word -> (class, value, is_ordinal)
_VOCAB: dict[str, tuple[int, int, bool]] = {"zero": (_ZERO, 0, False), "a": (_A, 1, False)}
_VOCAB["and"] = (_AND, 0, False)
_VOCAB["hundred"] = (_HUNDRED, 100, False)
_VOCAB["hundredth"] = (_HUNDRED, 100, True)
for _i, _w in enumerate(_UNITS):
    _VOCAB[_w] = (_UNIT, _i + 1, False)
    _VOCAB[_ORD_UNITS[_i]] = (_UNIT, _i + 1, True)
for _i, _w in enumerate(_TEENS):
    _VOCAB[_w] = (_TEEN, _i + 10, False)
    _VOCAB[_ORD_TEENS[_i]] = (_TEEN, _i + 10, True)
for _i, _w in enumerate(_TENS_W):
    _VOCAB[_w] = (_TENS, 10 * (_i + 2), False)
    _VOCAB[_ORD_TENS[_i]] = (_TENS, 10 * (_i + 2), True)
for _w, _v in _SCALES.items():
    _VOCAB[_w] = (_SCALE, _v, False)
for _w, _v in _ORD_SCALES.items():
    _VOCAB[_w] = (_SCALE, _v, True)

# After a number joined by a hyphen these make a fraction ("two-thirds"), not a number.
_FRACTIONS = frozenset(
    [
        "half",
        "halves",
        "third",
        "thirds",
        "quarter",
        "quarters",
        "fourths",
        # singular after a hyphen too: "a three-fourth majority" (never "twenty-fourth", below)
        "fourth",
        "fifth",
        "fifths",
        "sixths",
        "sevenths",
        "eighths",
        "ninths",
        "tenths",
        "hundredths",
        "thousandths",
    ]
)
# "mid-2019" is a number; an uppercase word joined by a hyphen makes a code ("COVID-19", "F-16").
_HYPHEN_PREFIXES = frozenset(
    [
        "mid",
        "pre",
        "post",
        "non",
        "anti",
        "pro",
        "over",
        "under",
        "sub",
        "top",
        "late",
        "early",
        "circa",
        "ca",
        "c",
        "about",
        "some",
        "around",
    ]
)
_DIGIT_SCALES = {**_SCALES, "bn": 10**9, "mn": 10**6, "mln": 10**6, "bln": 10**9}  # "8 mln"
_GLUED_SCALES = {"m": 10**6, "mn": 10**6, "bn": 10**9}
_GLUED_PERCENT = frozenset({"pc", "pct", "percent"})
# A count glued to its noun by a lost space ("coming second with 13votes"): the count alone
_GLUED_COUNT_NOUNS = frozenset({"vote", "votes", "ballots"})
_ORD_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
_HYPHENS = "-\u2010\u2011"
_MAX_DIGITS = 30
# after a plain digit run these characters end it for sure (a space needs a look further)
_PLAIN_AFTER = frozenset(" ,.;:!?)]}'\"/\n\t\u2013\u2014\u2019\u201d")

# ---------------------------------------------------------------------------- regexes
# Every quantifier is possessive or bounded by a literal, so matching is linear.

_HY = r"\-\u2010\u2011"  # hyphens, for character classes
_HS = r"[^\S\n]"  # horizontal whitespace (incl. NBSP, \r)
_GAP = rf"{_HS}*+(?:\n{_HS}*+)?+"  # optional whitespace, at most one line break

# (a low quotation mark, U+201A, is a comma some South African sites print: "1‚244")
_RAW = patterns.compile(r"[0-9]++(?:[,.:\u00a0\u202f\u2009\u201a][0-9]++)*+")
# "173, 832 votes": a thousands comma that a stray space follows, in a count of votes (not
# "In round 2, 125 votes were cast", where the comma closes a clause; "418, 553 votes
# respectively" is two; "2, 521, 934 of the votes cast" names them as a part of the whole)
_VOTES_AFTER_GROUP = (
    r" (?:of the )?(?:valid )?(?:votes|ballots)\b"
    r"(?! (?:were|was|went|had|have|are|is|respectively)\b)"
)
_GROUP_END = r"(?![0-9]|[.,][0-9])"
# A count's share in brackets right after it: "came third with 197, 976 (7.8%)", or after
# "or": "won 21, 408 or 40.2 percent"
_SHARE_AFTER_GROUP = r" (?:\([0-9]{1,2}(?:\.[0-9]+)? ?(?:%|per ?cent)\)|or [0-9]{1,2}(?:\.[0-9]+)? ?(?:%|per ?cent)\b)"
# or set against a rival's count: "Mr X garnered 25, 568 against Mr Y's 13,519"
_AGAINST_AFTER_GROUP = r" against (?:[A-Z]|(?:his|her|their) )"
# (groups in a chain: "1, 204, 118 votes"; the stray space after the first comma only:
# "5, 716,026 votes")
_SPACED_THOUSANDS = patterns.compile(
    rf"((?:, [0-9]{{3}})++(?:,[0-9]{{3}})*+)"
    rf"(?:{_VOTES_AFTER_GROUP}|(?={_SHARE_AFTER_GROUP}|{_AGAINST_AFTER_GROUP}))"
)
# A count grouped right before the stray space: "6,730, 413 votes"
_GROUPED = patterns.compile(r"[1-9][0-9]{0,2}(?:,[0-9]{3})++")
# "Y (Independent) 10, 086,": a group with a leading zero is no number of its own
_SPACED_ZERO_GROUP = patterns.compile(rf", (0[0-9]{{2}}){_GROUP_END}")
_SPACED_GROUP = patterns.compile(rf", ([0-9]{{3}}){_GROUP_END}")
# A text that writes one count so for certain (either form above: "699, 393 votes", "10, 086")
# writes them all so (asked of one document sentence after sentence: the answer is kept for
# the same object)
# (or a chain of two groups ending a results line: "- FOR - 1, 429, 981")
_SPACED_CHAIN_LINE_END = patterns.compile(
    rf"((?:, [0-9]{{3}}){{2,}}){_GROUP_END}(?=[ \t]*(?:\n|$))"
)
# (a chain of groups before "votes" too: "5, 565, 781 votes", whose last group the comma
# before it would otherwise void)
_SPACED_STYLE = patterns.compile(
    rf"\b[1-9][0-9]{{0,2}}(?:, 0[0-9]{{2}}{_GROUP_END}|(?:, [0-9]{{3}})++{_VOTES_AFTER_GROUP}"
    rf"|(?:, [0-9]{{3}}){{2,}}{_GROUP_END}(?=[ \t]*(?:\n|$)))"
)
_spaced_style_of: list[object] = [None, False]  # the text last asked about, and the answer
# a count named as one before it, its group ending the clause: "a total votes of 254, 698."
_COUNT_OF_BEFORE = patterns.compile(r"\b(?:votes?|total|tally) of $", re.IGNORECASE)
# or right after a verb of scoring, its count alone: "Y scored 6, 188 to emerge ..." (no
# clause a comma could close stands between)
_SCORE_VERB_BEFORE = patterns.compile(
    r"\b(?:scored|polled|garnered|obtained|secured|amassed) $", re.IGNORECASE
)
# (never a list's: "obtained 170, 161 and 158 votes respectively")
_SCORED_GROUP = patterns.compile(
    rf", ([0-9]{{3}}){_GROUP_END}(?!,? (?:and |or )?[0-9]| (?:\w+ )?respectively\b)"
)
_SPACED_GROUP_ENDING = patterns.compile(rf", ([0-9]{{3}}){_GROUP_END}(?=\s*(?:[.;)]|$))")

# Thousands set off by a plain space ("Ramaphosa won 2 446 votes, to Dlamini-Zuma's 2 261"),
# as South African and French usage writes them: certain before "votes", and then for the
# whole text
# (or before its share in brackets, a decimal comma as such texts write it: "against 632 709
# (34,17 %) of Y")
_SPACE_SHARE_AFTER = r" \([0-9]{1,2}(?:[.,][0-9]+)? ?(?:%|per ?cent)\)"
_SPACE_THOUSANDS = patterns.compile(
    rf"((?: [0-9]{{3}})++)(?:{_VOTES_AFTER_GROUP}|{_SPACE_SHARE_AFTER})"
)
# (in such a text a group after two spaces too: "Dlamini-Zuma's 2  261", a thin space
# turned into two plain ones)
_SPACE_GROUP = patterns.compile(rf"  ?([0-9]{{3}}){_GROUP_END}")
_SPACE_STYLE = patterns.compile(
    rf"(?<![0-9] )\b[1-9][0-9]{{0,2}}(?: [0-9]{{3}})++{_VOTES_AFTER_GROUP}"
)
_space_style_of: list[object] = [None, False]


# An OCR'd results box reads a thousands comma as a dot now and then ("Y (D) - 468.970" among
# "X (R) - 527,785"): in a text that sets comma-grouped counts after dashes, a number after a
# dash with three digits past a lone dot and a name, a bullet or a clause's end after it (no
# share, no scale word) is such a count; no share is told to three decimals in such a list
_DASH_GROUPED_STYLE = patterns.compile(r"[-–] ?[1-9][0-9]{0,2},[0-9]{3}\b")
_DASH_BEFORE = patterns.compile(r"[-–] ?$")
_NAME_OR_END_AFTER = patterns.compile(r"[ \t]*+(?:$|\n|[A-Z•])|[.,;](?:\s|$)")
_dash_grouped_of: list[object] = [None, False]


def _ocr_thousands_dot(text: str, s: int, e: int, whole: str, frac: str, document: str) -> bool:
    """Whether "468.970" at `s`..`e` is a count whose thousands comma OCR read as a dot."""
    if len(frac) != 3 or not 1 <= len(whole) <= 3 or whole[0] == "0":
        return False
    if _DASH_BEFORE.search(text, max(0, s - 2), s) is None:
        return False
    if _NAME_OR_END_AFTER.match(text, e) is None:
        return False
    document = document or text
    if document is not _dash_grouped_of[0]:
        _dash_grouped_of[:] = [document, _DASH_GROUPED_STYLE.search(document) is not None]
    return bool(_dash_grouped_of[1])


# A lone dot with three digits past it right before "votes" groups thousands, as European
# usage writes them ("Reka has won 79.915 votes"): no count of votes has a fraction
_COUNT_NOUN_AFTER = patterns.compile(r" (?:valid )?(?:votes|ballots|voters)\b")


# (and a text that writes one count so writes them all so: "SDSM – 428.683, DUI – 85.774",
# "8.66 percent (24.063)"; never a share or a scale's figure: "19.056%", "1.250 million");
# so does one that writes its shares with a decimal comma ("291.250, 57,32%", "162.824
# (32,24%)"), the continental convention, where the dot groups thousands
_DOT_STYLE = patterns.compile(
    r"\b[1-9][0-9]{0,2}\.[0-9]{3} (?:valid )?(?:votes|ballots|voters)\b"
    r"|(?<![0-9.,])[0-9]{1,2},[0-9]{1,2} ?%"
)
_SHARE_OR_SCALE_AFTER = patterns.compile(
    r"\s?(?:%|per ?cent|pct|pc\b|[mb]n?\b|mln|million|billion|thousand|crore|lakh)", re.IGNORECASE
)
_dot_style_of: list[object] = [None, False]


def _dot_thousands_count(text: str, e: int, whole: str, frac: str, document: str) -> bool:
    """Whether "79.915" ending at `e` is a count with a dot for its thousands separator."""
    if len(frac) != 3 or not 1 <= len(whole) <= 3 or whole[0] == "0":
        return False
    if _COUNT_NOUN_AFTER.match(text, e) is not None:
        return True
    return (
        _writes_in_style(document or text, _DOT_STYLE, _dot_style_of)
        and _SHARE_OR_SCALE_AFTER.match(text, e) is None
    )


def _dot_for_last_comma(text: str, e: int, groups: list[str], seps: list[str], frac: str) -> bool:
    """Whether "5,580.237 votes" is a count whose last thousands comma was typed as a dot
    (as translated copy slips): commas grouping the rest, three digits past the dot, and a
    count's noun after it (no count of votes has a fraction)."""
    return (
        len(frac) == 3
        and set(seps) == {","}
        and _valid_grouping(groups, ",")
        and _COUNT_NOUN_AFTER.match(text, e) is not None
    )


def _writes_spaced_thousands(text: str) -> bool:
    return _writes_in_style(text, _SPACED_STYLE, _spaced_style_of)


def _writes_space_thousands(text: str) -> bool:
    return _writes_in_style(text, _SPACE_STYLE, _space_style_of)


def _writes_in_style(text: str, style: re.Pattern[str], memo: list[object]) -> bool:
    """Whether `text` writes a count for certain in `style`; `memo` keeps the answer for the
    text last asked about (a document's sentences ask it one after another)."""
    if text is not memo[0]:
        certain = any(
            _CLAUSE_NOUN_BEFORE.search(text, max(0, m.start() - 12), m.start()) is None
            for m in style.finditer(text)
        )  # not "In round 2, 125 votes", "May 8, 979 votes"
        memo[:] = [text, certain]
    return bool(memo[1])


_CLAUSE_NOUN_BEFORE = patterns.compile(
    r"(?:\b(?:round|ballot|day|ward|district|precinct|phase|stage|count|number|no|game|week|"
    r"race|seat|group|table|item|point|step|year|vote|tier|zone|region|area|page|line)\.?|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|,) $",  # "May 8, 979 votes"
    re.IGNORECASE,
)
_SEP_SPLIT = patterns.compile(r"([,.:\u00a0\u202f\u2009\u201a])")
_WORD = patterns.compile(r"[^\W\d_]++")
# separator (whitespace, optional hyphen) then a word; group 1 is the hyphen
_STEP = patterns.compile(rf"{_GAP}(?:([{_HY}]){_GAP})?+([^\W\d_]++)")
# after "<digits> ": could a scale word, percent word or sign follow? ("61 percent" as well
# as "61 per cent": "per" alone is no word's start)
_NEEDS_LOOK = patterns.compile(
    rf"{_GAP}(?:[%\uff05{_HY}]|(?:hundred|per|percents?|percentage|pct|(?-i:pc)|pro[zcs]ent|por|pour|"
    rf"{'|'.join(_DIGIT_SCALES)})"
    r"(?![^\W\d_]))",
    re.IGNORECASE,
)
_A_NEXT = patterns.compile(
    rf"{_GAP}(?:hundred|{'|'.join(_SCALES)})(?:th)?(?![^\W\d_])", re.IGNORECASE
)
# The percent word of other languages ("37,48 Prozent", "52,4 por ciento", "38,15 pour cent",
# "28 procent", "41 per cento"): a share in a quoted or untranslated line, never a count
_FOREIGN_PERCENT = rf"pro[zcs]ent|por{_HS}ciento|pour{_HS}?cent|per{_HS}cento"
_PCT = patterns.compile(
    # "71.3 percents"; "61.4 pc" in lower case only ("12 PC seats" are a party's); "a 38.2
    # percentage share", "51.6 percentage of the votes" (never "4.2 percentage points", a gap)
    # ("about 40-percent of the vote": hyphenated as a compound, still the share)
    # "53.75% percent": a sign its word repeats (machine translation) is one share; so is
    # "63.64%%", a sign doubled (a template's escape left in)
    rf"{_GAP}[%\uff05]%?+(?:{_HS}*+(?:per{_HS}?+cent|percent)(?![^\W\d_]))?+|"
    rf"{_GAP}(?:[{_HY}](?=per))?(?:per{_HS}?+cent|per-cent|percents?|pct|"
    rf"(?-i:pc)|percentage(?![\s{_HY}]*points?\b)|{_FOREIGN_PERCENT})(?![^\W\d_])",
    re.IGNORECASE,
)


def _trie_regex(words: list[str]) -> str:
    """An alternation of `words` as a trie, so the regex engine dispatches on each letter."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    return build(trie)


_STARTS = [w for w, (cls, _, _) in _VOCAB.items() if cls not in (_AND, _SCALE, _HUNDRED)]
_STARTS += ["hundredth", *_ORD_SCALES]
_CAND = patterns.compile(rf"[0-9]|\b{_trie_regex(_STARTS)}\b", re.IGNORECASE)
_ASCII_CAND = patterns.ascii_twin(_CAND)  # on ASCII text: alike, and faster

# ---------------------------------------------------------------------------- words

# A raw result: (start, end, value, percent, words, ordinal)
_Raw = tuple[int, int, float | int, bool, bool, bool]


def _fraction_apart(text: str, word: str, end: int) -> bool:
    """Whether a fraction word after a number word and a space makes a fraction: a plural
    ("two thirds"), or a singular before "of" ("one third of the votes"); never a word a
    hyphen joins to the next ("seven third-round votes")."""
    if end < len(text) and text[end] in _HYPHENS:
        return False
    return word.endswith("s") or text.startswith(" of ", end)


def _parse_words_at(text: str, pos: int, first: re.Match[str]) -> tuple[str, int, int] | None:
    """Read number words from `first` (a word match at `pos`).

    Returns ("card" | "ord", end, value), ("skip", resume, 0) for a fraction, or None.
    """
    n = len(text)
    total = cur = last_scale = 0
    hund = False
    sub = 0  # sub-hundred part of the current group: 0 none, 1 tens open, 2 complete
    a_pending = after_and = False
    best_end, best_val = -1, 0
    end = pos
    m: re.Match[str] | None = first
    is_first = True
    while True:
        if is_first:
            wstart, wend = first.span()
            hyphen = False
        else:
            m = _STEP.match(text, end)
            if m is None:
                break
            wstart, wend = m.span(2)
            hyphen = m.group(1) is not None
        if wend < n and (text[wend].isdigit() or text[wend] == "_"):
            break  # glued to digits
        word = text[wstart:wend].lower()
        # "two-thirds", "one-half" are fractions; "twenty-third" is an ordinal; so are "two
        # thirds" and "one third of" written apart (never "seven third-round votes")
        fraction = (
            word in _FRACTIONS
            and not (sub == 1 and word in _ORD_UNITS)
            and (hyphen or _fraction_apart(text, word, wend))
        )
        if fraction and best_end == end and not after_and:
            return ("skip", wend, 0)
        info = _VOCAB.get(word)
        if info is None:
            break
        cls, v, ordinal = info
        if ordinal and not hyphen and not is_first and wend < n and text[wend] in _HYPHENS:
            break  # "twenty first-time voters": the ordinal belongs to the next word
        if is_first:
            if cls == _ZERO:
                return ("card", wend, 0)
            if cls == _A:
                a_pending, cur, end, is_first = True, 1, wend, False
                continue
            if cls in (_HUNDRED, _SCALE):
                return ("ord", wend, v) if ordinal else None
        elif cls in (_ZERO, _A):
            break
        if cls == _AND:
            if after_and or a_pending or sub or not (hund or (cur == 0 and total)):
                break
            after_and, end = True, wend
            continue
        if a_pending and cls not in (_HUNDRED, _SCALE):
            return None
        if after_and and cls not in (_UNIT, _TEEN, _TENS):
            break
        if cls == _UNIT:
            if sub == 2:
                break
            cur, sub = cur + v, 2
        elif cls in (_TEEN, _TENS):
            if sub:
                break
            cur, sub = cur + v, (2 if cls == _TEEN else 1)
        elif cls == _HUNDRED:
            if hund or cur == 0:
                break
            cur, hund, sub = cur * 100, True, 0
        else:  # scale
            if cur == 0 or (last_scale and v >= last_scale):
                break
            total, last_scale, cur, hund, sub = total + cur * v, v, 0, False, 0
        if ordinal:
            return ("ord", wend, total + cur)
        a_pending = after_and = is_first = False
        end = best_end = wend
        best_val = total + cur
    if best_end < 0:
        return None
    return ("card", best_end, best_val)


# "managed six (6)", "twenty (20) votes": a count in words restated in digits in brackets,
# as legal and West African reports write it: one number, not a count and a bracketed one
_RESTATED = re.compile(r" ?\((\d{1,3}(?:,\d{3})*)\)")


def _restated_end(text: str, end: int, value: float | int) -> int:
    """Where a number in words ends when its digits follow in brackets, the same value."""
    if end >= len(text) or text[end] not in " (":
        return end
    m = _RESTATED.match(text, end)
    return m.end() if m and int(m.group(1).replace(",", "")) == value else end


def _words_at(text: str, s: int, out: list[_Raw]) -> int:
    first = _WORD.match(text, s)
    assert first is not None
    if first.end() == s + 1 and _A_NEXT.match(text, s + 1) is None:
        return s + 1  # "a" not followed by "hundred", "million"...
    r = _parse_words_at(text, s, first)
    if r is None:
        return first.end()
    kind, end, val = r
    if kind == "skip":
        return end
    if kind == "ord":
        out.append((s, end, val, False, True, True))
        return end
    end = _restated_end(text, end, val)
    pm = _PCT.match(text, end)
    if pm:
        out.append((s, pm.end(), float(val), True, True, False))
        return pm.end()
    out.append((s, end, val, False, True, False))
    return end


# ---------------------------------------------------------------------------- digits


# A count grouped by thousands commas closing a line, glued by a dash to the name before it:
# a results row ("Y Hamza-14,542"); a model or a code ("F-16", "COVID-19") has no grouping
_ROW_COUNT_AFTER_DASH = patterns.compile(r"[1-9][0-9]{0,2}(?:,[0-9]{3})++[^\S\n]*+(?:\n|$)")


def _left_glued(text: str, s: int) -> bool:
    if s == 0:
        return False
    c = text[s - 1]
    if c.isalnum() or c == "_":
        return True
    if c in _HYPHENS and s >= 2 and text[s - 2].isalpha():
        k, lo = s - 2, max(0, s - 20)
        while k > lo and text[k - 1].isalpha():
            k -= 1
        word = text[k : s - 1]
        if _ROW_COUNT_AFTER_DASH.match(text, s) and word[:1].isupper():
            return False  # "Y Hamza-14,542": a results row's dash, no model's "F-16"
        return word.lower() not in _HYPHEN_PREFIXES and not word.islower()
    return False


def _value(digits: str, frac: str, mult: int, percent: bool) -> float | int | None:
    if len(digits) > _MAX_DIGITS or len(frac) > _MAX_DIGITS:
        return None
    if percent:
        return float(f"{digits}.{frac}" if frac else digits)
    num = int(digits + frac) * mult
    den = 10 ** len(frac)
    return num // den if num % den == 0 else num / den


def _valid_grouping(groups: list[str], sep: str) -> bool:
    g0 = groups[0]
    if not 1 <= len(g0) <= 3 or g0[0] == "0":
        return False
    if all(len(g) == 3 for g in groups[1:]):
        return True
    # Indian grouping: 12,34,567
    return (
        sep == ","
        and len(groups) >= 3
        and len(g0) <= 2
        and len(groups[-1]) == 3
        and all(len(g) == 2 for g in groups[1:-1])
    )


def _decimal_comma_share(text: str, e: int, groups: list[str], seps: list[str]) -> bool:
    """Whether "50,179%", "50,18 percent" or "5,99 per cent" is a share written with a
    decimal comma.  One whole digit takes at most two after the comma: "1,000%" may be a
    thousandfold rise written with a thousands comma."""
    if seps != [","] or _PCT.match(text, e) is None:
        return False
    whole, frac = groups
    if len(whole) == 1:
        return len(frac) <= 2
    return len(whole) == 2 and whole[0] != "0" and len(frac) <= 3


def _decimal_comma_scale(text: str, e: int, groups: list[str], seps: list[str]) -> bool:
    """Whether "56,43 million" or "1,5 mln" counts millions with a decimal comma (the style
    of translated agency copy).  One or two digits after the comma make no thousands group,
    and a list never ends in a scale word; "45,602 million" stays ambiguous, so unread."""
    if seps != [","] or not 1 <= len(groups[1]) <= 2 or groups[0][0] == "0":
        return False
    step = _STEP.match(text, e)
    return step is not None and step.group(1) is None and step.group(2).lower() in _DIGIT_SCALES


def _spaced_thousands(text: str, s: int, e: int, document: str) -> re.Match[str] | None:
    """The group after "173, " in "has 173, 832 votes": one count whose thousands comma a
    stray space follows (not a list's "12, 130, 145 votes" nor "In round 2, 125 votes")."""
    if text[s] == "0" or text[s - 1 : s] in (",", "."):
        return None
    if not 1 <= e - s <= 3:  # "6,730, 413 votes": only a grouped count, before votes
        if _GROUPED.fullmatch(text, s, e) is None:
            return None
        # (or anywhere in a text that writes them so: "5,248, 898, representing 47.7")
        return _SPACED_THOUSANDS.match(text, e) or (
            _SPACED_GROUP.match(text, e) if _writes_spaced_thousands(document or text) else None
        )
    found = (
        _SPACED_THOUSANDS.match(text, e)
        or _SPACED_ZERO_GROUP.match(text, e)
        or _SPACED_CHAIN_LINE_END.match(text, e)
    )
    if found is None and _COUNT_OF_BEFORE.search(text, max(0, s - 20), s):
        found = _SPACED_GROUP_ENDING.match(text, e)  # "led with a total votes of 254, 698."
    if found is None and _SCORE_VERB_BEFORE.search(text, max(0, s - 10), s):
        found = _SCORED_GROUP.match(text, e)  # "scored 6, 188 to emerge"
    if found is None and _writes_spaced_thousands(document or text):
        found = _SPACED_GROUP.match(text, e)  # "5, 557" where the text wrote "699, 393 votes"
    if found is None or _CLAUSE_NOUN_BEFORE.search(text, max(0, s - 12), s) is not None:
        return None
    return found


def _space_thousands(text: str, s: int, e: int, document: str) -> re.Match[str] | None:
    """The group after "2 " in "won 2 446 votes": thousands set off by a plain space."""
    if not 1 <= e - s <= 3 or text[s] == "0" or text[s - 1 : s] in (",", "."):
        return None
    if text[s - 2 : s - 1].isdigit():
        return None  # a group after a number and a space: "12 130 145 votes" is a list
    found = _SPACE_THOUSANDS.match(text, e)
    if found is None and _writes_space_thousands(document or text):
        found = _SPACE_GROUP.match(text, e)  # "to Y's 2 261" where the text wrote "2 446 votes"
    if found is None or _CLAUSE_NOUN_BEFORE.search(text, max(0, s - 12), s) is not None:
        return None
    return found


# "Y - 0, 66%": a share below one with a decimal comma and a stray space after it (translated
# agency copy); a zero never starts a list of shares, so the comma cannot separate two
_SPACED_DECIMAL_SHARE = patterns.compile(r", ([0-9]{1,2}) ?%")


def _digits_at(text: str, s: int, out: list[_Raw], document: str = "") -> int:
    n = len(text)
    e = _RAW.match(text, s).end()  # type: ignore[union-attr]
    raw = text[s:e]
    if raw == "0" and (spaced_share := _SPACED_DECIMAL_SHARE.match(text, e)):
        out.append((s, spaced_share.end(), float("0." + spaced_share.group(1)), True, False, False))
        return spaced_share.end()  # "0, 66%": a decimal comma a stray space follows
    if e < n and text[e] == "," and text.startswith(", ", e):
        spaced = _spaced_thousands(text, s, e, document)
        if spaced is not None:
            digits, end = (raw + spaced.group(1)).replace(", ", "").replace(",", ""), spaced.end(1)
            while _writes_spaced_thousands(document or text) and (
                more := _SPACED_GROUP.match(text, end)
            ):
                digits, end = digits + more.group(1), more.end(1)  # "2, 415, 310"
            out.append((s, end, int(digits), False, False, False))
            return end
    elif e + 4 <= n and text[e] == " " and text[e + 1 : e + 5].lstrip(" ")[:3].isdigit():
        spaced = _space_thousands(text, s, e, document)
        if spaced is not None:
            digits, end = raw + spaced.group(1).replace(" ", ""), spaced.end(1)
            while more := _SPACE_GROUP.match(text, end):
                digits, end = digits + more.group(1), more.end(1)  # "15 891 107"
            out.append((s, end, int(digits), False, False, False))
            return end
    if raw.isdigit():
        # fast path: a plain digit run with nothing that could extend or void it
        c = text[e] if e < n else " "
        b = text[s - 1] if s else " "
        if (
            c in _PLAIN_AFTER
            and b not in "._-\u2010\u2011"
            and not b.isalnum()
            and len(raw) <= _MAX_DIGITS
            and (c not in " \n\t" or _NEEDS_LOOK.match(text, e) is None)
        ):
            out.append((s, e, int(raw), False, False, False))
            return e
    # pieces: (start, end, digits, frac); only the last may take a suffix
    if raw.isdigit():
        if s >= 1 and text[s - 1] == "." and (s < 2 or not (text[s - 2].isalnum())):
            pieces = [(s - 1, e, "0", raw)]  # ".5"
        else:
            pieces = [(s, e, raw, "")]
    else:
        if ":" in raw:
            return e  # times, ratios
        parts = _SEP_SPLIT.split(raw)
        groups, seps = parts[0::2], parts[1::2]
        ndots = seps.count(".")
        frac = ""
        if ndots >= 2:
            if ndots != len(seps) or not all(len(g) == 3 for g in groups[1:]):
                return e  # dates, versions, addresses
            if not 1 <= len(groups[0]) <= 3 or groups[0][0] == "0":
                return e
            pieces = [(s, e, "".join(groups), "")]
        else:
            if ndots == 1:
                if seps[-1] != ".":
                    return e  # "1.234,56": not an English number
                frac = groups.pop()
                seps.pop()
            if not seps and _ocr_thousands_dot(text, s, e, groups[0], frac, document):
                pieces = [(s, e, groups[0] + frac, "")]  # "Y (D) - 468.970": OCR's comma
            elif not seps and _dot_thousands_count(text, e, groups[0], frac, document):
                pieces = [(s, e, groups[0] + frac, "")]  # "79.915 votes": European grouping
            elif not seps:
                pieces = [(s, e, groups[0], frac)]
            elif _dot_for_last_comma(text, e, groups, seps, frac):
                pieces = [(s, e, "".join(groups) + frac, "")]  # "5,580.237 votes"
            elif _decimal_comma_share(text, e, groups, seps):
                pieces = [(s, e, groups[0], groups[1])]  # "50,179%": no share is above 100
            elif _decimal_comma_scale(text, e, groups, seps):
                pieces = [(s, e, groups[0], groups[1])]  # "56,43 million"
            elif len(set(seps)) == 1 and _valid_grouping(groups, seps[0]):
                pieces = [(s, e, "".join(groups), frac)]
            else:
                pieces = []
                p = s
                last = len(groups) - 1
                for i, g in enumerate(groups):
                    q = p + len(g)
                    if i == last:
                        pieces.append((p, e, g, frac))
                    else:
                        pieces.append((p, q, g, ""))
                    p = q + 1
    if _left_glued(text, pieces[0][0]):
        pieces = pieces[1:]
        if not pieces:
            return _skip_glued_right(text, e)
    for ps, pe, digits, frac in pieces[:-1]:
        v = _value(digits, frac, 1, False)
        if v is not None:
            out.append((ps, pe, v, False, False, False))
    ps, pe, digits, frac = pieces[-1]
    kind, end, mult = "card", e, 1
    c = text[e] if e < n else ""
    if c.isalnum() or c == "_":
        wm = _WORD.match(text, e)
        if wm is None:
            return e
        end = wm.end()
        if end < n and (text[end].isalnum() or text[end] == "_"):
            return end
        suffix = wm.group().lower()
        if suffix in _ORD_SUFFIXES and not frac and ps == s:
            kind = "ord"
        elif suffix in _GLUED_SCALES:
            kind, mult = "scale", _GLUED_SCALES[suffix]
        elif suffix in _GLUED_PERCENT:
            kind = "pct"
        elif suffix in _GLUED_COUNT_NOUNS and not frac:
            end = e
        else:
            return end
    else:
        sm = _STEP.match(text, e)
        if sm is not None:
            word = sm.group(2).lower()
            wend = sm.end()
            if not (wend < n and (text[wend].isdigit() or text[wend] == "_")):
                if word == "hundred":
                    mult, end, kind = 100, wend, "scale"
                    sm2 = _STEP.match(text, wend)
                    if sm2 is not None and sm2.group(2).lower() in _SCALES:
                        w2end = sm2.end()
                        if not (w2end < n and (text[w2end].isdigit() or text[w2end] == "_")):
                            mult, end = 100 * _SCALES[sm2.group(2).lower()], w2end
                elif word in _DIGIT_SCALES:
                    mult, end, kind = _DIGIT_SCALES[word], wend, "scale"
        if kind == "card":
            pm = _PCT.match(text, e)
            if pm is not None:
                kind, end = "pct", pm.end()
            elif frac and len(digits) <= 2 and text.startswith(" of the ", e):
                if _SHARE_OF_VOTE.match(text, e):
                    kind = "pct"  # "won with 53.37 of the vote": a share, its sign left out
            elif (
                frac
                and len(digits) <= 2
                and out
                and out[-1][3]
                and _against_share(text, out[-1], ps)
            ):
                kind = "pct"  # "53.37 of the vote, against 46.63 for Y": the rival's share
    v = _value(digits, frac, mult, kind == "pct")
    if v is not None and mult == 10**6 and not frac and (more := _THOUSANDS_AFTER.match(text, end)):
        v, end = v + int(more.group(1)) * 1000, more.end()  # "1 million 34 thousand"
        mult = 1000
    if v is not None and mult == 1000 and not frac and (units := _UNITS_AFTER.match(text, end)):
        v, end = (
            v + int(units.group(1) or units.group(2) or units.group(3)),
            units.end(),
        )  # "8 million 412 thousand 183"
    if v is not None:
        out.append((ps, end, v, kind == "pct", kind == "scale", kind == "ord"))
    return end


# The thousands after a whole count of millions: "1 million 34 thousand votes" (a style of
# translated news agency copy)
_THOUSANDS_AFTER = patterns.compile(r" ([0-9]{1,3}) thousand\b", re.IGNORECASE)
# ... and the units after the thousands, a full group of three ("457 thousand 092"), or
# fewer digits when what they count follows ("625 thousand 55 people": the zero left out)
# "and" may join them ("3 million 768 thousand and 470 votes", "... and 629, or 3.2%")
_UNITS_AFTER = patterns.compile(
    r" ([0-9]{3})(?![0-9]|[.,][0-9]|\s*(?:%|per ?cent|percent)|\s+[a-z]*illion)"
    r"| ([0-9]{1,2})(?= (?:people|persons|voters|votes|ballots|citizens)\b)"
    r"| and ([0-9]{1,3})(?= (?:people|persons|voters|votes|ballots|citizens)\b|, )"
)

# "won with 53.37 of the vote": a decimal of the vote is a share though no sign follows it
_SHARE_OF_VOTE = patterns.compile(
    r" of the (?:valid |popular |total )?(?:votes?|ballots?)(?: cast)?\b", re.IGNORECASE
)

# (or compared with it: "52.7 percent of the vote compared with 41.0 for Y")
_AGAINST_BEFORE = patterns.compile(r"[^.;\d]{0,30}\b(?:against|versus|vs\.?|compared (?:with|to)) ")


def _against_share(text: str, share: _Raw, start: int) -> bool:
    """Whether a bare decimal at `start` is set against the share just before it."""
    return start - share[1] <= 40 and _AGAINST_BEFORE.fullmatch(text, share[1], start) is not None


def _skip_glued_right(text: str, e: int) -> int:
    wm = _WORD.match(text, e)
    return wm.end() if wm else e


# ---------------------------------------------------------------------------- scanning


# "48-point-56 percent", "two-point-37 percent": a decimal point spoken (broadcasters' English),
# its decimals in digits or in digit words ("23-point-four percent", "eight-point-seven")
_DIGIT_WORDS = {w: i for i, w in enumerate(["zero", *_UNITS])}
_SPOKEN_POINT = patterns.compile(
    r"-point-(?:([0-9]++)(?![.,]?[0-9])"
    rf"|((?:{'|'.join(_DIGIT_WORDS)})(?:-(?:{'|'.join(_DIGIT_WORDS)}))*+)\b(?!-))",
    re.IGNORECASE,
)


def _join_spoken_points(text: str, out: list[_Raw]) -> list[_Raw]:
    """Each whole number, "point" and the digits (or digit words) after it made one decimal
    number."""
    joined: list[_Raw] = []
    index = 0
    while index < len(out):
        raw = out[index]
        index += 1
        if joined:
            prev = joined[-1]
            m = _SPOKEN_POINT.match(text, prev[1])
            whole_ok = isinstance(prev[2], int) and not (prev[3] or prev[5])
            if m is not None and whole_ok and m.start() + 7 == raw[0] and not raw[5]:
                if m.group(1) is not None:
                    decimals = m.group(1)
                else:  # "four", "zero-five": each word a raw of its own, the last one's unit kept
                    words = m.group(2).lower().split("-")
                    decimals = "".join(str(_DIGIT_WORDS[w]) for w in words)
                    while raw[1] < m.end(2) and index < len(out):
                        raw, index = out[index], index + 1
                value = float(f"{prev[2]}.{decimals}")
                joined[-1] = (prev[0], raw[1], value, raw[3], prev[4], False)
                continue
        joined.append(raw)
    return joined


# A half vote after a whole count, as old convention reports write it ("Seward had 184-1/2
# votes", "X 231 1/2"): one count with its half; no date's "6/30/1924" (no whole before it)
_HALF_AFTER = patterns.compile(rf"[{_HY} ]1/2(?![0-9/])")


def _join_halves(text: str, out: list[_Raw]) -> list[_Raw]:
    """Each whole count with "-1/2" (or " 1/2") right after it made one count and a half."""
    joined: list[_Raw] = []
    index = 0
    while index < len(out):
        raw = out[index]
        index += 1
        half = _HALF_AFTER.match(text, raw[1])
        plain = isinstance(raw[2], int) and not (raw[3] or raw[4] or raw[5])
        if half is not None and plain and index + 1 < len(out) and out[index + 1][1] == half.end():
            joined.append((raw[0], half.end(), raw[2] + 0.5, False, False, False))
            index += 2  # the "1" and the "2" of the half
            continue
        joined.append(raw)
    return joined


def _scan(text: str, document: str = "") -> list[_Raw]:
    out: list[_Raw] = []
    pos = 0
    search = (_ASCII_CAND if text.isascii() else _CAND).search
    while True:
        m = search(text, pos)
        if m is None:
            if "1/2" in text:
                out = _join_halves(text, out)
            spoken = "-point-" in text  # broadcasters hyphenate it; one scan, rarely a hit
            return _join_spoken_points(text, out) if spoken else out
        s = m.start()
        digit = "0" <= text[s] <= "9"
        pos = _digits_at(text, s, out, document) if digit else _words_at(text, s, out)


def find_numbers(text: str, document: str = "") -> list[NumberMention]:
    """Cardinal numbers and percentages in `text`, left to right, non-overlapping, maximal.

    `document`, the whole text `text` is a sentence of, tells how its counts are written:
    one that writes "699, 393 votes" writes "5, 557" for one count too."""
    found = _scan(text, document)
    return [NumberMention(s, e, text[s:e], v, p, w) for s, e, v, p, w, o in found if not o]


def find_ordinals(text: str) -> list[NumberMention]:
    """Ordinals: "41st", "3rd", "second", "twenty-first", "one hundred and first"."""
    return [NumberMention(s, e, text[s:e], v, p, w) for s, e, v, p, w, o in _scan(text) if o]


def parse_words(text: str) -> int | None:
    """A cardinal written wholly in words ("one hundred and thirty-eight" -> 138), else None."""
    s = text.strip()
    first = _WORD.match(s)
    if first is None:
        return None
    r = _parse_words_at(s, 0, first)
    if r is None or r[0] != "card" or r[1] != len(s):
        return None
    return r[2]


def parse_number(text: str) -> int | float | None:
    """The value of `text` if it is exactly one number ("1,234", "2.4 million", "57.4%").

    None for anything else: no number, several, an ordinal, or text around the number.
    """
    s = text.strip()
    found = _scan(s)
    if len(found) != 1:
        return None
    start, end, value, _, _, ordinal = found[0]
    if start != 0 or end != len(s) or ordinal:
        return None
    return value
