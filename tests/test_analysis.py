"""Analysis through the public API: shares, ranks with ties, margins, majorities, status."""

from __future__ import annotations

import pytest

from votecli import analyse, extract_text
from votecli.analysis import head_to_head, resolve
from votecli.errors import UnknownCandidateError


def results_of(text: str):
    return analyse([extract_text(text)])


def test_share_of_the_stated_total_and_margins_in_a_one_seat_race():
    (result,) = results_of(
        "For the Eastern European seat on the Security Council, 190 members were present "
        "and voting. Moldova received 130 votes, Armenia 52 and Serbia 8."
    )
    rows = {r.tally.candidate.code: r for r in result.rows}
    assert result.contest.total.value == 190
    assert rows["MDA"].share == pytest.approx(130 / 190)
    assert rows["MDA"].margin_votes == 78
    assert rows["ARM"].margin_votes == 44
    assert rows["SRB"].margin_votes is None
    assert [r.rank for r in result.rows] == [1, 2, 3]
    assert result.majority.value == 127 and result.majority.derived
    assert result.majority.basis == "two-thirds of the 190 members present and voting"
    assert [rows[c].elected for c in ("MDA", "ARM", "SRB")] == ["yes", "no", "no"]


def test_no_margins_nor_shares_of_the_sum_where_each_member_votes_for_several():
    (result,) = results_of(
        "In the Security Council election, 190 members were present and voting. "
        "Norway received 130 votes, Ireland 128 and Canada 108."
    )
    rows = {r.tally.candidate.code: r for r in result.rows}
    assert rows["NOR"].share == pytest.approx(130 / 190)  # of the stated total: kept
    assert {r.margin_votes for r in result.rows} == {None}
    assert {r.margin_points for r in result.rows} == {None}
    (result,) = results_of(
        "In the Human Rights Council vote, Peru received 150 votes, Chile 140 and Cuba 99."
    )
    assert {r.share for r in result.rows} == {None}
    assert {r.margin_votes for r in result.rows} == {None}


def test_two_rivals_of_one_group_with_its_seats_unknown_are_no_share_pair():
    results = results_of(
        "The countries elected to the Security Council were Panama with 186 votes, "
        "Ghana 181 votes and Mali 176 votes."
    )
    for result in results:
        assert {r.share for r in result.rows} == {None}
        assert {r.margin_votes for r in result.rows} == {None}


def test_share_of_the_sum_when_no_total_and_all_candidates_have_tallies():
    (result,) = results_of("Anna Berg and Rui Costa scored 92 and 99 votes, respectively.")
    shares = {r.tally.candidate.name: round(r.share, 4) for r in result.rows}
    assert shares == {"Rui Costa": 0.5183, "Anna Berg": 0.4817}
    assert {r.share_basis for r in result.rows} == {"sum of tallies"}
    assert [r.margin_votes for r in result.rows] == [7, None]


def test_no_share_of_the_sum_for_countries_of_a_un_vote_with_no_seat_count():
    # UN members vote for a candidate per seat of each group: 92 + 99 need not be the voters
    (result,) = results_of("Italy and the Netherlands scored 92 and 99 votes, respectively.")
    assert {r.share for r in result.rows} == {None}
    assert {r.margin_votes for r in result.rows} == {None}


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


def test_tallies_above_the_total_are_warned_about_and_get_no_share_of_it():
    (result,) = results_of("Of the 100 member states 150 had voted for Japan.")
    assert any("more than the total" in w for w in result.warnings)
    assert [row.share for row in result.rows] == [None]


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


def test_a_majority_of_the_whole_membership_is_no_count_of_those_voting():
    (result,) = results_of(
        "In the Security Council vote, Norway received 130 votes, Ireland 128 and Canada 40."
    )
    assert result.majority.value == 129
    assert result.majority.basis == "two-thirds of the 193 members, if all vote"
    assert not result.majority.exact
    # with 192 voting 128 is enough: below 129 of the Assembly's size is no defeat
    rows = {r.tally.candidate.code: r.elected for r in result.rows}
    assert rows == {"NOR": "unknown", "IRL": "unknown", "CAN": "no"}


def test_the_largest_count_on_the_ballot_bounds_the_majority_of_every_group():
    results = results_of(
        "In the Security Council vote, Panama received 186 votes. In the African Group, "
        "Togo got 119 votes and Ghana 70."
    )
    rows = {r.tally.candidate.code: r.elected for result in results for r in result.rows}
    assert rows["TGO"] == "no"  # 186 voted at least: two-thirds of them is 124
    assert rows["GHA"] == "no"


