"""The scan that picks the sentences worth visiting, and the promise that visiting only those
gives the same document as visiting every sentence."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from phrasing_cases import CASES
from votecli import scan
from votecli.contests import GATE_PHRASES
from votecli.extract import extract
from votecli.model import Source
from votecli.sentences import sentences_at, sentences_before, split


def _read_words(text: str) -> list[str]:
    lower = text.lower()
    return [lower[at:].split()[0] for at, kind in scan.hits(text) or [] if kind == scan.READ]


@pytest.mark.parametrize(
    "text",
    [
        "The bridge opened in 1998 after a long delay.",
        "The port reopened on 23 May 2007.",
        "The port reopened on May 23, 2007.",
        "The ferry leaves at 22:02 local time.",
        "The road was finished within 87 days.",
        "The museum spent 37 million euros on the roof.",
        "The new line serves about 4,500 people.",
        "The road runs over a distance of 622 km.",
    ],
)
def test_years_dates_times_and_amounts_are_not_worth_reading(text):
    assert _read_words(text) == []
    assert not scan.worth_reading(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Kazakhstan 138, Thailand 55", "138,"),
        ("Peru and Iran each collected one.", "one."),
        ("The term runs 2017-2018.", "2017-"),
        ("Kazakhstan was elected.", "electe"),
        ("Mexico won comfortably.", "won"),
    ],
)
def test_counts_number_words_and_election_words_are_worth_reading(text, word):
    assert any(found.startswith(word) for found in _read_words(text))


def test_a_number_on_its_own_line_is_not_a_unit_of_the_next_line():
    assert _read_words("Mexico\n|\n6\nSecond Round") == ["6", "round"]


def test_a_text_whose_lower_case_changes_length_is_read_whole():
    assert scan.hits("İstanbul won 61 votes.") is None
    document = extract(Source("t", None, "İstanbul hosted it. Kazakhstan won 61 votes."))
    assert [(t.candidate.name, t.votes) for t in document.tallies] == [("Kazakhstan", 61)]


@pytest.mark.parametrize(
    "text",
    [
        "A re-run -- of the vote -- was held: 12 in favour, twenty-one against.",
        "-edge- hyphens--doubled x- -y a-b-c 3-2 well-known",
        "The Kelvin-sign K and the long s \u017f are not ASCII: 14 votes on 3 May.",
        "Elected with 1,204 votes (52.1%) on May 23, 2016, within 8 days.",
    ],
)
def test_the_ascii_shortcuts_find_what_the_patterns_find(text):
    # on ASCII text the scan splits words itself and matches counts with ASCII `\d`
    lower = text.lower()
    assert scan._words(lower) == set(scan._WORD.findall(lower))
    counts = scan._ASCII_COUNT if text.isascii() else scan._COUNT
    assert [m.span() for m in counts.finditer(text)] == [
        m.span() for m in scan._COUNT.finditer(text)
    ]


@given(st.text(alphabet="ab -\n.,0123456789%Mmay", max_size=60))
def test_the_ascii_word_split_matches_the_pattern_on_any_text(text):
    assert scan._words(text) == set(scan._WORD.findall(text))
    assert [m.span() for m in scan._ASCII_COUNT.finditer(text)] == [
        m.span() for m in scan._COUNT.finditer(text)
    ]


def test_sentences_at_cuts_as_split_does():
    text = "Intro line.\nA first one. Dr. Who won 5 votes. Last one.\n\nTail 7 here."
    every = split(text)
    wanted = [text.index("5 votes"), text.index("7 here")]
    assert sentences_at(text, wanted) == [every[2], every[4]]
    before = sentences_before(text, 0, every[4].start, every[4].line, lambda s: True, 2)
    assert before == every[2:4]


FILLER = [
    "The port authority reopened the old pier on 3 January 1997.",
    "Engineers finished the coastal road within 87 days.",
    "Hospitals spent 37 million euros on new wards.",
    "Residents of the northern districts welcomed the decision.",
    "The ferry left at 7:02 local time.",
    "Officials have promised more buses since 2008.",
    "|",
    "",
    "Mr. Alvarez opened the exhibition.",
    "The museum, which Ms. Okafor leads, doubled its visitors.",
]


def _tallies(document):
    return sorted(
        (t.span.start, repr(t.contest), t.candidate.key, repr(t.votes), repr(t.percent), t.rule)
        for t in document.tallies
    )


def _same(text: str) -> None:
    source = Source("doc", None, text)
    sparse, every = extract(source), extract(source, every_sentence=True)
    assert _tallies(sparse) == _tallies(every)
    assert sparse.contests == every.contests
    assert sparse.unattributed == every.unattributed


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_visiting_hit_sentences_only_reads_each_phrasing_case_the_same(case):
    _same(case.text)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(st.sampled_from([c.text for c in CASES]), st.sampled_from(FILLER)),
        min_size=2,
        max_size=8,
    ),
    st.sampled_from([" ", "\n", "\n\n"]),
)
def test_visiting_hit_sentences_only_reads_mixed_documents_the_same(parts, joiner):
    _same(joiner.join(parts))


def test_a_full_name_in_a_sentence_without_a_vote_is_found_either_way():
    # hypothesis found it: reading every sentence had kept "Lund" where the sparse walk,
    # looking at the skipped sentence for a full name, found "Ines Lund"
    _same(
        "Ferri led with 90 votes, followed by Brandt with 25 and Lund with seven. "
        "Mayor Ines Lund opened the session. The mayor received 40 letters."
    )


@pytest.mark.parametrize("phrase", sorted(GATE_PHRASES))
def test_every_body_and_group_gate_phrase_makes_its_sentence_visited(phrase):
    assert scan.hits(f"On Monday the {phrase} met.")
    assert scan.hits(f"On Monday the {phrase.upper()} met.")


def test_a_city_council_is_no_body_to_visit_for():
    assert scan.hits("The city council reopened the pier.") == []
    assert [kind for _, kind in scan.hits("The Security Council met.")] == [scan.CUE]


PIECES = [
    "Japan", "won", "12", "votes", ".", ". ", "! ", "? ", "... ", "Mr. ", "U.S. ", "E. ",
    "No. ", "etc. ", '" ', "” ", ") ", "(", " ", "  ", "\u00a0", "\n", "\n\n", "a.m. ", "Dr.",
    "X", "Ölfus", "9. ", "“Peru", "[Chile",
    "won.", "The", "Mr.Lee", "com.", "Au",  # stops glued to the next sentence
]  # fmt: skip


@settings(max_examples=400)
@given(st.lists(st.sampled_from(PIECES), max_size=60), st.data())
def test_sentences_at_cuts_every_text_as_split_does(pieces, data):
    text = "".join(pieces)
    points = [i for i, char in enumerate(text) if not char.isspace()]
    offsets = (
        sorted(set(data.draw(st.lists(st.sampled_from(points), max_size=8)))) if points else []
    )
    expected = [s for s in split(text) if any(s.start <= at < s.end for at in offsets)]
    assert sentences_at(text, offsets) == expected


@pytest.mark.parametrize(
    "later", ["Gianni Infantino thanked them.", "Gianni Infantino's team cheered."]
)
def test_a_full_name_in_a_skipped_sentence_still_names_the_candidate(later):
    text = f"Infantino won 115 votes to 88 for Salman.\n\n{later}"
    assert scan.hits(later) == []  # the sentence is never visited
    tallies = extract(Source("t", None, text)).tallies
    assert sorted((t.candidate.name, t.votes) for t in tallies) == [
        ("Gianni Infantino", 115),
        ("Salman", 88),
    ]


def test_cells_on_one_line_with_prose_are_no_table_header_either_way():
    # hypothesis found it: reading every sentence took "A. | A." for a table's header and
    # the row on its own line for a row of things; the sparse walk never saw that "header"
    _same(
        "Mr. Alvarez opened the exhibition. | Mr. Alvarez opened the exhibition. "
        "Mongolia received 141 votes in the secret ballot. | "
        "Mongolia received 141 votes in the secret ballot."
    )


def test_prose_set_apart_by_bars_is_no_table_header():
    # hypothesis found it: reading every sentence took "Officials met. | The ferry left." for
    # a header of columns of other things and dropped the rows under it as medals or points
    text = (
        "Mr. Alvarez opened the exhibition. | Mr. Alvarez opened the exhibition. Peter "
        "LANGDALE | 733 | ELECTED |\nMaria T OKONKWO | 412 |\nSimon BRECK | 198 |"
    )
    _same(text)
    every = extract(Source("doc", None, text), every_sentence=True)
    assert sorted(t.votes for t in every.tallies) == [198, 412, 733]


def test_a_paragraphs_round_stays_on_its_line_when_rows_follow():
    # hypothesis found it: when only hit sentences were read, the rows under an unread header
    # took the round of "In that round" two lines up; reading every sentence, they did not
    text = (
        "The chamber's vote went to a third round. In that round, Mara Lind won 150 votes to "
        "141 for Otto Wahl.\n\nEncourage Discourage No Opinion\nLind 11 2 2\nBerg 9 3 3\n"
    )
    _same(text)
    rows = [t for t in extract(Source("doc", None, text)).tallies if t.rule == "straw-poll-row"]
    assert [t.votes for t in rows] == [11, 9]
    assert all(t.contest.round != 3 for t in rows)
    # nor does a run-off the first line spoke of ("In the run-off, X won ...")
    _same(
        "In the run-off, Vera Sokol won 2,310 votes. Ivo Brant received 1,985.\n\n"
        "Encourage Discourage No Opinion\nLind 11 2 2\nBerg 9 3 3\nTom Wei 6 4 5\n"
    )
