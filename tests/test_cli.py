"""The command line through typer's runner: stdout, stderr and exit codes apart, golden
outputs for every command on the seeds."""

from __future__ import annotations

import csv
import io
import json

import pytest

from conftest import write

COMMANDS = [
    ("summary",),
    ("compare", "kazakhstan", "thailand"),
    ("tallies",),
    ("candidates",),
    ("rank",),
    ("rank", "--by", "share"),
    ("explain",),
    ("check",),
    ("summary", "--merge"),
]
MACHINE = ["csv", "json", "jsonl", "tsv"]


def _name(command: tuple[str, ...], fmt: str) -> str:
    return "-".join(command).replace("--", "") + "." + fmt


@pytest.mark.parametrize("fmt", [*MACHINE, "markdown", "table"])
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: "-".join(c))
def test_golden_output_on_the_seeds(invoke, golden, command, fmt):
    result = invoke(*command, "--format", fmt)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    golden(_name(command, fmt), result.stdout)


def test_tallies_columns_are_the_documented_ones(invoke):
    rows = list(csv.DictReader(io.StringIO(invoke("tallies", "-f", "csv").stdout)))
    assert list(rows[0]) == [
        "source", "contest", "body", "year", "round", "candidate", "code", "votes", "percent",
        "total", "share", "rank", "elected", "line", "evidence",
    ]  # fmt: skip
    assert [(r["code"], r["votes"], r["share"]) for r in rows] == [
        ("KAZ", "183", "0.9482"),
        ("KAZ", "138", "0.715"),
        ("THA", "55", "0.285"),
    ]


def test_json_has_exactly_the_tally_keys_with_null_for_unknown(invoke):
    rows = json.loads(invoke("tallies", "-f", "json").stdout)
    assert all(len(r) == 15 for r in rows)
    assert rows[0]["year"] is None and rows[0]["percent"] is None
    assert rows[0]["evidence"] == "Of the 193 member-nations 183 had voted for Kazakhstan."


def test_compare_head_to_head_on_the_seeds(invoke):
    rows = json.loads(invoke("compare", "KAZ", "bangkok", "-f", "json").stdout)
    head = [r for r in rows if r["body"] == "Security Council"]
    assert {r["candidate"]: r["votes"] for r in head} == {"Kazakhstan": 138, "Thailand": 55}
    assert head[0]["winner"] == "Kazakhstan"
    assert head[0]["margin_votes"] == 83
    assert head[0]["margin_points"] == 43.0
    assert head[0]["ratio"] == 2.51


@pytest.mark.parametrize("name", ["Kazakhstan", "kazakhstan", "KAZ", "kaz", "Astana", "Kazakh"])
def test_compare_matches_names_codes_and_capitals(invoke, name):
    result = invoke("compare", name, "thailand", "-f", "csv")
    assert result.exit_code == 0, result.stderr


def test_compare_unknown_name_names_the_closest(invoke):
    result = invoke("compare", "kazakstan", "thailand")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("votecli: error: no candidate matches 'kazakstan'")
    assert "Kazakhstan" in result.stderr


def test_stdin_is_read_with_dash(invoke):
    text = "Kazakhstan garnered 138 votes, beating its competitor Thailand with 55."
    result = invoke("tallies", "-", "-f", "csv", input=text)
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["source"], r["code"], r["votes"]) for r in rows] == [
        ("-", "KAZ", "138"),
        ("-", "THA", "55"),
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        (b"", "empty text"),
        (b"   \n\n  ", "empty text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("Kazakhstan 138 Thailand 55".encode("utf-16-le"), "binary file"),
        (bytes(range(0x80, 0x100)), "unknown text encoding"),
        (b"The weather was fine and nobody voted.", "no vote tallies found"),
    ],
    ids=["missing", "empty", "whitespace", "binary", "utf16-no-bom", "undecodable", "no-tallies"],
)
def test_bad_input_gives_one_line_and_exit_1(invoke, tmp_path, content, message):
    path = str(tmp_path / "missing.txt") if content is None else write(tmp_path, "in.txt", content)
    result = invoke("tallies", path)
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("votecli: error: ")
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_one_bad_file_never_loses_the_others(invoke, tmp_path):
    good = write(tmp_path, "good.txt", "Japan received 182 votes.")
    result = invoke("tallies", str(tmp_path / "nope.txt"), good, "-f", "csv")
    assert result.exit_code == 1
    assert "nope.txt: no such file" in result.stderr
    assert "Japan,JPN,182" in result.stdout


