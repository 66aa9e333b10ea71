"""Tests for votecli.countries: country names, demonyms and capitals found in prose."""

from __future__ import annotations

import csv
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from votecli.countries import CountryMention, display_name, find_countries, lookup, suggest
from votecli.data.countries import ALIASES, CAPITALS, DEMONYMS, DISPLAY, NOT_COUNTRIES

PEER_NAMES = Path(__file__).resolve().parents[1].parent / "shared/peer/country-converter/names.tsv"


def found(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.code, m.via) for m in find_countries(text)]


def peer_rows() -> list[tuple[str, str]]:
    if not PEER_NAMES.exists():
        return []
    with PEER_NAMES.open(encoding="utf-8", newline="") as f:
        return [(r["name"], r["iso3"]) for r in csv.DictReader(f, delimiter="\t")]


@pytest.mark.skipif(not PEER_NAMES.exists(), reason="../shared/peer is not beside the checkout")
@pytest.mark.parametrize(("name", "iso3"), peer_rows(), ids=[r[0] for r in peer_rows()])
def test_peer_names(name: str, iso3: str) -> None:
    mentions = find_countries(f"{name} received 100 votes in the first round.")
    assert [m.code for m in mentions] == ([] if iso3 == "-" else [iso3])


CASES = [
    # short forms
    (
        "Kazakhstan, Pakistan, Korea, Japan and the UAE applied for the five seats.",
        [
            ("Kazakhstan", "KAZ"),
            ("Pakistan", "PAK"),
            ("Korea", "KOR"),
            ("Japan", "JPN"),
            ("UAE", "ARE"),
        ],
        "short-forms-hrc",
    ),
    (
        "The U.S. and the U.K. abstained, as did the USA and the UK.",
        [("U.S.", "USA"), ("U.K.", "GBR"), ("USA", "USA"), ("UK", "GBR")],
        "short-us-uk",
    ),
    (
        "The DPRK, the ROK and the DRC voted; so did Holland and Burma.",
        [("DPRK", "PRK"), ("ROK", "KOR"), ("DRC", "COD"), ("Holland", "NLD"), ("Burma", "MMR")],
        "short-acronyms",
    ),
    (
        "Ivory Coast, Cote d'Ivoire, Côte d’Ivoire and Cote D'Ivoire all mean one country.",
        [
            ("Ivory Coast", "CIV"),
            ("Cote d'Ivoire", "CIV"),
            ("Côte d’Ivoire", "CIV"),
            ("Cote D'Ivoire", "CIV"),
        ],
        "short-ivory-coast",
    ),
    (
        "St Lucia, St. Lucia, Saint Lucia and St Kitts & Nevis were elected.",
        [
            ("St Lucia", "LCA"),
            ("St. Lucia", "LCA"),
            ("Saint Lucia", "LCA"),
            ("St Kitts & Nevis", "KNA"),
        ],
        "short-saints",
    ),
    (
        "Viet Nam, Vietnam, Laos, Lao PDR, Türkiye, Turkey and Czechia took seats.",
        [
            ("Viet Nam", "VNM"),
            ("Vietnam", "VNM"),
            ("Laos", "LAO"),
            ("Lao PDR", "LAO"),
            ("Türkiye", "TUR"),
            ("Turkey", "TUR"),
            ("Czechia", "CZE"),
        ],
        "short-un-forms",
    ),
    (
        "Congo-Brazzaville and Congo beat DR Congo and Zaire.",
        [("Congo-Brazzaville", "COG"), ("Congo", "COG"), ("DR Congo", "COD"), ("Zaire", "COD")],
        "short-congos",
    ),
    (
        "Chinese Taipei and the People’s Republic of China; Kosovo and the Holy See.",
        [
            ("Chinese Taipei", "TWN"),
            ("People’s Republic of China", "CHN"),
            ("Kosovo", "XKX"),
            ("Holy See", "VAT"),
        ],
        "short-non-members",
    ),
    # demonyms
    (
        "The Kazakh and Thai delegations thanked the Saudis and the Emirati minister.",
        [("Kazakh", "KAZ"), ("Thai", "THA"), ("Saudis", "SAU"), ("Emirati", "ARE")],
        "demonyms-adjectives",
    ),
    (
        "A Kazakhstani diplomat, two South Koreans and a North Korean envoy.",
        [("Kazakhstani", "KAZ"), ("South Koreans", "KOR"), ("North Korean", "PRK")],
        "demonyms-plural-longest",
    ),
    (
        "Americans, British, Dutch and Russians all voted.",
        [("Americans", "USA"), ("British", "GBR"), ("Dutch", "NLD"), ("Russians", "RUS")],
        "demonyms-plurals",
    ),
    # capitals
    (
        "Astana, once Nur-Sultan, and Bangkok both lobbied; Kyiv and Kiev too.",
        [
            ("Astana", "KAZ"),
            ("Nur-Sultan", "KAZ"),
            ("Bangkok", "THA"),
            ("Kyiv", "UKR"),
            ("Kiev", "UKR"),
        ],
        "capitals",
    ),
    (
        "Officials in New Delhi, Abu Dhabi and Port-au-Prince welcomed it.",
        [("New Delhi", "IND"), ("Abu Dhabi", "ARE"), ("Port-au-Prince", "HTI")],
        "capitals-multiword",
    ),
    # possessives
    (
        "Kazakhstan's bid and Kazakhstan’s record; the Philippines' seat.",
        [("Kazakhstan", "KAZ"), ("Kazakhstan", "KAZ"), ("Philippines", "PHL")],
        "possessives",
    ),
    (
        "The U.S.-led bloc and pro-Russia states.",
        [("U.S.", "USA"), ("Russia", "RUS")],
        "hyphen-affixes",
    ),
    # longest match
    ("South Sudan and Sudan", [("South Sudan", "SSD"), ("Sudan", "SDN")], "longest-sudan"),
    (
        "Papua New Guinea, Equatorial Guinea, Guinea-Bissau and Guinea",
        [
            ("Papua New Guinea", "PNG"),
            ("Equatorial Guinea", "GNQ"),
            ("Guinea-Bissau", "GNB"),
            ("Guinea", "GIN"),
        ],
        "longest-guineas",
    ),
    ("The Central African Republic won.", [("Central African Republic", "CAF")], "longest-car"),
    (
        "The Dominican Republic and Dominica",
        [("Dominican Republic", "DOM"), ("Dominica", "DMA")],
        "longest-dominica",
    ),
    (
        "Niger, Nigeria, Nigerian and Nigerien votes",
        [("Niger", "NER"), ("Nigeria", "NGA"), ("Nigerian", "NGA"), ("Nigerien", "NER")],
        "niger-vs-nigeria",
    ),
    (
        "The Democratic Republic of the Congo and the Republic of the Congo",
        [("Democratic Republic of the Congo", "COD"), ("Republic of the Congo", "COG")],
        "longest-congo-republics",
    ),
    (
        "South Africa, not Africa; the Republic of Korea and Korea",
        [("South Africa", "ZAF"), ("Republic of Korea", "KOR"), ("Korea", "KOR")],
        "longest-south-africa",
    ),
    (
        "the United Kingdom of Great Britain and Northern Ireland",
        [("United Kingdom of Great Britain and Northern Ireland", "GBR")],
        "longest-uk-official",
    ),
    (
        "Bolivia (Plurinational State of) and Iran (Islamic Republic of)",
        [("Bolivia (Plurinational State of)", "BOL"), ("Iran (Islamic Republic of)", "IRN")],
        "un-parenthesised",
    ),
    (
        "Moldova, Republic of Korea and Chile",
        [("Moldova", "MDA"), ("Republic of Korea", "KOR"), ("Chile", "CHL")],
        "list-no-inversion",
    ),
    # not countries
    ("From New Mexico, New Jersey and Mexico City to the Gulf of Mexico.", [], "not-mexico"),
    ("The Indian Ocean, Northern Ireland, the Korean Peninsula and Papua.", [], "not-regions"),
    ("Latin America and the U.S. Virgin Islands; American Samoa.", [], "not-americas"),
    ("States parties to the Rome Statute met.", [], "not-treaty"),
    # case rules
    ("We ate turkey in chad with us and a guinea pig.", [], "case-lowercase-words"),
    ("A Guinea pig is not Guinea.", [("Guinea", "GIN")], "case-guinea-pig"),
    (
        "KAZAKHSTAN AND THAILAND WIN SEATS",
        [("KAZAKHSTAN", "KAZ"), ("THAILAND", "THA")],
        "caps-headline",
    ),
    (
        "SOUTH KOREA BEATS NORTH KOREA IN THE NETHERLANDS",
        [("SOUTH KOREA", "KOR"), ("NORTH KOREA", "PRK"), ("NETHERLANDS", "NLD")],
        "caps-headline-multiword",
    ),
    (
        "US ELECTED; UAE ELECTED; CHAD ELECTED",
        [("US", "USA"), ("UAE", "ARE"), ("CHAD", "TCD")],
        "caps-short",
    ),
    (
        "Bosnia And Herzegovina, Republic Of Korea",
        [("Bosnia And Herzegovina", "BIH"), ("Republic Of Korea", "KOR")],
        "title-case",
    ),
    # spacing
    (
        "the United\u00a0States  of\tAmerica and South\nAfrica",
        [("United\u00a0States  of\tAmerica", "USA"), ("South\nAfrica", "ZAF")],
        "spacing",
    ),
    ("South\n\nAfrica", [], "paragraph-break-splits"),
]