def test_a_majority_of_ballots_cast_says_so():
    (result,) = results_of(
        "For the Security Council, 191 ballots were cast. Chile received 150 votes."
    )
    assert result.majority.basis == "two-thirds of the 191 ballots cast"
    assert not result.majority.exact


def test_a_judge_s_count_within_the_council_s_size_is_the_council_s_ballot():
    (result,) = results_of(
        "The Security Council and the Assembly voted apart for the International Court of "
        "Justice. In the Council, Maria Lund received 10 votes."
    )
    assert result.majority.value == 8
    assert result.rows[0].elected == "unknown"  # 10 of 15 is a majority, not a defeat


def test_a_body_s_own_vote_for_people_has_not_the_rule_of_the_vote_for_its_seats():
    (result,) = results_of(
        "The Economic and Social Council elected members of the narcotics board. In the "
        "first round, Maria Lund received 36 votes, Peter Holm 30 and Anna Berg 12."
    )
    assert result.majority is None
    assert {r.elected for r in result.rows} == {"unknown"}


def test_a_count_and_a_share_stated_apart_rank_their_candidate_once():
    (result,) = results_of(
        "In the party leadership ballot, Anna Berg polled 8,132 votes, compared to Rui Costa "
        "with 6,039. Anna Berg won 57.4 per cent and Rui Costa 42.6 per cent."
    )
    rows = [(r.tally.candidate.name, r.rank, r.margin_votes) for r in result.rows]
    assert rows == [
        ("Anna Berg", 1, 2093), ("Anna Berg", 1, None),
        ("Rui Costa", 2, None), ("Rui Costa", 2, None),
    ]  # fmt: skip


def test_a_count_and_a_share_one_sentence_states_apart_are_one_tally():
    document = extract_text(
        "Ana Ruiz got 5,120 votes with Tomas Vidal gaining 2,410 votes, accounting for 61.2 "
        "and 28.8 percent respectively."
    )
    rows = [(t.candidate.name, t.votes, t.percent) for t in document.tallies]
    assert rows == [("Ana Ruiz", 5120, 61.2), ("Tomas Vidal", 2410, 28.8)]


def test_ranks_count_candidates_not_rows_when_some_tie():
    (result,) = results_of(
        "Hungary received 144 votes, Croatia 144 and Serbia 90. Serbia won 25 per cent, "
        "Hungary 40 per cent and Croatia 40 per cent."
    )
    assert sorted({(r.tally.candidate.code, r.rank) for r in result.rows}) == [
        ("HRV", 1),
        ("HUN", 1),
        ("SRB", 3),
    ]


def test_declared_elected_with_a_count_short_of_an_exact_majority_is_no_yes():
    (result,) = results_of("Chile was elected to the Human Rights Council with 90 votes.")
    assert result.rows[0].elected == "unknown"  # the Council's 97 of the 193 members
    (result,) = results_of("Chile was elected to the Human Rights Council with 150 votes.")
    assert result.rows[0].elected == "yes"


def test_a_past_win_is_no_win_of_the_vote_reported():
    # "the last time Santiago gained a seat" speaks of an earlier vote; "lost its bid", of this
    (result,) = results_of(
        "Chile has lost its bid for a seat on the Human Rights Council. Only 90 of the 193 "
        "nations supported Chile, down from 2017, the last time Santiago gained a seat."
    )
    assert result.rows[0].elected == "no"
    (result,) = results_of(
        "Only 120 of the 193 nations supported Chile for the Human Rights Council, down from "
        "2017, the last time Santiago gained a seat."
    )
    assert result.rows[0].elected == "unknown"  # seats unknown: 120 of 97 needed decides nothing


def test_two_tied_for_the_last_seat_are_not_both_elected():
    (result,) = results_of(
        "For the Human Rights Council, two seats were open to the Western European and "
        "Others Group: Norway received 150 votes, Austria 120 and Malta 120."
    )
    rows = {r.tally.candidate.code: r.elected for r in result.rows}
    assert rows == {"NOR": "yes", "AUT": "unknown", "MLT": "unknown"}


def test_no_head_to_head_winner_where_both_may_have_won_a_seat():
    results = results_of(
        "In the Human Rights Council vote, Peru received 150 votes, Chile 140 and Cuba 99."
    )
    ((_, pair),) = head_to_head(results, resolve("PER", results), resolve("CHL", results))
    assert pair.winner is None
    assert pair.margin_votes == 10  # the difference itself is a fact


