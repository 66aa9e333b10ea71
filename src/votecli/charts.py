"""Charts as inline SVG: built with ElementTree, so every label from the input is escaped.

Colours are from the Okabe-Ito palette (Okabe & Ito, "Color Universal Design", 2008;
also Wong, "Points of view: Color blindness", Nature Methods 8:441, 2011), chosen to stay
distinguishable under the common forms of colour blindness. Colour never carries meaning
alone: every bar is labelled with its status in words, and bars of candidates not elected
are hatched, so the charts also read in grey print.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping, Sequence
from typing import Any, NamedTuple

# Okabe-Ito
BLUE = "#0072B2"  # elected
SKY = "#56B4E9"  # status unknown
VERMILLION = "#D55E00"  # the required-majority line
GREY = "#6E6E6E"  # not elected (hatched)
INK = "#1A1A1A"
MUTED = "#5A5A5A"
GRID = "#D9D9D9"

WIDTH = 560
LEFT = 8  # left padding
RIGHT = 132  # room for the value labels after the bars
TOP = 30  # room for the majority label
ROW = 44  # height of one candidate: name line, then bar
BAR = 16
BOTTOM = 26  # axis labels
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"

STATUS_WORDS = {"yes": "elected", "no": "not elected"}


def plot_width(width: int = WIDTH) -> int:
    """Horizontal room for a bar of the whole domain."""
    return width - LEFT - RIGHT


def domain_of(shares: Sequence[float | None]) -> float:
    """The share the full bar length stands for: 100%, or more when a text claims more
    (rounded up to a quarter), so an impossible share shows as such."""
    top = max((s for s in shares if s is not None), default=0.0)
    return 1.0 if top <= 1.0 else math.ceil(top * 4) / 4


def bar_length(share: float, domain: float = 1.0, width: int = WIDTH) -> float:
    """Bar length in user units: proportional to the share, 0 for a negative one."""
    return round(max(share, 0.0) / domain * plot_width(width), 2)


def vote_domain(counts: Sequence[int | None]) -> int:
    """The count the full bar length stands for: the largest count rounded up to a step of
    1, 2, 2.5 or 5 times a power of ten that cuts the axis in about four."""
    top = max((c for c in counts if c is not None), default=0)
    step = _vote_step(top)
    return max(math.ceil(top / step) * step, step)


def _vote_step(top: float) -> int:
    rough = max(top / 4, 1)
    power = 10 ** math.floor(math.log10(rough))  # an int: rough >= 1
    return next(power * m for m in (1, 2, 5, 10) if power * m >= rough)


class _Scale(NamedTuple):
    """What the bars measure: the row field drawn, the value the full length stands for,
    the gridlines and how values read."""

    field: str  # "share" or "votes"
    domain: float
    ticks: tuple[float, ...]
    tick_label: Callable[[float], str]


def _share_scale(domain: float) -> _Scale:
    steps = round(domain / 0.25)
    return _Scale("share", domain, tuple(i * 0.25 for i in range(steps + 1)), _share_tick)


def _vote_scale(domain: int) -> _Scale:
    step = _vote_step(domain)
    ticks = tuple(range(0, int(domain) + 1, step)) if step >= 1 else (0, domain)
    return _Scale("votes", domain, ticks, lambda v: f"{v:,.0f}")


def _share_tick(share: float) -> str:
    return f"{share * 100:.0f}%"


def share_bars(
    rows: Sequence[Mapping[str, Any]],
    majority_share: float | None,
    *,
    title: str = "Shares of the vote",
    description: str | None = None,
    majority_label: str | None = None,
    id_prefix: str = "chart",
    domain: float | None = None,
    width: int = WIDTH,
) -> str:
    """A horizontal bar chart of shares as SVG markup.

    `rows` are mappings like the rows of `views.summary`: `candidate`, `share` (a fraction of
    1 or None), and optionally `code`, `votes`, `rank` and `elected` ("yes", "no",
    "unknown"). Rows without votes or share (candidates named without a tally) are left
    out. `majority_share` (a fraction) draws the required-majority line. `id_prefix` keeps
    ids unique when several charts share a page.
    """
    shown = _shown(rows)
    if domain is None:
        domain = domain_of([r.get("share") for r in shown] + [majority_share])
    scale = _share_scale(domain)
    text = description or describe(shown, majority_share, majority_label)
    return _bars(shown, majority_share, scale, title, text, majority_label, id_prefix, width)


def vote_bars(
    rows: Sequence[Mapping[str, Any]],
    majority_votes: int | None,
    *,
    title: str = "Votes",
    description: str | None = None,
    majority_label: str | None = None,
    id_prefix: str = "chart",
    domain: int | None = None,
    width: int = WIDTH,
) -> str:
    """A horizontal bar chart of vote counts, for contests with no share to draw: a
    multi-seat election, where each voter backs several candidates, or one whose total no
    text states. Same rows as `share_bars`; `majority_votes` draws the line at a count."""
    shown = _shown(rows)
    if domain is None:
        domain = vote_domain([r.get("votes") for r in shown] + [majority_votes])
    scale = _vote_scale(domain)
    text = description or describe(
        shown, None, majority_label, majority_votes=majority_votes, counts=True
    )
    return _bars(shown, majority_votes, scale, title, text, majority_label, id_prefix, width)


def _shown(rows: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    return [r for r in rows if r.get("share") is not None or r.get("votes") is not None]


def _bars(
    shown: Sequence[Mapping[str, Any]],
    majority: float | None,
    scale: _Scale,
    title: str,
    description: str,
    majority_label: str | None,
    id_prefix: str,
    width: int,
) -> str:
    plot = plot_width(width)
    height = TOP + ROW * max(len(shown), 1) + BOTTOM
    anybody_elected = any(r.get("elected") == "yes" for r in shown)

    svg = ET.Element(
        "svg",
        {
            "xmlns": "http://www.w3.org/2000/svg",
            "viewBox": f"0 0 {width} {height}",
            "width": str(width),
            "height": str(height),
            "role": "img",
            "aria-labelledby": f"{id_prefix}-title {id_prefix}-desc",
            "class": "share-bars",
            "font-family": FONT,
            "font-size": "13",
        },
    )
    ET.SubElement(svg, "title", {"id": f"{id_prefix}-title"}).text = title
    ET.SubElement(svg, "desc", {"id": f"{id_prefix}-desc"}).text = description
    defs = ET.SubElement(svg, "defs")
    hatch = ET.SubElement(
        defs,
        "pattern",
        {
            "id": f"{id_prefix}-hatch",
            "width": "6",
            "height": "6",
            "patternUnits": "userSpaceOnUse",
            "patternTransform": "rotate(45)",
        },
    )
    ET.SubElement(hatch, "rect", {"width": "6", "height": "6", "fill": "#EDEDED"})
    ET.SubElement(hatch, "rect", {"width": "3", "height": "6", "fill": GREY})

    bottom = TOP + ROW * max(len(shown), 1)
    _axis(svg, scale, plot, bottom)

    for index, row in enumerate(shown):
        top = TOP + ROW * index
        status = row.get("elected") or "unknown"
        leading = not anybody_elected and row.get("rank") == 1
        group = ET.SubElement(svg, "g", {"class": f"bar-row status-{status}"})
        name = ET.SubElement(
            group,
            "text",
            {"x": str(LEFT), "y": str(top + 14), "fill": INK, "class": "bar-name"},
        )
        name.text = str(row.get("candidate") or "")
        if status == "yes":
            name.set("font-weight", "700")
        if row.get("code"):
            ET.SubElement(name, "tspan", {"fill": MUTED, "dx": "6"}).text = str(row["code"])
        tag = STATUS_WORDS.get(status) or ("most votes" if leading else "")
        if tag:
            mark = "✓ " if status == "yes" else ""
            attrs = {"dx": "8", "fill": BLUE if status == "yes" else MUTED, "class": "bar-status"}
            if status == "yes":
                attrs["font-weight"] = "700"
            ET.SubElement(name, "tspan", attrs).text = mark + tag

        value = row.get(scale.field)
        bar_top = top + 20
        if value is None:
            ET.SubElement(
                group,
                "text",
                {"x": str(LEFT), "y": str(bar_top + 12), "fill": MUTED, "font-style": "italic"},
            ).text = f"{_votes(row.get('votes'))} · share unknown (no total)"
            continue
        length = bar_length(value, scale.domain, width)
        fill = {"yes": BLUE, "no": f"url(#{id_prefix}-hatch)"}.get(status, SKY)
        ET.SubElement(
            group,
            "rect",
            {
                "class": "bar",
                "x": str(LEFT),
                "y": str(bar_top),
                "width": _num(length),
                "height": str(BAR),
                "fill": fill,
                "stroke": GREY if status == "no" else "none",
                "stroke-width": "0.75",
                f"data-{scale.field}": repr(float(value)) if scale.field == "share" else str(value),
            },
        )
        label = ET.SubElement(
            group,
            "text",
            {
                "x": _num(LEFT + length + 6),
                "y": str(bar_top + 12),
                "fill": INK,
                "class": "bar-value",
            },
        )
        if scale.field == "share":
            ET.SubElement(label, "tspan", {"font-weight": "700"}).text = _percent(value)
            if row.get("votes") is not None:
                ET.SubElement(label, "tspan", {"fill": MUTED, "dx": "6"}).text = _votes(
                    row["votes"]
                )
        else:
            ET.SubElement(label, "tspan", {"font-weight": "700"}).text = _votes(value)

    if majority is not None:
        _majority_line(svg, majority, majority_label, scale, plot, bottom)
    return ET.tostring(svg, encoding="unicode")


def describe(
    rows: Sequence[Mapping[str, Any]],
    majority_share: float | None,
    majority_label: str | None,
    *,
    majority_votes: int | None = None,
    counts: bool = False,
) -> str:
    """The chart in words, for screen readers and for anyone who cannot see the bars.
    A chart of `counts` is told without shares and its majority as a count."""
    parts = []
    for row in rows:
        bits = [str(row.get("candidate") or "")]
        if row.get("votes") is not None:
            bits.append(_votes(row["votes"]))
        if row.get("share") is not None:
            bits.append(_percent(row["share"]))
        elif not counts:
            bits.append("share unknown")
        status = STATUS_WORDS.get(row.get("elected") or "")
        if status:
            bits.append(status)
        parts.append(", ".join(bits))
    text = "; ".join(parts) + "." if parts else "No tallies."
    if majority_share is not None:
        text += (
            f" {majority_label or 'Required majority'}: {_percent(majority_share)} of the total."
        )
    elif majority_votes is not None:
        text += f" {majority_label or 'Required majority'}: {_votes(majority_votes)}."
    return text


def _axis(svg: ET.Element, scale: _Scale, plot: int, bottom: int) -> None:
    axis = ET.SubElement(svg, "g", {"class": "axis", "aria-hidden": "true"})
    for step, tick in enumerate(scale.ticks):
        x = _num(LEFT + tick / scale.domain * plot)
        ET.SubElement(
            axis,
            "line",
            {
                "x1": x,
                "x2": x,
                "y1": str(TOP - 4),
                "y2": str(bottom),
                "stroke": GRID,
                "stroke-width": "1",
            },
        )
        anchor = "start" if step == 0 else "middle"
        ET.SubElement(
            axis,
            "text",
            {
                "x": x,
                "y": str(bottom + 16),
                "fill": MUTED,
                "font-size": "11",
                "text-anchor": anchor,
            },
        ).text = scale.tick_label(tick)


def _majority_line(
    svg: ET.Element,
    value: float,
    label: str | None,
    scale: _Scale,
    plot: int,
    bottom: int,
) -> None:
    x = LEFT + min(max(value, 0.0), scale.domain) / scale.domain * plot
    group = ET.SubElement(svg, "g", {"class": "majority"})
    ET.SubElement(
        group,
        "line",
        {
            "x1": _num(x),
            "x2": _num(x),
            "y1": str(TOP - 10),
            "y2": str(bottom),
            "stroke": VERMILLION,
            "stroke-width": "2",
            "stroke-dasharray": "5 3",
            f"data-{scale.field}": repr(float(value)) if scale.field == "share" else str(value),
        },
    )
    anchor = "end" if x > LEFT + plot * 0.6 else "start"
    text = ET.SubElement(
        group,
        "text",
        {
            "x": _num(x + (-5 if anchor == "end" else 5)),
            "y": str(TOP - 12),
            "fill": VERMILLION,
            "font-size": "11",
            "font-weight": "700",
            "text-anchor": anchor,
        },
    )
    text.text = label or "required majority"
    if scale.field == "share":
        text.text += f" · {_percent(value)}"


def _num(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _percent(share: float) -> str:
    return f"{share * 100:.1f}%"


def _votes(votes: Any) -> str:
    if votes is None:
        return ""
    return f"{votes:,} votes" if isinstance(votes, int) else f"{votes} votes"
