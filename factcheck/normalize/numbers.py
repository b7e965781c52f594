"""Numbers in digits or words, and the qualifiers that turn them into intervals.

"six" and "6" are one value; "over six" is (6, ∞), "about 100" is 90–110,
"between 20 and 30" is 20–30.  An :class:`Interval` is what the quantity rule
compares: two claims agree when their intervals can overlap.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

SMALL: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}
SCALES: dict[str, int] = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "k": 1_000,
    "crore": 10_000_000, "crores": 10_000_000, "lakh": 100_000, "lakhs": 100_000,  # South Asian: "16,900 crore"
}
#: Scale words written apart from the digits they scale, as "million" is: "16,900 crore", "5 lakh".
SPACED_SCALES = frozenset(("crore", "crores", "lakh", "lakhs"))
#: Every word that can be part of a number written in words.
NUMBER_WORDS = frozenset(SMALL) | frozenset(("hundred", "thousand", "million", "billion", "trillion"))

#: Qualifier (lower case, single spaces) → how it bends the value into an interval.
QUALIFIERS: dict[str, str] = {
    "more than": "over", "over": "over", "above": "over", "in excess of": "over", "upwards of": "over",
    "just over": "over", "exceeding": "over", "at least": "least", "no fewer than": "least",
    "no less than": "least", "a minimum of": "least",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
    "approaching": "nearly",
    "about": "about", "around": "about", "approximately": "about", "roughly": "about", "some": "about",
    "an estimated": "about", "estimated": "about", "nearly about": "about", "circa": "about",
    "up to": "most", "as many as": "most", "as much as": "most", "at most": "most", "no more than": "most",
    "fewer than": "under", "less than": "under", "under": "under", "below": "under",
}
_QUALIFIER = re.compile(
    r"(?<![\w-])(" + "|".join(sorted((re.escape(q) for q in QUALIFIERS), key=len, reverse=True)) + r")\s+(?:\$|€|£)?$",
    re.I,
)
_DIGITS = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$")
_FRACTION = re.compile(r"^(\d+)/(\d+)$")
APPROXIMATE = 0.10  # "about N" means N ± 10 %


@dataclass(frozen=True, order=True)
class Interval:
    """The values a claim allows: ``low`` ≤ x ≤ ``high``; ``exact`` when a single number was said."""

    low: float
    high: float
    exact: bool = True
    qualifier: str | None = None
    rounding: float = 0.0  # half the last written decimal place: "93.9" may be 93.87 rounded (0.05)

    def overlaps(self, other: Interval, tolerance: float = 0.0) -> bool:
        """Whether both can be true, allowing ``tolerance`` (relative) slack on each side, and each side
        its rounding."""
        slack = tolerance * max(abs(self.low), abs(self.high) if math.isfinite(self.high) else 0,
                                abs(other.low), abs(other.high) if math.isfinite(other.high) else 0)
        slack += self.rounding + other.rounding
        return self.low <= other.high + slack and other.low <= self.high + slack

    @property
    def canonical(self) -> str:
        """A short value: "23", ">20", ">=20", "~100", "<=20", "<20", "20-30"."""
        if self.qualifier == "range":
            return f"{number_text(self.low)}-{number_text(self.high)}"
        base = {"over": ">", "least": ">=", "nearly": "<~", "about": "~", "most": "<=", "under": "<"}
        mark = base.get(self.qualifier or "", "")
        point = self.high if self.qualifier in ("nearly", "most", "under") else self.low
        if self.qualifier == "about":
            point = (self.low + self.high) / 2
        return f"{mark}{number_text(point)}"


def number_text(value: float) -> str:
    """1e6 → "1000000", 2.5 → "2.5": no exponent, no trailing zeros."""
    if value == int(value):
        return str(int(value))
    return f"{value:.6f}".rstrip("0").rstrip(".")


def parse_number(tokens: list[str]) -> float | None:
    """The value of a number written as tokens: ["2,290"], ["twenty", "three"], ["1.5", "million"], ["2", "1/2"]."""
    total = 0.0
    current = 0.0
    seen = False
    for raw in tokens:
        token = raw.lower().strip(",")
        if token in ("and", "a", "-"):
            continue
        digits = _DIGITS.match(token)
        fraction = _FRACTION.match(token)
        if digits:
            current += float(digits.group(1).replace(",", "") + ("." + digits.group(2) if digits.group(2) else ""))
        elif fraction and int(fraction.group(2)):
            current += int(fraction.group(1)) / int(fraction.group(2))
        elif token == "dozen":
            current = (current or 1) * 12  # "two dozen": 24
        elif token in SMALL:
            current += SMALL[token]
        elif token in SCALES:
            scale = SCALES[token]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def qualifier_before(text: str, end: int) -> tuple[str, int] | None:
    """The qualifier ending at ``end`` in ``text`` ("… more than "): its interval rule and where it starts."""
    match = _QUALIFIER.search(text, max(0, end - 30), end)
    return (QUALIFIERS[" ".join(match.group(1).lower().split())], match.start(1)) if match else None


#: How far "about" or "nearly" reaches for a percentage, as a share of it (and at least one point).
PERCENT_APPROXIMATE = 0.05


def interval(value: float, qualifier: str | None = None, high: float | None = None,
             rounding: float = 0.0, percent: bool = False) -> Interval:
    """The interval a qualified value (or a range up to ``high``) allows; ``rounding`` is half the last
    decimal place an exact value was written to (see :func:`rounding_of`).  A ``percent`` that is "about"
    or "nearly" so much is PERCENT_APPROXIMATE of it off, or one point if that is more: "about 71 percent"
    is no 64 percent, "nearly 68 percent" is 67.6%."""
    if percent and qualifier in ("about", "nearly"):
        slack = max(1.0, value * PERCENT_APPROXIMATE)
        return Interval(value - slack, value + slack if qualifier == "about" else value, False, qualifier)
    if high is not None:
        return Interval(min(value, high), max(value, high), False, "range")
    if qualifier == "over":
        return Interval(value, math.inf, False, qualifier)
    if qualifier == "least":
        return Interval(value, math.inf, False, qualifier)
    if qualifier == "nearly":
        return Interval(value * (1 - APPROXIMATE), value, False, qualifier)
    if qualifier == "about":
        return Interval(value * (1 - APPROXIMATE), value * (1 + APPROXIMATE), False, qualifier)
    if qualifier in ("most", "under"):
        return Interval(0.0, value, False, qualifier)
    return Interval(value, value, True, None, rounding)


def rounding_of(tokens: list[str], value: float) -> float:
    """Half the last decimal place of a number written with decimals, in its value's scale: "93.9" →
    0.05, "$1.2 billion" → 50,000,000; half the scale of a whole number of thousands, millions or billions
    ("a $594 million budget" may be $593.8 million); 0 for other whole numbers ("23" and "24" differ)."""
    digits = _DIGITS.match(tokens[0].lower().strip(",")) if tokens else None
    if digits is None:
        return 0.0
    if not digits.group(2):
        scale = SCALES.get(tokens[1].lower(), 1) if len(tokens) == 2 else 1
        return 0.5 * scale if scale >= 1_000 else 0.0
    written = float(digits.group(1).replace(",", "") + "." + digits.group(2))
    scale = value / written if written else 1.0
    return 0.5 * 10 ** -len(digits.group(2)) * scale
