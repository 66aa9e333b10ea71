"""The HTML report and its charts, without a browser: geometry, escaping, marks by offsets."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import UTC, datetime
from html.parser import HTMLParser
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from votecli import __version__, analysis, charts, pipeline, report
from votecli.model import Candidate, Contest, Document, Source, Span, Tally
from votecli.pipeline import extract_text

SVG = "{http://www.w3.org/2000/svg}"
WHEN = datetime(2024, 5, 1, 12, 30, tzinfo=UTC)


# --- helpers ---------------------------------------------------------------------------------


VOID = frozenset({"meta", "br", "img", "input", "link", "hr", "wbr"})


class Page(HTMLParser):
    """The parts of a report page the tests look at: every element with its attributes, the
    plain text of each source text, and each mark's text."""

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.ids: set[str] = set()
        self.sources: list[str] = []
        self.marks: list[dict[str, str]] = []
        self._stack: list[tuple[str, dict[str, str]]] = []
        self._in_source = 0
        self._open_marks: list[dict[str, str]] = []
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag, attrs):
        attributes = {k: v or "" for k, v in attrs}
        self.elements.append((tag, attributes))
        if "id" in attributes:
            self.ids.add(attributes["id"])
        if tag in VOID:
            return
        self._stack.append((tag, attributes))
        if "source-text" in attributes.get("class", "").split():
            self._in_source = len(self._stack)
            self.sources.append("")
        if tag == "mark" and self._in_source:
            mark = {**attributes, "text": ""}
            self.marks.append(mark)
            self._open_marks.append(mark)

    def handle_startendtag(self, tag, attrs):
        attributes = {k: v or "" for k, v in attrs}
        self.elements.append((tag, attributes))
        if "id" in attributes:
            self.ids.add(attributes["id"])

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        while self._stack:
            open_tag, _ = self._stack.pop()
            if open_tag == "mark" and self._in_source:
                self._open_marks.pop()
            if len(self._stack) < self._in_source:
                self._in_source = 0
            if open_tag == tag:
                break

    def handle_data(self, data):
        if self._in_source:
            self.sources[-1] += data
            for mark in self._open_marks:
                mark["text"] += data


def render(documents, findings=(), inputs=None):
    results = analysis.analyse(documents)
    names = inputs if inputs is not None else [d.source.name for d in documents]
    return report.render_report(documents, results, findings, generated_at=WHEN, inputs=names)


def refs(marks, attribute="data-tally"):
    return [ref for m in marks for ref in m.get(attribute, "").split()]


def span(text: str, start: int, end: int, name: str = "t.txt") -> Span:
    line = text.count("\n", 0, start) + 1
    return Span(name, line, start, end, text)


def document(text: str, spans: list[tuple[int, int]], name: str = "t.txt") -> Document:
    """A document with one tally per span, made by hand: any offsets, crossing or not."""
    contest = Contest(source=name, body="Test Council")
    tallies = tuple(
        Tally(contest, Candidate(f"C{i}"), 1, None, span(text, a, b, name))
        for i, (a, b) in enumerate(spans)
    )
    return Document(Source(name, "", text), (contest,), tallies)


@dataclass(frozen=True)
class Finding:
    kind: str
    verdict: str
    contest: object
    subject: str
    message: str
    evidence: tuple[Span, ...]


@pytest.fixture(scope="module")
def seeds():
    documents = [o.document for o in pipeline.run() if o.document]
    return documents, render(documents, inputs=["(seeds)"])


# --- charts ----------------------------------------------------------------------------------


def bars(svg: str) -> list[ET.Element]:
    return ET.fromstring(svg).findall(f".//{SVG}rect[@class='bar']")


ROWS = [
    {"candidate": "Kazakhstan", "code": "KAZ", "votes": 138, "share": 0.715, "rank": 1,
     "elected": "yes"},
    {"candidate": "Thailand", "code": "THA", "votes": 55, "share": 0.285, "rank": 2,
     "elected": "no"},
]  # fmt: skip


def test_bar_lengths_are_proportional_to_shares():
    svg = charts.share_bars(ROWS, 129 / 193)
    widths = [float(b.get("width")) for b in bars(svg)]
    full = charts.plot_width()
    assert widths == [round(0.715 * full, 2), round(0.285 * full, 2)]
    assert widths[0] / widths[1] == pytest.approx(0.715 / 0.285, rel=1e-3)
    assert [float(b.get("data-share")) for b in bars(svg)] == [0.715, 0.285]
    assert all(b.get("x") == str(charts.LEFT) for b in bars(svg))


