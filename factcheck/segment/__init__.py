"""Segment: a document's body → sentences with offsets; offsets → line and column."""
from __future__ import annotations

import bisect
import re

from factcheck.model import Position, Sentence

ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen col lt sgt capt cmdr adm gov sen rep rev st sr jr no vs etc inc corp co ltd "
    "maj cpl det supt insp "
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun "
    "u.s u.k u.n e.g i.e a.m p.m d.c n.y b.c ft mt ave blvd".split()
)
_LONGEST_ABBREVIATION = max(map(len, ABBREVIATIONS))
_PARAGRAPH = re.compile(r"[^\n]+")
#: A sentence end, followed on its line (a paragraph) by the next sentence's start.
_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=[^\S\n]+[\"'“‘(\[]?[A-Z0-9])")


def sentences(text: str, start: int = 0) -> list[Sentence]:
    """The sentences of ``text[start:]``: every line is a paragraph, split at sentence ends."""
    result: list[Sentence] = []
    ends = _sentence_ends(text, start)
    k = 0
    for number, line in enumerate(_PARAGRAPH.finditer(text, start)):
        begin, stop = line.span()
        while k < len(ends) and ends[k] < stop:  # an end is followed by more of its line
            _add(result, text, begin, ends[k], number)
            begin = ends[k]
            k += 1
        _add(result, text, begin, stop, number)
    return result


def _sentence_ends(text: str, start: int) -> list[int]:
    """Where sentences end in ``text[start:]``, all lines at once (no end pattern crosses a line)."""
    ends = []
    for match in _END.finditer(text, start):
        if text[match.start()] == "." and _is_abbreviation(text, match.start(), start):
            continue
        ends.append(match.end())
    return ends


def _is_abbreviation(text: str, dot: int, floor: int) -> bool:
    """Whether the word before the full stop at ``dot`` (not reaching back past ``floor``) is an
    abbreviation ("Gen.", "U.S.") or initials ("A.", "A.J.")."""
    word_start = dot
    while word_start > floor and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
        if dot - word_start > _LONGEST_ABBREVIATION:
            return False  # a longer word: no abbreviation, and not one letter
    word = text[word_start:dot].lower()
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or _INITIALS.fullmatch(word) is not None


#: Initials with their inner full stops: "A.J. Burnett", "J.R. Smith".
_INITIALS = re.compile(r"(?:[a-z]\.){1,2}[a-z]")


def _add(result: list[Sentence], text: str, begin: int, end: int, paragraph: int) -> None:
    """Append ``text[begin:end]`` without its surrounding whitespace, unless nothing else is left."""
    piece = text[begin:end]
    lead = piece.lstrip()
    body = lead.rstrip()
    if body:
        begin += len(piece) - len(lead)
        result.append(Sentence(begin, begin + len(body), body, paragraph))


class LineIndex:
    """Maps character offsets of one text to 1-based lines and columns.

    ``origin`` (file offset, line, column of ``text[0]``) places a text that is
    one record inside a larger file, so positions are the file's.
    """

    def __init__(self, text: str, origin: tuple[int, int, int] = (0, 1, 1)) -> None:
        self._starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.origin = origin

    def line_column(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset) - 1
        column = offset - self._starts[line] + 1
        if line == 0:
            column += self.origin[2] - 1
        return line + self.origin[1], column

    def file_offset(self, offset: int) -> int:
        """``offset`` into the text as an offset into the file it was read from."""
        return offset + self.origin[0]

    def position(self, start: int, end: int) -> Position:
        line, column = self.line_column(start)
        end_line, end_column = self.line_column(end)
        return Position(line, column, end_line, end_column)
