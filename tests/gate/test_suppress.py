"""Suppressions: config ids and inline markers hide one conflict; stale ones are reported."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.gate.suppress import find_markers
from factcheck.model import Document

runner = CliRunner()
A = "The talks were held in Istanbul on April 10.\n"
B = "The Istanbul talks took place on February 27.\n"
RIYADH = ("The first meeting was held in Riyadh on February 18.\n", "The Riyadh meeting took place on February 20, 2025.\n")


def check(*args):
    result = runner.invoke(app, ["check", ".", "--format", "json", *args])
    return result, [c["subject"] for c in json.loads(result.stdout)["conflicts"]]


def test_marker_on_the_claim_line_suppresses_only_that_conflict(in_tmp):
    (in_tmp / "a.md").write_text("The talks were held in Istanbul on April 10. <!-- factcheck: ignore event-date-mismatch -->\n")
    (in_tmp / "b.txt").write_text(B)
    (in_tmp / "d.txt").write_text(RIYADH[0])
    (in_tmp / "e.txt").write_text(RIYADH[1])
    result, subjects = check()
    assert subjects == ["Riyadh talks"] and result.exit_code == 1
    assert "suppression" not in result.stderr


def test_marker_alone_before_the_paragraph_covers_the_paragraph_only(in_tmp):
    (in_tmp / "a.md").write_text("# Story\n\n<!-- factcheck: ignore events -->\nIntro line.\n" + A + "\n" + RIYADH[0])
    (in_tmp / "b.txt").write_text(B)
    (in_tmp / "e.txt").write_text(RIYADH[1])
    _result, subjects = check()
    assert subjects == ["Riyadh talks"]  # family 'events' named; the Riyadh sentence is in the next paragraph


def test_marker_for_another_rule_or_far_away_does_not_suppress(in_tmp):
    (in_tmp / "a.md").write_text("<!-- factcheck: ignore some-other-rule -->\n" + A + "\n<!-- factcheck: ignore -->\n\nText.\n")
    (in_tmp / "b.txt").write_text(B)
    result, subjects = check()
    assert subjects == ["Istanbul talks"]
    assert "a.md:4: suppression 'ignore' matches no conflict" in result.stderr


def test_a_misspelled_rule_name_in_a_marker_is_reported(in_tmp):
    (in_tmp / "a.md").write_text("Intro.\n\n" + A.rstrip() + " <!-- factcheck: ignore event-date-mismach -->\n")
    (in_tmp / "b.txt").write_text(B)
    result, subjects = check()
    assert subjects == ["Istanbul talks"]  # nothing suppressed
    assert "a.md:3: suppression names unknown rule 'event-date-mismach'" in result.stderr
    (in_tmp / "a.md").write_text(A.rstrip() + " <!-- factcheck: ignore event-date-mismatch, quotes -->\n")
    result, subjects = check("--select", "events")  # "quotes" is a family, though not selected: not unknown
    assert subjects == [] and "unknown rule" not in result.stderr


def test_markers_in_plain_text_are_ignored():
    text = "<!-- factcheck: ignore -->\n" + A
    assert find_markers(Document("a.txt", text)) == []
    [marker] = find_markers(Document("a.html", text))
    assert (marker.line, marker.first, marker.last, marker.names) == (1, 1, 2, frozenset())


def test_config_id_suppresses_and_a_stale_id_is_reported(in_tmp):
    (in_tmp / "a.txt").write_text(A)
    (in_tmp / "b.txt").write_text(B)
    result, _ = check()
    conflict_id = json.loads(result.stdout)["conflicts"][0]["id"]
    (in_tmp / ".factcheck.toml").write_text(f'suppress = ["{conflict_id}", "0123456789abcdef"]\n')
    result, subjects = check()
    assert subjects == [] and result.exit_code == 0
    assert ".factcheck.toml: suppress entry '0123456789abcdef' matches no conflict" in result.stderr
    assert conflict_id not in result.stderr
    assert json.loads(result.stdout)["summary"]["conflicts"] == 0
