"""The input layer on text from the wild: encodings, mojibake, web pages and things that are
not text at all, each refused with one line naming the path."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from votecli import inputs, webpage
from votecli.errors import InputError

RU = "Казахстан получил 138 голосов, Таиланд 55.\r\nВыборы прошли в Нью-Йорке.\r\n"
EN = "“Kazakhstan” received 138 votes — the €5 ballot café in Genève; Thailand got 55.\n"
FR = "Côte d'Ivoire received 170 votes.\nLes élections à Genève.\n"


@pytest.fixture(autouse=True)
def fresh_hints(monkeypatch):
    monkeypatch.setattr(inputs, "_pending_hints", [])
    monkeypatch.setattr(inputs, "_hints_given", set())


@pytest.fixture
def no_trafilatura(monkeypatch):
    """The standard-library reader, whether or not trafilatura happens to be installed."""
    monkeypatch.setattr(webpage, "_trafilatura_available", False)


def put(tmp_path: Path, name: str, data: bytes | str) -> str:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return str(path)


def lines(text: str) -> str:
    return text.replace("\r\n", "\n")


def refused(path: str, **kwargs) -> str:
    """The InputError message read() gives, checked to be one line naming the path."""
    with pytest.raises(InputError) as info:
        inputs.read(path, **kwargs)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: ")
    return message


# --- encodings -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "data"),
    [
        (EN, EN.encode("utf-8")),
        (EN, EN.encode("utf-8-sig")),
        (RU, b"\xff\xfe" + RU.encode("utf-16-le")),
        (RU, b"\xfe\xff" + RU.encode("utf-16-be")),
        (RU, b"\xff\xfe\x00\x00" + RU.encode("utf-32-le")),
        (RU, b"\x00\x00\xfe\xff" + RU.encode("utf-32-be")),
        (EN, EN.encode("cp1252")),
        (FR, FR.encode("latin-1")),
        ("Côte d'Ivoire received 170 votes", b"C\xf4te d'Ivoire received 170 votes"),
        (RU, RU.encode("cp1251")),
        (
            "Казахстан получил 138 голосов, Таиланд 55.",
            "Казахстан получил 138 голосов, Таиланд 55.".encode("cp1251"),
        ),
        (
            "Kazakhstan (Казахстан) received 138 votes.",
            "Kazakhstan (Казахстан) received 138 votes.".encode("cp1251"),
        ),
        (RU * 8, (RU * 8).encode("cp1251")),
        (
            "Қазақстан 138 дауыс алды, Таиланд 55 дауыс.",
            "Қазақстан 138 дауыс алды, Таиланд 55 дауыс.".encode("kz1048"),
        ),
        ("Казахстан получил 138 голосов", "Казахстан получил 138 голосов".encode("koi8-r")),
        (
            "Україна отримала 150 голосів, Білорусь 40.",
            "Україна отримала 150 голосів, Білорусь 40.".encode("cp1251"),
        ),
        (
            "Polska otrzymała 180 głosów, Łotwa 12.",
            "Polska otrzymała 180 głosów, Łotwa 12.".encode("cp1250"),
        ),
        (
            "Die Wahl: Österreich 12 Stimmen, Größe.",
            "Die Wahl: Österreich 12 Stimmen, Größe.".encode("cp1252"),
        ),
    ],
    ids=[
        "utf8",
        "utf8-bom",
        "utf16-le-bom",
        "utf16-be-bom",
        "utf32-le-bom",
        "utf32-be-bom",
        "cp1252-quotes-euro",
        "latin1-lines",
        "latin1-short",
        "cp1251-russian",
        "cp1251-short",
        "cp1251-in-english",
        "cp1251-long",
        "kz1048-kazakh",
        "koi8r-russian",
        "cp1251-ukrainian",
        "cp1250-polish",
        "cp1252-german",
    ],
)
def test_encodings_are_read_as_written(tmp_path, text, data):
    source = inputs.read(put(tmp_path, "in.txt", data))
    assert source.text == lines(text)
    assert source.text.count("\n") == data.count("\n".encode(_codec_of(data)))


def _codec_of(data: bytes) -> str:
    for bom, codec in ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be")):
        if data.startswith(bom):
            return codec
    return {b"\xff\xfe": "utf-16-le", b"\xfe\xff": "utf-16-be"}.get(data[:2], "latin-1")


def test_forced_encoding_wins_over_the_guess(tmp_path):
    path = put(tmp_path, "in.txt", "Ñandú 12".encode("cp1251", "replace"))
    assert inputs.read(path, encoding="latin-1").text == "Ñandú 12".encode(
        "cp1251", "replace"
    ).decode("latin-1")
    ru = put(tmp_path, "ru.txt", RU.encode("cp1251"))
    assert inputs.read(ru, encoding="cp1251").text == lines(RU)
    bom = put(tmp_path, "bom.txt", EN.encode("utf-8-sig"))
    assert inputs.read(bom, encoding="utf-8").text == EN


@pytest.mark.parametrize(
    ("data", "encoding", "message"),
    [
        (EN.encode("cp1252"), "utf-8", "not utf-8 text (byte 0)"),
        (b"Votes", "no-such-codec", "unknown encoding 'no-such-codec'"),
        (b"Votes", "base64", "cannot decode as base64"),
    ],
    ids=["wrong", "unknown", "not-a-text-codec"],
)
def test_a_forced_encoding_that_does_not_fit_is_one_line(tmp_path, data, encoding, message):
    assert message in refused(put(tmp_path, "in.txt", data), encoding=encoding)


def test_bytes_no_encoding_explains_are_refused(tmp_path):
    path = put(tmp_path, "in.txt", bytes(range(0x80, 0x100)))
    assert refused(path) == f"{path}: unknown text encoding (try --encoding)"


def test_a_web_page_declaring_its_charset_is_read_in_it(tmp_path, no_trafilatura):
    page = '<html><head><meta charset="windows-1251"><title>Итоги</title></head>'
    page += "<body><p>Казахстан получил 138 голосов.</p></body></html>"
    source = inputs.read(put(tmp_path, "page.html", page.encode("cp1251")))
    assert source.text == "Итоги\nКазахстан получил 138 голосов."


# --- mojibake --------------------------------------------------------------------------------


def _mojibake(text: str) -> str:
    """UTF-8 read as cp1252 (unassigned bytes kept as C1 controls, as latin-1 would)."""
    data = text.encode("utf-8")
    return "".join(
        bytes([b]).decode("cp1252", "strict") if b not in b"\x81\x8d\x8f\x90\x9d" else chr(b)
        for b in data
    )


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("Côte dâ€™Ivoire received 170 votes.", "Côte d’Ivoire received 170 votes."),
        ("CÃ´te d'Ivoire received 170 votes.", "Côte d'Ivoire received 170 votes."),
        ("Les Ã©lections â€” Thailand 55.", "Les élections — Thailand 55."),
        (_mojibake("Казахстан получил 138 голосов."), "Казахстан получил 138 голосов."),
        (_mojibake("“Kazakhstan” won"), "“Kazakhstan” won"),
    ],
    ids=["apostrophe", "o-circumflex", "e-acute-dash", "cyrillic", "curly-quotes"],
)
def test_mojibake_is_repaired(tmp_path, broken, fixed):
    assert inputs.read(put(tmp_path, "in.txt", broken)).text == fixed


def test_mojibake_repair_keeps_every_line_where_it_was(tmp_path):
    original = (
        "Title\r\nCÃ´te dâ€™Ivoire received 170 votes.\r\n\r\nâ€”\r\nThailand 55\râ€œendâ€\r\n"
    )
    text = inputs.read(put(tmp_path, "in.txt", original)).text
    normalised = original.replace("\r\n", "\n").replace("\r", "\n")
    assert text.count("\n") == normalised.count("\n")
    assert text.split("\n")[1] == "Côte d’Ivoire received 170 votes."
    assert text.split("\n")[4] == "Thailand 55"


@pytest.mark.parametrize(
    "text",
    [
        "voilà ! Genève, São Tomé, naïve façade.",
        "Ñandú 12, Ä 3, Øresund 4, Îles 5, â 6.",
        "Kazakhstan received 138 votes — “as expected”.",
    ],
    ids=["french-nbsp", "capitals", "typography"],
)
def test_good_text_is_left_alone(tmp_path, text):
    assert inputs.read(put(tmp_path, "in.txt", text)).text == text


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(list("ÃÂâ€™©—œ“\n\r abcé´\x85\u2028Ð°")), max_size=60))
def test_repair_and_decoding_never_move_a_line(text):
    data = text.encode("utf-8")
    try:
        out = inputs.repair(inputs.decode(data, "x"))
    except InputError:
        return
    assert out.count("\n") == text.replace("\r\n", "\n").replace("\r", "\n").count("\n")


# --- web pages -------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><title>UN vote: Kazakhstan &amp; Thailand</title>
<style>p { color: red } .x:after { content: "Japan 77 votes" }</style>
<script>var x = "Kazakhstan received 999 votes";</script></head>
<body class="comments-open">
<nav><a href="/">Home</a> Thailand 12</nav>
<div class="cookie-banner">We use cookies. Italy 5 votes.</div>
<article class="post has-comments">
  <p>Kazakhstan received
     138 votes.</p>
  <p>Thailand&nbsp;got 55&#46;<br>A second line.</p>
  <table><tr><th>Country</th><th>Votes</th></tr><tr><td>Kazakhstan</td><td>138</td></tr></table>
  <div class="share-buttons">Share: Norway 3 votes</div>
</article>
<aside>Fiji 4 votes</aside><footer>Footer Chile 9 votes</footer>
<noscript>Peru 8 votes</noscript><form>Search Peru 8</form><svg><text>Laos 2</text></svg>
</body></html>"""
JUNK = [
    "999",
    "Thailand 12",
    "Japan 77",
    "Italy 5",
    "Norway 3",
    "Fiji 4",
    "Chile 9",
    "Peru",
    "Laos",
]


