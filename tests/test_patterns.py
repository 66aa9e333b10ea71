"""The cache of compiled patterns gives what `re.compile` gives, and never gets in the way."""

from __future__ import annotations

import importlib
import marshal
import pkgutil
import re
import signal
import subprocess
import sys

import pytest

import votecli
from votecli import patterns

pytestmark = pytest.mark.skipif(patterns._ENGINE is None, reason="CPython's engine only")


def _every_pattern() -> dict[tuple[str, int], patterns.Entry]:
    """Import every votecli module, so that each compiles its patterns into the store."""
    for module in pkgutil.walk_packages(votecli.__path__, "votecli."):
        if module.name != "votecli.__main__":
            importlib.import_module(module.name)
    patterns._STORE.get(("", 0))  # loaded, whichever test runs first
    return dict(patterns._STORE.entries or {})


def test_every_cached_pattern_equals_what_re_compiles():
    entries = _every_pattern()
    assert len(entries) > 100  # the extractor's patterns all went through the cache
    for (pattern, flags), entry in entries.items():
        if flags & patterns._TWIN:
            continue  # an ASCII twin: see the tests below
        # Pattern equality compares the pattern, the flags and the engine's code.
        assert patterns._build(pattern, entry) == re.compile(pattern, flags), pattern


def test_every_patterns_ascii_twin_matches_as_it_on_ascii_text():
    texts = [
        "In the 2nd round, 41st-ballot: Peru won 1,204 votes (52.1%) on May 23; \x1c-\x1f 3\x1c-4.",
        "THE FOURTH AND FINAL ROUND. Kell, 12 and twenty-one\tvotes\nper cent; the Party won.",
        "Asia-Pacific States elected the Human Rights Council's members by 129 to 64.",
    ]
    twins = 0
    for pattern, flags in _every_pattern():
        if flags & patterns._TWIN:
            continue
        original = re.compile(pattern, flags)
        twin = patterns.ascii_twin(original)
        if twin is original:
            continue
        twins += 1
        assert twin.flags & re.ASCII
        for text in texts:
            spans = [m.span() for m in original.finditer(text)]
            assert [m.span() for m in twin.finditer(text)] == spans, pattern
    assert twins > 100


@pytest.mark.parametrize(
    ("pattern", "twinned"),
    [
        (r"\s+x\S[^\s]", True),  # Unicode's \s holds \x1c-\x1f as well: the twin's must
        (r"\bfirst\s+round\b|(?i:k)", True),
        (r"[\S,]", False),  # not-space with more in one set: not written in ASCII mode
        (r"[A-Zİ]", False),  # "İ" matches "i" when case is ignored, in Unicode mode only
        (r"[Ā-ž]x", False),  # a range holding it
    ],
)
def test_an_ascii_twin_matches_alike_or_is_the_pattern_itself(pattern, twinned):
    alphabet = "ab xX\t\n\x1c\x1f1 2kKsSiI,.-"
    for flags in (0, re.IGNORECASE):
        original = re.compile(pattern, flags)
        twin = patterns.ascii_twin(original)
        assert (twin is not original) == twinned
        for size in range(5):
            for start in range(len(alphabet)):
                text = (alphabet[start:] + alphabet)[:size] + alphabet[start::3]
                spans = [m.span() for m in original.finditer(text)]
                assert [m.span() for m in twin.finditer(text)] == spans, (pattern, text)


def test_a_written_cache_is_read_back_by_the_next_run(tmp_path, monkeypatch):
    monkeypatch.setenv("VOTECLI_CACHE_DIR", str(tmp_path))
    first = patterns._Store()
    monkeypatch.setattr(patterns, "_STORE", first)
    compiled = patterns.compile(r"(?P<votes>\d+) votes?", re.I)
    first.save()
    assert list(tmp_path.glob("patterns-*.marshal"))

    second = patterns._Store()
    monkeypatch.setattr(patterns, "_STORE", second)
    assert patterns.compile(r"(?P<votes>\d+) votes?", re.I) == compiled
    assert not second.changed  # read, not compiled
    assert patterns.compile(r"(\d+) votes?", re.I).search("with 55 votes")[1] == "55"


