"""Tests for the number layer: real-looking sentences, peer tables, properties, timing."""

from __future__ import annotations

import csv
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from votecli.numbers import (
    NumberMention,
    count_words,
    find_numbers,
    find_ordinals,
    parse_number,
    parse_words,
)

NBSP, NNBSP = "\u00a0", "\u202f"


def found(text: str) -> list[tuple[str, float | int, bool]]:
    return [(m.text, m.value, m.percent) for m in find_numbers(text)]


# (id, sentence, [(text, value, percent), ...])
SENTENCES = [
    # digits
    ("digits", "Kazakhstan received 138 votes.", [("138", 138, False)]),
    (
        "of-total",
        "Of the 193 member states, 183 voted for Kazakhstan.",
        [("193", 193, False), ("183", 183, False)],
    ),
    ("thousands", "Thailand won 1,234 votes.", [("1,234", 1234, False)]),
    ("millions", "The winner took 85,607,362 votes.", [("85,607,362", 85607362, False)]),
    (
        "nbsp-groups",
        f"AMANAT won 3{NBSP}341{NBSP}510 votes.",
        [(f"3{NBSP}341{NBSP}510", 3341510, False)],
    ),
    ("narrow-nbsp", f"It got 12{NNBSP}500 ballots.", [(f"12{NNBSP}500", 12500, False)]),
    ("plain-space-groups-before-votes", "It got 3 341 510 votes.", [("3 341 510", 3341510, False)]),
    (  # no count before "votes" written so: plain spaces keep numbers apart
        "plain-space-splits",
        "In 3 of 341 districts 510 votes.",
        [("3", 3, False), ("341", 341, False), ("510", 510, False)],
    ),
    (
        "plain-space-year-then-count",
        "In 2019 120 votes went to her.",
        [("2019", 2019, False), ("120", 120, False)],
    ),
    ("indian-groups", "The BJP candidate polled 12,34,567 votes.", [("12,34,567", 1234567, False)]),
    ("decimal", "Turnout reached 85.6 as counted.", [("85.6", 85.6, False)]),
    ("decimal-thousands", "A total of 1,234.5 was recorded.", [("1,234.5", 1234.5, False)]),
    ("european-dots", "Die Partei erhielt 1.234.567 Stimmen.", [("1.234.567", 1234567, False)]),
    (  # a decimal comma before a scale word: one count of millions
        "decimal-comma-million",
        "The president drew 48,21 million votes.",
        [("48,21 million", 48210000, False)],
    ),
    ("decimal-comma-mln", "She polled 2,7 mln ballots.", [("2,7 mln", 2700000, False)]),
    (  # no scale word: a list stays a list
        "comma-two-digits-no-scale",
        "Seats 48,21 were empty.",
        [("48", 48, False), ("21", 21, False)],
    ),
    ("sentence-end", "The tally was 1,002.", [("1,002", 1002, False)]),
    ("comma-list", "The candidates scored 1,1,1 in the straw poll.", [("1", 1, False)] * 3),
    ("comma-list-long", "Rounds went 1,1,1,1.", [("1", 1, False)] * 4),
    ("bad-grouping", "Listed as 12,3456 here.", [("12", 12, False), ("3456", 3456, False)]),
    (
        "year-list",
        "In 2017,2018 and 2019.",
        [("2017", 2017, False), ("2018", 2018, False), ("2019", 2019, False)],
    ),
    (
        "leading-zero-group",
        "Scores 0,123 and 7.",
        [("0", 0, False), ("123", 123, False), ("7", 7, False)],
    ),
    # ranges and years
    (
        "year-range",
        "During 2017-2018 the council met.",
        [("2017", 2017, False), ("2018", 2018, False)],
    ),
    ("score-range", "The motion passed 216-212.", [("216", 216, False), ("212", 212, False)]),
    ("season", "In the 2012-13 session.", [("2012", 2012, False), ("13", 13, False)]),
    ("en-dash-range", "Between 40–45 per cent.", [("40", 40, False), ("45 per cent", 45.0, True)]),
    ("mid-year", "By mid-2019 the count was done.", [("2019", 2019, False)]),
    ("no-negatives", "A swing of -5 points.", [("5", 5, False)]),
    (
        "money",
        "It cost $2.4 million and £300.",
        [("2.4 million", 2400000, False), ("300", 300, False)],
    ),
    # glued and not numbers
    ("glued-letters", "Strategy2050 and the G20 met on A4 paper.", []),
    ("code-hyphen", "COVID-19 and F-16 and Su-25.", []),
    ("time", "Nur-Sultan, 29 June, 12:46.", [("29", 29, False)]),
    ("date-dots", "Published 12.05.2020 online.", []),
    ("decade-and-clock", "In the 1990s at 5pm.", []),
    ("ordinal-not-cardinal", "The 41st and 3rd sessions.", []),
    ("no-dot-5", "Candidate No. 1 won.", [("1", 1, False)]),
    ("leading-decimal", "A gap of .5 points.", [(".5", 0.5, False)]),
    ("huge-digit-string", "ID " + "9" * 40 + " only.", []),
    # percents
    ("per-cent", "Tokayev won 57.4 per cent of the vote.", [("57.4 per cent", 57.4, True)]),
    ("percent", "He won 57.4 percent.", [("57.4 percent", 57.4, True)]),
    ("percent-whole", "She won 61 percent.", [("61 percent", 61.0, True)]),
    # a spoken point with its decimals in digit words (broadcasters' English)
    (
        "spoken-point-words",
        "She had 23-point-four percent.",
        [("23-point-four percent", 23.4, True)],
    ),
    (
        "spoken-point-all-words",
        "He had eight-point-seven percent.",
        [("eight-point-seven percent", 8.7, True)],
    ),
    ("percentage-whole", "A 61 percentage-point lead.", [("61", 61, False)]),
    # a whole number before the one-word "percent" (not only "per cent" or a decimal)
    (
        "percent-whole-two",
        "She took 61 percent, he 9 percent.",
        [("61 percent", 61.0, True), ("9 percent", 9.0, True)],
    ),
    ("percent-sign", "Turnout was 81.31%.", [("81.31%", 81.31, True)]),
    ("percent-sign-spaced", "Turnout was 57.4 %.", [("57.4 %", 57.4, True)]),
    (
        "percent-parens",
        "She got 1,234 votes (3.42 percent).",
        [("1,234", 1234, False), ("3.42 percent", 3.42, True)],
    ),
    ("pct", "The party took 57.4 pct.", [("57.4 pct", 57.4, True)]),
    # a decimal comma in a share: one whole digit takes at most two after the comma
    ("comma-share-one-digit", "She won 4,87 per cent.", [("4,87 per cent", 4.87, True)]),
    ("comma-share-tenths", "He had 7,5%.", [("7,5%", 7.5, True)]),
    ("comma-share-two-digits", "She won 48,12%.", [("48,12%", 48.12, True)]),
    ("thousand-fold-rise", "A 1,000% rise.", [("1,000%", 1000.0, True)]),
    (
        "comma-list-not-share",
        "Rows 4,87 and 9.",
        [("4", 4, False), ("87", 87, False), ("9", 9, False)],
    ),
    ("pc-glued", "Labour on 40pc.", [("40pc", 40.0, True)]),
    ("percent-words", "Fifty per cent of members voted.", [("Fifty per cent", 50.0, True)]),
    ("percentage-points", "A lead of 5 percentage points.", [("5", 5, False)]),
    (
        "count-and-share",
        "It won 70.67 million votes (53.17 percent).",
        [("70.67 million", 70670000, False), ("53.17 percent", 53.17, True)],
    ),
    # scale words
    ("million", "Jokowi won 2.4 million votes.", [("2.4 million", 2400000, False)]),
    ("million-decimal", "Turnout was 85.6 million voters.", [("85.6 million", 85600000, False)]),
    ("billion", "Spending hit 1.2 billion.", [("1.2 billion", 1200000000, False)]),
    (
        "million-then-thousand",
        "She received 2 million 418 thousand votes.",
        [("2 million 418 thousand", 2418000, False)],
    ),
    (
        "spaced-thousands-after-total-of",
        "It led with a total votes of 318, 402.",
        [("318, 402", 318402, False)],
    ),
    (
        "spaced-list-after-total-of-stays-apart",
        "A total of 12, 130 and 145 votes.",
        [("12", 12, False), ("130", 130, False), ("145", 145, False)],
    ),
    (
        "million-thousand-units",
        "She received 6 mln 207 thousand 041 votes, he 391 thousand 508.",
        [("6 mln 207 thousand 041", 6207041, False), ("391 thousand 508", 391508, False)],
    ),
    (
        "thousand-then-year-not-units",
        "Some 5 thousand in 2020 and 4 thousand 12 times.",
        [
            ("5 thousand", 5000, False),
            ("2020", 2020, False),
            ("4 thousand", 4000, False),
            ("12", 12, False),
        ],
    ),
    (
        "thousand",
        "Some 3 thousand ballots and 15 thousand more.",
        [("3 thousand", 3000, False), ("15 thousand", 15000, False)],
    ),
    (
        "hundred-thousand",
        "Nearly 5 hundred thousand came.",
        [("5 hundred thousand", 500000, False)],
    ),
    ("m-suffix", "Labour won 2.4m votes.", [("2.4m", 2400000, False)]),
    ("bn-suffix", "A budget of 1.2bn.", [("1.2bn", 1200000000, False)]),
    (
        "non-integral-scale",
        "It got 1.23456789 million.",
        [("1.23456789 million", 1234567.89, False)],
    ),
    ("lakh", "He won by 5 lakh votes.", [("5 lakh", 500000, False)]),
    # words
    (
        "words-and",
        "Kazakhstan received one hundred and thirty-eight votes.",
        [("one hundred and thirty-eight", 138, False)],
    ),
    ("words-capital", "Nine countries abstained.", [("Nine", 9, False)]),
    ("words-eleven", "Eleven members were absent.", [("Eleven", 11, False)]),
    ("words-spaced-tens", "It had thirty eight votes.", [("thirty eight", 38, False)]),
    ("words-a-hundred", "About a hundred delegates.", [("a hundred", 100, False)]),
    ("words-a-million", "Nearly a million people.", [("a million", 1000000, False)]),
    (
        "words-one-hundred-one",
        "It won one hundred and one votes.",
        [("one hundred and one", 101, False)],
    ),
    (
        "words-thousands",
        "Some twenty-one thousand four hundred votes.",
        [("twenty-one thousand four hundred", 21400, False)],
    ),
    (
        "words-million",
        "About one million two hundred thousand.",
        [("one million two hundred thousand", 1200000, False)],
    ),
    ("words-thousand-and", "A thousand and one nights.", [("A thousand and one", 1001, False)]),
    (
        "words-hundreds-us",
        "Some twenty-five hundred votes.",
        [("twenty-five hundred", 2500, False)],
    ),
    (
        "words-mixed-digits",
        "It won 15 thousand and two million.",
        [("15 thousand", 15000, False), ("two million", 2000000, False)],
    ),
    ("words-one", "Only one country objected.", [("one", 1, False)]),
    ("words-zero", "Zero votes were cast against.", [("Zero", 0, False)]),
    (
        "words-not-numbers",
        "A delegate said none and no one else, an abstention.",
        [("one", 1, False)],
    ),
    (
        "words-not-merged",
        "One, two, three.",
        [("One", 1, False), ("two", 2, False), ("three", 3, False)],
    ),
    ("words-year", "In nineteen ninety-six.", [("nineteen", 19, False), ("ninety-six", 96, False)]),
    ("words-tens-not-added", "Twenty thirty.", [("Twenty", 20, False), ("thirty", 30, False)]),
    ("words-fraction", "A two-thirds majority.", []),
    ("words-fraction-ordinal-form", "One-third of members and one-half.", []),
    ("words-fraction-apart", "She won two thirds of the votes, one third of the seats.", []),
    (
        "words-ordinal-joined-to-the-next-word",
        "It got seven third-round votes; the third of them.",
        [("seven", 7, False)],
    ),
    ("words-inside-words", "Someone often attended the tenement.", []),
    ("words-line-break", "It won forty-\nfive votes.", [("forty-\nfive", 45, False)]),
    (
        "words-paragraph-splits",
        "one hundred\n\ntwenty",
        [("one hundred", 100, False), ("twenty", 20, False)],
    ),
    ("words-ordinal-compound", "twenty first-time voters", [("twenty", 20, False)]),
    ("words-ordinal-excluded", "The twenty-first session.", []),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in SENTENCES], ids=[c[0] for c in SENTENCES]
)
def test_find_numbers(text: str, expected: list) -> None:
    got = find_numbers(text)
    assert [(m.text, m.value, m.percent) for m in got] == expected
    for m in got:
        assert text[m.start : m.end] == m.text
        if not m.percent and m.value == int(m.value):
            assert isinstance(m.value, int)


