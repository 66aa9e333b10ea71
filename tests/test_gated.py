"""Each gated pattern's words are a claim: no text the pattern matches lacks all of them.
Checked on every phrasing case, the seeds and sentences written to hit each pattern."""

from __future__ import annotations

import functools
import re

import pytest

from phrasing_cases import CASES
from votecli import contests, extract, extract_text, figures, names, options, outcomes, rules
from votecli.gated import Gated
from votecli.inputs import seed_paths

GATED = {
    f"{module.__name__}.{name}": value
    for module in (contests, extract, figures, names, options, outcomes)
    for name, value in vars(module).items()
    if isinstance(value, Gated)
}
GATED.update(  # the body and group patterns, one per name
    (f"votecli.contests body or group {name}", pattern)
    for name, pattern in contests._BODY_PATTERNS + contests._GROUP_PATTERNS
)
OWN = [
    "She was elected chair of the Committee on Doctrine and ",  # a name's left context
    "Lenz led the second and third rounds by 23 votes to ",  # a count's left context
    "A second, restricted round of voting will now take place.",
    "After three rounds of balloting Peru was elected.",
    "Peru won one of the two seats; the race continues between Chile and Cuba.",
    "The Assembly elected Chile, Peru and Cuba; the new members are Chile and Peru.",
    "Peru was not elected. Cuba needed 129 votes, the required two-thirds majority.",
    "The People's Unity Party of Kazakhstan won 12.5%; a single vote went to Cuba.",
    "The resolution was adopted by 120 votes in favour.",
    "In the plebiscite on Proposition 4, the ‘No’ vote won; opinion polls had said so.",
    "The seats went to Chile and Peru; Cuba has lost its bid and Fiji withdrew.",
    "Peru beat Chile, Oman was defeated, and MPs have elected Ana Lima; Laos edged out Fiji.",
    "In the 41st ballot and the 3rd round Peru's candidacy was contested.",
    "Peru and Cuba are still in contention for the third seat.",
    "IN THE FOURTH AND FINAL ROUND, THE ALLIANCE FOR CHANGE WON.",
    "Peru was elected, beating Chile in a",  # the words before "second round" are searched
    # every alternative of every body and group pattern
    "The President of the UN General Assembly, the GA President and the PGA President met.",
    "The presidency of the General Assembly went to the President of its 78th session.",
    "The Human Rights Council, the Council on Human Rights, the UNHRC and the HRC voted.",
    "The Economic and Social Council (ECOSOC) and the UNSC met; so did the Security Council.",
    "The International Court of Justice, the ICJ or World Court, elected a judge.",
    "UNESCO, FIFA and the IOC chose; the International Olympic Committee picked the Olympic "
    "Games host, like the Winter Olympics and the Olympics before.",
    "The Speaker was chosen in the presidential election, an election for president.",
    "The Presidential Election was held with the leadership election of the party leader.",
    "The Mazhilis and the Majilis, the maslikhat and the parliamentary and legislative elections.",
    "Asia-Pacific, the AP group, the Asian and Pacific Group, the Asian States, the Asia group.",
    "The African Group, the African States, an African seat, the group of African States.",
    "Latin America and the Caribbean, Latin American and Caribbean States, GRULAC.",
    "Western European and others, Western European and Others Group, WEOG.",
    "The Eastern European Group, Eastern European seat, the Eastern Europe group.",
    "Chile joined Peru and Fiji as the newest members; Togo joins Benin as new members.",
    "The court declared Chile the winner.",
    "Kell will now face Dunn, who came second with 25.5%",  # a clause up to a round phrase
]


@functools.cache
def _texts() -> tuple[str, ...]:
    texts = [case.text for case in CASES] + OWN
    texts += [path.read_text(encoding="utf-8") for path in seed_paths()]
    return tuple(line for text in texts for line in [text, *text.splitlines()] if line.strip())


def test_every_gated_pattern_is_checked():
    assert len(GATED) >= 10


