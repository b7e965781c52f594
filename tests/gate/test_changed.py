"""--changed-since: only conflicts involving files git reports changed, the whole corpus still read."""
from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
runner = CliRunner()


def git(*args):
    subprocess.run(["git", *args], check=True, capture_output=True)


@pytest.fixture
def repo(in_tmp):
    git("init", "-q")
    git("config", "user.email", "t@example.org")
    git("config", "user.name", "t")
    (in_tmp / "a.txt").write_text("The talks were held in Istanbul on April 10.\n")
    (in_tmp / "b.txt").write_text("The Istanbul talks took place on February 27.\n")
    (in_tmp / "d.txt").write_text("The first meeting was held in Riyadh on February 18.\n")
    (in_tmp / "e.txt").write_text("The Riyadh meeting took place on February 20, 2025.\n")
    git("add", ".")
    git("commit", "-qm", "start")
    return in_tmp


def subjects(*args):
    result = runner.invoke(app, ["check", ".", "--format", "json", *args])
    return result.exit_code, [c["subject"] for c in json.loads(result.stdout)["conflicts"]]


def test_only_conflicts_touching_changed_or_untracked_files(repo):
    assert subjects("--changed-since", "HEAD") == (0, [])
    (repo / "e.txt").write_text("Intro.\nThe Riyadh meeting took place on February 20, 2025.\n")
    assert subjects("--changed-since", "HEAD") == (1, ["Riyadh talks"])
    (repo / "c.txt").write_text("Reporters said the Istanbul talks were on March 3.\n")  # untracked
    assert subjects("--changed-since", "HEAD") == (1, ["Istanbul talks", "Riyadh talks"])
    git("add", ".")
    git("commit", "-qm", "more")
    assert subjects("--changed-since", "HEAD~1") == (1, ["Istanbul talks", "Riyadh talks"])
    assert subjects("--changed-since", "HEAD") == (0, [])


def test_bad_ref_and_no_repository_are_one_line_errors(repo, tmp_path_factory, monkeypatch):
    result = runner.invoke(app, ["check", ".", "--changed-since", "no-such-branch"])
    assert result.exit_code == 2 and result.stderr.strip() == "factcheck: error: --changed-since: unknown git ref 'no-such-branch'"
    outside = tmp_path_factory.mktemp("plain")
    (outside / "a.txt").write_text("Nothing here.\n")
    monkeypatch.chdir(outside)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(outside.parent))
    result = runner.invoke(app, ["check", ".", "--changed-since", "HEAD"])
    assert result.exit_code == 2 and "not inside a git repository" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
