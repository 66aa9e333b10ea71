"""Rendering: spreadsheet-safe CSV, valid streamed JSON, harmless terminal text."""

from __future__ import annotations

import csv
import io
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from votecli.render import (
    flat_records,
    human_value,
    machine_value,
    render_records,
    safe_text,
    spreadsheet_safe,
    write,
)
from votecli.views import Column, Section


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1+2", "'+1+2"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("-12", "-12"),
        ("+0.5", "+0.5"),
        (183, "183"),
        (None, ""),
        ("Kazakhstan", "Kazakhstan"),
    ],
)
def test_spreadsheet_safe(value, expected):
    assert spreadsheet_safe(value) == expected


def test_control_characters_and_escapes_never_reach_the_terminal():
    assert "\x1b" not in safe_text("Evil\x1b[31mRed\x1b[0m\x07")
    assert safe_text("[bold red]x[/]") == "[bold red]x[/]"


@pytest.mark.parametrize(
    ("value", "kind", "expected"),
    [(0.9482, "share", "94.8%"), (57.4, "percent", "57.4%"), (12345, "int", "12,345")],
)
def test_human_values(value, kind, expected):
    assert human_value(value, kind) == expected


def _sections(rows):
    return [Section("t", {"source": "s"}, [Column("n", "int"), Column("share", "share")], rows)]


@pytest.mark.parametrize(
    "rows", [[], [{"n": 1, "share": 0.33333}], [{"n": i, "share": None} for i in range(3)]]
)
def test_json_is_a_valid_array_however_many_rows(rows, tmp_path):
    import io

    out = io.StringIO()
    write(_sections(rows), "json", out)
    parsed = json.loads(out.getvalue())
    assert len(parsed) == len(rows)
    if rows and rows[0]["share"]:
        assert parsed[0] == {"source": "s", "n": 1, "share": 0.3333}


_CELLS = st.one_of(
    st.none(),
    st.integers(),
    st.booleans(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(alphabet=st.sampled_from("ab1-+=@\t\r\x1b[0m\x07 é")),
)


@given(st.lists(st.tuples(_CELLS, _CELLS), max_size=5))
def test_machine_cells_are_made_safe_whatever_the_shortcut(rows):
    """The inline shortcuts of `flat_records` and `render_records` give what cell-by-cell
    conversion gives: control characters replaced, formulas defused, shares rounded."""
    columns = [Column("name"), Column("share", "share")]
    section = Section("t", {}, columns, [{"name": a, "share": b} for a, b in rows])
    records = list(flat_records([section]))
    assert records == [
        {"name": machine_value(a, "text"), "share": machine_value(b, "share")} for a, b in rows
    ]
    expected = io.StringIO()
    csv.writer(expected, lineterminator="\n").writerows(
        [spreadsheet_safe(r["name"]), spreadsheet_safe(r["share"])] for r in records
    )
    assert render_records(records, "csv", ["name", "share"]).text == expected.getvalue()