def test_a_text_without_tallies_among_others_is_a_warning(invoke, tmp_path):
    good = write(tmp_path, "good.txt", "Japan received 182 votes.")
    empty = write(tmp_path, "prose.txt", "It rained in New York.")
    result = invoke("tallies", good, empty, "-f", "csv")
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        f"votecli: warning: {empty}: no vote tallies found",
        "votecli: 2 inputs: 1 read, 1 without tallies, 0 failed",
    ]


def test_folders_are_read_recursively_in_sorted_order(invoke, tmp_path):
    (tmp_path / "b").mkdir()
    write(tmp_path, "b/2.txt", "Italy received 92 votes.")
    write(tmp_path, "a.txt", "Sweden received 134 votes.")
    result = invoke("tallies", str(tmp_path), "-f", "csv")
    codes = [r["code"] for r in csv.DictReader(io.StringIO(result.stdout))]
    assert codes == ["SWE", "ITA"]


def test_usage_error_exits_2(invoke):
    result = invoke("tallies", "--format", "xml")
    assert result.exit_code == 2


def test_table_written_to_a_pipe_has_no_ansi_codes(invoke):
    result = invoke("summary")
    assert "\x1b[" not in result.stdout
    assert "Kazakhstan" in result.stdout


def test_every_command_has_help_and_is_in_the_readme(invoke):
    from conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in ("summary", "compare", "tallies", "candidates", "rank"):
        result = invoke(command, "--help")
        assert result.exit_code == 0
        assert "--format" in result.stdout
        assert f"votecli {command}" in readme


def test_check_on_the_seeds_and_the_2012_example_reads_the_claim_consistent(invoke):
    from conftest import ROOT

    seeds = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))
    example = str(ROOT / "examples" / "hrc-2012-asia-pacific.txt")
    result = invoke("check", *seeds, example, "-f", "json")
    assert result.exit_code == 0, result.stderr
    claims = [r for r in json.loads(result.stdout) if r["kind"] == "claim"]
    verdicts = {r["message"].split("'")[1]: r["verdict"] for r in claims}
    assert verdicts == {
        "second in the Asia-Pacific Group": "consistent",
        "fifth best among the 18 new member-states": "unverifiable",
    }


def test_check_strict_exits_1_on_a_contradiction(invoke, tmp_path):
    story = "In the parliamentary election, the Unity Party received {} votes and the Green Party 1,204,332."
    a = write(tmp_path, "a.txt", story.format("3,341,510"))
    b = write(tmp_path, "b.txt", story.format("3,431,510"))
    assert invoke("check", a, b).exit_code == 0
    strict = invoke("check", a, b, "--strict", "-f", "csv")
    assert strict.exit_code == 1
    assert "contradicted" in strict.stdout


def test_absurd_numbers_are_refused_with_a_warning(invoke, tmp_path):
    huge = "9" * 60
    story = f"Japan received 999999999999999999999 votes and Italy 5.\nChile got {huge} votes.\n"
    result = invoke("tallies", write(tmp_path, "absurd.txt", story), "-f", "csv")
    assert result.exit_code == 0
    assert [r["code"] for r in csv.DictReader(io.StringIO(result.stdout))] == ["ITA"]
    warnings = result.stderr.splitlines()
    assert len(warnings) == 2
    assert "999999999999999999999 is no vote count" in warnings[0]
    assert "a number of 60 digits" in warnings[1]


REFERENDUM = (
    "Voters in Eastmoor rejected the harbour plan in Sunday's referendum.\n"
    'The plan was rejected by 18,240 votes to 15,170. The "No" vote was 54.6% and the "Yes" '
    "vote was 45.4%.\n"
)


def test_summary_of_a_referendum_ranks_its_options(invoke, golden, tmp_path):
    """A referendum's options are its candidates: Yes and No, the side that won elected."""
    result = invoke("summary", write(tmp_path, "referendum.txt", REFERENDUM))
    assert result.exit_code == 0, result.stderr
    golden("referendum-summary.table", result.stdout.replace(str(tmp_path), "TMP"))
