"""A results page's races: each capitalised heading over rows of names and numbers is a
contest of its own, labelled from the heading; prose and a single list stay as they were."""

from __future__ import annotations

from votecli import extract_text
from votecli.headings import race_blocks

PAGE = """County results
The count was finished on Wednesday morning. Below are the races as they stand:
SHERIFF – DEMOCRATIC PRIMARY
MARTA OYELARAN (D) 61.2% 41,306
GREGOR HALVORSEN (D) 38.8% 26,188
SHERIFF – REPUBLICAN PRIMARY
DELPHINE ACHTERBERG (R) 52.5% 30,114
ROLAND PIETRASZEK (R) 47.5% 27,245
IVO KRANJC (R) 0.0% 12

City Council Ward 2
Candidate\tVotes
Priya Ramaswamy\t1,204
Tomasz Wieczorek\t987
"""


def _contests(text: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for tally in extract_text(text).tallies:
        names = found.setdefault(tally.contest.label, [])
        if tally.candidate.name not in names:
            names.append(tally.candidate.name)
    return found


def test_each_heading_over_rows_is_its_own_contest():
    contests = _contests(PAGE)
    assert contests == {
        "Sheriff / Democratic primary": ["Marta Oyelaran", "Gregor Halvorsen"],
        "Sheriff / Republican primary": ["Delphine Achterberg", "Roland Pietraszek", "Ivo Kranjc"],
        "City Council Ward 2": ["Priya Ramaswamy", "Tomasz Wieczorek"],
    }


def test_the_heading_gives_body_and_group():
    contests = {c.label: c for c in extract_text(PAGE).contests}
    race = contests["Sheriff / Republican primary"]
    assert (race.body, race.group) == ("Sheriff", "Republican primary")


def test_one_heading_over_one_list_splits_nothing():
    text = "MAYOR\nLena Sorvino 4,210\nPaul Okafor 3,998\n"
    assert race_blocks(text) == []
    assert set(_contests(text)) == {"Election"}


def test_prose_and_rows_of_a_numbered_place_head_no_race():
    text = (
        "The results below were certified by the clerk on Friday after a recount.\n"
        "Lena Sorvino 4,210\nPaul Okafor 3,998\n"
        "Turnout figures\nRegistered 12,000\nCast 8,400\n"
        "State Court Justice, Place 1\nRuth Ambrose\n"
    )
    assert race_blocks(text) == []


def test_initials_and_a_district_s_number_stay_in_the_heading():
    text = (
        "U.S. SENATE\nJane Roe (D) 51% 1,200\nJohn Poe (R) 49% 1,150\n\n"
        "STATE HOUSE DISTRICT 12\nAnn Lee 3,400\nBo Kim 2,100\n"
    )
    assert set(_contests(text)) == {"U.S. Senate", "State House District 12"}
