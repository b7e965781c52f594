"""User regular expressions, guarded: compiled with the ``regex`` module, run with a timeout.

Any pattern that comes from a user (a rule parameter, a config value) goes
through :func:`compile_pattern`, so a catastrophic pattern such as
``(a|aa)+$`` costs at most :data:`TIMEOUT` seconds per text instead of hanging
the run; a pattern that does not compile is a RuleError naming its file.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import regex

from factcheck.errors import RuleError

TIMEOUT = 0.25  # seconds per search; news-length texts need microseconds


class PatternTimeout(Exception):
    """A user pattern took longer than the timeout on one text."""

    def __init__(self, pattern: str) -> None:
        super().__init__(f"pattern '{pattern}' took over {TIMEOUT}s (catastrophic backtracking?), no match assumed")
        self.pattern = pattern


@dataclass(frozen=True)
class UserPattern:
    """A compiled user pattern and where it was written, for messages."""

    source: str
    compiled: Any

    def search(self, text: str, pos: int = 0) -> Any:
        """The first match in ``text`` or None; :class:`PatternTimeout` when it runs too long."""
        try:
            return self.compiled.search(text, pos, timeout=TIMEOUT)
        except TimeoutError:
            raise PatternTimeout(self.source) from None

    def finditer(self, text: str) -> list[Any]:
        """Every match in ``text``, as a list (the whole scan is under one timeout)."""
        try:
            return list(self.compiled.finditer(text, timeout=TIMEOUT))
        except TimeoutError:
            raise PatternTimeout(self.source) from None


def compile_pattern(pattern: str, where: str | None = None, line: int | None = None, flags: int = 0) -> UserPattern:
    """``pattern`` compiled for guarded use; a RuleError at ``where:line`` when it is invalid."""
    if not isinstance(pattern, str):
        raise RuleError(f"pattern must be a string, not {type(pattern).__name__}", where, line)
    try:
        return UserPattern(pattern, regex.compile(pattern, flags | regex.VERSION0))
    except (regex.error, OverflowError, RecursionError) as exc:
        raise RuleError(f"invalid pattern '{pattern}': {exc}", where, line) from None