@pytest.mark.parametrize(
    ("text", "seats"),
    [
        (
            "Peru, Chile and Cuba competed for two seats on the Human Rights Council. "
            "Peru received 150 votes.",
            2,
        ),
        (
            "Austria and Malta won the two seats on the Human Rights Council with 150 and "
            "140 votes.",
            2,
        ),
        # a party's result, a list of results, the body's size: no seats at stake
        ("The Green Party won 40 seats in the assembly, with 51.2 percent.", None),
        (
            "In the assembly, the Green Party received 12 seats, the Blue Party three seats "
            "with 20.5 percent.",
            None,
        ),
        ("The Blue Party – six seats – took 12.5 percent in the assembly.", None),
        (
            "Ten of the council's 15 seats are elected; Peru was elected to the Security "
            "Council with 150 votes.",
            None,
        ),
    ],
)
def test_seats_at_stake_are_no_party_s_result_nor_the_body_s_size(text, seats):
    assert {r.contest.seats for r in results_of(text)} == {seats}


def test_a_count_above_the_assembly_s_membership_elects_no_one_by_the_rule():
    (result,) = results_of(
        "Serbia, Hungary and Croatia competed for two seats of the Human Rights Council. "
        "Serbia obtained 1120 votes, Hungary 150 and Croatia 120."
    )
    rows = {r.tally.candidate.code: r.elected for r in result.rows}
    assert rows["SRB"] == "unknown"  # a misprint: no more than 193 members vote
    assert rows["HUN"] == "yes"
    assert any("more than the 193 members" in w for w in result.warnings)


def test_no_sum_warning_where_each_member_voted_for_several_seats():
    (result,) = results_of(
        "In the Security Council vote, 190 members were present and voting. Peru received "
        "185 votes, Chile 180 and Ghana 179."
    )
    assert not any("add up" in w for w in result.warnings)
    (result,) = results_of(
        "In the Security Council vote for the Eastern European seat, 190 members were "
        "present and voting. Serbia received 120 votes and Moldova 80."
    )
    assert any("add up to 200" in w for w in result.warnings)


# --- outcomes the text states in words ------------------------------------------------------
def stated(text: str) -> tuple[set[str], set[str]]:
    """The keys the text says won and lost, over all its contests."""
    contests = extract_text(text).contests
    return (
        {key for c in contests for key in c.elected},
        {key for c in contests for key in c.defeated},
    )


@pytest.mark.parametrize(
    ("text", "won", "lost"),
    [
        ("The seats went to Chile and Peru.", {"CHL", "PER"}, set()),
        ("Bolivia has lost its bid for a seat on the Security Council.", set(), {"BOL"}),
        ("Ecuador lost out on its bid for a Council seat.", set(), {"ECU"}),
        ("In the vote for the Council, Uruguay narrowly lost.", set(), {"URY"}),
        ("Paraguay failed to win a seat on the Human Rights Council.", set(), {"PRY"}),
        ("Fiji missed out on a seat on the Council.", set(), {"FJI"}),
        ("Nepal was elected to the Council after defeating Fiji.", {"NPL"}, {"FJI"}),
        ("Ghana beat Togo for the African seat on the Council.", {"GHA"}, {"TGO"}),
        ("Kenya won the seat on the Security Council.", {"KEN"}, set()),
        ("Chile and Peru were elected, while Cuba fell short.", {"CHL", "PER"}, {"CUB"}),
        ("Japan was re-elected to the Human Rights Council.", {"JPN"}, set()),
        ("Togo withdrew its candidacy for the Council seat.", set(), {"TGO"}),
        ("Benin was eliminated from the race for the Council.", set(), {"BEN"}),
        ("Slovakia and Latvia won the two available seats, while Serbia was unsuccessful.",
         {"SVK", "LVA"}, {"SRB"}),
        ("Oman's failed bid for the Council seat surprised many.", set(), {"OMN"}),
        ("Austria defeated Moscow's close ally Serbia for the seat.", {"AUT"}, {"SRB"}),
        ("Austria defeated Russia-aligned Serbia for the seat.", {"AUT"}, {"SRB"}),
        ("The Assembly, meeting on Friday, elected Peru to the Security Council.", {"PER"}, set()),
        ("Along with Chile, Peru and Cuba were also elected to the Council.",
         {"CHL", "PER", "CUB"}, set()),
        ("France scored 123 votes and Italy 120, edging out Spain, which got 119.",
         set(), {"ESP"}),
        ("Canada, which had campaigned for years, failed to get a seat on the Council.",
         set(), {"CAN"}),
        ("Jana Novak, a former minister of culture, has been elected head of the agency. "
         "Novak received 30 votes to 28 for Ivo Bran.", {"jana novak"}, set()),
        ("All three new members of the Council were elected on Monday, namely Chile, Peru "
         "and the Niger.", {"CHL", "PER", "NER"}, set()),
        ("The countries elected to the Council were Ghana, Togo and Benin.",
         {"GHA", "TGO", "BEN"}, set()),
        ("Two members were elected to the Council: Fiji and Nepal.", {"FJI", "NPL"}, set()),
        ("Chile and Ghana also won a second term on the Council without contenders.",
         {"CHL", "GHA"}, set()),
        ("In the contested Council slate, Cuba and Brazil came out as winners.",
         {"CUB", "BRA"}, set()),
        # joining the body as its new members after the vote is being elected
        ("Peru joined Chile, Ghana and Nepal as the newest members of the Security Council.",
         {"PER", "CHL", "GHA", "NPL"}, set()),
        ("Fiji joins Togo and Benin as rotating members whose terms start in January.",
         {"FJI", "TGO", "BEN"}, set()),
        ("On Monday Oman joined Chile and Peru as new non-permanent members of the Council.",
         {"OMN", "CHL", "PER"}, set()),
        # declared the winner
        ("The board confirmed incumbent Mayor Jon Lind as the winner of the race. Lind got 30 "
         "votes to 28 for Ivo Bran.", {"jon lind"}, set()),
        ("Jon Lind was declared the winner. Lind got 30 votes to 28 for Ivo Bran.",
         {"jon lind"}, set()),
        ("The Assembly declared Peru the winner of the Council seat.", {"PER"}, set()),
        # a dash and a party restating the name: the restatement is the subject
        ("It proved a good night for Rep. Jon Lind—the Democrat was elected chair of the "
         "board. Lind got 30 votes to 28 for Ivo Bran.", {"jon lind"}, set()),
        ("Rep. Jon Lind—the Democrat was elected chair of the board. Lind got 30 votes to 28 "
         "for Ivo Bran.", {"jon lind"}, set()),
        # two sentences run together: the second's past year is not the first's
        ("Lima narrowly won the vote for the Council seat.Lima held the Games in 2008 too.",
         {"PER"}, set()),
    ],
)  # fmt: skip
def test_outcomes_stated_in_words(text, won, lost):
    assert stated(text) == (won, lost)


