"""--changed-since: the files git says changed since a ref, to report only their conflicts."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

from factcheck.errors import UsageError
from factcheck.model import Conflict


def changed_files(ref: str, cwd: Path | None = None) -> frozenset[str]:
    """Absolute paths changed since ``ref`` (committed, staged or not) plus untracked files."""
    folder = cwd or Path.cwd()
    if not ref or ref.startswith("-"):
        raise UsageError(f"--changed-since: '{ref}' is not a git ref")
    top = _git(["rev-parse", "--show-toplevel"], folder, ref).strip()
    _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], folder, ref)
    names = _git(["diff", "--name-only", "-z", ref, "--"], folder, ref).split("\0")
    names += _git(["ls-files", "--others", "--exclude-standard", "-z", "--full-name"], folder, ref).split("\0")
    return frozenset(os.path.realpath(os.path.join(top, n)) for n in names if n)


def involving(conflicts: tuple[Conflict, ...], changed: frozenset[str]) -> tuple[Conflict, ...]:
    """The conflicts with at least one claim in a changed file."""
    return tuple(c for c in conflicts if any(os.path.realpath(claim.source) in changed for claim in c.claims))


def _git(args: list[str], folder: Path, ref: str) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=folder, capture_output=True, text=True, check=False)
    except OSError as exc:
        raise UsageError(f"--changed-since needs git: {exc.strerror}") from None
    if done.returncode != 0:
        if args[0] == "rev-parse" and args[1] == "--show-toplevel":
            raise UsageError("--changed-since: not inside a git repository", str(folder))
        raise UsageError(f"--changed-since: unknown git ref '{ref}'")
    return done.stdout
