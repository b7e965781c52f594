"""Deterministic synthetic corpora for the benchmarks, made from the articles in seeds/.

Each document takes paragraphs of one seed article (topped up from the others)
to about 7.5 KB, then varies dates, numbers, names and places with an RNG
seeded by (seed, document number): the same arguments always write the same
files.  Half the documents are Markdown with front matter (a published date),
half plain text.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
VERSION = 2  # bump when the output changes, so cached corpora are regenerated
CHANGE = 0.05  # how often a date, number, name or place differs from the seed: a few conflicts per story
TARGET_BYTES = 7500
MONTHS = ("January February March April May June July August September October November December").split()
NAMES = ("Trump Putin Lavrov Rubio Zelensky Witkoff Darchiev Coulter Peskov Ryabkov Zakharova Waltz "
         "Kellogg Dmitriev Ushakov Lynch").split()
PLACES = "Istanbul Riyadh Moscow Washington Geneva Ankara Vienna Helsinki Jeddah Doha".split()
SOURCES = "Reuters AP Bloomberg TASS Interfax BBC CNN Politico Axios Kommersant".split()

_DATE = re.compile(rf"\b({'|'.join(MONTHS)}) (\d{{1,2}})(st|nd|rd|th)?\b")
_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})*|\d+)(?![\w.,]\d)")
_NAME = re.compile(rf"\b({'|'.join(NAMES)})\b")
_PLACE = re.compile(rf"\b({'|'.join(PLACES)})\b")


def seed_paragraphs() -> list[list[str]]:
    """The non-empty lines of each seed article, in file order."""
    return [[line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
            for path in sorted(SEEDS.glob("*.txt"))]


def document(number: int, seed: int, seeds: list[list[str]]) -> tuple[str, str]:
    """(file name, content) of document ``number``."""
    rng = random.Random(f"{seed}:{number}")
    base = seeds[rng.randrange(len(seeds))]
    start = rng.randrange(max(1, len(base) - 10))
    paragraphs: list[str] = []
    size = 0
    candidates = base[start:] + [p for other in seeds for p in other]
    index = 0
    while size < TARGET_BYTES:
        paragraph = candidates[index] if index < len(base) - start else rng.choice(candidates)
        paragraphs.append(paragraph)
        size += len(paragraph.encode("utf-8")) + 1
        index += 1
    body = _vary("\n".join(paragraphs), rng) + "\n"
    if number % 2:
        return f"doc_{number:06d}.txt", body
    published = f"2025-{rng.choice(('02', '03')):s}-{rng.randint(1, 28):02d}"
    front = f"---\ntitle: Report {number}\nsource: {rng.choice(SOURCES)}\npublished: {published}\n---\n"
    return f"doc_{number:06d}.md", front + body


def _vary(text: str, rng: random.Random) -> str:
    text = _DATE.sub(lambda m: _date(m, rng), text)
    text = _NUMBER.sub(lambda m: _number(m.group(1), rng), text)
    text = _NAME.sub(lambda m: rng.choice(NAMES) if rng.random() < CHANGE else m.group(), text)
    return _PLACE.sub(lambda m: rng.choice(PLACES) if rng.random() < CHANGE else m.group(), text)


def _date(match: re.Match[str], rng: random.Random) -> str:
    if rng.random() >= CHANGE:
        return match.group()
    month = rng.choice(MONTHS) if rng.random() < 0.3 else match.group(1)
    return f"{month} {rng.randint(1, 28)}{'th' if match.group(3) else ''}"


def _number(digits: str, rng: random.Random) -> str:
    value = int(digits.replace(",", ""))
    if 1900 <= value <= 2100 or rng.random() >= CHANGE:
        return digits
    changed = max(1, round(value * rng.uniform(0.5, 1.5)))
    return f"{changed:,}" if "," in digits else str(changed)


def generate(folder: Path, count: int, seed: int = 0) -> Path:
    """Write ``count`` documents into ``folder`` (reused when a stamp says it is complete)."""
    stamp = folder / ".corpus"
    expected = f"version={VERSION} count={count} seed={seed}\n"
    if stamp.is_file() and stamp.read_text() == expected:
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        if old.suffix in (".md", ".txt"):
            old.unlink()
    seeds = seed_paragraphs()
    for number in range(count):
        name, content = document(number, seed, seeds)
        (folder / name).write_text(content, encoding="utf-8")
    stamp.write_text(expected)
    return folder