def test_a_web_page_becomes_its_article(no_trafilatura):
    text = webpage.html_to_text(PAGE)
    assert text.split("\n") == [
        "UN vote: Kazakhstan & Thailand",
        "Kazakhstan received 138 votes.",
        "Thailand got 55.",
        "A second line.",
        "Country | Votes",
        "Kazakhstan | 138",
    ]
    for junk in JUNK:
        assert junk not in text


@pytest.mark.parametrize(
    ("name", "prefix"),
    [
        ("page.html", ""),
        ("page.HTM", ""),
        ("page.txt", "\ufeff  \n"),
        ("page", "<!-- saved from url=(0014)about:internet -->\n"),
    ],
    ids=["html", "htm", "sniffed-doctype", "sniffed-saved-from"],
)
def test_read_reduces_web_pages_and_hints_once(tmp_path, no_trafilatura, name, prefix):
    path = put(tmp_path, name, prefix + PAGE)
    source = inputs.read(path)
    assert "Kazakhstan received 138 votes." in source.text
    assert not any(junk in source.text for junk in JUNK)
    assert source.title == "UN vote: Kazakhstan & Thailand"
    assert inputs.hints() == [webpage.HINT]
    assert inputs.hints() == []
    inputs.read(path)
    assert inputs.hints() == []  # one time only


