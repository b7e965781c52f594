"""Load: paths → documents. Finds files, checks them, decodes them, reads them by suffix.

A file that cannot be read (binary, empty, too big, undecodable, unreadable)
becomes one diagnostic and the run goes on; a path that does not exist or a
corpus with no documents stops it.
"""
from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path

import pathspec

from factcheck.errors import InputError
from factcheck.load.discover import find_files
from factcheck.load.html import read_html
from factcheck.load.markdown import read_markdown
from factcheck.config import DEFAULT_MAX_FILE_SIZE, Options, SourceRule
from factcheck.load.metadata import apply_sources
from factcheck.load.records import DEFAULT_FIELDS, read_records
from factcheck.load.text import decode_bytes
from factcheck.model import Diagnostic, Document

READERS = {
    ".txt": "text", ".text": "text",
    ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".json": "json", ".jsonl": "json", ".ndjson": "json",
}


@dataclass(frozen=True)
class LoadSettings:
    """What loading depends on: excludes, the size limit, JSON field names, source rules."""

    exclude: tuple[str, ...] = ()
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    json_fields: tuple[tuple[str, tuple[str, ...]], ...] = ()
    sources: tuple[SourceRule, ...] = ()

    @classmethod
    def from_options(cls, options: Options) -> "LoadSettings":
        return cls(options.exclude, options.max_file_size, options.json_fields, options.sources)

    def fields(self) -> dict[str, tuple[str, ...]]:
        return {**DEFAULT_FIELDS, **dict(self.json_fields)}


def discover(paths: list[str], exclude: tuple[str, ...] = ()) -> list[str]:
    """Every document path under ``paths``, recursively, sorted, excludes applied."""
    return find_files(paths, exclude, frozenset(READERS))[0]


def load_documents(paths: list[str], settings: LoadSettings | tuple[str, ...] | None = None) -> tuple[list[Document], list[Diagnostic]]:
    """Read every document under ``paths``; files that cannot be read become diagnostics."""
    if not isinstance(settings, LoadSettings):
        settings = LoadSettings(exclude=tuple(settings or ()))
    files, diagnostics = find_files(paths, settings.exclude, frozenset(READERS))
    sources = [(pathspec.GitIgnoreSpec.from_lines([rule.glob]), rule) for rule in settings.sources]
    documents: list[Document] = []
    for path in files:
        found, problems = read_file(path, settings)
        diagnostics.extend(problems)
        documents.extend(apply_sources(d, sources, path) for d in found)
    if not documents:
        raise InputError(f"no documents to check ({', '.join(sorted(READERS))})", ", ".join(paths))
    return documents, diagnostics


def read_file(path: str, settings: LoadSettings = LoadSettings()) -> tuple[list[Document], list[Diagnostic]]:
    """The documents in one file (several for a JSON dump), or why there are none."""
    raw = _read_bytes(path, settings.max_file_size)
    if isinstance(raw, Diagnostic):
        return [], [raw]
    reader = READERS.get(Path(path).suffix.lower(), "text")
    decoded = decode_bytes(raw, html=reader == "html")
    if decoded.text is None:
        return [], [Diagnostic(path, f"skipped: {decoded.problem}")]
    text = decoded.text
    if not text.strip():
        return [], [Diagnostic(path, "skipped: empty file (only white space)")]
    if reader == "json":
        return read_records(path, text, settings.fields())
    if reader == "html":
        document, problems = read_html(path, text)
    elif reader == "markdown":
        document, problems = read_markdown(path, text)
    else:
        document, problems = Document(path=path, text=text), []
    return [document], problems


def read_document(path: str, text: str) -> tuple[Document, list[Diagnostic]]:
    """A document from text already decoded, by the reader its suffix names (not JSON)."""
    reader = READERS.get(Path(path).suffix.lower())
    if reader == "markdown":
        return read_markdown(path, text)
    if reader == "html":
        return read_html(path, text)
    return Document(path=path, text=text), []


def _read_bytes(path: str, limit: int) -> bytes | Diagnostic:
    """The file's bytes, checked with stat first so a huge or special file is never read."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return Diagnostic(path, "skipped: broken symbolic link" if os.path.islink(path) else "skipped: file vanished")
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return Diagnostic(path, "skipped: symbolic link loop")
        return Diagnostic(path, f"skipped: cannot read ({exc.strerror})")
    if not stat.S_ISREG(info.st_mode):
        return Diagnostic(path, "skipped: not a regular file")
    if info.st_size == 0:
        return Diagnostic(path, "skipped: empty file")
    if info.st_size > limit:
        return _too_big(path, info.st_size, limit)
    try:
        with open(path, "rb") as stream:
            raw = stream.read(limit + 1)
    except OSError as exc:
        return Diagnostic(path, f"skipped: cannot read ({exc.strerror})")
    return _too_big(path, len(raw), limit) if len(raw) > limit else raw


def _too_big(path: str, size: int, limit: int) -> Diagnostic:
    return Diagnostic(path, f"skipped: {format_size(size)} is over the {format_size(limit)} limit (max-file-size)")


def format_size(size: int) -> str:
    """``10 MB``, ``512 KB``, ``900 B``: sizes as people read them."""
    for unit, factor in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if size >= factor:
            value = size / factor
            return f"{value:.0f} {unit}" if value == int(value) else f"{value:.1f} {unit}"
    return f"{size} B"
