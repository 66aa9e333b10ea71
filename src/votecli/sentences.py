"""Sentence splitting with offsets: lines are hard breaks, and within a line a full stop,
question or exclamation mark followed by space and a capital ends a sentence, unless the
word before it is an abbreviation or an initial ("Mr.", "U.S.", "E. Idrisov")."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Possessive runs and the lookbehind keep a run of dots from being retried at every dot.
_BREAK = re.compile(r"(?<![.!?])[.!?]++[\"”’)\]]*+[ \t\u00a0]++(?=[\"“‘(\[]?[A-Z0-9À-Þ])")
_LOOK_BACK = 40  # characters before a full stop that can hold the word it ends
ABBREVIATIONS = frozenset(
    [
        "mr",
        "shk",
        "sheikh",
        "hon",
        "mme",
        "messrs",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "st",
        "no",
        "nos",
        "vs",
        "etc",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "amb",
        "sen",
        "rep",
        "gov",
        "pres",
        "rev",
        "jr",
        "sr",
        "inc",
        "ltd",
        "co",
        "corp",
        "approx",
        "fig",
        "art",
        "para",
    ]
)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    line: int  # 1-based line of `start`
    text: str


def split(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    offset = 0
    for line_no, line in enumerate(text.split("\n"), start=1):
        for start, end in _split_line(line):
            chunk = line[start:end]
            lead = len(chunk) - len(chunk.lstrip())
            body = chunk.strip()
            if body:
                begin = offset + start + lead
                sentences.append(Sentence(begin, begin + len(body), line_no, body))
        offset += len(line) + 1
    return sentences


def _split_line(line: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BREAK.finditer(line):
        if _is_abbreviation(line[max(start, match.start() - _LOOK_BACK) : match.start() + 1]):
            continue
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(line)))
    return spans


def _is_abbreviation(before: str) -> bool:
    words = before.rsplit(None, 1)
    if not words:
        return False
    word = words[-1].rstrip(".").lstrip('("“')
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True  # an initial: "E. Idrisov"
    if "." in word:
        return True  # "U.S.", "a.m."
    return word.lower() in ABBREVIATIONS
