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


def derived_majority(body: str | None, present_and_voting: int | None) -> tuple[int, str] | None:
    """The required majority by the body's rule, and how it was derived."""
    rule = MAJORITY_RULES.get(body or "")
    if rule is None:
        return None
    if rule.basis == "membership":
        base, note = rule.members, rule.text
    else:
        base = present_and_voting or UN_MEMBERS
        note = f"{rule.text} ({base})"
    if rule.fraction == 0.5:
        return base // 2 + 1, note
    return -(-base * 2 // 3), note
