"""Same-length text: markup and escapes become spaces, so every offset stays exact.

HTML and JSON readers build the document text from the file's own text: kept
characters stay where they are, tags and dropped regions turn into spaces
(line breaks kept), and an entity or escape becomes its character. Because an
entity is longer than its character, the rest of that word is moved left to
close the gap and padded at the next space: "Russia&#39;s" reads "Russia's",
the word's start stays exact, and no line break ever moves.
"""
from __future__ import annotations

import re

_SPACE = re.compile(r"\s")


def blank(text: str) -> str:
    """``text`` with every character but line breaks turned into a space."""
    if "\n" not in text:
        return " " * len(text)
    return "\n".join(" " * len(part) for part in text.split("\n"))


class SameLength:
    """Writes a copy of ``source`` piece by piece; the result is exactly as long.

    Dropped regions are blanked lazily, so a run of tags costs one string.
    """

    def __init__(self, source: str) -> None:
        self.source = source
        self.parts: list[str] = []
        self.written = 0  # length of the output so far; never more than the source read
        self.blank_to = 0  # everything before this that is not written yet is blanked

    def keep(self, start: int, end: int) -> None:
        """Copy ``source[start:end]``; a word cut by an entity or inline tag is glued back."""
        if start >= end:
            return
        self._flush()
        if self.written < start:
            match = _SPACE.search(self.source, start, end)
            word_end = match.start() if match else end
            self.parts.append(self.source[start:word_end])
            self.written += word_end - start
            if word_end == end:
                return
            self.drop(self.written, word_end)
            self._flush()
            start = word_end
        self.parts.append(self.source[start:end])
        self.written = end

    def put(self, start: int, end: int, character: str) -> None:
        """``source[start:end]`` (an entity or escape) stands for ``character``; white space is a space."""
        if character.isspace():
            character = " "
        if not character or len(character) > end - start:
            self.drop(start, end)
            return
        self._flush()
        self.parts.append(character)
        self.written += len(character)

    def skip(self, start: int, end: int) -> None:
        """Leave out ``source[start:end]`` (an inline tag); inside a word the word is glued back."""
        inside_word = (
            self.blank_to <= self.written and self.parts and not self.parts[-1][-1:].isspace()
            and end < len(self.source) and not self.source[end].isspace()
        )
        if not inside_word or "\n" in self.source[start:end]:
            self.drop(start, end)

    def drop(self, start: int, end: int) -> None:
        """Turn ``source[start:end]`` (and any gap before it) into spaces, line breaks kept."""
        self.blank_to = max(self.blank_to, end)

    def _flush(self) -> None:
        if self.blank_to > self.written:
            self.parts.append(blank(self.source[self.written:self.blank_to]))
            self.written = self.blank_to

    def result(self) -> str:
        self.drop(self.written, len(self.source))
        self._flush()
        return "".join(self.parts)
