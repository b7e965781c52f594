"""Shared one-line helpers: build documents in memory and check them."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from factcheck.check import load_rules
from factcheck.config import Options
from factcheck.model import Conflict, Document, Fact
from factcheck.pipeline import check_documents

os.environ.setdefault("TZ", "UTC")
ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def documents(texts: dict[str, str | tuple[str, str]]) -> list[Document]:
    """Documents from {name: text} or {name: (text, published)}."""
    result = []
    for name, given in sorted(texts.items()):
        text, published = (given, None) if isinstance(given, str) else given
        result.append(Document(path=name, text=text, published=dt.date.fromisoformat(published) if published else None))
    return result


def conflicts(texts: dict[str, str | tuple[str, str]], rule: str | None = None) -> list[Conflict]:
    rules = [r for r in load_rules() if rule is None or r.id == rule]
    report = check_documents(documents(texts), rules, Options())
    return list(report.conflicts)


def assert_conflicts(texts: dict[str, str | tuple[str, str]], rule: str, *value_sets: set[str]) -> None:
    """Exactly these conflicts of ``rule``, each given by the set of its claimed values."""
    found = [set(c.values) for c in conflicts(texts, rule)]
    assert sorted(map(sorted, found)) == sorted(map(sorted, value_sets)), found


def facts_of(text: str, kind: str, published: str | None = None) -> list[Fact]:
    report = check_documents(documents({"doc.txt": (text, published or "")}), [], Options())
    return [f for f in report.facts if f.kind == kind]


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


CONFLICTING = {
    "a.txt": "The talks were held in Istanbul on April 10, 2025.\n",
    "b.txt": "The Istanbul talks took place on February 27, 2025.\n",
}


@pytest.fixture
def corpus(in_tmp: Path) -> Path:
    """The seed articles plus two documents that conflict, under ``docs/`` in a temporary folder."""
    import shutil

    folder = in_tmp / "docs"
    shutil.copytree(SEEDS, folder)
    for name, text in CONFLICTING.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def cli():
    """Run the CLI in-process; returns (exit code, stdout, stderr)."""
    from typer.testing import CliRunner

    from factcheck.cli import app

    def invoke(*args: str) -> tuple[int, str, str]:
        result = CliRunner().invoke(app, list(args))
        if result.exception and not isinstance(result.exception, SystemExit):
            raise result.exception
        return result.exit_code, result.stdout, result.stderr

    return invoke
