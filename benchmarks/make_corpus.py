"""Build a synthetic benchmark corpus of election news mixed with ordinary prose.

    python benchmarks/make_corpus.py --mb 50 --out /tmp/votecli-bench-50
    python benchmarks/make_corpus.py --mb 10 --out /tmp/bench10.jsonl.gz --format jsonl.gz

Every sentence is made here from templates and word lists (nothing is downloaded): about a fifth
are vote sentences in the phrasings of election reporting ("X received N votes", "N countries
backed X", "X and Y scored N and M votes, respectively", UN ballot blocks with "Name | N" lines,
"X – 53.9% or 3,341,510 votes", rounds, people and parties), the rest filler prose with the
distractor numbers news carries (years, dates, money, percentages, distances). The output is
deterministic for a given --seed and --mb. Documents are a few KB each, as news articles are,
written as .txt files in numbered sub-folders (`--format txt`, the default), or one JSON Lines
file of `{"id", "title", "date", "text"}` objects (`--format jsonl` or `jsonl.gz`).

`generate(seed, total_bytes)` yields `(doc_id, title, text)` for use from tests.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

COUNTRIES = [
    "Kazakhstan", "Thailand", "Japan", "Pakistan", "Mongolia", "Portugal", "Canada", "Ireland",
    "Norway", "India", "Kenya", "Ethiopia", "Bolivia", "Sweden", "Italy", "the Netherlands",
    "Germany", "Belgium", "Estonia", "Romania", "Slovenia", "Viet Nam", "Nigeria", "Ghana",
    "Mexico", "Brazil", "Chile", "Peru", "Ecuador", "Indonesia", "Malaysia", "the Philippines",
    "Egypt", "Morocco", "Tunisia", "Senegal", "Austria", "Switzerland", "Spain", "Greece",
    "Poland", "Hungary", "Bangladesh", "Nepal", "Sri Lanka", "Australia", "New Zealand",
    "Fiji", "Argentina", "Colombia", "Uruguay", "Algeria", "Turkey", "Qatar", "Kuwait",
]  # fmt: skip
FIRST = [
    "Maria", "John", "Aigerim", "Nurlan", "Sofia", "Peter", "Amina", "Carlos", "Elena", "David",
    "Fatima", "Hiroshi", "Ingrid", "Kwame", "Laura", "Miguel", "Nadia", "Oskar", "Priya", "Rafael",
    "Sara", "Tomas", "Yuki", "Zainab", "Anders", "Beatriz", "Chen", "Dmitri", "Erik", "Grace",
]  # fmt: skip
LAST = [
    "Abenova", "Baker", "Castillo", "Dunford", "Eriksen", "Fontaine", "Garcia", "Haddad",
    "Ivanova", "Jensen", "Kowalski", "Lindqvist", "Mensah", "Novak", "Okafor", "Petrov",
    "Quinlan", "Rossi", "Santos", "Tanaka", "Umarov", "Varga", "Weller", "Xu", "Yilmaz",
    "Zhakupov", "Moreau", "Halvorsen", "Brennan", "Suleimenov",
]  # fmt: skip
PARTIES = [
    "Unity Party", "People's Democratic Party", "Green Alliance", "Liberal Union",
    "National Renewal", "Labour Movement", "Civic Platform", "Progress Party",
]  # fmt: skip
BODIES = [
    ("Security Council", "non-permanent seat on the Security Council"),
    ("Human Rights Council", "seat on the Human Rights Council"),
    ("Economic and Social Council", "seat on the Economic and Social Council"),
    ("UNESCO Executive Board", "seat on the UNESCO Executive Board"),
    ("International Court of Justice", "seat on the International Court of Justice"),
]  # fmt: skip
GROUPS = [
    "Asia-Pacific Group", "African Group", "Western European and Others Group",
    "Latin American and Caribbean Group", "Eastern European Group",
]  # fmt: skip
ROUNDS = ["first", "second", "third", "fourth", "fifth"]
VERBS = ["received", "won", "garnered", "obtained", "secured", "scored", "polled", "picked up"]

# --- filler vocabulary ------------------------------------------------------------------------

SUBJECTS = [
    "The ministry", "Local farmers", "The city council", "Researchers at the university",
    "The central bank", "Residents of the northern districts", "The new railway line",
    "Officials", "The festival organisers", "Shipping companies", "The museum", "Engineers",
    "The regional airline", "Teachers' unions", "The port authority", "Tourism operators",
    "The energy regulator", "A group of volunteers", "The national orchestra", "Hospitals",
    "The football club", "Economists", "The weather service", "Small businesses",
]  # fmt: skip
VERB_PHRASES = [
    "announced plans to expand", "reported steady growth in", "raised concerns about",
    "opened a new chapter in", "published a detailed review of", "invested heavily in",
    "called for more funding for", "welcomed the decision on", "postponed the launch of",
    "completed the renovation of", "signed an agreement on", "presented the results of",
    "warned of delays in", "celebrated the anniversary of", "updated the guidelines for",
]  # fmt: skip
OBJECTS = [
    "the water supply network", "its export programme", "the coastal highway",
    "public transport", "the annual harvest", "renewable energy projects",
    "the historic old town", "digital services", "the school meals scheme",
    "the national park", "housing construction", "the wheat market", "cross-border trade",
    "the local hospital", "the science curriculum", "mobile networks", "the river embankment",
]  # fmt: skip
TAILS = [
    "according to a statement released on Monday",
    "despite the heavy rain that fell over the weekend",
    "after months of negotiations with regional partners",
    "as part of a wider modernisation effort",
    "in a move welcomed by most observers",
    "although details remain scarce",
    "following a public consultation",
    "with support from international donors",
    "ahead of the busy summer season",
    "which critics say is long overdue",
]  # fmt: skip
NUMBER_TAILS = [
    "at a cost of {money} million dollars",
    "by {pct} percent compared with {year}",
    "over a distance of {km} km",
    "for the first time since {year}",
    "on {day} {month} {year}",
    "serving about {people} people",
    "within {days} days",
    "with a budget of {money} million euros",
    "at {hour}:{minute} local time",
    "by the end of {year}",
]  # fmt: skip
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
HEADLINE_WORDS = [
    "Harvest", "Railway", "Budget", "Festival", "Port", "Energy", "Museum", "Schools", "Trade",
    "Weather", "Bridge", "Markets", "Hospital", "Tourism", "Water", "Science",
]  # fmt: skip


class Writer:
    """Sentences from templates, all randomness from one seeded generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    # --- filler ---------------------------------------------------------------------------

    def filler(self) -> str:
        r = self.rng
        parts = [r.choice(SUBJECTS), r.choice(VERB_PHRASES), r.choice(OBJECTS)]
        roll = r.random()
        if roll < 0.35:
            parts.append(self._numbers(r.choice(NUMBER_TAILS)))
        elif roll < 0.8:
            parts.append(r.choice(TAILS))
        sentence = " ".join(parts)
        if r.random() < 0.25:
            sentence += ", " + r.choice(TAILS)
        return sentence + "."

    def _numbers(self, template: str) -> str:
        r = self.rng
        return template.format(
            money=r.randint(2, 900),
            pct=f"{r.uniform(0.5, 30):.1f}",
            year=r.randint(1990, 2024),
            km=r.randint(3, 800),
            day=r.randint(1, 28),
            month=r.choice(MONTHS),
            people=f"{r.randint(2, 900) * 1000:,}",
            days=r.randint(2, 90),
            hour=r.randint(7, 22),
            minute=f"{r.randint(0, 59):02d}",
        )

    def filler_paragraph(self, n: int) -> str:
        return " ".join(self.filler() for _ in range(n))

    # --- names ----------------------------------------------------------------------------

    def person(self) -> str:
        return f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"

    def countries(self, k: int) -> list[str]:
        return self.rng.sample(COUNTRIES, k)

    # --- vote sentences -------------------------------------------------------------------

    def vote_sentence(self, names: list[str], total: int) -> str:
        r = self.rng
        a, b = names[0], names[1]
        va = r.randint(total // 2, total - 3)
        vb = r.randint(3, total - va)
        # Each phrasing draws its extra words only when chosen, so the corpus for a seed
        # stays the same however the list is written.
        phrasings = (
            lambda: f"{a} {r.choice(VERBS)} {va} votes in the secret ballot.",
            lambda: f"{va} countries backed {a}, while {b} won {vb} votes.",
            lambda: f"{a} and {b} scored {va} and {vb} votes, respectively.",
            lambda: f"Of the {total} member states, {va} voted for {a}.",
            lambda: f"{a} won {va} votes to {b}'s {vb}.",
            lambda: f"{a} received {va} votes, {b} {vb}.",
            lambda: f"{a}, which had campaigned for two years, obtained {va} votes.",
            lambda: (
                f"{a} was supported by {va} countries out of {total} that took part in the vote."
            ),
            lambda: f"In the {r.choice(ROUNDS)} round, {a} secured {va} votes and {b} {vb}.",
            lambda: f"{a} beat {b} {va} to {vb} in the final ballot.",
            lambda: f"{va} votes went to {a}, {vb} to {b}.",
            lambda: f"{a} ({va} votes) and {b} ({vb}) were the leading candidates.",
        )
        return phrasings[r.randrange(len(phrasings))]()

    def percent_block(self) -> list[str]:
        """A national election reported with percentages beside counts."""
        r = self.rng
        people = [self.person() for _ in range(r.randint(2, 4))]
        turnout = r.randint(1_500_000, 9_000_000)
        shares = sorted((r.random() for _ in people), reverse=True)
        scale = sum(shares)
        lines = [
            f"Preliminary results of the presidential election, with {turnout:,} ballots cast:"
        ]
        for name, share in zip(people, shares, strict=True):
            pct = 100 * share / scale
            votes = round(turnout * share / scale)
            dash = r.choice(["–", "-", ":"])
            if r.random() < 0.5:
                lines.append(f"{name} {dash} {pct:.1f}% or {votes:,} votes")
            else:
                lines.append(f"{name} received {pct:.2f} percent or {votes:,} votes.")
        return lines

    def party_sentence(self) -> str:
        r = self.rng
        p, q = r.sample(PARTIES, 2)
        x = r.uniform(25, 60)
        return f"The {p} won {x:.1f}% of the vote, ahead of the {q} with {r.uniform(5, x):.1f}%."

    def un_block(self, body: str, group: str) -> list[str]:
        """A UN press-release ballot block: labels, then one "Name | N" line per candidate."""
        r = self.rng
        present = r.randint(185, 193)
        required = (present * 2) // 3 + 1 if body == "Security Council" else 97
        names = self.countries(r.randint(2, 5))
        votes = sorted((r.randint(2, present) for _ in names), reverse=True)
        lines = [
            f"{group} ({r.choice(['one', 'two', 'three'])} seat)",
            f"Number of ballot papers: {present}",
            "Invalid ballots: 0",
            f"Number of valid ballots: {present}",
            f"Abstentions: {r.randint(0, 3)}",
            f"Number of members present and voting: {present}",
            f"Required majority: {required}",
            "Number of votes obtained:",
        ]
        sep = r.choice([" | ", " – ", ": "])
        lines += [f"{name}{sep}{n}" for name, n in zip(names, votes, strict=True)]
        return lines

    # --- documents ------------------------------------------------------------------------

    def document(self) -> tuple[str, str]:
        """(title, text) of one article: election news (half of them, a fifth of their
        sentences about votes), a UN ballot block (one in ten) or plain prose."""
        r = self.rng
        kind = r.random()
        if kind < 0.4:
            title = f"{r.choice(HEADLINE_WORDS)} news: {r.choice(SUBJECTS).lower()} report"
            paragraphs = [self.filler_paragraph(r.randint(3, 8)) for _ in range(r.randint(3, 10))]
            return title, self._assemble(title, paragraphs)
        body, seat = r.choice(BODIES)
        group = r.choice(GROUPS)
        year = r.randint(2005, 2024)
        names = self.countries(r.randint(2, 4))
        total = 193
        title = f"{names[0]} wins {seat}"
        paragraphs = [
            f"The General Assembly on {r.randint(1, 28)} {r.choice(MONTHS)} {year} elected "
            f"new members of the {body} for the {year + 1}-{year + 2} term. "
            + self.filler_paragraph(r.randint(1, 3))
        ]
        if kind < 0.5:
            paragraphs.append("\n".join(self.un_block(body, group)))
        elif kind < 0.6:
            paragraphs.append("\n".join(self.percent_block()))
        for _ in range(r.randint(3, 9)):
            sentences = [self.filler() for _ in range(r.randint(3, 7))]
            if r.random() < 0.7:
                r.shuffle(names)
                sentences.insert(r.randrange(len(sentences) + 1), self.vote_sentence(names, total))
            if r.random() < 0.1:
                sentences.append(self.party_sentence())
            paragraphs.append(" ".join(sentences))
        return title, self._assemble(title, paragraphs)

    def _assemble(self, title: str, paragraphs: list[str]) -> str:
        r = self.rng
        dateline = f"{r.choice(MONTHS)} {r.randint(1, 28)}, {r.randint(2005, 2024)}"
        return f"{title}\n\n{dateline}\n\n" + "\n\n".join(paragraphs) + "\n"


def generate(seed: int, total_bytes: int) -> Iterator[tuple[str, str, str]]:
    """(doc_id, title, text) until `total_bytes` of UTF-8 text have been produced."""
    writer = Writer(random.Random(seed))
    produced = 0
    index = 0
    while produced < total_bytes:
        title, text = writer.document()
        produced += len(text.encode("utf-8"))
        yield f"{index:06d}", title, text
        index += 1


def write_corpus(
    out: Path, mb: float, seed: int, fmt: str, per_folder: int = 500
) -> tuple[int, int]:
    """Write the corpus; returns (documents, bytes of text)."""
    docs = size = 0
    total = int(mb * 1_000_000)
    if fmt == "txt":
        out.mkdir(parents=True, exist_ok=True)
        for doc_id, _title, text in generate(seed, total):
            folder = out / f"{docs // per_folder:03d}"
            if docs % per_folder == 0:
                folder.mkdir(exist_ok=True)
            data = text.encode("utf-8")
            (folder / f"{doc_id}.txt").write_bytes(data)
            docs += 1
            size += len(data)
        return docs, size
    out.parent.mkdir(parents=True, exist_ok=True)
    opener = gzip.open if fmt == "jsonl.gz" else open
    with opener(out, "wt", encoding="utf-8", newline="\n") as stream:
        for doc_id, title, text in generate(seed, total):
            record = {"id": doc_id, "title": title, "date": "", "text": text}
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
            docs += 1
            size += len(text.encode("utf-8"))
    return docs, size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=50.0, help="text size in MB (default 50)")
    parser.add_argument("--out", help="output folder or file (default /tmp/votecli-bench-<mb>)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--format", choices=["txt", "jsonl", "jsonl.gz"], default="txt")
    args = parser.parse_args(argv)
    mb_label = f"{args.mb:g}"
    suffix = "" if args.format == "txt" else f".{args.format}"
    out = Path(args.out or f"/tmp/votecli-bench-{mb_label}{suffix}").resolve()
    project = Path(__file__).resolve().parents[1]
    if out == project or project in out.parents:
        parser.error(f"refusing to write into the project ({project}); pick a path under /tmp")
    if out.exists() and args.format == "txt" and any(out.iterdir()):
        parser.error(f"{out} exists and is not empty; remove it or pick another --out")
    docs, size = write_corpus(out, args.mb, args.seed, args.format)
    print(f"{out}: {docs} documents, {size / 1e6:.1f} MB of text", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
