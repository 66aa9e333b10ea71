"""Saved web pages to article text.

trafilatura does this best and is used when installed (the `votecli[html]` extra); without it a
small reader on the standard library's HTMLParser keeps the page's prose and drops its furniture:
scripts, styles, menus, headers, footers, forms, cookie banners, share and comment widgets.
Either way the page's <title> is the first line, so `inputs.title_of` finds it, and every block
(paragraph, heading, list item, table row) is a line of its own, so sentences never run together.
"""

from __future__ import annotations

import html as _html
import importlib.util
import re
from html.parser import HTMLParser

from . import patterns

HINT = "install votecli[html] for better article extraction from web pages (trafilatura)"

# Elements whose whole content is page furniture, never article text.
_DROP = frozenset(
    {"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form"}
    | {"svg", "iframe", "math", "button", "select", "dialog", "object", "canvas"}
)
# Furniture by class or id: whole words (camelCase split), so "unavailable" and "commentary"
# stay while "topnav", "main-menu", "cookieConsent" and "share-buttons" go.
_FURNITURE = patterns.compile(
    r"(?:nav(?:igation|bar)?|menus?|footer|cookies?|sidebar|share|sharing|comments?)(?![a-z])"
)
# Never dropped for their class: the page itself and its article (WordPress puts
# "comments-open" on <body>, themes put "has-comments" on <article>).
_NEVER_DROPPED = frozenset({"html", "body", "main", "article"})
# End tags that pages routinely leave out: such elements can't be told where they end,
# so they are never the root of a dropped stretch.
_OPTIONAL_END = frozenset(
    {"p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot"}
)
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}
    | {"track", "wbr", "param", "keygen"}
)
_BLOCK = frozenset(
    {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "hr", "article", "section"}
    | {"blockquote", "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "main"}
    | {"pre", "figure", "figcaption", "address", "caption", "details", "summary", "body"}
    | {"center", "fieldset", "legend", "hgroup", "header", "footer", "tr"}
)
_CELLS = frozenset({"td", "th"})
_TITLE = patterns.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_CAMEL = patterns.compile(r"([a-z0-9])([A-Z])")

_trafilatura_available: bool | None = None


def trafilatura_available() -> bool:
    """Whether trafilatura can be imported (found without importing it)."""
    global _trafilatura_available
    if _trafilatura_available is None:
        _trafilatura_available = importlib.util.find_spec("trafilatura") is not None
    return _trafilatura_available


def html_to_text(html: str) -> str:
    """The article text of a web page: its title, then one line per block of prose."""
    if trafilatura_available():
        text = _with_trafilatura(html)
        if text is not None:
            return text
    return _with_stdlib(html)


def _with_trafilatura(html: str) -> str | None:
    try:
        import trafilatura

        body = trafilatura.extract(html, include_comments=False, include_tables=True)
    except Exception:  # a third-party parser on strangers' markup: fall back, never crash
        return None
    if not body or not body.strip():
        return None
    match = _TITLE.search(html)
    title = _squeeze(_html.unescape(match.group(1))) if match else ""
    return _join(title, [line.strip() for line in body.splitlines()])


def _with_stdlib(html: str) -> str:
    reader = _Reader(drop_by_class=True)
    reader.read(html)
    if not reader.lines:  # the class rules ate everything: read again without them
        reader = _Reader(drop_by_class=False)
        reader.read(html)
    return _join(_squeeze("".join(reader.title)), reader.lines)


def _join(title: str, lines: list[str]) -> str:
    lines = [line for line in lines if line]
    if title and lines and lines[0] == title:
        lines = lines[1:]  # the <h1> repeating the <title>: say it once
    return "\n".join([title, *lines] if title else lines)


def _squeeze(text: str) -> str:
    return " ".join(text.split())


def _is_furniture(attrs: list[tuple[str, str | None]]) -> bool:
    for key, value in attrs:
        if key in ("class", "id") and value:
            words = _CAMEL.sub(r"\1-\2", value).lower()
            if _FURNITURE.search(words):
                return True
    return False


class _Reader(HTMLParser):
    """Collects the visible prose of a page as lines; see the module docstring."""

    def __init__(self, drop_by_class: bool) -> None:
        super().__init__(convert_charrefs=True)  # entities arrive unescaped
        self.drop_by_class = drop_by_class
        self.lines: list[str] = []
        self.title: list[str] = []
        self._line: list[str] = []
        self._in_title = False
        self._title_done = False
        self._skip: str | None = None  # the tag of the dropped element we are inside
        self._skip_depth = 0
        self._pre = 0
        self._article = 0  # depth inside <article>/<main>, where <header> is the headline
        self._cells = 0  # cells begun in the current table row

    def read(self, html: str) -> None:
        self.feed(html)
        self.close()
        self._break()

    def _break(self) -> None:
        text = _squeeze("".join(self._line))
        if text:
            self.lines.append(text)
        self._line = []

    def _drops(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        if tag in _DROP:
            return not (tag == "header" and self._article)
        return (
            self.drop_by_class
            and tag not in _NEVER_DROPPED
            and tag not in _OPTIONAL_END
            and _is_furniture(attrs)
        )

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skip is not None:
            if tag == self._skip:
                self._skip_depth += 1
            return
        if tag in _VOID:
            if tag in ("br", "hr"):
                self._break()
            return
        if self._drops(tag, attrs):
            self._skip, self._skip_depth = tag, 1
            return
        if tag == "title":
            self._in_title = not self._title_done
            return
        if tag in ("article", "main"):
            self._article += 1
        elif tag == "pre":
            self._pre += 1
        if tag in _CELLS:
            if self._cells:
                self._line.append(" | ")
            self._cells += 1
            return
        if tag == "tr":
            self._cells = 0
        if tag in _BLOCK:
            self._break()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skip is None and tag in _BLOCK:  # <br/>, <hr/>, an empty <div/>
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if self._skip is not None:
            if tag == self._skip:
                self._skip_depth -= 1
                if not self._skip_depth:
                    self._skip = None
            return
        if tag == "title":
            if self._in_title:
                self._in_title, self._title_done = False, True
            return
        if tag in ("article", "main") and self._article:
            self._article -= 1
        elif tag == "pre" and self._pre:
            self._pre -= 1
        if tag == "tr":
            self._cells = 0
        if tag in _BLOCK:  # `</br>` too: browsers read it as <br>
            self._break()

    def handle_data(self, data: str) -> None:
        if self._skip is not None:
            return
        if self._in_title:
            self.title.append(data)
        elif self._pre:
            first, *rest = data.split("\n")
            self._line.append(first)
            for part in rest:
                self._break()
                self._line.append(part)
        else:
            self._line.append(data)
