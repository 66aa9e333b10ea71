"""Property-based checks over the whole extraction: it never raises, and every number it
reports is in its evidence sentence at the span it names."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from votecli import extract_text

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
        assert span.sentence in text
        if tally.votes is not None and text[span.start : span.end].replace(",", "").isdigit():
            assert int(text[span.start : span.end].replace(",", "")) == tally.votes


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_arbitrary_text_never_raises(text):
    _check(text)


@settings(max_examples=300)
@given(st.lists(vote_sentences(), min_size=1, max_size=4))
def test_vote_sentences_keep_their_numbers_in_their_evidence(sentences):
    _check("\n".join(sentences))


@settings(max_examples=200)
@given(st.sampled_from(NAMES[:3]), st.sampled_from(VERBS), NUMBER)
def test_a_plain_vote_sentence_is_read(name, verb, votes):
    document = extract_text(f"{name} {verb} {votes} votes.")
    assert [t.votes for t in document.tallies] == [votes]
