"""`votecli check`: reconciling contests across sources, arithmetic, rules and claims.

Every text here is written for the test, in the phrasings news stories and UN press
releases use; the seeds are read as the CLI reads them.
"""

from __future__ import annotations

import dataclasses
import io
import json

import pytest

from votecli import check, views
from votecli.check import Finding
from votecli.extract import extract
from votecli.inputs import read, seed_paths
from votecli.model import Document, Source
from votecli.pipeline import extract_text
from votecli.render import write

HRC_2012 = """UN General Assembly elects 18 members of the Human Rights Council

NEW YORK, Nov 12 (News) - The UN General Assembly on Monday elected 18 countries to the Human Rights Council for 2013-2015.

In the Asia-Pacific Group, five candidates ran for five seats in the 2012 vote. The United Arab Emirates received 184 votes, Kazakhstan 183, Japan 182, the Republic of Korea 176 and Pakistan 171.
"""
PARTY_A = """Social Democrats win parliamentary elections

The Social Democratic Party received 3,341,510 votes in the parliamentary elections, the election commission said, and the Green Party received 1,204,332 votes.
"""
PARTY_B = """Parliamentary elections: official results

In the parliamentary elections, the Social Democratic Party received 3,431,510 votes and the Green Party received 1,204,332 votes, the election commission said.
"""
OVER_TOTAL = """Peter Thomson elected President of the General Assembly

In the election of the President of the General Assembly, 190 members were present and voting. Peter Thomson received 104 votes and Andreas Mavroyiannis 90 votes.
"""
BALLOT_BLOCK = """Election of the President of the General Assembly

Number of ballot papers:
|
193
|
Number of invalid ballots:
|
1
|
Number of valid ballots:
|
192
|
Abstentions:
|
2
|
Number of members present and voting:
|
190
|
Required majority:
|
96
|
Number of votes obtained:
|
|
Peter Thomson
|
97
|
Andreas Mavroyiannis
|
95
"""
INLINE_BLOCK = """Ballot results

Number of ballot papers: 193
Number of invalid ballots: 0
Number of valid ballots: 193
Abstentions: 2
Number of members present and voting: 191
Required majority: 128
"""
WRONG_MAJORITY = """Security Council vote goes to a second day

Italy received 113 votes and the Netherlands 125 votes in the Security Council vote. A two-thirds majority of 128 was required, with 193 members present and voting.
"""
MARGINS = """Security Council election

In the Security Council election for 2017-2018, Italy won 113 votes, two more votes than the Netherlands, which won 99. Italy beat Sweden by 13 votes; Sweden received 100 votes.
"""
OVER_REQUIRED = """Italy wins a seat on the Security Council

In the Security Council election for 2017-2018, Italy won 138 votes, nine votes more than it needed, with 193 members present and voting.
"""
BELOW_MAJORITY = """Saudi Arabia returns to the rights council

Saudi Arabia was elected to the Human Rights Council for 2014-2016 with 90 votes, while Pakistan received 169 votes.
"""
TOPPED = """Japan says it topped the poll

Japan topped the poll in the Asia-Pacific Group with 182 votes when the Human Rights Council members for 2013-2015 were elected, a ministry spokesman said.
"""


def seeds() -> list[Document]:
    return [extract(read(str(path), "seeds/" + path.name)) for path in seed_paths()]


def docs(**texts: str) -> list[Document]:
    return [extract_text(text, f"{name}.txt") for name, text in texts.items()]


def where(findings: list[Finding], kind: str, text: str = "") -> list[Finding]:
    return [f for f in findings if f.kind == kind and text in f.message]


def only(findings: list[Finding], kind: str, text: str = "") -> Finding:
    found = where(findings, kind, text)
    assert len(found) == 1, [f.message for f in findings]
    return found[0]


# --- acceptance -------------------------------------------------------------------------------
def test_seed_claims_checked_against_another_source() -> None:
    findings = check.run_checks([*seeds(), *docs(hrc2012=HRC_2012)])
    second = only(findings, "claim", "second in the Asia-Pacific Group")
    assert second.verdict == "consistent"
    assert second.subject == "Kazakhstan"
    assert second.numbers[:2] == (183, 184)  # Kazakhstan, and the UAE above it
    assert {"seeds/000_fc4ecabff602a056.txt", "hrc2012.txt"} <= set(second.sources)
    fifth = only(findings, "claim", "fifth best among the 18 new member-states")
    assert fifth.verdict == "unverifiable"
    assert "only 5 of 18 tallies known" in fifth.message


