"""Writing reports: atomic file writes (replaced whole or not at all) and format targets."""
from __future__ import annotations

import importlib
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from factcheck.errors import UsageError
from factcheck.model import Report


def write_atomic(path: Path, text: str | Iterable[str]) -> None:
    """Write ``text`` (a string or its pieces) to a temporary file beside ``path``, then rename it over ``path``."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise UsageError(f"cannot write: {exc.strerror}", str(path)) from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            for chunk in (text,) if isinstance(text, str) else text:
                stream.write(chunk)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, _mode(path))
        os.replace(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise UsageError(f"cannot write: {exc.strerror}", str(path)) from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)  # the pieces failed (or were interrupted): no stray temp file
        raise


def _mode(path: Path) -> int:
    """The mode the file keeps (or a new file gets under the umask): mkstemp's 0600 is for the temp only."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


FORMATS = ("table", "json", "jsonl", "markdown", "html", "sarif", "junit", "csv", "github")


@dataclass(frozen=True)
class Target:
    """One report to write: a format and a file (None: standard output)."""

    format: str
    path: Path | None = None


def parse_targets(formats: list[str], outputs: list[Path]) -> list[Target]:
    """Pair ``--format`` values with files: ``FMT:FILE`` inline, else the ``--output`` values in order.

    Formats left without a file go to standard output; only one may.
    """
    given = [f.partition(":") for f in formats or ["table"]]
    for name, _colon, _file in given:
        if name not in FORMATS:
            raise UsageError(f"unknown format '{name}' (known: {', '.join(FORMATS)})")
    pending = list(outputs)
    targets = []
    for name, colon, file in given:
        if colon:
            if not file:
                raise UsageError(f"--format {name}: missing file after ':'")
            targets.append(Target(name, Path(file)))
        else:
            targets.append(Target(name, pending.pop(0) if pending else None))
    if pending:
        raise UsageError(f"more --output files than formats to write to them ({', '.join(map(str, pending))})")
    if sum(1 for t in targets if t.path is None) > 1:
        raise UsageError("only one format can go to standard output; give the others a file (--format FMT:FILE)")
    return targets


def render_text(report: Report, fmt: str) -> str:
    """The report in one of the text formats (every format but ``table``)."""
    module = importlib.import_module(f"factcheck.report.{fmt if fmt != 'jsonl' else 'json'}")
    return module.render_lines(report) if fmt == "jsonl" else module.render(report)


def render_chunks(report: Report, fmt: str) -> Iterable[str]:
    """The report in one of the text formats, in pieces: JSON streams its conflicts claim by claim,
    so a big report is never held whole."""
    if fmt == "json":
        from factcheck.report.json import render_chunks as json_chunks

        return json_chunks(report)
    return (render_text(report, fmt),)


def emit(report: Report, targets: list[Target], render_table: Callable[[Report, Path | None], None]) -> None:
    """Write every target; ``github`` also appends the Markdown report to ``$GITHUB_STEP_SUMMARY``."""
    for target in targets:
        if target.format == "table":
            render_table(report, target.path)
            continue
        text = render_chunks(report, target.format)
        if target.path is None:
            for chunk in text:
                sys.stdout.write(chunk)
        else:
            write_atomic(target.path, text)
        summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
        if target.format == "github" and summary_file:
            append_summary(Path(summary_file), render_text(report, "markdown"))


def append_summary(path: Path, text: str) -> None:
    try:
        with path.open("a", encoding="utf-8") as stream:
            stream.write(text + "\n")
    except OSError as exc:
        raise UsageError(f"cannot append the job summary: {exc.strerror}", str(path)) from None