@pytest.mark.parametrize("width", [400, 520, 720])
def test_bar_lengths_scale_with_the_chart_width(width):
    svg = charts.share_bars([{"candidate": "A", "share": 0.5}], None, width=width)
    (bar,) = bars(svg)
    assert float(bar.get("width")) == (width - charts.LEFT - charts.RIGHT) / 2
    root = ET.fromstring(svg)
    assert root.get("viewBox").split()[2] == str(width)


def test_a_share_of_one_fills_the_plot_and_a_share_over_one_widens_the_domain():
    (full,) = bars(charts.share_bars([{"candidate": "A", "share": 1.0}], None))
    assert float(full.get("width")) == charts.plot_width()
    over = charts.share_bars(
        [{"candidate": "A", "share": 1.2}, {"candidate": "B", "share": 0.6}], None
    )
    assert charts.domain_of([1.2, 0.6]) == 1.25
    a, b = (float(x.get("width")) for x in bars(over))
    assert a == round(1.2 / 1.25 * charts.plot_width(), 2) and a == 2 * b
    assert "125%" in over


def test_the_majority_line_sits_at_its_share():
    svg = charts.share_bars(ROWS, 0.5, majority_label="required majority 97")
    root = ET.fromstring(svg)
    (line,) = root.findall(f".//{SVG}g[@class='majority']/{SVG}line")
    assert float(line.get("x1")) == charts.LEFT + charts.plot_width() / 2
    assert line.get("stroke-dasharray")  # dashed, not told by colour alone
    assert "required majority 97 · 50.0%" in svg
    assert '<g class="majority">' not in charts.share_bars(ROWS, None)


def test_the_chart_has_a_text_alternative():
    svg = charts.share_bars(ROWS, 129 / 193, title="Security Council", id_prefix="c7")
    root = ET.fromstring(svg)
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "c7-title c7-desc"
    assert root.find(f"{SVG}title").get("id") == "c7-title"
    assert root.find(f"{SVG}title").text == "Security Council"
    desc = root.find(f"{SVG}desc")
    assert desc.get("id") == "c7-desc"
    assert desc.text == (
        "Kazakhstan, 138 votes, 71.5%, elected; Thailand, 55 votes, 28.5%, not elected."
        " Required majority: 66.8% of the total."
    )


def test_winner_and_losers_are_told_by_label_and_pattern_not_colour_alone():
    svg = charts.share_bars(ROWS, None, id_prefix="x")
    root = ET.fromstring(svg)
    winner, loser = bars(svg)
    assert winner.get("fill") == charts.BLUE
    assert loser.get("fill") == "url(#x-hatch)"
    assert root.find(f".//{SVG}pattern").get("id") == "x-hatch"
    statuses = [t.text for t in root.iter(f"{SVG}tspan") if t.get("class") == "bar-status"]
    assert statuses == ["✓ elected", "not elected"]


def test_without_anyone_elected_the_leader_is_marked_as_having_most_votes():
    rows = [dict(r, elected="unknown") for r in ROWS]
    svg = charts.share_bars(rows, None)
    assert svg.count("most votes") == 1


def test_candidates_without_tallies_are_left_out_and_a_count_without_share_is_said():
    rows = [
        {"candidate": "A", "votes": 10, "share": None},
        {"candidate": "B", "votes": None, "share": None},
    ]
    svg = charts.share_bars(rows, None)
    assert bars(svg) == []
    assert "10 votes · share unknown (no total)" in svg
    assert ">B<" not in svg


VOTE_ROWS = [
    {"candidate": "Nepal", "code": "NPL", "votes": 150, "share": None, "rank": 1},
    {"candidate": "Bhutan", "code": "BTN", "votes": 75, "share": None, "rank": 2,
     "elected": "no"},
]  # fmt: skip