@pytest.mark.parametrize(
    "content", [b"", b"not marshal at all", b"\x00" * 64], ids=["empty", "text", "zeros"]
)
def test_a_damaged_cache_file_is_ignored(tmp_path, monkeypatch, content):
    monkeypatch.setenv("VOTECLI_CACHE_DIR", str(tmp_path))
    (tmp_path / f"patterns-{patterns._ENGINE}-{patterns.fingerprint()}.marshal").write_bytes(
        content
    )
    monkeypatch.setattr(patterns, "_STORE", patterns._Store())
    assert patterns.compile(r"\d+ votes", re.I) == re.compile(r"\d+ votes", re.I)


def test_code_the_engine_rejects_is_compiled_afresh(tmp_path, monkeypatch):
    monkeypatch.setenv("VOTECLI_CACHE_DIR", str(tmp_path))
    store = patterns._Store()
    store.get(("", 0))
    store.entries[(r"\d+ votes", 0)] = (0, b"\xff\xff\xff\xff" * 4, 0, {}, (None,))
    monkeypatch.setattr(patterns, "_STORE", store)
    assert patterns.compile(r"\d+ votes") == re.compile(r"\d+ votes")


def test_an_unwritable_cache_is_no_error(tmp_path, monkeypatch):
    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("")
    monkeypatch.setenv("VOTECLI_CACHE_DIR", str(blocker / "cache"))
    store = patterns._Store()
    monkeypatch.setattr(patterns, "_STORE", store)
    assert patterns.compile(r"\d+ ballots") == re.compile(r"\d+ ballots")
    store.save()  # nothing raised, nothing written


