"""What extraction must give on the two seed texts: exactly this, and nothing more."""

from __future__ import annotations

import pytest

from votecli import analyse
from votecli.extract import extract
from votecli.inputs import read, seed_paths


@pytest.fixture(scope="module")
def documents():
    return {p.name[:3]: extract(read(str(p))) for p in seed_paths()}


def test_the_seeds_are_packaged_or_in_the_checkout():
    assert [p.name for p in seed_paths()] == [
        "000_fc4ecabff602a056.txt",
        "003_bc31853a46029a4e.txt",
    ]


def test_human_rights_council_seed(documents):
    doc = documents["000"]
    (contest,) = doc.contests
    assert contest.body == "Human Rights Council"
    assert contest.group == "Asia-Pacific"
    assert contest.seats == 5
    assert [c.code for c in contest.candidates] == ["KAZ", "PAK", "KOR", "JPN", "ARE"]
    assert [c.name for c in contest.candidates][2] == "Republic of Korea"
    (tally,) = doc.tallies
    assert (tally.candidate.code, tally.votes) == ("KAZ", 183)
    assert contest.total.value == 193
    (result,) = analyse([doc])
    assert round(result.rows[0].share * 100, 1) == 94.8
    assert result.majority.value == 97 and result.majority.derived


def test_security_council_seed(documents):
    doc = documents["003"]
    by_group = {c.group: c for c in doc.contests}
    assert {(c.body, c.year) for c in doc.contests} == {("Security Council", "2017-2018")}
    contest = by_group["Asia-Pacific"]
    assert [(t.candidate.code, t.votes) for t in doc.tallies] == [("KAZ", 138), ("THA", 55)]
    assert {t.contest.group for t in doc.tallies} == {"Asia-Pacific"}
    assert contest.total.value == 193
    # the other seats' countries, named in the story, each in its own group's contest
    assert {g: (c.elected, c.contesting) for g, c in by_group.items()} == {
        "Asia-Pacific": (("KAZ",), ()),
        "African": (("ETH",), ()),
        "Latin American and Caribbean": (("BOL",), ()),
        "Western European and Others": (("SWE",), ("ITA", "NLD")),
    }
    result = next(r for r in analyse([doc]) if r.contest is contest)
    first, second = result.rows
    assert (round(first.share * 100, 1), round(second.share * 100, 1)) == (71.5, 28.5)
    assert first.margin_votes == 83 and round(first.margin_points, 1) == 43.0
    assert (first.elected, second.elected) == ("yes", "no")
    assert result.majority.value == 129


def test_no_year_date_count_or_time_becomes_a_tally(documents):
    numbers = {t.votes for doc in documents.values() for t in doc.tallies}
    assert numbers == {183, 138, 55}


def test_every_number_carries_its_span(documents):
    for doc in documents.values():
        for tally in doc.tallies:
            span = tally.span
            assert doc.source.text[span.start : span.end] == str(tally.votes)
            assert span.sentence in doc.source.text
            line = doc.source.text.split("\n")[span.line - 1]
            assert span.sentence in line
        for contest in doc.contests:
            total = contest.total
            assert doc.source.text[total.span.start : total.span.end] == str(total.value)


@pytest.mark.parametrize(
    ("text", "elected"),
    [
        ("Japan was elected with 150 votes, while Nepal received 40.", {"JPN"}),
        ("While Fiji and Nepal ran a race to win the seat, Nepal was elected.", {"NPL"}),
        ("The Assembly elected Chile and Peru on Friday.", {"CHL", "PER"}),
        ("It would be a stain if Russia were re-elected to the Council.", set()),
        ("Bolivia was not elected.", set()),
    ],
    ids=["subject-not-rival", "to-win-is-a-purpose", "assembly-elected", "conditional", "negated"],
)
def test_who_the_text_declares_elected(text, elected):
    from votecli import extract_text

    declared = {key for contest in extract_text(text).contests for key in contest.elected}
    assert declared == elected


def test_a_restated_tally_is_one_tally_with_every_sentence_as_evidence():
    from votecli import extract_text

    text = "".join(f"Line {i}: Japan received 150 votes.\n" for i in range(5))
    (tally,) = extract_text(text).tallies
    assert tally.span.line == 1
    assert [span.line for span in tally.evidence] == [2, 3, 4, 5]