def test_vote_bars_are_proportional_to_votes_on_a_round_count_axis():
    svg = charts.vote_bars(VOTE_ROWS, 97, majority_label="required majority 97")
    assert charts.vote_domain([150, 75, 97]) == 150 and charts.vote_domain([169, 97]) == 200
    widths = [float(b.get("width")) for b in bars(svg)]
    assert widths == [
        round(150 / 150 * charts.plot_width(), 2),
        round(75 / 150 * charts.plot_width(), 2),
    ]
    assert [b.get("data-votes") for b in bars(svg)] == ["150", "75"]
    root = ET.fromstring(svg)
    ticks = [t.text for t in root.findall(f".//{SVG}g[@class='axis']/{SVG}text")]
    assert ticks == ["0", "50", "100", "150"]
    (line,) = root.findall(f".//{SVG}g[@class='majority']/{SVG}line")
    assert float(line.get("x1")) == pytest.approx(
        charts.LEFT + 97 / 150 * charts.plot_width(), abs=0.01
    )
    assert "required majority 97<" in svg and "%" not in svg  # counts only, no shares
    assert "share unknown" not in svg
    assert root.find(f"{SVG}desc").text == (
        "Nepal, 150 votes; Bhutan, 75 votes, not elected. required majority 97: 97 votes."
    )


@given(st.lists(st.integers(min_value=0, max_value=10**9), min_size=1, max_size=8))
def test_the_vote_axis_holds_every_count_in_a_few_round_steps(counts):
    domain = charts.vote_domain(counts)
    assert domain >= max(counts) and domain >= 1
    ticks = charts._vote_scale(domain).ticks
    assert ticks[0] == 0 and ticks[-1] == domain and 2 <= len(ticks) <= 11


def test_a_multi_seat_contest_is_drawn_in_votes_and_a_one_seat_one_in_shares():
    text = (
        "The General Assembly elected four members of the Human Rights Council from the "
        "Asia-Pacific States. Nepal received 150 votes, Bhutan 141, Fiji 130, Laos 120 "
        "and Myanmar 75.\n"
        "In the Security Council election, Kazakhstan received 138 votes and Thailand 55, "
        "of 193 votes cast.\n"
    )
    page = render([extract_text(text, name="two.txt")])
    votes_chart = page[page.index("Votes: Human Rights Council") :]
    votes_chart = votes_chart[: votes_chart.index("</svg>")]
    assert 'data-votes="150"' in votes_chart and "data-share" not in votes_chart
    assert "required majority 97<" in votes_chart  # the line is drawn, at a count
    shares_chart = page[page.index("Shares of the vote: Security Council") :]
    assert 'data-share="' in shares_chart[: shares_chart.index("</svg>")]
    assert "not drawn: no stated total" not in page


def test_labels_in_the_chart_are_escaped():
    rows = [{"candidate": '<script>alert(1)</script>" onload="x', "share": 0.5}]
    svg = charts.share_bars(rows, None, title="<b>t</b>")
    assert "<script" not in svg and "<b>" not in svg
    root = ET.fromstring(svg)  # still well-formed
    names = [t for t in root.iter(f"{SVG}text") if t.get("class") == "bar-name"]
    assert names[0].text == rows[0]["candidate"]
    assert all(not k.startswith("on") for e in root.iter() for k in e.attrib)


# --- the page --------------------------------------------------------------------------------


def test_the_template_is_package_data():
    template = resources.files("votecli").joinpath("templates", "report.html.j2")
    assert template.is_file()


def test_header_names_inputs_time_and_version(seeds):
    _, page = seeds
    assert page.startswith("<!DOCTYPE html>")
    assert f"votecli {__version__}" in page
    assert '<time datetime="2024-05-01T12:30:00+00:00">2024-05-01 12:30 UTC</time>' in page
    assert "<code>(seeds)</code>" in page


def test_the_page_is_self_contained_and_forbids_scripts(seeds):
    _, page = seeds
    parsed = Page(page)
    csp = [a for t, a in parsed.elements if a.get("http-equiv") == "Content-Security-Policy"]
    assert csp and csp[0]["content"] == report.CSP
    assert "default-src 'none'" in report.CSP and "script-src" not in report.CSP
    tags = {t for t, _ in parsed.elements}
    assert not tags & {"script", "img", "link", "iframe", "object", "embed", "base", "form"}
    assert not [k for _, a in parsed.elements for k in a if k.startswith("on")]
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:|//)""", page)
    assert "@import" not in page and "url(http" not in page