def test_plain_text_mentioning_html_is_not_a_web_page(tmp_path):
    text = "The <html> tag was mentioned; Kazakhstan received 138 votes."
    assert inputs.read(put(tmp_path, "in.txt", text)).text == text
    assert inputs.hints() == []


def test_the_headline_inside_an_article_header_stays(no_trafilatura):
    page = "<html><body><header>Site</header><article><header><h1>Poll</h1></header>"
    page += "<p>Japan received 182 votes.</p></article></body></html>"
    assert webpage.html_to_text(page) == "Poll\nJapan received 182 votes."


def test_a_page_whose_body_looks_like_furniture_is_still_read(no_trafilatura):
    page = '<html><body><div class="nav-open"><p>Japan received 182 votes.</p></div></body></html>'
    assert webpage.html_to_text(page) == "Japan received 182 votes."


def test_a_page_without_text_is_refused(tmp_path, no_trafilatura):
    path = put(tmp_path, "empty.html", "<html><script>var a = 1;</script></html>")
    assert refused(path) == f"{path}: web page holds no text"


@pytest.mark.skipif(not webpage.trafilatura_available(), reason="trafilatura not installed")
def test_trafilatura_extracts_the_article_when_installed():
    text = webpage.html_to_text(PAGE)
    assert "Kazakhstan received" in text
    assert "999" not in text
    assert inputs.hints() == []


# --- not text --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty text"),
        (b"  \n\t\r\n ", "empty text"),
        (b"\xff\xfe" + " \n ".encode("utf-16-le"), "empty text"),
        (b"Kazakhstan\x00138\x00votes", "binary file, not text"),
        ("Kazakhstan 138 Thailand 55".encode("utf-16-le"), "binary file, not text"),
        (b"\x01\x02\x03\x04\x05\x06 votes \x07\x08" * 4, "binary file, not text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file, not text (PNG image)"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "binary file, not text (JPEG image)"),
        (b"GIF89a\x01\x00\x01\x00", "binary file, not text (GIF image)"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\nKazakhstan 138", "binary file, not text (PDF document)"),
        (b"PK\x03\x04\x14\x00\x00\x00", "binary file, not text (ZIP archive)"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "binary file, not text (gzip archive)"),
    ],
    ids=[
        "empty",
        "whitespace",
        "utf16-whitespace",
        "nul-bytes",
        "utf16-no-bom",
        "control-bytes",
        "png",
        "jpeg",
        "gif",
        "pdf",
        "zip",
        "gzip",
    ],
)
def test_what_is_not_text_is_refused_in_one_line(tmp_path, data, message):
    path = put(tmp_path, "notes.txt", data)
    assert refused(path) == f"{path}: {message}"


