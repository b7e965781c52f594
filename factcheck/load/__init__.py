"""Load: paths → documents. Finds files, reads them, parses front matter.

A file that cannot be read becomes a diagnostic and the run goes on; a path
that does not exist or a corpus with no documents stops it.
"""
from __future__ import annotations

import fnmatch
import os
from pathlib import Path

from factcheck.errors import InputError, UsageError
from factcheck.load.markdown import read_markdown
from factcheck.load.text import decode
from factcheck.model import Diagnostic, Document

READERS = {".txt": "text", ".md": "markdown", ".markdown": "markdown"}


def discover(paths: list[str], exclude: tuple[str, ...] = ()) -> list[str]:
    """Every document path under ``paths``, recursively, sorted, excludes applied."""
    found: set[str] = set()
    for given in paths:
        root = Path(given)
        if not root.exists():
            raise UsageError("no such file or directory", given)
        if root.is_file():
            found.add(_display(root))
            continue
        for folder, dirs, files in os.walk(root):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in files:
                path = Path(folder, name)
                if path.suffix.lower() in READERS:
                    found.add(_display(path))
    return sorted(p for p in found if not _excluded(p, exclude))


def load_documents(paths: list[str], exclude: tuple[str, ...] = ()) -> tuple[list[Document], list[Diagnostic]]:
    """Read every document under ``paths``; unreadable ones become diagnostics."""
    documents: list[Document] = []
    diagnostics: list[Diagnostic] = []
    for path in discover(paths, exclude):
        try:
            raw = Path(path).read_bytes()
        except OSError as exc:
            diagnostics.append(Diagnostic(path, f"skipped: cannot read ({exc.strerror})"))
            continue
        text = decode(raw)
        if text is None:
            diagnostics.append(Diagnostic(path, "skipped: not UTF-8 text"))
            continue
        document, problems = read_document(path, text)
        diagnostics.extend(problems)
        documents.append(document)
    if not documents:
        raise InputError("no documents to check (.txt, .md)", ", ".join(paths))
    return documents, diagnostics


def read_document(path: str, text: str) -> tuple[Document, list[Diagnostic]]:
    """A document from its text, by the reader its suffix names."""
    if READERS.get(Path(path).suffix.lower()) == "markdown":
        return read_markdown(path, text)
    return Document(path=path, text=text), []


def _display(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _excluded(path: str, patterns: tuple[str, ...]) -> bool:
    parts = path.split("/")
    return any(
        fnmatch.fnmatch(path, pattern) or any(fnmatch.fnmatch(part, pattern) for part in parts)
        for pattern in patterns
    )