def test_each_tallied_contest_has_a_chart_a_table_and_the_majority_line(seeds):
    documents, page = seeds
    parsed = Page(page)
    svgs = [a for t, a in parsed.elements if t == "svg"]
    contests = sum(len(d.contests) for d in documents)
    assert contests == 5  # the Security Council seed's countries in their own groups' contests
    # Three of them name their candidates with no tally: a line says so instead of a chart.
    tallied = len({t.contest for d in documents for t in d.tallies})
    assert tallied == 2 and len(svgs) == tallied
    assert page.count('<p class="no-chart">') == contests - tallied
    assert all(a["role"] == "img" and len(a["aria-labelledby"].split()) == 2 for a in svgs)
    for ref in (r for a in svgs for r in a["aria-labelledby"].split()):
        assert ref in parsed.ids
    assert page.count('<g class="majority">') == tallied
    assert "required majority 129 · 66.8%" in page
    assert "Security Council / Asia-Pacific / 2017-2018: every candidate the text names" in page
    assert page.count("<table>") == contests
    assert '<th scope="row" class="candidate">Thailand</th>' in page


def test_every_tally_and_its_name_is_marked_at_its_offsets(seeds):
    documents, page = seeds
    parsed = Page(page)
    assert len(parsed.sources) == len(documents)
    tallies = [t for d in documents for t in d.tallies]
    tally_marks = [m for m in parsed.marks if "data-tally" in m]
    assert len(refs(tally_marks)) == len(tallies) + sum(len(t.evidence) for t in tallies)
    by_ref = {(m["id"].split("-")[0], r): m for m in tally_marks for r in m["data-tally"].split()}
    for index, doc in enumerate(documents):
        text = doc.source.text
        assert parsed.sources[index] == text  # marks neither drop nor add text
        for k, tally in enumerate(doc.tallies):
            number = by_ref[(f"d{index}", f"t{k}")]
            assert number["text"] == text[tally.span.start : tally.span.end]
            for j, restated in enumerate(tally.evidence):
                again = by_ref[(f"d{index}", f"t{k}e{j}")]
                assert again["text"] == text[restated.start : restated.end]
    names = refs(parsed.marks, "data-name")
    assert len(names) == sum(1 for t in tallies if t.name_span)
    unattributed = refs(parsed.marks, "data-unattributed")
    assert len(unattributed) == sum(len(d.unattributed) for d in documents)


def test_marks_are_focusable_and_say_what_they_produced(seeds):
    _, page = seeds
    parsed = Page(page)
    thailand = next(m for m in parsed.marks if m["text"] == "55")
    assert thailand["tabindex"] == "0"
    tip = thailand["data-tip"]
    assert "Thailand · 55 votes · share 28.5% of 193" in tip
    assert "Security Council / Asia-Pacific / 2017-2018" in tip
    assert thailand["aria-describedby"] in parsed.ids


def test_the_same_number_twice_is_marked_where_each_was_read():
    text = (
        "Kazakhstan received 138 votes, beating Thailand with 55. "
        "Kazakhstan received 138 votes, the ministry said."
    )
    first, second = (m.start() for m in re.finditer("138", text))
    contest = Contest(source="twice.txt", body="Security Council")
    kaz = Tally(
        contest, Candidate("Kazakhstan", "KAZ"), 138, None, span(text, first, first + 3, "twice.txt"),
        evidence=(span(text, second, second + 3, "twice.txt"),),
        name_span=span(text, 0, 10, "twice.txt"),
    )  # fmt: skip
    tha = Tally(contest, Candidate("Thailand", "THA"), 55, None, span(text, 53, 55, "twice.txt"))
    assert text[53:55] == "55"
    doc = Document(Source("twice.txt", "", text), (contest,), (kaz, tha))
    page = Page(render([doc]))
    assert page.sources == [text]
    numbers = [(m["text"], m["data-tally"], m["id"]) for m in page.marks if "data-tally" in m]
    assert numbers == [
        ("138", "t0", f"d0-n{first}-{first + 3}"),
        ("55", "t1", "d0-n53-55"),
        ("138", "t0e0", f"d0-e{second}-{second + 3}"),
    ]
    assert [m["text"] for m in page.marks if "data-name" in m] == ["Kazakhstan"]


def test_the_extractor_s_restated_tally_is_marked_twice():
    text = "Kazakhstan received 138 votes. Later, Kazakhstan received 138 votes again."
    doc = extract_text(text, name="again.txt")
    page = Page(render([doc]))
    assert page.sources == [text]
    expected = [(t.span.start, "") for t in doc.tallies] + [
        (e.start, "e") for t in doc.tallies for e in t.evidence
    ]
    marked = [m for m in page.marks if "data-tally" in m]
    assert len(marked) == len(expected)
    assert all(m["text"] == "138" for m in marked)