def test_the_display_name_is_the_one_reported(tmp_path):
    path = put(tmp_path, "notes.txt", b"\x00\x01")
    with pytest.raises(InputError, match=r"^seeds/notes.txt: binary file, not text$"):
        inputs.read(path, "seeds/notes.txt")


def test_missing_path(tmp_path):
    path = str(tmp_path / "nope.txt")
    assert refused(path) == f"{path}: no such file"
    assert refused(str(tmp_path / "nope" / "x.txt")).endswith(": no such file")


def test_symlinks_that_lead_nowhere(tmp_path):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    assert refused(str(loop)) == f"{loop}: symlink loop"
    dangling = tmp_path / "dangling.txt"
    dangling.symlink_to(tmp_path / "gone.txt")
    assert refused(str(dangling)) == f"{dangling}: broken symlink"


def test_a_named_pipe_is_refused_without_waiting(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    outcome: list[str] = []

    def attempt():
        try:
            inputs.read(str(fifo))
        except InputError as exc:
            outcome.append(str(exc))

    worker = threading.Thread(target=attempt, daemon=True)
    worker.start()
    worker.join(timeout=5)
    assert not worker.is_alive(), "read() blocked on a FIFO"
    assert outcome == [f"{fifo}: not a regular file (named pipe; pipe it into '-' instead)"]


def test_a_pipe_swapped_in_after_the_stat_is_still_refused(tmp_path, monkeypatch):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    real = put(tmp_path, "real.txt", "Japan 182")
    monkeypatch.setattr(inputs, "_open", lambda _name, _open=inputs._open: _open(str(fifo)))
    assert refused(real) == f"{real}: not a regular file (named pipe; pipe it into '-' instead)"


def test_a_device_is_refused():
    assert refused(os.devnull) == f"{os.devnull}: not a regular file (device)"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_an_unreadable_file_is_refused(tmp_path):
    path = put(tmp_path, "secret.txt", "Japan 182")
    os.chmod(path, 0)
    assert refused(path) == f"{path}: permission denied"


def test_permission_denied_on_open(tmp_path, monkeypatch):
    path = put(tmp_path, "secret.txt", "Japan 182")

    def denied(name):
        raise PermissionError(13, "Permission denied", name)

    monkeypatch.setattr(inputs, "_open", denied)
    assert refused(path) == f"{path}: permission denied"


def test_a_read_error_is_one_line(tmp_path, monkeypatch):
    path = put(tmp_path, "flaky.txt", "Japan 182")

    def failing(name):
        raise OSError(5, "Input/output error", name)

    monkeypatch.setattr(inputs, "_open", failing)
    assert refused(path) == f"{path}: cannot read (Input/output error)"


@pytest.mark.parametrize(
    "folder",
    [
        {},
        {"image.png": b"\x89PNG", ".hidden.txt": b"Japan 182", ".git/notes.txt": b"Japan 182"},
    ],
    ids=["empty", "nothing-texty"],
)
def test_a_folder_without_text_files(tmp_path, folder):
    root = tmp_path / "corpus"
    root.mkdir()
    for name, data in folder.items():
        put(root, name, data)
    assert list(inputs.expand([str(root)])) == [str(root)]
    assert refused(str(root)) == f"{root}: folder holds no text files"


def test_a_folder_with_text_files_read_directly(tmp_path):
    put(tmp_path, "a.txt", "Japan 182")
    assert refused(str(tmp_path)) == f"{tmp_path}: is a folder, not a file"


# --- stdin -----------------------------------------------------------------------------------


class _Broken:
    @property
    def buffer(self):
        return self

    def read(self):
        raise OSError(5, "Input/output error")


def _closed():
    stream = io.TextIOWrapper(io.BytesIO(b"Japan 182"))
    stream.close()
    return stream


@pytest.mark.parametrize(
    ("stdin", "message"),
    [
        (None, "-: standard input is closed"),
        (_closed(), "-: standard input is closed"),
        (_Broken(), "-: cannot read standard input (Input/output error)"),
    ],
    ids=["none", "closed", "io-error"],
)
def test_unreadable_stdin_is_one_line(monkeypatch, stdin, message):
    monkeypatch.setattr(sys, "stdin", stdin)
    assert refused("-") == message


@pytest.mark.parametrize(
    "stdin",
    [io.TextIOWrapper(io.BytesIO(RU.encode("cp1251"))), io.StringIO(RU)],
    ids=["bytes-cp1251", "text-only"],
)
def test_stdin_is_read(monkeypatch, stdin):
    monkeypatch.setattr(sys, "stdin", stdin)
    source = inputs.read("-")
    assert (source.name, source.text) == ("-", lines(RU))


# --- folders ---------------------------------------------------------------------------------


def test_folders_expand_recursively_sorted_to_text_files_only(tmp_path):
    for name in ["b/2.txt", "a.txt", "b/1.md", "c/page.html", "c/page.HTM", "README", "x.text"]:
        put(tmp_path, name, "Japan 182")
    for name in ["img.png", ".hidden.txt", ".cache/a.txt", "data.json", "b/.x.md"]:
        put(tmp_path, name, "Japan 182")
    found = [Path(p).relative_to(tmp_path).as_posix() for p in inputs.expand([str(tmp_path)])]
    assert found == ["README", "a.txt", "b/1.md", "b/2.txt", "c/page.HTM", "c/page.html", "x.text"]


def test_folders_with_symlink_loops_end(tmp_path):
    put(tmp_path, "a/one.txt", "Japan 182")
    (tmp_path / "a" / "up").symlink_to(tmp_path)
    (tmp_path / "a" / "self").symlink_to(tmp_path / "a")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    linked = tmp_path / "elsewhere"
    put(linked, "two.txt", "Italy 92")
    (tmp_path / "a" / "more").symlink_to(linked)
    found = [Path(p).relative_to(tmp_path).as_posix() for p in inputs.expand([str(tmp_path)])]
    assert sorted(found) == sorted(set(found))  # nothing twice
    assert "a/one.txt" in found
    assert "loop.txt" not in found and "dangling.txt" not in found
    assert {"a/more/two.txt", "elsewhere/two.txt"} & set(found)


def test_expand_leaves_files_stdin_and_missing_paths_alone(tmp_path):
    path = put(tmp_path, "a.png", b"x")
    assert list(inputs.expand(["-", path, "nope"])) == ["-", path, "nope"]


# --- cost and robustness ---------------------------------------------------------------------


def test_plain_utf8_costs_no_extra_imports():
    seed = str(inputs.seed_paths()[0])
    code = (
        "import sys; from votecli import inputs; inputs.read(sys.argv[1]); "
        "print([m for m in ('charset_normalizer', 'ftfy', 'html.parser', 'votecli.webpage') "
        "if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code, seed], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.binary(max_size=300),
        st.text(max_size=100).map(lambda t: t.encode("utf-8")),
        st.text(max_size=100).map(lambda t: t.encode("utf-16")),
    ),
    st.sampled_from([None, None, None, "utf-8", "cp1251", "utf-16", "nope"]),
)
def test_decode_gives_text_or_input_error(data, encoding):
    try:
        text = inputs.decode(data, "x", encoding=encoding)
    except InputError as exc:
        assert str(exc).startswith("x: ") and "\n" not in str(exc)
    else:
        assert isinstance(text, str)
        assert "\r" not in text


