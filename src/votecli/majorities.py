"""The majority each body's rule requires, for contests whose text does not state it.

The rules follow the UN Charter (Art. 18, 23), GA resolution 60/251 (Human Rights Council)
and the ICJ Statute (Art. 10). Kept apart from the extraction's cues: analysis needs the
rules on every run, the extractor's patterns only when a text is read.
"""

from __future__ import annotations

from typing import NamedTuple


class MajorityRule(NamedTuple):
    fraction: float  # of the basis, rounded up; 0.5 means "more than half"
    basis: str  # "present and voting" or "membership"
    text: str
    members: int = 193  # the membership, for a rule on it


UN_MEMBERS = 193
COUNCIL_MEMBERS = 15


MAJORITY_RULES: dict[str, MajorityRule] = {
    "Security Council": MajorityRule(2 / 3, "present and voting", "two-thirds of members present and voting"),
    "Economic and Social Council": MajorityRule(2 / 3, "present and voting", "two-thirds of members present and voting"),
    "Human Rights Council": MajorityRule(0.5, "membership", "absolute majority of the 193 members"),
    "International Court of Justice": MajorityRule(0.5, "membership", "absolute majority of the 193 members"),
    # the judges are elected by the Assembly and the Council voting apart (ICJ Statute, Art. 10)
    "International Court of Justice (General Assembly)": MajorityRule(0.5, "membership", "absolute majority of the 193 members"),
    "International Court of Justice (Security Council)": MajorityRule(0.5, "membership", "absolute majority of the 15 Council members", COUNCIL_MEMBERS),
    "President of the General Assembly": MajorityRule(0.5, "present and voting", "simple majority of members present and voting"),
}  # fmt: skip


def derived_majority(
    body: str | None, present_and_voting: int | None, counted: str = "members present and voting"
) -> tuple[int, str] | None:
    """The required majority by the body's rule, and how it was derived. `counted` says what
    `present_and_voting` counts when it is another number ("ballots cast"): the majority is
    then taken of it. With no number, every member is taken to vote, and the label says so
    (the Assembly's size is not a count of those present and voting)."""
    rule = MAJORITY_RULES.get(body or "")
    if rule is None:
        return None
    portion = rule.text.split(" of ")[0]  # "two-thirds", "simple majority"
    if rule.basis == "membership":
        base, note = rule.members, rule.text
    elif present_and_voting:
        base, note = present_and_voting, f"{portion} of the {present_and_voting} {counted}"
    else:
        base, note = UN_MEMBERS, f"{portion} of the {UN_MEMBERS} members, if all vote"
    return _of(rule, base), note


def _of(rule: MajorityRule, base: int) -> int:
    if rule.fraction == 0.5:
        return base // 2 + 1
    return -(-base * 2 // 3)


def least_majority(body: str | None, least_voting: int) -> int | None:
    """The smallest majority the body's rule can require when at least `least_voting`
    members voted: a count below it misses the majority however many voted."""
    rule = MAJORITY_RULES.get(body or "")
    if rule is None:
        return None
    return _of(rule, rule.members if rule.basis == "membership" else least_voting)


def electors(body: str | None) -> int | None:
    """How many members vote under the body's rule at most: a count above it is misread."""
    rule = MAJORITY_RULES.get(body or "")
    if rule is None:
        return None
    return rule.members if rule.basis == "membership" else UN_MEMBERS


def is_by_membership(body: str | None) -> bool:
    """Whether the body's rule counts its membership, so that the majority is exact."""
    rule = MAJORITY_RULES.get(body or "")
    return rule is not None and rule.basis == "membership"


# Seats each regional group fills on the Security Council at one yearly election (GA res.
# 1991 A (XVIII): 1 Eastern European and 2 Latin American and Caribbean seats, each group
# electing half of its seats a year but the one Eastern European seat every other year; 2
# Western European and Others seats every other year; the Asia-Pacific States fill one of
# their two seats a year). The African States fill 1 or 2 by year: left out.
SECURITY_COUNCIL_GROUP_SEATS = {
    "Eastern European": 1,
    "Latin American and Caribbean": 1,
    "Asia-Pacific": 1,
    "Western European and Others": 2,
}


def group_seats(body: str | None, group: str | None) -> int | None:
    """The seats a regional group fills at one election to the body, where the rule fixes it."""
    if body != "Security Council":
        return None
    return SECURITY_COUNCIL_GROUP_SEATS.get(group or "")
