"""init: the files a project needs to run factcheck in CI, written only where missing."""
from __future__ import annotations

from pathlib import Path

from factcheck.errors import UsageError
from factcheck.gate.baseline import DEFAULT_BASELINE, render
from factcheck.output import write_atomic

CONFIG = """\
paths = ["."]
exclude = []
fail-on = "error"
# select = ["ALL"]
# ignore = []
# suppress = []            # conflict ids to ignore (see 'factcheck check --format json')

# [tool.factcheck.severity]
# event-date-mismatch = "warning"
"""

WORKFLOW = f"""\
name: factcheck

on:
  push:
    branches: [main]
  pull_request:

permissions:
  contents: read
  security-events: write

jobs:
  factcheck:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - name: Install factcheck
        run: python -m pip install factcheck
      - name: Check documents against each other
        run: >
          factcheck check
          --baseline {DEFAULT_BASELINE}
          --format github
          --format sarif:factcheck.sarif
      - name: Upload SARIF to code scanning
        if: ${{{{ !cancelled() }}}}
        uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: factcheck.sarif
          category: factcheck
"""


def scaffold(folder: Path, force: bool = False) -> list[str]:
    """Write config, empty baseline and workflow under ``folder``; one line per file saying what was done."""
    if not folder.is_dir():
        raise UsageError("no such directory", str(folder))
    done = [_config(folder, force)]
    for path, text in ((folder / DEFAULT_BASELINE, render([])),
                       (folder / ".github" / "workflows" / "factcheck.yml", WORKFLOW)):
        done.append(_write(path, text, force))
    return done


def _config(folder: Path, force: bool) -> str:
    pyproject = folder / "pyproject.toml"
    if pyproject.is_file():
        try:
            text = pyproject.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"cannot read: {exc}", str(pyproject)) from None
        if "[tool.factcheck" in text:
            return f"skipped {pyproject} (it already has [tool.factcheck])"
        separator = "" if text.endswith("\n\n") or not text else ("\n" if text.endswith("\n") else "\n\n")
        write_atomic(pyproject, text + separator + "[tool.factcheck]\n" + CONFIG)
        return f"appended [tool.factcheck] to {pyproject}"
    return _write(folder / ".factcheck.toml", CONFIG, force)


def _write(path: Path, text: str, force: bool) -> str:
    if path.exists() and not force:
        return f"skipped {path} (it exists; --force overwrites it)"
    existed = path.exists()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"cannot create folder: {exc.strerror}", str(path.parent)) from None
    write_atomic(path, text)
    return f"{'overwrote' if existed else 'created'} {path}"
