"""The command line for CI: several formats in one run, selection, severities, init, docs."""
from __future__ import annotations

import json
import re

import pytest
import yaml
from typer.testing import CliRunner

from conftest import ROOT
from factcheck.cli import app

runner = CliRunner()
A = "The talks were held in Istanbul on April 10.\n"
B = "The Istanbul talks took place on February 27.\n"


def invoke(*args, **kwargs):
    return runner.invoke(app, list(args), **kwargs)


@pytest.fixture
def corpus(in_tmp):
    (in_tmp / "a.txt").write_text(A)
    (in_tmp / "b.txt").write_text(B)
    return in_tmp


def test_several_formats_in_one_run(corpus):
    result = invoke("check", ".", "--format", "json", "--output", "r.json", "-f", "sarif:r.sarif",
                    "-f", "html", "-o", "r.html", "-f", "markdown")
    assert result.exit_code == 1
    assert result.stdout.startswith("<!-- factcheck-report -->")
    assert json.loads((corpus / "r.json").read_text())["summary"]["conflicts"] == 1
    assert json.loads((corpus / "r.sarif").read_text())["version"] == "2.1.0"
    assert (corpus / "r.html").read_text().startswith("<!DOCTYPE html>")
    assert not list(corpus.glob(".r.*.tmp"))


def test_writing_reports_does_not_change_the_exit_code(corpus):
    assert invoke("check", ".", "-f", "junit:r.xml").exit_code == 1
    assert invoke("check", ".", "-f", "junit:r.xml", "--exit-zero").exit_code == 0
    (corpus / "a.txt").write_text("The talks were held in Istanbul on February 27.\n")
    assert invoke("check", ".", "-f", "sarif:r.sarif", "-f", "csv:r.csv").exit_code == 0


@pytest.mark.parametrize("args, words", [
    (("-f", "pdf"), "unknown format 'pdf'"),
    (("-f", "json", "-f", "csv"), "only one format can go to standard output"),
    (("-f", "json", "-o", "a.json", "-o", "b.json"), "more --output files than formats"),
    (("-f", "sarif:"), "missing file"),
])
def test_bad_format_combinations_are_usage_errors(corpus, args, words):
    result = invoke("check", ".", *args)
    assert result.exit_code == 2 and words in result.stderr and len(result.stderr.splitlines()) == 1


def test_github_format_appends_the_markdown_summary(corpus, monkeypatch):
    summary = corpus / "summary.md"
    summary.write_text("earlier step\n")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    result = invoke("check", ".", "--format", "github")
    assert result.exit_code == 1 and result.stdout.startswith("::error file=")
    text = summary.read_text()
    assert text.startswith("earlier step\n<!-- factcheck-report -->") and "Istanbul talks" in text


def test_select_ignore_and_extend_select_through_the_cli(corpus):
    assert invoke("check", ".", "--ignore", "event-date-mismatch").exit_code == 0
    assert invoke("check", ".", "--ignore", "events").exit_code == 0
    assert invoke("check", ".", "--select", "events").exit_code == 1
    assert invoke("check", ".", "--select", "events", "--ignore", "event-date-mismatch").exit_code == 0
    assert invoke("check", ".", "--ignore", "events", "--extend-select", "event-date-mismatch").exit_code == 0
    result = invoke("check", ".", "--select", "no-such-rule")
    assert result.exit_code == 2 and "unknown rule or family 'no-such-rule'" in result.stderr


def test_severity_override_in_config_changes_severity_and_exit_code(corpus):
    (corpus / ".factcheck.toml").write_text('[severity]\nevent-date-mismatch = "warning"\n')
    result = invoke("check", ".", "--format", "json")
    assert result.exit_code == 0
    assert [c["severity"] for c in json.loads(result.stdout)["conflicts"]] == ["warning"]
    assert invoke("check", ".", "--fail-on", "warning").exit_code == 1
    sarif = json.loads(invoke("check", ".", "--format", "sarif").stdout)
    assert sarif["runs"][0]["results"][0]["level"] == "warning"


def test_init_writes_config_baseline_and_workflow_and_never_overwrites(in_tmp):
    result = invoke("init")
    assert result.exit_code == 0
    assert (in_tmp / ".factcheck.toml").exists()
    assert json.loads((in_tmp / ".factcheck-baseline.json").read_text()) == {"version": 1, "tool": "factcheck", "conflicts": []}
    workflow = yaml.safe_load((in_tmp / ".github/workflows/factcheck.yml").read_text())
    steps = workflow["jobs"]["factcheck"]["steps"]
    assert any(s.get("uses", "").startswith("github/codeql-action/upload-sarif") for s in steps)
    assert any("--baseline .factcheck-baseline.json" in s.get("run", "") for s in steps)
    (in_tmp / ".factcheck.toml").write_text("paths = ['mine']\n")
    result = invoke("init")
    assert result.stdout.count("skipped") == 3 and (in_tmp / ".factcheck.toml").read_text() == "paths = ['mine']\n"
    assert "overwrote" in invoke("init", "--force").stdout
    assert "paths = [\".\"]" in (in_tmp / ".factcheck.toml").read_text()
    # the written files work: the config loads, the baseline is accepted
    (in_tmp / "a.txt").write_text(A)
    assert invoke("check", "--baseline", ".factcheck-baseline.json").exit_code == 0


def test_init_appends_to_a_pyproject_without_a_factcheck_table(in_tmp):
    (in_tmp / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert "appended [tool.factcheck]" in invoke("init").stdout
    text = (in_tmp / "pyproject.toml").read_text()
    assert text.startswith('[project]\nname = "x"\n\n[tool.factcheck]\npaths = ["."]')
    assert not (in_tmp / ".factcheck.toml").exists()
    assert "skipped" in invoke("init").stdout and (in_tmp / "pyproject.toml").read_text() == text


def test_pre_commit_hook_runs_the_whole_corpus():
    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert hook["id"] == "factcheck" and hook["pass_filenames"] is False and hook["require_serial"] is True


def test_readme_documents_every_command_option_and_format():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    import typer.main

    group = typer.main.get_command(app)
    for name, command in group.commands.items():
        assert f"factcheck {name}" in readme, name
        for param in command.params:
            for opt in param.opts:
                if opt.startswith("--"):
                    assert f"`{opt}" in readme, f"{name} {opt}"
    from factcheck.output import FORMATS

    for fmt in FORMATS:
        assert re.search(rf"`{fmt}`", readme), fmt


def test_report_files_get_the_usual_permissions_not_the_temp_files(corpus):
    import os
    import stat

    old = os.umask(0o022)
    try:
        invoke("check", ".", "-f", "html:r.html")
    finally:
        os.umask(old)
    assert stat.S_IMODE((corpus / "r.html").stat().st_mode) == 0o644
