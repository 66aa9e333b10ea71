"""Analysis through the public API: shares, ranks with ties, margins, majorities, status."""

from __future__ import annotations

import pytest

from votecli import analyse, extract_text
from votecli.analysis import head_to_head, resolve
from votecli.errors import UnknownCandidateError


def results_of(text: str):
    return analyse([extract_text(text)])


def test_share_of_the_stated_total_and_margins():
    (result,) = results_of(
        "In the Security Council election, 190 members were present and voting. "
        "Norway received 130 votes, Ireland 128 and Canada 108."
    )
    rows = {r.tally.candidate.code: r for r in result.rows}
    assert result.contest.total.value == 190
    assert rows["NOR"].share == pytest.approx(130 / 190)
    assert rows["NOR"].margin_votes == 2
    assert rows["IRL"].margin_votes == 20
    assert rows["CAN"].margin_votes is None
    assert [r.rank for r in result.rows] == [1, 2, 3]
    assert result.majority.value == 127 and result.majority.derived


def test_share_of_the_sum_when_no_total_and_all_candidates_have_tallies():
    (result,) = results_of("Italy and the Netherlands scored 92 and 99 votes, respectively.")
    shares = {r.tally.candidate.code: round(r.share, 4) for r in result.rows}
    assert shares == {"NLD": 0.5183, "ITA": 0.4817}
    assert {r.share_basis for r in result.rows} == {"sum of tallies"}


def test_no_share_when_no_total_and_a_named_candidate_has_no_tally():
    (result,) = results_of(
        "Candidates Japan, Nepal and Iraq competed. Japan received 160 votes, Nepal 150."
    )
    assert {r.share for r in result.rows} == {None}


def test_ties_share_a_rank():
    (result,) = results_of("Hungary received 144 votes, Croatia 144 and Serbia 90.")
    assert [r.rank for r in result.rows] == [1, 1, 3]


def test_stated_majority_wins_over_the_rule():
    (result,) = results_of(
        "Required majority: 127\nIn the Security Council vote, India received 184 votes."
    )
    assert result.majority.value == 127
    assert not result.majority.derived


def test_human_rights_council_needs_an_absolute_majority():
    (result,) = results_of("For the Human Rights Council, Saudi Arabia received 90 votes.")
    assert result.majority.value == 97
    assert result.rows[0].elected == "no"


def test_tallies_above_the_total_are_warned_about():
    (result,) = results_of("Of the 100 member states 150 had voted for Japan.")
    assert any("more than the total" in w for w in result.warnings)


def test_resolve_by_name_code_capital_and_unknown():
    results = results_of("Kazakhstan garnered 138 votes, beating its competitor Thailand with 55.")
    assert resolve("astana", results).code == "KAZ"
    assert resolve("tha", results).code == "THA"
    with pytest.raises(UnknownCandidateError, match="Kazakhstan"):
        resolve("Kazakstan", results)
    ((_, pair),) = head_to_head(results, resolve("KAZ", results), resolve("THA", results))
    assert pair.margin_votes == 83 and pair.winner == "Kazakhstan"


def test_a_total_stated_with_a_count_is_that_tally_s_total():
    results = results_of(
        "Mexico won 187 out of 187 votes, while India won 184 out of 192 votes and Norway "
        "won 130 out of 191 votes."
    )
    rows = {r.tally.candidate.code: r for result in results for r in result.rows}
    assert {code: row.total for code, row in rows.items()} == {"MEX": 187, "IND": 192, "NOR": 191}
    assert round(rows["IND"].share, 4) == 0.9583


def test_seat_counts_and_rivals_are_no_totals():
    (result,) = results_of("Only four of the 15 spots were contested. Japan received 160 votes.")
    assert result.contest.total is None