def test_no_cache_when_asked(tmp_path, monkeypatch):
    monkeypatch.setenv("VOTECLI_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("VOTECLI_NO_CACHE", "1")
    assert patterns.cache_dir() is None
    store = patterns._Store()
    monkeypatch.setattr(patterns, "_STORE", store)
    assert patterns.compile(r"\d+ seats") == re.compile(r"\d+ seats")
    store.save()
    assert not list(tmp_path.iterdir())


def test_the_cli_fills_the_cache_once_and_reads_it_after(tmp_path):
    env = {"VOTECLI_CACHE_DIR": str(tmp_path), "NO_COLOR": "1", "PATH": ""}
    command = [sys.executable, "-m", "votecli", "summary", "--format", "csv"]
    first = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    (cache,) = tmp_path.glob("patterns-*.marshal")
    written = cache.stat().st_mtime_ns
    second = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    assert second.stdout == first.stdout and "Kazakhstan" in first.stdout
    assert cache.stat().st_mtime_ns == written  # nothing new to write the second time


def test_twin_for_runs_the_twin_on_ascii_text_only():
    original = re.compile(r"\bin (?:19|20)\d\d\b", re.IGNORECASE)
    twin = patterns.twin_for(original, "elected in 2016")
    assert twin is not original and twin.flags & re.ASCII
    assert patterns.twin_for(original, "elected in 2016") is twin  # made once, then kept
    assert patterns.twin_for(original, "élu in 2016") is original  # not ASCII: the pattern
    for text in ("IN 2016 and in 1999", "in 20166", "within 2016"):
        assert [m.span() for m in twin.finditer(text)] == [
            m.span() for m in original.finditer(text)
        ]


def test_a_run_over_many_files_with_workers_fills_the_cache(tmp_path):
    """Workers of a pool end without running atexit: each saves the patterns it compiled."""
    texts = tmp_path / "texts"
    texts.mkdir()
    for index in range(70):  # more than two batches: a pool of workers reads them
        (texts / f"{index:03}.txt").write_text(f"Ruritania received {100 + index} votes.\n")
    store = tmp_path / "cache"
    env = {"VOTECLI_CACHE_DIR": str(store), "NO_COLOR": "1", "PATH": ""}
    command = [sys.executable, "-m", "votecli", "tallies", "--format", "csv", "--jobs", "2"]
    run = subprocess.run([*command, str(texts)], env=env, capture_output=True, text=True)
    assert run.returncode == 0 and run.stdout.count("\n") == 71  # a header and 70 rows
    assert list(store.glob("patterns-*.marshal"))


def test_a_run_under_another_hash_seed_compiles_nothing_new(tmp_path):
    """Sets iterate in another order in every process (hash randomisation): a pattern
    joined from a set must sort it, or each run compiles it afresh and rewrites the cache."""
    script = (
        "import importlib, pkgutil, votecli\n"
        "for m in pkgutil.walk_packages(votecli.__path__, 'votecli.'):\n"
        "    if m.name != 'votecli.__main__': importlib.import_module(m.name)\n"
    )
    sizes = []
    for seed in ("1", "2", "3"):
        env = {"VOTECLI_CACHE_DIR": str(tmp_path), "PYTHONHASHSEED": seed, "PATH": ""}
        subprocess.run([sys.executable, "-c", script], env=env, check=True)
        (cache,) = tmp_path.glob("patterns-*.marshal")
        sizes.append(len(marshal.loads(cache.read_bytes())))
    assert sizes[0] > 100 and sizes == [sizes[0]] * 3


def test_a_new_version_of_the_code_starts_a_new_store_and_removes_the_old(tmp_path, monkeypatch):
    """Patterns of other versions are never asked for again: kept, they would pile up (47 MB
    of them here after a day of edits) and be loaded by every run."""
    monkeypatch.setenv("VOTECLI_CACHE_DIR", str(tmp_path))
    old = tmp_path / f"patterns-{patterns._ENGINE}-0123456789abcdef.marshal"
    old.write_bytes(marshal.dumps({("old (pattern)", 0): (0, b"", 0, {}, (None,))}))
    legacy = tmp_path / f"patterns-{patterns._ENGINE}.marshal"  # named before versions were
    legacy.write_bytes(old.read_bytes())
    store = patterns._Store()
    monkeypatch.setattr(patterns, "_STORE", store)
    patterns.compile(r"(\d+) delegates")
    store.save()
    (kept,) = tmp_path.glob("patterns-*.marshal")
    assert kept.name == f"patterns-{patterns._ENGINE}-{patterns.fingerprint()}.marshal"
    assert list(marshal.loads(kept.read_bytes())) == [(r"(\d+) delegates", 0)]


def _over(seconds: float, func) -> bool:
    """Whether `func` runs past `seconds` of CPU time (the engine checks for signals)."""

    class Overrun(Exception):
        pass

    def overrun(signum: int, frame: object) -> None:
        raise Overrun

    previous = signal.signal(signal.SIGPROF, overrun)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        func()
    except Overrun:
        return True
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
    return False


# Runs of one unit that make a pattern with ambiguous repeats try every way of splitting
# them: 80 characters are enough to show an exponential pattern (a linear one reads them in
# microseconds)
_HOSTILE_RUNS = {
    "capitals": "A" * 80,
    "capitals after for": " for " + "A" * 80 + " x, one for Y",
    "capitalised words": "Abc " * 20 + "x",
    "capital words": "ABC " * 20 + "x",
    "lower-case words": "abc " * 20 + "1",
    "spaces": " " * 80 + "x",
    "commas": "1," * 40,
    "initials": "A. " * 27,
    "skeleton names": "<C1> " * 16 + "x",
    "skeleton counts": "<C1> <N1>, " * 8 + "x",
    "hyphens": "-" * 80 + "x",
    "quotes": "'A " * 27 + "x",
}


def test_no_pattern_takes_exponential_time_on_a_run_of_one_unit():
    slow = []
    for (pattern, flags), _entry in _every_pattern().items():
        if flags & patterns._TWIN:
            continue
        compiled = re.compile(pattern, flags)
        for name, text in _HOSTILE_RUNS.items():
            if _over(0.25, lambda c=compiled, t=text: (c.match(t), c.fullmatch(t))):
                slow.append(f"{name}: {pattern[:120]}")
    assert not slow, slow
