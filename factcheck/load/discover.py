"""Discover: the paths given → every file to read, sorted, excludes applied.

Excludes are .gitignore-style patterns (config ``exclude`` plus the
``.gitignore`` and ``.factcheckignore`` in each folder given). Hidden folders
are skipped. Symbolic links to folders outside the corpus are followed once;
links back into it, loops and broken links are reported, not followed.
"""
from __future__ import annotations

import os
import posixpath
from collections import defaultdict
from pathlib import Path

import pathspec

from factcheck.errors import UsageError
from factcheck.model import Diagnostic

IGNORE_FILES = (".gitignore", ".factcheckignore")


def find_files(paths: list[str], exclude: tuple[str, ...], suffixes: frozenset[str]) -> tuple[list[str], list[Diagnostic]]:
    """Every readable-looking file under ``paths`` with a supported suffix, and what was skipped.

    A file named on the command line is always read, whatever its suffix.
    """
    found: set[str] = set()
    problems: list[Diagnostic] = []
    for given in paths:
        root = Path(given)
        if not root.exists():
            what = "broken symbolic link" if root.is_symlink() else "no such file or directory"
            raise UsageError(what, given)
        if root.is_file() or not root.is_dir():
            found.add(display(root))
            continue
        files, skipped = _walk(root, _spec(root, exclude), suffixes)
        found.update(files)
        problems.extend(skipped)
    return sorted(found), problems


def display(path: Path) -> str:
    """``path`` relative to the working directory when it is under it, with ``/``."""
    absolute = Path(os.path.normpath(os.path.abspath(path)))
    try:
        return absolute.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path.as_posix()


def _spec(root: Path, exclude: tuple[str, ...]) -> pathspec.PathSpec:
    lines = list(exclude)
    for name in IGNORE_FILES:
        try:
            lines.extend((root / name).read_text(encoding="utf-8", errors="replace").splitlines())
        except OSError:
            continue
    return pathspec.GitIgnoreSpec.from_lines(lines)


def _walk(root: Path, spec: pathspec.PathSpec, suffixes: frozenset[str]) -> tuple[list[str], list[Diagnostic]]:
    files: list[str] = []
    problems: list[Diagnostic] = []
    unsupported: dict[str, list[str]] = defaultdict(list)
    root_real = os.path.realpath(root)
    seen = {root_real}

    def unreadable(error: OSError) -> None:
        problems.append(Diagnostic(display(Path(error.filename)), f"skipped folder: cannot read ({error.strerror})"))

    base = display(root)
    for folder, dirs, names in os.walk(root, followlinks=True, onerror=unreadable):
        relative_folder = os.path.relpath(folder, root)
        shown_folder = base if relative_folder == "." else posixpath.join(base, relative_folder.replace(os.sep, "/"))
        kept = []
        for name in sorted(dirs):
            relative = os.path.normpath(os.path.join(relative_folder, name))
            if name.startswith(".") or spec.match_file(relative + "/"):
                continue
            problem = _follow(Path(folder, name), root_real, seen)
            if problem:
                problems.append(problem)
            else:
                kept.append(name)
        dirs[:] = kept
        for name in sorted(names):
            relative = os.path.normpath(os.path.join(relative_folder, name))
            if name in IGNORE_FILES or spec.match_file(relative):
                continue
            path = posixpath.normpath(posixpath.join(shown_folder, name))
            if Path(name).suffix.lower() in suffixes:
                files.append(path)
            else:
                unsupported[Path(name).suffix.lower() or "(no suffix)"].append(path)
    problems.extend(_unsupported(display(root), unsupported))
    return files, problems


def _follow(folder: Path, root_real: str, seen: set[str]) -> Diagnostic | None:
    """None when ``folder`` should be walked; otherwise why not."""
    real = os.path.realpath(folder)
    if folder.is_symlink():
        parent_real = os.path.realpath(folder.parent)
        if parent_real == real or parent_real.startswith(real + os.sep):
            return Diagnostic(display(folder), "skipped: symbolic link loop (links to a folder that contains it)")
        if real.startswith(root_real + os.sep):
            return Diagnostic(display(folder), "skipped: symbolic link to a folder already read", level="info")
    if real in seen:
        return Diagnostic(display(folder), "skipped: folder already read through another link", level="info")
    seen.add(real)
    return None


def _unsupported(root: str, by_suffix: dict[str, list[str]]) -> list[Diagnostic]:
    """One line per unsupported suffix, naming the first few files."""
    problems = []
    for suffix, paths in sorted(by_suffix.items()):
        shown = ", ".join(paths[:3]) + (f", … ({len(paths) - 3} more)" if len(paths) > 3 else "")
        noun = "file" if len(paths) == 1 else "files"
        problems.append(Diagnostic(root, f"skipped {len(paths)} {noun} of unsupported type {suffix}: {shown}"))
    return problems