HOSTILE = (
    "<script>document.title='pwned'</script> Election\n"
    'Kazakhstan received 138 votes " onmouseover="alert(1)" and Thailand won 55 votes. '
    "<img src=x onerror=alert(1)> Some 77 were never counted.\n"
)


def test_text_from_inputs_stays_text():
    doc = extract_text(HOSTILE, name='<b>"x".txt')
    finding = Finding(
        "sum", "<i>fail</i>", doc.tallies[0].contest, "<script>s</script>",
        '" onmouseover="alert(3)', (doc.tallies[0].span,),
    )  # fmt: skip
    page = render([doc], [finding], inputs=['<b>"x".txt'])
    parsed = Page(page)
    tags = {t for t, _ in parsed.elements}
    assert not tags & {"script", "img", "b", "i"}
    assert not [k for _, a in parsed.elements for k in a if k.startswith("on")]
    assert "&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(" in page  # its 1 may be marked as left out
    assert "&#34; onmouseover=&#34;alert(3)" in page
    assert parsed.sources == [HOSTILE]
    assert "<title>votecli report" in page and "pwned</title>" not in page


def test_control_characters_are_made_harmless_piece_by_piece():
    text = "Kazakhstan received 138 votes.\x00\x1b[31m Thailand won 55 votes.\x07"
    doc = extract_text(text, name="ctl.txt")
    page = render([doc])
    assert "\x00" not in page and "\x1b" not in page and "\x07" not in page
    marks = [m["text"] for m in Page(page).marks if "data-tally" in m]
    assert marks == ["138", "55"]


def test_findings_link_to_the_sentences_they_cite():
    doc = extract_text("Kazakhstan received 138 votes. Thailand won 55 votes.", name="f.txt")
    kaz, tha = doc.tallies
    elsewhere = Span("other.txt", 3, 0, 4, "Gone.")
    findings = [
        Finding("sum", "fail", kaz.contest, "Kazakhstan", "138 + 55 < 193", (kaz.span,)),
        Finding("share", "ok", "Election", "Thailand", "55 is below", (tha.span, elsewhere)),
    ]
    page = render([doc], findings)
    parsed = Page(page)
    assert 'id="findings"' in page and '<a href="#findings">' in page
    links = [a["href"] for t, a in parsed.elements if t == "a" and a.get("href", "")[1:3] == "d0"]
    sentence_links = [h for h in links if "-s" in h]
    assert sentence_links == ["#d0-s0-30", "#d0-s31-53"]
    assert all(h[1:] in parsed.ids for h in sentence_links)
    cited = [a for t, a in parsed.elements if "cited" in a.get("class", "").split() and "id" in a]
    assert [c["data-findings"] for c in cited] == ["F1", "F2"]
    assert "other.txt, line 3" in page  # no text to link to: named, not linked
    assert 'class="verdict tone-bad">fail<' in page and 'class="verdict tone-good">ok<' in page
    # the sentence holds the marks, which stay whole inside it
    assert [m["text"] for m in parsed.marks if "data-tally" in m] == ["138", "55"]


def test_no_findings_section_without_findings(seeds):
    _, page = seeds
    assert 'id="findings"' not in page


def test_rounds_are_drawn_side_by_side_on_one_scale():
    text = (
        "Security Council election\n"
        "In the first round, Italy received 113 votes and the Netherlands 113. "
        "Sweden won 134 votes.\n"
        "In the second round, Italy received 95 votes and the Netherlands 96.\n"
    )
    doc = extract_text(text, name="rounds.txt")
    assert {c.round for c in doc.contests} == {1, 2}
    page = render([doc])
    articles = page.count('<article class="contest"')
    assert articles == 1
    assert '<div class="rounds">' in page
    assert ">Round 1</h4>" in page and ">Round 2</h4>" in page
    assert page.index(">Round 1</h4>") < page.index(">Round 2</h4>")


# --- marks by offsets: nesting, merging, skipping --------------------------------------------


def mark(start, end, kind="number", ref="t0"):
    m = report.Mark(start, end, kind, f"{kind}{start}-{end}")
    if kind in ("number", "evidence"):
        m.tallies.append(ref)
    return m


def flatten(nodes, depth=0):
    out = []
    for node in nodes:
        if node.mark is None:
            out.append((depth, node.text))
        else:
            out.append((depth, f"<{node.mark.kind}>"))
            out.extend(flatten(node.children, depth + 1))
    return out


