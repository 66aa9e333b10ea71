"""Rich tables for a terminal. Text from inputs goes in as rich `Text`, never as markup."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .render import heading_lines, human_value, safe_text
from .views import Section

_BAR_WIDTH = 20


def print_sections(sections: list[Section], bars: bool = False) -> None:
    console = Console(highlight=False)
    for section in sections:
        table = Table(title=Text(safe_text(section.title), style="bold"), title_justify="left")
        for column in section.columns:
            justify = "right" if column.kind in ("int", "share", "percent") else "left"
            table.add_column(column.name, justify=justify)
        if bars and any(c.name == "share" for c in section.columns):
            table.add_column("")
        for row in section.rows:
            cells = [Text(human_value(row.get(c.name), c.kind)) for c in section.columns]
            if bars:
                cells.append(_bar(row.get("share")))
            table.add_row(*cells)
        console.print(table)
        for line in heading_lines(section):
            console.print(Text(line, style="dim"))
        for note in section.notes:
            console.print(Text(f"warning: {safe_text(note)}", style="yellow"))
        console.print()


def _bar(share: float | None) -> Text:
    if share is None:
        return Text("")
    filled = round(max(0.0, min(share, 1.0)) * _BAR_WIDTH)
    return Text("█" * filled + "·" * (_BAR_WIDTH - filled), style="cyan")