@pytest.mark.parametrize(
    "text",
    [
        "Peru would have been elected to the Council had it won 129 votes.",
        "Chile hopes to win a seat on the Security Council.",
        "Ecuador received 120 votes, down from 2016, the last time Quito gained a seat.",
        "Peru failed to win the required two-thirds majority for the Council seat.",
        "Cuba was not elected to the Human Rights Council.",
        "If Peru loses its bid for the Council seat, Chile will run again.",
        "In the Council vote, 144 votes went to Hungary and 114 to Croatia.",
        "Delegates from Lima and Quito were elected to the panel of the Council.",
        "The vote for the Council seat will go to a run-off after Chile beat Peru.",
        "Spain could lose its seat on the Council, and Italy might have won it.",
        "Chile, a rival of Peru, was elected to the Council.",  # whose appositive? neither
        "The countries not elected to the Council were Ghana and Togo.",
        "Members expected to be elected to the Council are Fiji and Nepal.",
        "It is unclear whether the members were elected: Chile, Peru and Cuba await a count.",
        "Peru won the long-term backing of Chile for the Council seat.",
        "Chile was expected to come out as the winner of the Council seat.",
        "Peru hopes to join Chile and Ghana as new members of the Security Council.",
        "Peru would have joined Chile and Ghana as new members of the Security Council.",
        "Peru has not joined Chile and Ghana as new members of the Security Council.",
        "Peru joined Chile and Ghana in calling for new members of the Security Council.",
        "Peru joined Chile and Ghana as members of the panel of the Security Council.",
        "Peru's bid to join Chile and Ghana as new members of the Council was in vain.",
        "The board would have declared Peru the winner of the Council seat.",
        "The board refused to confirm Peru as the winner of the Council seat.",
        "Peru was not declared the winner of the Council seat.",
        "Polls named Peru as the likely winner of the Council seat.",
        "Peru has been declared the winner of the Council seat in 2010 and 2014.",
        "It proved costly for Rep. Jon Lind—the Speaker was elected by acclaim. "
        "Lind got 30 votes to 28 for Ivo Bran.",
        "It proved costly for Rep. Jon Lind—the rival was elected by acclaim. "
        "Lind got 30 votes to 28 for Ivo Bran.",
        "It proved costly for Rep. Jon Lind—the Democrat was not elected chair. "
        "Lind got 30 votes to 28 for Ivo Bran.",
    ],
)
def test_no_outcome_from_a_hope_a_condition_a_past_vote_or_a_round(text):
    assert stated(text) == (set(), set())


