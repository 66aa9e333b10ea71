"""Candidates' names as read from the words around them: what is kept of a run of
capitalised words, checked whole (the phrasing cases match a name by one of its words)."""

from __future__ import annotations

import pytest

from votecli import extract_text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an office named by its portfolio: the portfolio opens the run, not the name
        ("The runner-up was Minister of Labour Ines Duarte, who received 23 votes.", "Ines Duarte"),
        ("Secretary of State Ana Lopes received 41 votes.", "Ana Lopes"),
        ("Former Minister of the Interior Rui Costa received 12 votes.", "Rui Costa"),
        ("Minister for Foreign Affairs Lena Berg received 30 votes.", "Lena Berg"),
        # a lone surname after the portfolio stays as it was read (nothing tells them apart)
        ("Minister of Health Frenk received 10 votes.", "Health Frenk"),
        # a local office named by its place: the place opens the run, not the name
        ("The Governor of Tambov Oksana Belova received 71 votes.", "Oksana Belova"),
        ("The Mayor of Santa Rosa Marco Ibarra received 15 votes.", "Marco Ibarra"),
        # a conjunction opening the sentence is no part of the name after it
        ("But Hosseini, 71, got only 27 votes.", "Hosseini"),
        ("And Marta Solis received 12 votes.", "Marta Solis"),
        ("Yet Lee won 30 votes.", "Lee"),
        # an alliance written "A/B" is one name, without the article opening the sentence
        ("The ANC/SACP won 57.5 percent of the vote.", "ANC/SACP"),
        ("The ANC/SACP alliance won 57.5 percent of the vote.", "ANC/SACP alliance"),
    ],
)
def test_the_name_read_whole(text, name):
    (tally,) = extract_text(text).tallies
    assert tally.candidate.name == name
