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
    cwd = Path.cwd().resolve()
    for given in paths:
        root = Path(given)
        if not root.exists():
            raise UsageError("no such file or directory", given)
        if root.is_file():
            found.add(_display(root, cwd))
            continue
        for folder, dirs, files in os.walk(root):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            real = str(Path(folder).resolve())  # once per folder, not per file: discover is per-file hot
            for name in files:
                if os.path.splitext(name)[1].lower() in READERS:
                    path = os.path.join(folder, name)
                    linked = os.path.islink(path)
                    found.add(_display(Path(path), cwd) if linked else _relative(os.path.join(real, name), path, cwd))
    return sorted(p for p in found if not _excluded(p, exclude))


def load_documents(paths: list[str], exclude: tuple[str, ...] = ()) -> tuple[list[Document], list[Diagnostic]]:
    """Read every document under ``paths``; unreadable ones become diagnostics."""
    documents: list[Document] = []
    diagnostics: list[Diagnostic] = []
    for path in discover(paths, exclude):
        try:
            with open(path, "rb") as handle:
                raw = handle.read()
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
    if READERS.get(os.path.splitext(path)[1].lower()) == "markdown":
        return read_markdown(path, text)
    return Document(path=path, text=text), []


def _display(path: Path, cwd: Path | None = None) -> str:
    """The path relative to the working directory when it is inside it, else as given."""
    try:
        return path.resolve().relative_to(cwd or Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _relative(resolved: str, given: str, cwd: Path) -> str:
    """:func:`_display` for a path already resolved, with string operations only."""
    prefix = str(cwd).rstrip("/") + "/"
    if resolved.startswith(prefix) and os.sep == "/":
        return resolved[len(prefix):]
    return _display(Path(given), cwd)


def _excluded(path: str, patterns: tuple[str, ...]) -> bool:
    parts = path.split("/")
    return any(
        fnmatch.fnmatch(path, pattern) or any(fnmatch.fnmatch(part, pattern) for part in parts)
        for pattern in patterns
    )