def test_seed_claims_alone_are_unverifiable() -> None:
    findings = check.run_checks(seeds())
    claims = where(findings, "claim")
    assert {f.verdict for f in claims} == {"unverifiable"}
    assert not check.contradicted(findings)


# --- reconciling ------------------------------------------------------------------------------
def test_conflict_between_sources_gives_both_numbers_sources_and_sentences() -> None:
    findings = check.run_checks(docs(a=PARTY_A, b=PARTY_B))
    conflict = only(findings, "conflict", "Social Democratic")
    assert conflict.verdict == "contradicted"
    assert set(conflict.numbers) == {3341510, 3431510}
    assert set(conflict.sources) == {"a.txt", "b.txt"}
    sentences = {span.sentence for span in conflict.evidence}
    assert any("3,341,510" in s for s in sentences) and any("3,431,510" in s for s in sentences)
    assert "typo" in conflict.message  # the same digits in another order


def test_agreement_is_counted() -> None:
    findings = check.run_checks(docs(a=PARTY_A, b=PARTY_B))
    agreement = only(findings, "conflict", "Green")
    assert agreement.verdict == "agreement"
    assert agreement.numbers == (1204332,)
    assert "2 sources agree" in agreement.message


def test_undated_seed_merges_with_a_dated_text_that_agrees() -> None:
    merged = check.merge([*seeds(), *docs(hrc2012=HRC_2012)])
    hrc = [m for m in merged if m.body == "Human Rights Council"]
    assert len(hrc) == 1
    assert hrc[0].year == "2013-2015"
    assert len(hrc[0].sources) == 2
    assert hrc[0].tally("KAZ").votes == 183


def test_different_terms_are_different_contests() -> None:
    merged = check.merge(docs(hrc2012=HRC_2012, below=BELOW_MAJORITY))
    assert len([m for m in merged if m.body == "Human Rights Council"]) == 2


def test_undated_texts_that_only_disagree_stay_apart() -> None:
    other = "Human Rights Council vote\n\nIn the Asia-Pacific Group, Kazakhstan received 150 votes for the Human Rights Council.\n"
    merged = check.merge([*seeds(), *docs(other=other)])
    assert len([m for m in merged if m.body == "Human Rights Council"]) == 2


@pytest.mark.parametrize(
    ("a", "b", "fits"),
    [("2012", "2013-2015", True), ("2016", "2017-2018", True), ("2013-2015", "2014-2016", False),
     ("2012", "2012", True), ("2012", "2014", False), (None, "2012", None)],
)  # fmt: skip
def test_years_fit(a: str | None, b: str | None, fits: bool | None) -> None:
    assert check.years_fit(a, b) is fits


# --- arithmetic -------------------------------------------------------------------------------
def test_tallies_above_the_total() -> None:
    findings = check.run_checks(docs(pga=OVER_TOTAL))
    found = only(findings, "arithmetic", "add up to 194")
    assert found.verdict == "contradicted"
    assert found.numbers[:2] == (194, 190)


def test_tallies_abstentions_and_invalid_against_ballots_cast() -> None:
    findings = check.run_checks(docs(block=BALLOT_BLOCK))
    (cast,) = [f for f in findings if f.subject == "ballots cast"]
    assert cast.verdict == "contradicted"
    assert cast.numbers == (195, 193)  # 97 + 95 + 2 abstentions + 1 invalid
    assert {f.verdict for f in where(findings, "arithmetic", "valid ballots")} == {"ok"}
    assert only(findings, "rule", "required majority 96").verdict == "ok"  # simple majority of 190


def test_ballot_block_labels_and_values_on_one_line() -> None:
    (block,) = check.ballot_blocks(Source("j.txt", "", INLINE_BLOCK))
    values = {label: figure.value for label, figure in block.figures.items()}
    assert values == {
        "ballot papers": 193, "invalid ballots": 0, "valid ballots": 193, "abstentions": 2,
        "present and voting": 191, "required majority": 128,
    }  # fmt: skip
    assert block.figures["abstentions"].span is not None
    assert block.figures["abstentions"].span.line == 6