def test_nested_marks_nest_and_crossing_ones_are_skipped():
    text = "abcdefghij"
    placed, skipped = report._place(
        [mark(2, 8, "sentence"), mark(3, 5), mark(4, 9, "name"), mark(0, 20), mark(5, 5)],
        len(text),
    )
    assert [(m.start, m.end) for m in placed] == [(3, 5), (2, 8)]
    assert sorted((m.start, m.end) for m in skipped) == [(0, 20), (4, 9), (5, 5)]
    assert flatten(report._tree(text, placed)) == [
        (0, "ab"), (0, "<sentence>"), (1, "c"), (1, "<number>"), (2, "de"), (1, "fgh"),
        (0, "ij"),
    ]  # fmt: skip


def _crosses(a, b) -> bool:
    return a.start < b.start < a.end < b.end or b.start < a.start < b.end < a.end


@settings(max_examples=300)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 40),
            st.integers(0, 15),
            st.sampled_from(["number", "evidence", "name", "unattributed", "sentence"]),
        ),
        max_size=25,
    )
)
def test_marks_are_placed_as_trying_every_placed_mark_would_place_them(spans):
    marks = [mark(start, start + size, kind) for start, size, kind in spans]
    placed, skipped = report._place(marks, 45)
    expected: list = []  # the plain quadratic rule: skip a mark crossing any placed before it
    for m in sorted(marks, key=lambda m: report.PRIORITY[m.kind]):
        key = (m.start, m.end, m.kind == "sentence")
        if not 0 <= m.start < m.end <= 45 or (
            all((p.start, p.end, p.kind == "sentence") != key for p in expected)
            and any(_crosses(m, p) for p in expected)
        ):
            continue
        if all((p.start, p.end, p.kind == "sentence") != key for p in expected):
            expected.append(m)
    assert [(m.start, m.end, m.kind) for m in placed] == [
        (m.start, m.end, m.kind) for m in expected
    ]
    assert len(placed) + len(skipped) <= len(marks)


def test_marks_of_one_span_merge_and_keep_every_ref():
    placed, skipped = report._place([mark(0, 2, ref="t0"), mark(0, 2, ref="t1")], 5)
    assert skipped == [] and len(placed) == 1
    assert placed[0].tallies == ["t0", "t1"]


def test_a_crossing_tally_is_listed_as_not_marked():
    text = "Alpha 1234 votes"
    page = render([document(text, [(6, 10), (8, 12)])])
    parsed = Page(page)
    assert parsed.sources == [text]
    assert [m["text"] for m in parsed.marks] == ["1234"]
    assert "Not marked, as their spans cross another mark: number “34 v”." in page


@settings(max_examples=60)
@given(
    st.text(alphabet=st.sampled_from("ab <>&\"'\n\t;=/"), min_size=1, max_size=40),
    st.lists(st.tuples(st.integers(0, 45), st.integers(0, 45)), max_size=6),
)
def test_any_spans_on_any_text_keep_the_text_whole(text, pairs):
    spans = [(min(a, b), max(a, b)) for a, b in pairs]
    page = render([document(text, spans)])
    parsed = Page(page)
    assert parsed.sources == [text]
    assert not {t for t, _ in parsed.elements} & {"script", "img"}
    for m in parsed.marks:
        if "data-tally" in m:
            k = int(m["data-tally"].split()[0][1:])
            assert m["text"] == text[spans[k][0] : spans[k][1]]


def test_findings_of_votecli_check_render_and_link():
    check = pytest.importorskip("votecli.check")
    if not hasattr(check, "run_checks"):
        pytest.skip("votecli.check has no run_checks")
    documents = [o.document for o in pipeline.run() if o.document]
    documents.append(
        extract_text(
            "Security Council election 2017-2018\n"
            "Kazakhstan received 183 votes and Thailand 55 of the 193 votes.\n",
            name="other.txt",
        )
    )
    findings = check.run_checks(documents)
    assert findings
    page = render(documents, findings)
    parsed = Page(page)
    assert page.count('<tr id="F') == len(findings)
    cited = [a["href"] for t, a in parsed.elements if t == "a" and "-s" in a.get("href", "")]
    assert cited and all(href[1:] in parsed.ids for href in cited)
    assert parsed.sources == [d.source.text for d in documents]