@pytest.mark.parametrize(
    ("text", "words"),
    [("138", False), ("2.4 million", True), ("nine", True), ("57.4%", False), ("2.4m", True)],
    ids=["digits", "scale", "word", "percent", "suffix"],
)
def test_words_flag(text: str, words: bool) -> None:
    (m,) = find_numbers(f"It got {text} votes.")
    assert m.words is words


ORDINALS = [
    ("digits-st", "the 41st session", [("41st", 41)]),
    ("digits-rd", "the 3rd round", [("3rd", 3)]),
    ("digits-th", "the 15th ballot", [("15th", 15)]),
    ("digits-nd", "the 2nd ballot", [("2nd", 2)]),
    ("digits-grouped", "the 1,000th vote", [("1,000th", 1000)]),
    ("word-second", "in the second round", [("second", 2)]),
    ("word-third", "the third ballot", [("third", 3)]),
    ("word-compound", "the twenty-first century", [("twenty-first", 21)]),
    ("word-compound-third", "the twenty-third session", [("twenty-third", 23)]),
    ("fraction-not-ordinal", "one-third of seats", []),
    ("word-fiftieth", "the Fiftieth session", [("Fiftieth", 50)]),
    (
        "word-hundred-and-first",
        "its one hundred and first meeting",
        [("one hundred and first", 101)],
    ),
    ("word-first-time", "twenty first-time voters", [("first", 1)]),
    ("not-cardinal", "138 votes and nine", []),
    ("glued", "the G20th", []),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in ORDINALS], ids=[c[0] for c in ORDINALS]
)
def test_find_ordinals(text: str, expected: list) -> None:
    got = find_ordinals(text)
    assert [(m.text, m.value) for m in got] == expected
    assert all(text[m.start : m.end] == m.text and not m.percent for m in got)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("one hundred and thirty-eight", 138),
        ("nine", 9),
        ("Nine", 9),
        ("a hundred", 100),
        ("zero", 0),
        ("eleven", 11),
        ("one hundred and one", 101),
        ("twenty-one thousand four hundred", 21400),
        ("one million two hundred thousand", 1200000),
        ("ten billion", 10**10),
        ("  Forty   Five  ", 45),
        ("none", None),
        ("no", None),
        ("a", None),
        ("an", None),
        ("hundred", None),
        ("one two", None),
        ("twenty thirty", None),
        ("first", None),
        ("138", None),
        ("", None),
        ("one hundred and", None),
    ],
)
def test_parse_words(text: str, value: int | None) -> None:
    assert parse_words(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("138", 138),
        ("1,234,567", 1234567),
        (f"3{NBSP}341{NBSP}510", 3341510),
        ("85.6", 85.6),
        ("2.4 million", 2400000),
        ("57.4%", 57.4),
        ("one hundred and thirty-eight", 138),
        ("1,1", None),
        ("41st", None),
        ("G20", None),
        ("12:46", None),
        ("abc", None),
        ("", None),
    ],
)
def test_parse_number(text: str, value: float | None) -> None:
    assert parse_number(text) == value