def test_margins_against_the_numbers() -> None:
    findings = check.run_checks(docs(margins=MARGINS))
    wrong = only(findings, "arithmetic", "two more votes than the Netherlands")
    assert wrong.verdict == "contradicted"
    assert wrong.numbers == (2, 14, 113, 99)
    assert only(findings, "arithmetic", "beat Sweden by 13 votes").verdict == "consistent"


def test_margin_over_the_required_majority() -> None:
    findings = check.run_checks(docs(italy=OVER_REQUIRED))
    found = only(findings, "arithmetic", "nine votes more than it needed")
    assert found.verdict == "consistent"
    assert found.numbers == (9, 9, 138, 129)


# --- rules ------------------------------------------------------------------------------------
def test_stated_required_majority_against_the_rule() -> None:
    findings = check.run_checks(docs(sc=WRONG_MAJORITY))
    found = only(findings, "rule", "stated required majority 128")
    assert found.verdict == "contradicted"
    assert found.numbers == (128, 129)  # two-thirds of 193 present and voting is 129


def test_elected_below_the_required_majority() -> None:
    findings = check.run_checks(docs(hrc=BELOW_MAJORITY))
    saudi = only(findings, "rule", "Saudi Arabia declared elected")
    assert saudi.verdict == "contradicted"
    assert saudi.numbers == (90, 97)
    # "while Pakistan received 169" declares nothing about Pakistan
    assert not [f for f in findings if "Pakistan declared elected" in f.message]
    assert check.contradicted(findings)


# --- claims -----------------------------------------------------------------------------------
def test_rank_claim_contradicted_by_another_source() -> None:
    findings = check.run_checks(docs(hrc2012=HRC_2012, japan=TOPPED))
    topped = [f for f in where(findings, "claim", "topped the poll") if f.subject == "Japan"]
    assert topped and {f.verdict for f in topped} == {"contradicted"}
    assert topped[0].numbers[:2] == (182, 184)
    assert "United Arab Emirates 184" in topped[0].message


def test_generic_superlatives_are_not_claims() -> None:
    text = (
        "Human Rights Council vote\n\nIn the Asia-Pacific Group, Japan received 182 votes and "
        "Pakistan 171. The second round was restricted to the States which had scored the most votes.\n"
    )
    findings = check.run_checks(docs(generic=text))
    assert not where(findings, "claim")


# --- views ------------------------------------------------------------------------------------
def test_finding_is_frozen() -> None:
    finding = Finding("claim", "ok", "c", "s", "m")
    with pytest.raises(dataclasses.FrozenInstanceError):
        finding.verdict = "contradicted"  # type: ignore[misc]


def test_check_view_in_every_format() -> None:
    findings = check.run_checks(docs(a=PARTY_A, b=PARTY_B))
    sections = views.check(findings)
    assert [c.name for c in sections[0].columns] == [
        "kind", "verdict", "contest", "subject", "numbers", "sources", "line", "message", "evidence",
    ]  # fmt: skip
    out = io.StringIO()
    write(sections, "json", out)
    rows = json.loads(out.getvalue())
    conflict = next(r for r in rows if r["verdict"] == "contradicted")
    assert conflict["numbers"] in ("3341510; 3431510", "3431510; 3341510")
    assert conflict["line"] in ("a.txt:3; b.txt:3", "b.txt:3; a.txt:3")
    for fmt in ("table", "csv", "tsv", "jsonl", "markdown"):
        write(sections, fmt, io.StringIO())


def test_merged_summary_counts_sources_per_number() -> None:
    merged = check.merge([*seeds(), *docs(hrc2012=HRC_2012)])
    sections = views.merged_summary(merged)
    hrc = next(s for s in sections if s.heading["body"] == "Human Rights Council")
    assert hrc.heading["sources"] == 2
    rows = {r["candidate"]: r for r in hrc.rows}
    assert rows["Kazakhstan"]["stated_by"] == 2
    assert rows["Kazakhstan"]["rank"] == 2
    assert rows["United Arab Emirates"]["stated_by"] == 1


def test_merged_summary_lists_other_values() -> None:
    sections = views.merged_summary(check.merge(docs(a=PARTY_A, b=PARTY_B)))
    (section,) = sections
    social = next(r for r in section.rows if r["candidate"].startswith("Social"))
    assert social["stated_by"] == 1
    assert social["other_values"] in ("3341510 (1)", "3431510 (1)")
