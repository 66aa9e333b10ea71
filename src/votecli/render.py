"""Rendering: sections of plain values in, text out (CSV, TSV, JSON, JSON Lines, Markdown,
plain tables). Rich terminal tables live in the CLI, which alone imports rich."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, NamedTuple, TextIO

from .views import Column, Section

MACHINE_FORMATS = ("csv", "tsv", "json", "jsonl")
_DELIMITED = ("csv", "tsv")  # the machine formats written by the csv module, with a header
FORMATS = ("table", "csv", "tsv", "json", "jsonl", "markdown")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMERIC = re.compile(r"^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$")
_NUMERIC_KINDS = ("int", "share", "percent", "points", "ratio")
_CONTROL = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def flat_columns(section: Section) -> list[str]:
    return [*section.heading, *(c.name for c in section.columns)]


def flat_records(sections: list[Section]) -> Iterator[dict[str, Any]]:
    """Every row with its section's heading fields in front, values as machines want them."""
    for section in sections:
        kinds = {c.name: c.kind for c in section.columns}
        for row in section.rows:
            record = dict(section.heading)
            record.update(
                {
                    # Most cells are printable text, whole numbers or empty, and stay as they
                    # are: decided inline, as a function call per cell would double the cost.
                    k: v
                    if v is None or type(v) is int or (type(v) is str and v.isprintable())
                    else machine_value(v, kinds.get(k, "text"))
                    for k, v in row.items()
                    if k[:1] != "_"
                }
            )
            yield record


def machine_value(value: Any, kind: str) -> Any:
    if value is None:
        return None
    if isinstance(value, str):
        return safe_text(value)  # no escape sequence survives into any output
    if kind == "share" and isinstance(value, float):
        return round(value, 4)
    if kind in ("points", "ratio") and isinstance(value, float):
        return round(value, 2)
    return value


def write(sections: list[Section], fmt: str, out: TextIO) -> None:
    if fmt in MACHINE_FORMATS:
        writer = StreamWriter(fmt, out)
        writer.write(sections)
        writer.close(sections)
    elif fmt == "markdown":
        _write_text_tables(sections, out, "github")
    else:
        _write_text_tables(sections, out, "simple")


class StreamWriter:
    """Rows written as they come, one document's at a time, so a run over a large archive
    never holds its output: CSV and TSV write the header before the first rows, JSON opens
    the array before the first object and closes it in `close()`."""

    def __init__(self, fmt: str, out: TextIO) -> None:
        self.fmt, self.out = fmt, out
        self.count = 0

    def write(self, sections: list[Section]) -> None:
        if not sections:
            return
        self.write_chunk(
            render_records(flat_records(sections), self.fmt, flat_columns(sections[0]))
        )

    def write_chunk(self, chunk: Chunk) -> None:
        """Rows `render_records` made (perhaps in another process), in this writer's format."""
        if not chunk.rows:
            return
        if self.fmt in _DELIMITED and not self.count:
            self.out.write(_delimited_line(chunk.columns, self.fmt))
        elif self.fmt == "json":
            self.out.write("[\n  " if not self.count else ",\n  ")
        self.out.write(chunk.text)
        self.count += chunk.rows

    def close(self, empty: list[Section]) -> None:
        """Finish the output; `empty` gives the header when no row came at all."""
        if self.fmt == "json":
            self.out.write("\n]\n" if self.count else "[]\n")
        elif self.fmt in _DELIMITED and not self.count and empty:
            self.out.write(_delimited_line(flat_columns(empty[0]), self.fmt))


class Chunk(NamedTuple):
    """Rows rendered as text, ready to write: CSV or TSV lines without the header, JSON
    Lines, or JSON objects joined by the commas between them."""

    text: str
    rows: int  # how many
    columns: tuple[str, ...]


def render_records(records: Iterable[dict[str, Any]], fmt: str, columns: list[str]) -> Chunk:
    """Records (as `flat_records` makes them) as text in a machine format."""
    rows = list(records)
    if fmt in _DELIMITED:
        buffer = io.StringIO()
        _delimited(buffer, fmt).writerows(
            [
                # `spreadsheet_safe`, with the usual cells (empty, whole numbers, text that
                # starts no formula) let through inline: the csv module writes them as they are
                v
                if v is None
                or type(v) is int
                or (type(v) is str and not v.startswith(_FORMULA_START))
                else spreadsheet_safe(v)
                for v in map(r.get, columns)
            ]
            for r in rows
        )
        text = buffer.getvalue()
    elif fmt == "jsonl":
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    else:
        text = ",\n  ".join(json.dumps(r, ensure_ascii=False) for r in rows)
    return Chunk(text, len(rows), tuple(columns))


