"""Property-based checks over the whole extraction: it never raises, and every number it
reports is in its evidence sentence at the span it names."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from votecli import extract_text, figures, names
from votecli.sentences import UPPER

NAMES = ["Kazakhstan", "Thailand", "the UAE", "Republic of Korea", "Astana", "Italy", "Japan"]
VERBS = ["received", "garnered", "won", "obtained", "secured", "polled", "was backed by"]
NUMBER = st.integers(min_value=0, max_value=10**7)


@st.composite
def vote_sentences(draw) -> str:
    name = draw(st.sampled_from(NAMES))
    verb = draw(st.sampled_from(VERBS))
    votes = draw(NUMBER)
    noise = draw(st.text(max_size=40))
    return f"{noise} {name} {verb} {votes:,} votes. {noise}"


def _check(text: str) -> None:
    document = extract_text(text)
    for tally in document.tallies:
        span = tally.span
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] in span.sentence
        # (a hard-wrapped sentence is read with its line breaks as spaces, offsets kept)
        assert span.sentence in text.replace("\n", " ")
        if tally.votes is not None and text[span.start : span.end].replace(",", "").isdigit():
            assert int(text[span.start : span.end].replace(",", "")) == tally.votes


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_arbitrary_text_never_raises(text):
    _check(text)


@settings(max_examples=300)
@given(st.lists(vote_sentences(), min_size=1, max_size=4))
@example(
    [
        "a\na\n Kazakhstan received 0 votes. a\na\n",
        " Kazakhstan received 0 votes. ",
        " Kazakhstan received 0 votes. ",
    ]
)
def test_vote_sentences_keep_their_numbers_in_their_evidence(sentences):
    _check("\n".join(sentences))


@settings(max_examples=200)
@given(st.sampled_from(NAMES[:3]), st.sampled_from(VERBS), NUMBER)
def test_a_plain_vote_sentence_is_read(name, verb, votes):
    document = extract_text(f"{name} {verb} {votes} votes.")
    assert [t.votes for t in document.tallies] == [votes]


# --- the whole pipeline: spans, rendering, bytes through files -------------------------------

COUNTRIES = [
    "Kazakhstan", "Thailand", "Japan", "Italy", "the Netherlands", "Côte d'Ivoire", "Viet Nam",
    "South Sudan", "Papua New Guinea", "Bangkok", "the UK", "Lindsay Hoyle", "it", "which",
]  # fmt: skip
ALL_VERBS = [*VERBS, "picked up", "racked up", "won support from", "had", "with", "beat"]
WRITTEN = st.one_of(
    NUMBER.map(str),
    NUMBER.map("{:,}".format),
    st.sampled_from(["nine", "one hundred and thirty-eight", "2.4 million", "57.4%", "none"]),
    st.sampled_from(["999999999999999999999", "-5", "1" * 40, "1,1,1", "12,34,567"]),
)
GLUE = st.sampled_from(
    [" votes", " countries", "%", " per cent", " each", ", respectively", " to ", " out of 193",
     ", ", ". ", "\n", " | ", "\t", " and ", " in the second round", " (", ")", " – ", ""]
)  # fmt: skip


@st.composite
def stories(draw) -> str:
    parts = draw(
        st.lists(
            st.one_of(st.sampled_from(COUNTRIES), st.sampled_from(ALL_VERBS), WRITTEN, GLUE,
                      st.text(max_size=6)),
            max_size=40,
        )
    )  # fmt: skip
    return " ".join(parts)


def _check_numbers(document, text: str) -> None:
    """Each tally's span lies inside the source and is the number as written; its sentence
    is the source's, with a fixed-width wrap's line breaks read as spaces."""
    from votecli import numbers
    from votecli.sentences import unwrap

    for tally in document.tallies:
        span = tally.span
        assert 0 <= span.start < span.end <= len(text)
        assert span.line == text.count("\n", 0, span.start) + 1
        written = text[span.start : span.end]
        assert written in span.sentence and span.sentence in unwrap(text)
        values = {m.value for m in numbers.find_numbers(written)}
        if written.strip("()[];,. ").lower() in ("none", "nil"):
            values.add(0)
        assert tally.votes in values or tally.percent in values, (written, tally)
        assert tally.votes is None or 0 <= tally.votes <= 10**10


def _check_rendered(documents) -> None:
    import csv
    import io
    import json

    from votecli import analyse, render, views

    for sections in (views.tallies(analyse(documents)), views.summary(analyse(documents))):
        rows = sum(len(s.rows) for s in sections)
        for fmt in ("csv", "tsv", "json", "jsonl"):
            out = io.StringIO()
            render.write(sections, fmt, out)
            value = out.getvalue()
            if fmt in ("csv", "tsv"):
                delimiter = "," if fmt == "csv" else "\t"
                parsed = list(csv.reader(io.StringIO(value), delimiter=delimiter))
                assert len(parsed) == (rows + 1 if sections else 0)
                assert all(len(r) == len(parsed[0]) for r in parsed)
            elif fmt == "json":
                assert len(json.loads(value)) == rows
            else:
                assert len([json.loads(line) for line in value.splitlines()]) == rows


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_random_text_spans_hold_their_numbers_and_outputs_parse(text):
    document = extract_text(text)
    _check_numbers(document, text)
    _check_rendered([document])


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(stories(), min_size=1, max_size=5).map("\n".join))
def test_real_looking_stories_spans_hold_their_numbers_and_outputs_parse(text):
    document = extract_text(text)
    _check_numbers(document, text)
    _check_rendered([document])


@settings(max_examples=120, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.binary(max_size=400),
        stories().map(lambda s: s.encode("cp1252", "ignore")),
        stories().map(lambda s: s.encode("utf-16")),
        stories().map(lambda s: f"<html><body><p>{s}</p></body></html>".encode()),
    ),
    st.sampled_from(["case.txt", "case.html", "case"]),
)
def test_random_bytes_through_run_never_raise(data, name):
    import tempfile
    from pathlib import Path

    import votecli

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        outcomes = list(votecli.run([str(path)]))
    assert len(outcomes) == 1
    outcome = outcomes[0]
    assert (outcome.document is None) != (outcome.error is None)
    if outcome.error:
        assert "\n" not in outcome.error and outcome.error.startswith(str(path))
    else:
        _check_numbers(outcome.document, outcome.document.source.text)
        _check_rendered([outcome.document])


# --- the words that make a number a bound, a label or a date -----------------------------
_REFERENCE = re.compile(
    r"(?:\b(?:"
    + "|".join(re.escape(w) for w in figures.NOT_TALLY_WORDS if w != "by")
    + r")|(?<!backed )(?<!supported )(?<!endorsed )(?<!favoured )(?<!chosen )\bby)\s*$",
    re.IGNORECASE,
)
_ENDINGS = st.sampled_from([*figures.NOT_TALLY_WORDS, *figures.SUPPORTED_BY, "nearby", "bye"])


@st.composite
def before_numbers(draw) -> str:
    prefix = draw(st.text(alphabet="aAbB yz9_-.,'\n", max_size=12))
    ending = draw(_ENDINGS)
    ending = "".join(c.upper() if draw(st.booleans()) else c for c in ending)
    return prefix + ending + draw(st.sampled_from(["", " ", "  ", "\n", " \t"]))


@settings(max_examples=500)
@given(st.one_of(before_numbers(), st.text(max_size=30)))
def test_not_tally_words_read_as_the_regex_they_replace(before):
    assert figures._not_tally_before(before) == bool(_REFERENCE.search(before))


# names._WORD in the plain form its class-first form must match exactly
_PREFIX = (
    r"(?:al|el|bin|bint|binti|ibn|van|von|de|da|di|del|della|du|la|le|dos|das|der|den|los|las|arap)"
)
_NAME_WORD_PLAIN = re.compile(
    r"(?<![\w’'-])(?:"
    r"(?:Mr|Mrs|Ms|Mx|Dr|St|Rep|Sen|Gov|Gen|Shk|Prof|Mme|Lt|Col|Capt|Rev|Rt|Hon|Barr|Engr|Smt)\.(?=\s)"
    r"|[A-Z]\.(?:[A-Z]\.)*(?=\s[A-Z])"
    r"|[B-HJ-Z](?= [A-Z][a-zA-Z])"  # an initial without its stop ("K Suresh", not "A", "I")
    rf"|(?:[Aa]l-|[Ee]l-)?[{UPPER}][\w’'-]*\w"
    rf"|{_PREFIX}(?= (?:{_PREFIX} )?(?:[A-Z]|al-|el-))"  # "van der Berg": one before another
    r")"
)
_NAME_PIECES = st.sampled_from(
    [" ", ".", "-", "'", "’", "\n", "Mr", "Mrs", "Capt", "Shk", "Dr", "A", "J", "Al-", "al-",
     "El-", "el-", "el", "bin", "van", "della", "de", "dos", "Şahin", "Émile", "Ana", "ana",
     "x", "7", "_", "Lt", "Stone", "Sen", "der", "la", "los"]
)  # fmt: skip


@settings(max_examples=400)
@given(st.lists(_NAME_PIECES, max_size=14).map("".join) | st.text(max_size=30))
@example("J Mr")  # a stopless initial (hypothesis found it: the plain form had lost it)
@example("A.B. Ogun")
def test_name_words_are_found_as_the_plain_pattern_finds_them(text):
    found = [(m.span(), m.group()) for m in names._WORD.finditer(text)]
    assert found == [(m.span(), m.group()) for m in _NAME_WORD_PLAIN.finditer(text)]


def test_every_name_word_form_is_found_as_the_plain_pattern_finds_it():
    forms = [f"{title}. Ana" for title in names._SHORT_TITLES]
    forms += [f"{prefix} Ana {prefix} al-Ana" for prefix in names._NAME_PREFIXES]
    forms += ["J. K. Doe", "Al-Ana al-Ana El-Ana el-Ana", "Şahin Émile", "x-Ana ’Ana 'Ana"]
    forms += ["van der Ana", "de la Ana", "de los al-Ana", "la de x", "van van"]
    text = "; ".join(forms)
    found = [(m.span(), m.group()) for m in names._WORD.finditer(text)]
    assert found == [(m.span(), m.group()) for m in _NAME_WORD_PLAIN.finditer(text)]
    assert len(found) > 2 * len(forms)


@pytest.mark.parametrize(
    "text",
    [
        "Laszlo Solyom beat Katalin Szili and won the ballot 185:182.",  # read as "185-182"
        "Kazakhstan received 138\u00b75 votes.",  # a raised point read as a decimal point
    ],
)
def test_evidence_is_the_sentence_as_written(text):
    """The text read may differ from the source in a character at the same offset; the
    evidence a user sees is the source's own sentence."""
    document = extract_text(text)
    assert document.tallies
    assert all(tally.span.sentence == text for tally in document.tallies)
