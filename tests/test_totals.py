"""Stated totals: how many voted, read from own sentences in the phrasings news uses.

Each case gives, for every contest that holds tallies, its round and the total stated for
it (None when the text states none). Sizes of bodies and electorates, memberships and
populations are never the total of those who voted."""

from __future__ import annotations

import pytest

from votecli import extract_text
from votecli.figures import _PROSE_TOTAL, _prose_total

CASES = [
    # --- a body's size, then those who voted in the same sentence: the latter is the total
    (
        "of-members-then-cast",
        "Of the 193 member states, 190 cast ballots. Kenya received 150 votes.",
        {None: 190},
    ),
    (
        "of-members-then-present",
        "Of the 193 Member States, 191 were present and voting; Chile won 170 votes.",
        {None: 191},
    ),
    # --- turnout stated as people who voted; the electorate beside it is not the total
    (
        "turnout-people-out-of-eligible",
        "Around 4.7 million people out of nearly 9 million eligible voters cast their ballots "
        "in Sunday's parliamentary election, and the Harmony party won 51.3 percent.",
        {None: 4_700_000},
    ),
    (
        "turnout-exercising-franchise",
        "Turnout stood at 68.4 per cent, with 5,212,904 out of the total 7,621,000 registered "
        "voters exercising their franchise. Incumbent Rahimov took 72.5 percent.",
        {None: 5_212_904},
    ),
    (
        "turnout-people-cast-votes",
        "According to the election commission, 3,904,227 people cast their votes. Rahimov "
        "won 66.1 percent.",
        {None: 3_904_227},
    ),
    (
        "electorate-alone-no-total",
        "Rahimov won 52 percent; the country has 9.3 million eligible voters.",
        {None: None},
    ),
    (
        "registered-voters-of-no-total",
        "Rahimov took 2,100,000 votes out of 6,400,000 registered voters.",
        {None: None},
    ),
    (
        "population-no-total",
        "In a country of 19 million people, Rahimov won 70 percent of the vote.",
        {None: None},
    ),
    (
        "areas-won-no-total",
        "Rotimi Ade won in 15 of the 18 local government areas and polled 292,830 votes, "
        "ahead of Tunde Bako with 195,791.",
        {None: None},
    ),
    (
        "districts-carried-no-total",
        "Moss carried 40 of the 64 counties, winning 1,204,118 votes to 980,220 for Lane.",
        {None: None},
    ),
    (
        "body-size-under-the-counts-no-total",
        "The General Assembly elected 14 of the 47 members of the Human Rights Council. "
        "Croatia received 114 votes and Russia 112.",
        {None: None},
    ),
    (
        "bound-no-total",
        "More than 1,000 people voted in the online ballot, and Moss won 61 percent.",
        {None: None},
    ),
    (
        "bound-present-and-voting-no-total",
        "Nearly 190 members were present and voting, and Chile won 150 votes.",
        {None: None},
    ),
    (
        "measure-vote-no-total",
        "The amendment passed after 176 members voted. Chile then won 150 votes.",
        {None: None},
    ),
    # --- attendance at a vote
    (
        "among-countries-in-attendance",
        "The secret ballot was held in the General Assembly hall, among the 188 countries in "
        "attendance. Bhutan received 141 votes and Laos 45.",
        {None: 188},
    ),
    (
        "vote-attended-by-states",
        "Bhutan received 141 votes and Laos 45. The vote was attended by 188 States.",
        {None: 188},
    ),
    (
        "election-set-off-attended-by-states",
        "In the election, attended by 187 States, Bhutan received 141 votes and Laos 45.",
        {None: 187},
    ),
    (
        "election-attended-by-observers-no-total",
        "The election was attended by 40 observers, and Bhutan received 141 votes.",
        {None: None},
    ),
    (
        "summit-attended-by-no-total",
        "The summit, attended by 45 countries, closed on Friday. Bhutan received 141 votes.",
        {None: None},
    ),
    (
        "present-to-cast-votes",
        "All 192 member states were present to cast their votes. Bhutan won 180 votes.",
        {None: 192},
    ),
    (
        "present-to-cast-votes-slip",
        "All 192 UN member states were in present to cast their votes. Bhutan won 180 votes.",
        {None: 192},
    ),
    # --- a count and its total
    (
        "votes-out-the-ballots-slip",
        "Latvia received 176 votes out the 189 ballots.",
        {None: 189},
    ),
    (
        "votes-out-of-the-total",
        "Latvia received 176 votes out of the total 189.",
        {None: 189},
    ),
    (
        "votes-out-of-a-possible",
        "Dr Ines Vallejo obtained 141 votes out of a possible 150 votes of states present.",
        {None: 150},
    ),
    (
        "votes-out-of-a-potential",
        "Latvia was elected with 151 votes out of a potential 182 and ahead of Peru.",
        {None: 182},
    ),
    # --- sizes of bodies and memberships
    (
        "body-of-members-no-total",
        "The Security Council is a body of 15 members, five of which are permanent. Latvia "
        "received 150 votes.",
        {None: None},
    ),
    (
        "president-of-all-nations-no-total",
        "Jansen won 120 votes. I want to be the president of all 205 nations, he said.",
        {None: None},
    ),
    (
        "member-assembly-no-total",
        "Nepal won 150 of the 193-member Assembly's votes.",
        {None: None},
    ),
    (
        "of-the-member-states-beside-a-count",
        "Of the 191 member states, 176 voted for Nepal.",
        {None: 191},
    ),
    # --- the round a total belongs to
    (
        "total-of-the-round-named-beside-it",
        "In the eighth round, a total of 189 votes were cast; 101 in favour of Chile and 84 in "
        "favour of Peru. That final vote nearly matched the first vote, in which 183 Member "
        "States voted, giving 95 to Chile and 81 to Peru.",
        {8: 189, 1: 183},
    ),
    (
        "total-of-the-final-round",
        "Joan Kerr beat Tom Lowe by 97 votes in the third and final round. Altogether, 588 MPs "
        "voted in the final round, with Kerr receiving 341 votes to Lowe's 244.",
        {3: 588},
    ),
    (
        "total-stated-before-the-rounds",
        "All 190 member states took part in the vote. In the first round, Latvia received 110 "
        "votes and Moldova 75. In the second round, Latvia received 130 votes and Moldova 55.",
        {1: 190, 2: 190},
    ),
    (
        "total-stated-before-the-group",
        "The vote was attended by 191 States. For the Asia-Pacific seat, Nepal won 150 votes "
        "while Laos received 40.",
        {None: 191},
    ),
    # --- those voting out of the membership: the first number is the total, not the second
    (
        "out-of-members-voting",
        "The ballot drew a full field, with 188 out of 193 members voting. Chile received 101 "
        "votes and Peru 84.",
        {None: 188},
    ),
    (
        "out-of-states-taking-part",
        "In all, 176 out of the 193 Member States took part; Ghana won 150 votes.",
        {None: 176},
    ),
    (
        "out-of-delegates-voting-for-is-a-count",
        "Ines Vidal was re-elected: 41 out of the 60 delegates voted for her.",
        {None: 60},
    ),
    # --- setAH: "N votes among M member states that voted": those voting; a bloc's seats
    # ("10 of the 33 members sitting on the Council") are no total
    (
        "votes-among-states-that-voted",
        "Okafor, 61, received 93 votes among 171 member states that voted.",
        {None: 171},
    ),
    (
        "bloc-of-members-sitting-no-total",
        "Okafor received 93 votes. The OAS holds one of the biggest groups in the agency with "
        "9 of the 31 members sitting on its Executive Board.",
        {None: None},
    ),
    # --- a count's progress told by ballot boxes or polling stations: no total of votes
    (
        "ballot-boxes-counted-no-total",
        "With 388 out of 410 ballot boxes counted, Amira Nasser leads with 47.2% of the vote.",
        {None: None},
    ),
    (
        "polling-stations-reporting-no-total",
        "Results from 96 of the 120 polling stations give Omar Haddad 5,210 votes.",
        {None: None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_stated_totals(text: str, expected: dict) -> None:
    document = extract_text(text)
    tallied = {id(t.contest) for t in document.tallies}
    found = {
        c.round: c.total.value if c.total else None for c in document.contests if id(c) in tallied
    }
    assert found == expected


BLOCK = """Election of five members of the Council
Number of ballot papers: 188
Invalid ballots: 1
Number of valid ballots: 187
Abstentions: 2
Number of members present and voting: 185
Required majority: 124
Number of votes obtained:
Peru | 171
Chile | 169; Abstentions: 3 in the second count. Uruguay received 12 votes."""


def test_a_ballot_block_s_label_lines_are_read_as_labels_alone() -> None:
    """A line holding only a label and its value sets the contest's figures and is read no
    further: its number is no unread number in a vote sentence. A label line that goes on is
    read on."""
    document = extract_text(BLOCK)
    (contest,) = {tally.contest for tally in document.tallies}
    assert (contest.total.value, contest.total.basis) == (185, "present and voting")
    assert contest.required.value == 124
    tallies = {(t.candidate.code, t.votes) for t in document.tallies}
    assert tallies == {("PER", 171), ("CHL", 169), ("URY", 12)}
    unread = {BLOCK[span.start : span.end] for span in document.unattributed}
    assert not unread & {"188", "1", "187", "2", "185", "124"}


@pytest.mark.parametrize(
    ("text", "basis"),
    [
        ("Of the 193 member states, 190 cast ballots. Kenya received 150 votes.", "ballots cast"),
        (
            "Of the 193 Member States, 191 were present and voting; Chile won 170 votes.",
            "present and voting",
        ),
        ("Of the 193 member states 183 had voted for Kazakhstan.", "member states"),
        (
            "Some 4,120,300 people cast their ballots, and the Harmony party won 51.3 percent.",
            "ballots cast",
        ),
    ],
)
def test_a_total_s_basis_is_named_in_its_own_clause(text: str, basis: str) -> None:
    """What a total counts is read from the words of its own clause, not from the next
    clause's ("Of the 193 Member States, 191 were present and voting": 193 is no count of
    those present and voting)."""
    (tally, *_) = extract_text(text).tallies
    assert tally.contest.total is not None and tally.contest.total.basis == basis


@pytest.mark.parametrize(
    "text",
    [
        "Some 150 members were present and voting; 149 valid votes were cast.",
        "A total of 188 MPs took part, 12 more than the 176 who voted in 2019.",
        "Japan got 120 votes and Peru 64, with 3 abstentions.",  # none of the gate's words
        "Of 190 STATES, 188 CAST their ballots and 187 Participated.",
    ],
)
def test_the_prose_total_gate_hides_no_match(text: str) -> None:
    """_prose_total skips the pattern in ASCII text holding none of its words: the same
    answer as the pattern after every number."""
    for start in range(len(text)):
        if text[start].isdigit() and (start == 0 or not text[start - 1].isdigit()):
            after = text[start:].lstrip("0123456789,")[:60]
            assert _prose_total(text, after) == bool(_PROSE_TOTAL.match(after)), after


def test_the_prose_total_gate_hides_no_match_in_any_phrasing_case() -> None:
    from phrasing_cases import CASES

    for case in CASES:
        text = case.text
        for start in range(len(text)):
            after = text[start : start + 60]
            assert _prose_total(text, after) == bool(_PROSE_TOTAL.match(after)), case.id


@pytest.mark.parametrize(
    "text",
    [
        "In the referendum on the new flag, the No vote was 52.6%. Some 812,440 people voted no.",
        "In the referendum, 61% voted yes. In all, 1,204,331 people voted yes.",
    ],
)
def test_those_who_voted_for_a_side_are_no_total(text: str) -> None:
    """ "812,440 people voted no" counts one side of a referendum, not all who voted."""
    document = extract_text(text)
    assert all(t.contest.total is None for t in document.tallies)
    assert any(t.votes is not None for t in document.tallies)