@pytest.mark.parametrize(("text", "expected"), [c[:2] for c in CASES], ids=[c[2] for c in CASES])
def test_find_countries(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.code) for m in find_countries(text)] == expected


def test_mention_fields() -> None:
    text = "Of the 193 members, 183 voted for Kazakhstan, the Kazakh bid from Astana."
    assert find_countries(text) == [
        CountryMention(34, 44, "Kazakhstan", "KAZ", "name"),
        CountryMention(50, 56, "Kazakh", "KAZ", "demonym"),
        CountryMention(66, 72, "Astana", "KAZ", "capital"),
    ]


@pytest.mark.parametrize("phrase", sorted(NOT_COUNTRIES))
def test_not_countries_give_nothing(phrase: str) -> None:
    assert find_countries(f"In {phrase} they met.") == []


LOOKUPS = [
    ("kazakhstan", "KAZ"),
    ("KAZ", "KAZ"),
    ("kaz", "KAZ"),
    ("astana", "KAZ"),
    ("uae", "ARE"),
    ("the Netherlands", "NLD"),
    ("The Gambia", "GMB"),
    ("  south   korea ", "KOR"),
    ("cote d’ivoire", "CIV"),
    ("saudis", "SAU"),
    ("Mexico City", None),
    ("New Mexico", None),
    ("Atlantis", None),
    ("", None),
]


