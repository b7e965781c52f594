"""Reports are written atomically: a failed write or render leaves the old file as it was."""
import os

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.errors import UsageError
from factcheck.output import write_atomic


def test_a_failed_rename_leaves_the_old_file_and_no_temporary(in_tmp, monkeypatch):
    target = in_tmp / "report.json"
    target.write_text("old report")

    def refuse(*_):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(UsageError, match="No space left"):
        write_atomic(target, "new report")
    assert target.read_text() == "old report"
    assert [p.name for p in in_tmp.iterdir()] == ["report.json"]


def test_a_render_that_raises_leaves_the_old_report(in_tmp, monkeypatch):
    (in_tmp / "a.txt").write_text("The talks were held in Istanbul on April 10.\n")
    target = in_tmp / "report.json"
    target.write_text("old report")

    def broken(_report):
        yield "{\n"  # the report is written as it is rendered: fail half-way
        raise RuntimeError("renderer bug")

    monkeypatch.setattr("factcheck.report.json.render_chunks", broken)
    result = CliRunner().invoke(app, ["check", "a.txt", "--no-cache", "--format", "json", "--output", str(target)])
    assert result.exit_code == 2 and "renderer bug" in result.output
    assert target.read_text() == "old report"
    assert sorted(p.name for p in in_tmp.iterdir()) == ["a.txt", "report.json"]


def test_a_successful_write_replaces_the_file(in_tmp):
    target = in_tmp / "report.json"
    target.write_text("old")
    write_atomic(target, "new ✓")
    assert target.read_text(encoding="utf-8") == "new ✓"