@pytest.mark.parametrize(
    "said",
    ["Bolivia won a seat on it in 2010.", "Bolivia joined Peru as new members of it in 2010."],
)
def test_a_past_win_is_filed_under_its_own_year(said):
    text = "Bolivia won 150 votes for the Security Council. " + said
    years = {c.year for c in extract_text(text).contests if "BOL" in c.elected}
    assert years == {"2010"}


def test_a_stated_loss_is_no_and_a_stated_win_yes_in_the_elected_column():
    results = results_of(
        "In the Security Council vote, Norway received 130 votes, Ireland 128 and Canada 108. "
        "Canada has lost its second bid for a seat. The seats went to Norway and Ireland."
    )
    rows = {r.tally.candidate.code: r.elected for res in results for r in res.rows}
    assert rows == {"NOR": "yes", "IRL": "yes", "CAN": "no"}


def test_a_person_s_stated_win_and_loss_follow_their_numbers():
    (result,) = results_of(
        "Jane Doe won the speakership with 300 votes, defeating John Roe, who had 250."
    )
    rows = {r.tally.candidate.name: r.elected for r in result.rows}
    assert rows == {"Jane Doe": "yes", "John Roe": "no"}


def test_people_elected_by_the_body_and_a_bare_win():
    (result,) = results_of(
        "MPs have elected Jane Doe as Speaker. Jane Doe got 300 votes and John Roe 250. "
        "Jane Doe won."
    )
    assert {r.tally.candidate.name: r.elected for r in result.rows}["Jane Doe"] == "yes"
    text = "Ana Lima (Peru) was elected by an absolute majority of 108 votes."
    assert stated(text) == ({"ana lima"}, set())  # the person, not the country in brackets


def test_a_person_counted_nowhere_gets_no_status():
    text = (
        "Chile was elected to the Human Rights Council with 150 votes. "
        "Ana Silva was elected to the advisory committee."
    )
    assert stated(text) == ({"CHL"}, set())


def test_the_winner_of_the_last_round_is_not_elected_in_the_first():
    text = (
        "In the first round of the Speaker election, Jane Doe received 200 votes and John Roe "
        "180. In the second round, Jane Doe received 320 votes and John Roe 240. "
        "Jane Doe was elected Speaker. John Roe was defeated."
    )
    contests = {c.round: c for c in extract_text(text).contests}
    assert contests[1].elected == () and contests[1].defeated == ()
    assert contests[2].elected == ("jane doe",) and contests[2].defeated == ("john roe",)


def test_a_win_is_not_filed_in_a_round_the_text_goes_past():
    text = (
        "Peru was elected to the Security Council. In the first round, Peru received 120 "
        "votes and Chile 70, so a second round was needed."
    )
    (first,) = [c for c in extract_text(text).contests if c.round == 1]
    assert first.elected == ()


def test_a_required_majority_stated_before_its_verb():
    (result,) = results_of(
        "In the Security Council vote, Norway received 130 votes and Canada 108. "
        "A total of 128 votes were needed to secure a two-thirds majority."
    )
    assert (result.majority.value, result.majority.derived) == (128, False)
    (result,) = results_of(
        "In the Security Council vote, Norway received 130 votes and Canada 108, "
        "22 short of what was needed."
    )
    assert result.majority.derived


@pytest.mark.parametrize(
    "sentence",
    [
        "Support switched to Okafor, landing him the required 50 per cent plus one majority.",
        "A candidate needed 50% of the valid votes plus one to win outright.",
    ],
)
def test_a_majority_stated_as_a_percentage_is_no_count(sentence):
    text = f"At the FIFA congress, Okafor received 88 votes and Mensah 85. {sentence}"
    assert all(c.required is None for c in extract_text(text).contests)


def test_one_person_named_two_ways_is_one_candidate():
    text = (
        "At the party congress, Ana Lopes received 212 votes and Marc Dubois 187.\n"
        "Lopes thanked the delegates.\n"
        "“It was a close race and Ana won. I congratulate her,” Dubois said."
    )
    (contest,) = extract_text(text).contests
    assert [c.name for c in contest.candidates] == ["Ana Lopes", "Marc Dubois"]
    assert contest.elected == ("ana lopes",)


def test_a_first_name_two_people_share_names_neither():
    text = (
        "At the party congress, Ana Lopes received 212 votes, Ana Moreau 150 and Marc Dubois 98.\n"
        "Lopes thanked the delegates.\n"
        "“It was a close race and Ana won. I congratulate her,” Dubois said."
    )
    (contest,) = extract_text(text).contests
    assert "ana lopes" not in contest.elected and "ana moreau" not in contest.elected