@pytest.mark.parametrize(("name", "code"), LOOKUPS, ids=[n or "empty" for n, _ in LOOKUPS])
def test_lookup(name: str, code: str | None) -> None:
    assert lookup(name) == code


def test_display_names() -> None:
    assert len(DISPLAY) == 197
    assert display_name("KOR") == "Republic of Korea"
    assert display_name("rus") == "Russia"
    assert display_name("ZZZ") == "ZZZ"


@pytest.mark.parametrize("code", sorted(DISPLAY))
def test_display_name_round_trip(code: str) -> None:
    name = display_name(code)
    assert lookup(name) == code
    assert lookup(code) == code
    assert [(m.text, m.code) for m in find_countries(f"{name} won.")] == [(name, code)]


def test_tables_are_consistent() -> None:
    codes = set(DISPLAY)
    for table in (ALIASES, DEMONYMS, CAPITALS):
        assert set(table.values()) <= codes
    for territory in ("American Samoa", "Greenland", "Puerto Rico", "Hong Kong", "Norfolk Island"):
        assert territory not in ALIASES
        assert lookup(territory) is None
    assert "Washington" not in CAPITALS
    assert "Mexico City" not in CAPITALS


@pytest.mark.parametrize(
    ("table", "via"), [(ALIASES, "name"), (DEMONYMS, "demonym"), (CAPITALS, "capital")]
)
def test_every_form_is_found(table: dict[str, str], via: str) -> None:
    for form, code in table.items():
        hits = find_countries(f"Yesterday {form} voted.")
        assert [(m.text, m.code, m.via) for m in hits] == [(form, code, via)], form


def test_suggest() -> None:
    assert suggest("Chian", ["China", "Chile", "Chad"])[0] == "China"
    assert suggest("Equatorial Guniea", DISPLAY.values(), n=1) == ["Equatorial Guinea"]
    assert suggest("cote divoire", DISPLAY.values(), n=1) == ["Côte d'Ivoire"]
    assert suggest("zzzzzz", ["China"]) == []


@given(st.text())
def test_never_raises_and_spans_hold(text: str) -> None:
    previous_end = 0
    for m in find_countries(text):
        assert m.text == text[m.start : m.end]
        assert m.start >= previous_end
        assert m.code in DISPLAY
        previous_end = m.end


@given(st.lists(st.sampled_from([*list(ALIASES)[:80], "and", "of", "the", " ", "’s", "-", "."])))
def test_spans_hold_on_name_soup(parts: list[str]) -> None:
    text = " ".join(parts)
    for m in find_countries(text):
        assert m.text == text[m.start : m.end]


def test_two_megabytes_is_fast() -> None:
    chunk = (
        "Of the 193 members, 183 voted for Kazakhstan and 10 for the Republic of Korea; "
        "South Sudan, New Mexico, Papua New Guinea and the U.S. abstained. "
        "United States of United South Central Democratic Republic of the "
    )
    text = (chunk * (2_000_000 // len(chunk) + 1))[:2_000_000]
    t0 = time.process_time()  # CPU time: a busy machine cannot fail it
    mentions = find_countries(text)
    assert time.process_time() - t0 < 5
    assert len(mentions) > 10_000


def test_the_stored_lookup_index_is_the_one_the_tables_build() -> None:
    # scripts/gen_countries.py writes data/country_index.py; it must not drift from the data
    from votecli.countries import build_index
    from votecli.data import country_index

    built = build_index()
    assert built == {name: getattr(country_index, name) for name in built}


def test_every_form_starts_with_a_word_character() -> None:
    # _longest_form takes the word find_countries found as its first token, the `\w+` token
    # it would match there: that holds only while every form starts with a word character
    from votecli.data import country_index

    assert all(char.isalnum() or char == "_" for char in country_index.FIRSTS)
