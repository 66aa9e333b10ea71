"""Sentence splitting keeps offsets, respects abbreviations and initials."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from votecli.sentences import split


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kazakhstan won. Thailand lost.", ["Kazakhstan won.", "Thailand lost."]),
        ("Mr. Idrisov spoke. Then he left.", ["Mr. Idrisov spoke.", "Then he left."]),
        (
            "E. Idrisov will attend. The U.S. abstained.",
            ["E. Idrisov will attend.", "The U.S. abstained."],
        ),
        ("First line\nSecond line", ["First line", "Second line"]),
        ('"We won," he said. It was 138.', ['"We won," he said.', "It was 138."]),
        ("It got 57.4 per cent. Next.", ["It got 57.4 per cent.", "Next."]),
        # a decimal right before the stop is no abbreviation
        ("It led with 36.5%. At 2.5, Z.", ["It led with 36.5%.", "At 2.5, Z."]),
        ("It rose to 4.25. Then fell.", ["It rose to 4.25.", "Then fell."]),
        # nor one in brackets; an initialism in brackets still is
        ("X got 1,234 (52.3%). Y got 9.", ["X got 1,234 (52.3%).", "Y got 9."]),
        ("It was held in the (U.S.). Then.", ["It was held in the (U.S.). Then."]),
        # glued by a scraper: the stop still ends the sentence
        (
            "Oslo won the vote.The capital beat Lima.",
            ["Oslo won the vote.", "The capital beat Lima."],
        ),
        ("Who won?Oslo did.", ["Who won?", "Oslo did."]),
        # but not an abbreviation, an initialism or a name run together
        ("Mr.Smith won. Then he left.", ["Mr.Smith won.", "Then he left."]),
        ("The U.S.Army band played.", ["The U.S.Army band played."]),
        ("Dr.Lee and St.Petersburg.", ["Dr.Lee and St.Petersburg."]),
        ("See e.g.The Times.", ["See e.g.The Times."]),
        ("Visit example.com.Au today.", ["Visit example.com.Au today."]),
        ("Japan.Japan.Japan", ["Japan.", "Japan.", "Japan"]),
    ],
    ids=[
        "plain",
        "title",
        "initial-and-us",
        "lines",
        "quote",
        "decimal",
        "decimal-share-at-stop",
        "decimal-at-stop",
        "decimal-share-in-brackets",
        "initialism-in-brackets",
        "glued",
        "glued-question",
        "glued-title",
        "glued-initialism",
        "glued-short-names",
        "glued-eg",
        "domain",
        "glued-chain",
    ],
)
def test_split(text, expected):
    assert [s.text for s in split(text)] == expected


def test_lines_are_one_based():
    assert [s.line for s in split("a\n\nb. C d.")] == [1, 3, 3]


@given(st.text())
def test_offsets_always_point_at_the_sentence(text):
    for sentence in split(text):
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text.strip() == sentence.text != ""
        assert text.count("\n", 0, sentence.start) + 1 == sentence.line