@pytest.mark.parametrize(
    "command", [["summary"], ["tallies", "-f", "csv"], ["report", "-o", "r.html"]]
)
def test_an_installation_without_its_seeds_says_so(invoke, monkeypatch, tmp_path, command):
    """With no PATHS and no seed texts beside the package, a command fails with one line
    rather than printing nothing."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(inputs, "__file__", str(tmp_path / "site" / "votecli" / "inputs.py"))
    result = invoke(*command)
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.startswith("votecli: error: no seed texts in ")
    assert result.stderr.endswith(": give PATHS to read\n") and result.stderr.count("\n") == 1


def test_backtick_apostrophes_are_read_as_apostrophes(tmp_path):
    # some older sites print "Bae`s" for "Bae’s"; a backtick between words stays as it is
    source = inputs.read(put(tmp_path, "in.txt", "Lee Min-Ho`s 98 votes, `code` and don`t\n"))
    assert source.text == "Lee Min-Ho’s 98 votes, `code` and don’t\n"


def test_lost_dash_between_spaces_is_read_as_dash(tmp_path):
    source = inputs.read(put(tmp_path, "in.txt", "Ruiz won 140 votes, rival Lobo \ufffd 88.\n"))
    assert source.text == "Ruiz won 140 votes, rival Lobo – 88.\n"
