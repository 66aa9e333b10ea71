"""The cheap test of a list line's ends never hides a line `_LIST_LINE` matches."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from phrasing_cases import CASES
from votecli.extract import _LIST_LINE, _is_list_line


@pytest.mark.parametrize(
    ("line", "listed"),
    [
        ("* Ana Ruiz", True),
        ("  • Tomas Berg (Liberal)", True),
        ("Mali: 140", True),
        ("Chad - 1,204 votes", True),
        ("Lena Ortiz 88 votes\n", True),
        ("Oman – 77 (elected)", True),
        ("Total ballots: 12,", True),
        ("Kenya obtained 132 votes.", False),  # prose: a full stop after the count
        ("Peru (116 votes) and Chile (6) led the field.", False),
        ("The results were:", False),
        ("Nepal wins seat on the council", False),
    ],
)
def test_list_lines(line: str, listed: bool) -> None:
    assert _is_list_line(line) == listed == bool(_LIST_LINE.match(line))


def test_the_same_as_the_pattern_on_every_phrasing_case_line() -> None:
    for case in CASES:
        for line in case.text.split("\n"):
            for piece in (line, line[:90], line[-90:], line + "\n"):
                assert _is_list_line(piece) == bool(_LIST_LINE.match(piece)), piece


@settings(max_examples=2000)
@given(st.text(alphabet="ab V votes1,2 -–—(:*•·.\n\t\u2009\u0663", max_size=70))
def test_the_same_as_the_pattern_on_any_text(line: str) -> None:
    assert _is_list_line(line) == bool(_LIST_LINE.match(line))