def _delimited_line(cells: Sequence[Any], fmt: str) -> str:
    buffer = io.StringIO()
    _delimited(buffer, fmt).writerow(cells)
    return buffer.getvalue()


def _delimited(out: TextIO, fmt: str) -> Any:
    return csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")


def spreadsheet_safe(value: Any) -> str:
    """A CSV cell that no spreadsheet will run as a formula (OWASP CSV injection): a quote
    goes in front of text starting with = + - @ tab or CR; numbers and a lone "-" (stdin's
    name) stay as they are."""
    if value is None:
        return ""
    text = str(value)
    if text.startswith(_FORMULA_START) and not _NUMERIC.match(text) and text != "-":
        return "'" + text
    return text


def human_value(value: Any, kind: str) -> str:
    if value is None:
        return ""
    if kind == "share":
        return f"{value * 100:.1f}%"
    if kind == "percent":
        return f"{value:g}%"
    if kind == "int" and isinstance(value, int):
        return f"{value:,}"
    if kind == "points":
        return f"{value:+.1f}"
    return safe_text(str(value))


def safe_text(text: str) -> str:
    """Text from inputs with control characters and escape sequences made harmless."""
    if text.isprintable():
        return text  # the usual case, decided at C speed: no control character at all
    return _CONTROL.sub("\N{REPLACEMENT CHARACTER}", text)


def heading_lines(section: Section) -> list[str]:
    head = section.heading
    lines = []
    facts = []
    for label, key in (("source", "source"), ("seats", "seats"), ("group", "group")):
        if head.get(key):
            facts.append(f"{label}: {head[key]}")
    if head.get("total"):
        facts.append(f"total: {head['total']} ({head.get('total_basis')})")
    if head.get("required"):
        facts.append(f"required majority: {head['required']} ({head.get('required_basis')})")
    if head.get("winner") is not None or "margin_votes" in head:
        facts.extend(_head_to_head_facts(head))
    if facts:
        lines.append(safe_text(" · ".join(facts)))
    return lines


def _head_to_head_facts(head: dict[str, Any]) -> list[str]:
    facts = []
    if head.get("winner"):
        facts.append(f"winner: {head['winner']}")
    if head.get("margin_votes") is not None:
        facts.append(f"margin: {head['margin_votes']} votes")
    if head.get("margin_points") is not None:
        facts.append(f"{head['margin_points']:.1f} points")
    if head.get("ratio") is not None:
        facts.append(f"ratio {head['ratio']:.2f}")
    return facts


def text_rows(section: Section) -> list[list[str]]:
    return [[_cell(row, c) for c in section.columns] for row in section.rows]


def _cell(row: dict[str, Any], column: Column) -> str:
    if column.name == "evidence" and row.get("_marks"):
        return safe_text(marked(row["evidence"], row["_marks"], "**", "__"))
    return human_value(row.get(column.name), column.kind)


def marked(text: str, marks: list[tuple[int, int, str]], number: str, name: str) -> str:
    """The sentence with the number wrapped in `number` and the name in `name` markers."""
    out, cursor = [], 0
    for start, end, kind in sorted(marks):
        if start < cursor or end > len(text):
            continue
        fence = number if kind == "number" else name
        out += [text[cursor:start], fence, text[start:end], fence]
        cursor = end
    out.append(text[cursor:])
    return "".join(out)


def _write_text_tables(sections: list[Section], out: TextIO, style: str) -> None:
    from tabulate import tabulate  # only needed for human-readable output

    for index, section in enumerate(sections):
        if index:
            out.write("\n")
        if section.heading or len(sections) > 1:
            prefix = "## " if style == "github" else ""
            out.write(f"{prefix}{safe_text(section.title)}\n")
            for line in heading_lines(section):
                out.write(f"{line}\n")
            out.write("\n" if style == "github" else "")
        headers = [c.name for c in section.columns]
        align = ["right" if c.kind in _NUMERIC_KINDS else "left" for c in section.columns]
        table = tabulate(
            text_rows(section), headers=headers, tablefmt=style, disable_numparse=True,
            colalign=align,
        )  # fmt: skip
        out.write(table)
        out.write("\n")
        for note in section.notes:
            out.write(f"warning: {safe_text(note)}\n")
