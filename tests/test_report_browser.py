"""The HTML report in a real browser: headless Chromium loads it from disk, and the DOM it
dumps must hold every mark and nothing the inputs tried to inject. Skipped without Chromium
(`.ci/run` installs Debian's `chromium`)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest

from votecli import analysis, pipeline, report
from votecli.inputs import seed_paths
from votecli.pipeline import extract_text

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
CHROMIUM = next((found for name in BROWSERS if (found := shutil.which(name))), None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary found")

WHEN = datetime(2024, 5, 1, 12, 30, tzinfo=UTC)
HOSTILE = (
    "<script>document.title='pwned'</script> Security Council election\n"
    "Kazakhstan received 138 votes, beating Thailand with 55. "
    "<img src=x onerror=alert(1)> Kazakhstan received 138 votes, the ministry said.\n"
    "Of 190 votes cast, \" onmouseover=\"document.title='pwned' Sweden won 134.\n"
)
SAMPLES = {
    "hostile.txt": HOSTILE,
    "rounds.txt": (
        "Security Council election 2016\n"
        "In the first round, Italy received 113 votes and the Netherlands 113. "
        "Sweden won 134 votes.\n"
        "In the second round, Italy received 95 votes and the Netherlands 96. "
        "Required majority: 128.\n"
    ),
    "speaker.txt": (
        "Speaker election\n"
        "Sir Lindsay Hoyle won 325 votes to Chris Bryant's 213 in the final round.\n"
    ),
    "pga.txt": (
        "President of the General Assembly\n"
        "Maldives' Abdulla Shahid obtained 143 votes while Afghanistan's Zalmai Rassoul "
        "received 48 of the 191 votes cast.\n"
    ),
}


def chromium(*args: str, profile: Path) -> subprocess.CompletedProcess[str]:
    command = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--hide-scrollbars", f"--user-data-dir={profile}", *args,
    ]  # fmt: skip
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


class Dom(HTMLParser):
    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.elements: list[tuple[str, dict[str, str]]] = []
        self._in_title = False
        self.feed(markup)

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, {k: v or "" for k, v in attrs}))
        self._in_title = tag == "title"

    def handle_endtag(self, tag):
        self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data

    def refs(self, attribute: str) -> list[str]:
        return [r for t, a in self.elements if t == "mark" for r in a.get(attribute, "").split()]


def render(documents, path: Path, findings=()) -> str:
    page = report.render_report(
        documents,
        analysis.analyse(documents),
        findings,
        generated_at=WHEN,
        inputs=[d.source.name for d in documents],
    )
    path.write_text(page, encoding="utf-8")
    return page


def dump(path: Path, tmp_path: Path) -> Dom:
    result = chromium("--dump-dom", path.resolve().as_uri(), profile=tmp_path / "profile")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "</html>" in result.stdout, result.stderr[-2000:]
    return Dom(result.stdout)


def expected_title(page: str) -> str:
    return Dom(page).title


def check_marks(dom: Dom, documents) -> None:
    tallies = [t for d in documents for t in d.tallies]
    assert len(dom.refs("data-tally")) == len(tallies) + sum(len(t.evidence) for t in tallies)
    assert len(dom.refs("data-name")) == sum(1 for t in tallies if t.name_span)
    assert len(dom.refs("data-unattributed")) == sum(len(d.unattributed) for d in documents)


def check_nothing_ran(dom: Dom, title: str) -> None:
    assert dom.title == title and "pwned" not in dom.title
    tags = {t for t, _ in dom.elements}
    assert not tags & {"script", "img", "iframe", "object", "embed"}
    assert not [k for _, a in dom.elements for k in a if k.startswith("on")]


def test_the_seeds_report_in_a_browser(tmp_path):
    documents = [o.document for o in pipeline.run() if o.document]
    assert len(documents) == len(seed_paths()) == 2
    path = tmp_path / "seeds.html"
    page = render(documents, path)
    dom = dump(path, tmp_path)
    check_marks(dom, documents)
    check_nothing_ran(dom, expected_title(page))
    svgs = [a for t, a in dom.elements if t == "svg"]
    contests = sum(len(d.contests) for d in documents)
    tallied = len({t.contest for d in documents for t in d.tallies})  # a chart each
    assert (contests, tallied) == (5, 2) and len(svgs) == tallied
    assert all(a["role"] == "img" for a in svgs)
    assert page.count('class="no-chart"') == contests - tallied

    shot = tmp_path / "seeds.png"
    result = chromium(
        f"--screenshot={shot}", "--window-size=1280,2000", path.resolve().as_uri(),
        profile=tmp_path / "profile",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 20_000  # a blank page compresses to far less


def test_sample_texts_and_a_hostile_one_in_a_browser(tmp_path):
    documents = [extract_text(text, name=name) for name, text in SAMPLES.items()]
    assert all(d.tallies for d in documents)
    hostile = documents[0]  # 138 twice: marked twice if the extractor reads it as restated

    class Finding:
        kind, verdict, subject = "restated", "ok", "<b>Kazakhstan</b>"
        message = "<script>document.title='pwned'</script>"
        contest = hostile.tallies[0].contest
        evidence = (hostile.tallies[0].span, *hostile.tallies[0].evidence)

    path = tmp_path / "samples.html"
    page = render(documents, path, [Finding()])
    dom = dump(path, tmp_path)
    check_marks(dom, documents)
    check_nothing_ran(dom, expected_title(page))
    assert not {t for t, _ in dom.elements} & {"b"}
    links = [a["href"] for t, a in dom.elements if t == "a" and a.get("href", "").startswith("#")]
    ids = {a["id"] for _, a in dom.elements if "id" in a}
    assert all(href[1:] in ids for href in links)  # every in-page link lands somewhere


def test_the_policy_blocks_scripts_even_if_one_got_in(tmp_path):
    """Defence in depth: were escaping ever to fail, the page's Content-Security-Policy
    still stops inline scripts, event handlers and external loads."""
    documents = [extract_text("Kazakhstan received 138 votes.", name="one.txt")]
    path = tmp_path / "planted.html"
    page = render(documents, path)
    planted = (
        "<script>document.title='pwned'</script>"
        "<img src=x onerror=\"document.title='pwned'\">"
        "<svg><rect onload=\"document.title='pwned'\"/></svg>"
        "<img src='https://example.invalid/pixel.png'>"
    )
    path.write_text(page.replace("<main>", "<main>" + planted, 1), encoding="utf-8")
    dom = dump(path, tmp_path)
    assert dom.title == expected_title(page)
