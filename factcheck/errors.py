"""Typed errors. Each knows the file (and line) it is about and prints as one line."""
from __future__ import annotations


class FactcheckError(Exception):
    """An error that stops the run with exit code 2."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        if self.path and self.line:
            return f"{self.path}:{self.line}: {self.message}"
        if self.path:
            return f"{self.path}: {self.message}"
        return self.message


class UsageError(FactcheckError):
    """Bad command-line input: a missing path, an unknown rule id, a bad date."""


class ConfigError(FactcheckError):
    """A malformed ``[tool.factcheck]`` table or ``.factcheck.toml``."""


class RuleError(FactcheckError):
    """A rule file that does not match the rule schema."""


class InputError(FactcheckError):
    """The corpus cannot be read at all (no documents, unreadable root)."""


class BaselineError(FactcheckError):
    """A baseline file that cannot be read or parsed; it is never overwritten."""