@pytest.mark.parametrize("name", sorted(GATED))
def test_a_gate_never_hides_a_match(name):
    gated = GATED[name]
    matched = 0
    for text in _texts():
        found = gated.pattern.search(text)
        if found:
            matched += 1
            assert gated.opens(text), f"{name} matches {found.group()!r} in {text!r}"
    assert matched, f"{name}: no text matches; add one to OWN"


def test_the_second_gate_of_round_phrases_never_hides_a_match():
    # each alternative of a round phrase, and look-alikes the second gate closes on
    own = [
        "In the 3rd round and the 41ST BALLOT, after round two, the final 30-28 vote",
        "212 votes on each of the 15 ballots, in all 12 rounds, on every one of the 3 ballots",
        "in the second count, 12 votes; the decisive 5-4 vote",
        "Peru won 120 votes and Chile 64 votes.",
    ]
    matched = 0
    for text in [*_texts(), *own]:
        spans = [m.span() for m in contests._ROUND.finditer(text)]
        matched += bool(spans)
        assert [m.span() for m in contests._round_matches(text)] == spans, text
    assert matched > 100


def test_a_closed_gate_skips_the_search():
    gated = Gated(("vote",), r"\bvotes?\b")
    assert gated.search("No ballot here") is None
    assert list(gated.finditer("No ballot here")) == []
    assert gated.search("Ten VOTES").group() == "VOTES"  # the gate reads lower case


@functools.cache
def _skeletons() -> frozenset[str]:
    """The skeletons the rules read in every phrasing case, seed and sentence above (read
    once for the tests below: extracting them all takes seconds)."""
    skeletons: set[str] = set()
    apply = rules.apply

    def recording(skeleton: str) -> tuple[rules.Binding, ...]:
        skeletons.add(skeleton)
        return apply(skeleton)

    rules.apply = recording
    try:
        for text in _texts():
            extract_text(text)
    finally:
        rules.apply = apply
    return frozenset(skeletons)


def test_a_rule_gate_never_hides_a_match():
    skeletons = _skeletons()
    gated = [rule for rule in rules.RULES if rule.words]
    assert len(gated) >= 30
    for rule in gated:
        for skeleton in skeletons:
            found = rule.pattern.search(skeleton)
            if found:
                lower = skeleton.lower()
                assert any(w in lower for w in rule.words), f"{rule.name} matches {found.group()!r}"


def test_a_rule_needing_no_name_needs_a_count_or_share():
    """`rules.apply` skips a skeleton holding no name, count or share: no rule that needs
    no name matches one. Checked on every phrasing case's skeleton with its counts and
    shares made other numbers ("<N1>" as "<X1>")."""
    skeletons = _skeletons()
    for rule in rules._NAMELESS_RULES:
        matched = [skeleton for skeleton in skeletons if rule.pattern.search(skeleton)]
        assert matched, f"{rule.name}: no skeleton matches; add a case"
        for skeleton in matched:
            blanked = re.sub(r"<[NP](\d+)>", r"<X\1>", skeleton)
            assert not rule.pattern.search(blanked), f"{rule.name} reads {blanked!r}"


@pytest.mark.parametrize(
    "skeleton",
    [
        "In the end <N0> delegations backed the Peruvian.",
        "<N0> votes went to the Chilean, <N1> to the Peruvian.",
        "<N0> ballots were cast in favour of the Peruvian.",
        "Only <N0> votes were won by the Chilean.",
    ],
)
def test_every_way_a_count_is_given_to_a_demonym_passes_its_gate(skeleton: str) -> None:
    """`_FOR` ends in more words than "for" ("backed", "went to", "in favour of", "won by"):
    the demonym rule's gate holds each before "the", or it hides the rule's match."""
    rule = next(r for r in rules.RULES if r.name == "number-for-demonym")
    assert rule.pattern.search(skeleton)
    assert any(word in skeleton.lower() for word in rule.words)