def test_value_types() -> None:
    (m,) = find_numbers("2.4 million")
    assert m.value == 2400000 and isinstance(m.value, int)
    (m,) = find_numbers("fifty per cent")
    assert m.value == 50.0 and isinstance(m.value, float)
    assert m == NumberMention(0, 14, "fifty per cent", 50.0, True, True)


# ---------------------------------------------------------------------------- peer tables

PEER = Path(__file__).resolve().parents[1].parent / "shared" / "peer" / "number-parser"


def _peer_rows() -> list[tuple[int, str]]:
    rows = []
    for path in sorted(PEER.glob("*.csv")):
        with path.open(newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                rows.append((int(row["number"]), row["text"].strip()))
    return rows


def test_peer_tables() -> None:
    if not PEER.is_dir():
        pytest.skip(f"peer tables not found at {PEER}")
    rows = [(n, t) for n, t in _peer_rows() if n <= 10**10]
    assert len(rows) > 300
    for number, words in rows:
        assert parse_words(words) == number, words
        for template in ("Kazakhstan received {} votes.", "{} countries voted for Thailand."):
            sentence = template.format(words)
            got = find_numbers(sentence)
            assert len(got) == 1, (sentence, got)
            (m,) = got
            assert (m.text, m.value, m.percent, m.words) == (words, number, False, True), sentence
            assert sentence[m.start : m.end] == words


def test_peer_tables_beyond_ten_billion() -> None:
    if not PEER.is_dir():
        pytest.skip(f"peer tables not found at {PEER}")
    for number, words in _peer_rows():
        assert parse_words(words) == number, words


# ---------------------------------------------------------------------------- properties

_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
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
_TENS = ["", "", *["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]]
_SCALE_NAMES = ((10**9, "billion"), (10**6, "million"), (10**3, "thousand"), (1, ""))


def to_words(n: int, *, and_: bool = False, hyphen: bool = True, title: bool = False) -> str:
    """English words for 0 <= n < 10**12, British ("and") or American style."""
    if n == 0:
        words = "zero"
    else:
        parts: list[str] = []
        for scale, name in _SCALE_NAMES:
            q, n = divmod(n, scale)
            if not q:
                continue
            h, r = divmod(q, 100)
            if h:
                parts.append(f"{_ONES[h]} hundred")
            if r:
                if and_ and (h or (parts and scale == 1)):
                    parts.append("and")
                if r < 20:
                    parts.append(_ONES[r])
                else:
                    t, u = divmod(r, 10)
                    parts.append(_TENS[t] + (("-" if hyphen else " ") + _ONES[u] if u else ""))
            if name:
                parts.append(name)
        words = " ".join(parts)
    return words[0].upper() + words[1:] if title else words


@given(st.integers(0, 10**10), st.booleans(), st.booleans(), st.booleans())
def test_words_round_trip(n: int, and_: bool, hyphen: bool, title: bool) -> None:
    words = to_words(n, and_=and_, hyphen=hyphen, title=title)
    assert parse_words(words) == n
    sentence = f"Kazakhstan received {words} votes."
    (m,) = find_numbers(sentence)
    assert (m.text, m.value) == (words, n)


@given(st.integers(0, 10**12), st.sampled_from([",", NBSP, NNBSP]))
def test_separated_digits_round_trip(n: int, sep: str) -> None:
    written = f"{n:,}".replace(",", sep)
    (m,) = find_numbers(f"Thailand received {written} votes.")
    assert (m.text, m.value, m.percent, m.words) == (written, n, False, False)
    assert parse_number(written) == n


def indian_grouping(n: int) -> str:
    """12345678 -> "1,23,45,678": the last three digits, then pairs."""
    digits = str(n)
    if len(digits) <= 3:
        return digits
    head, tail = digits[:-3], digits[-3:]
    pairs = []
    while len(head) > 2:
        head, pair = head[:-2], head[-2:]
        pairs.insert(0, pair)
    return ",".join([head, *pairs, tail])


@given(st.integers(10**5, 10**12))
def test_indian_grouping_round_trip(n: int) -> None:
    written = indian_grouping(n)
    (m,) = find_numbers(f"The alliance nominee polled {written} votes.")
    assert (m.text, m.value, m.percent) == (written, n, False)
    assert parse_number(written) == n


_PIECES = st.sampled_from(
    [
        "1", "12", "138", "1,234", ",", ".", ":", "-", "%", " ", "\n", NBSP, "a", "and", "one",
        "hundred", "thousand", "million", "twenty", "-eight", "first", "st", "per cent", "pct",
        "G", "x", "thirds", "2.4", "0", "(", ")", "é", "٣", "²", "_",
    ]
)  # fmt: skip
_TEXTS = st.one_of(st.text(), st.lists(_PIECES, max_size=40).map("".join))


@settings(max_examples=300)
@given(_TEXTS)
def test_mentions_are_well_formed(text: str) -> None:
    for finder in (find_numbers, find_ordinals):
        got = finder(text)
        prev_end = 0
        for m in got:
            assert text[m.start : m.end] == m.text
            assert prev_end <= m.start < m.end
            prev_end = m.end
            assert isinstance(m.value, int | float)
    parse_number(text)
    parse_words(text)


# ---------------------------------------------------------------------------- linear time


def _once(text: str) -> float:
    # CPU time, not wall time: other processes (a parallel test worker, a CI neighbour) then
    # slow neither run
    t0 = time.process_time()
    find_numbers(text)
    find_ordinals(text[: len(text) // 4])
    return time.process_time() - t0


def _timed_pair(small: str, big: str) -> tuple[float, float]:
    """The best of three runs of each, taken in turn, so that a busy machine slows both."""
    runs = [(_once(small), _once(big)) for _ in range(3)]
    return min(r[0] for r in runs), min(r[1] for r in runs)


MB = 1_000_000
WORDS = "one hundred and thirty-eight thousand twenty-one a million first nine "


@pytest.mark.parametrize(
    "make",
    [
        lambda n: ("1," * n)[:n],
        lambda n: "7" * n,
        lambda n: ("1 " * n)[:n],
        lambda n: ("1.1:" * n)[:n],
        lambda n: (WORDS * (n // len(WORDS) + 1))[:n],
        lambda n: ("a " * n)[:n],
        lambda n: "1" + " " * n + "%",
    ],
    ids=["comma-list", "digits", "spaced-digits", "dots-colons", "words", "a-a-a", "long-gap"],
)
def test_linear_time(make) -> None:
    small, big = _timed_pair(make(MB // 16), make(MB // 4))
    assert big < 2.0  # about 0.5 s on a quiet machine; loose, for a machine busy with others
    # linear: four times the input takes about four times as long, where a quadratic pass
    # would take sixteen (the wide gap keeps a busy machine's noise from failing it)
    assert big < 8 * small + 0.05


def test_worst_case_sizes() -> None:
    t0 = time.process_time()
    assert len(find_numbers(("1," * MB)[:MB])) == MB // 2
    assert find_numbers("9" * MB) == []
    words = (WORDS * (2 * MB // len(WORDS) + 1))[: 2 * MB]
    assert find_numbers(words)
    assert time.process_time() - t0 < 10


@pytest.mark.parametrize(
    ("first", "last", "alternation"),
    [
        (2, 4, "two|three|four"),
        (1, 1, "one"),
        (18, 30, "eighteen|nineteen|twenty|thirty"),
        (20, 90, "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"),
    ],
)
def test_count_words_spell_a_range_in_order(first, last, alternation):
    assert count_words(first, last) == alternation
    for word in alternation.split("|"):  # each one reads back as a number in the range
        assert first <= parse_number(word) <= last
