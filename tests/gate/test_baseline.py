"""Baselines: fingerprints ignore lines, subset matching, the file format, the CLI round trip."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.errors import BaselineError
from factcheck.gate import baseline
from factcheck.model import BaselineEntry

runner = CliRunner()
A = "The talks were held in Istanbul on April 10.\n"
B = "The Istanbul talks took place on February 27.\n"
C = "Reporters said the Istanbul talks were on March 3.\n"


def invoke(*args):
    return runner.invoke(app, list(args))


def write(folder, **texts):
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")


def conflicts_json(*args):
    result = invoke("check", ".", "--format", "json", *args)
    return result.exit_code, json.loads(result.stdout)["conflicts"]


def test_round_trip_unrelated_edit_stays_known_and_new_source_fails(in_tmp):
    write(in_tmp, a=A, b=B)
    assert invoke("check", ".").exit_code == 1
    assert invoke("baseline", ".").exit_code == 0
    assert invoke("check", ".", "--baseline", ".factcheck-baseline.json").exit_code == 0
    # unrelated text moves the claim to another line: still baselined
    write(in_tmp, a="Intro paragraph.\n\nMore context here, unrelated.\n" + A)
    code, found = conflicts_json("--baseline", ".factcheck-baseline.json")
    assert code == 0 and [c["new"] for c in found] == [False]
    # a third source with another date: the conflict is new, and only it is reported new
    write(in_tmp, c=C)
    code, found = conflicts_json("--baseline", ".factcheck-baseline.json")
    assert code == 1
    assert [(c["subject"], c["new"], sorted(x["value"] for x in c["claims"])) for c in found] == [
        ("Istanbul talks", True, ["--02-27", "--03-03", "--04-10"])]
    result = invoke("check", ".", "--baseline", ".factcheck-baseline.json", "--format", "github")
    assert result.stdout.count("::error ") == 1 and result.stdout.startswith("::error file=c.txt,line=1,")


def test_a_conflict_that_lost_a_claim_is_still_known_and_the_gone_one_is_fixed(in_tmp):
    write(in_tmp, a=A, b=B, c=C)
    invoke("baseline", ".")
    (in_tmp / "c.txt").unlink()
    code, found = conflicts_json("--baseline", ".factcheck-baseline.json")
    assert code == 0 and [c["new"] for c in found] == [False]
    (in_tmp / "a.txt").write_text("The talks were held in Istanbul on February 27.\n")
    result = invoke("check", ".", "--baseline", ".factcheck-baseline.json")
    assert result.exit_code == 0 and "1 baseline entry no longer match" in result.stderr
    assert invoke("check", ".", "--baseline", ".factcheck-baseline.json", "--strict-baseline").exit_code == 1


def test_a_new_wrong_value_in_a_known_source_is_new(in_tmp):
    write(in_tmp, a=A, b=B)
    invoke("baseline", ".")
    write(in_tmp, a="The talks were held in Istanbul on April 11.\n")
    code, found = conflicts_json("--baseline", ".factcheck-baseline.json")
    assert code == 1 and [c["new"] for c in found] == [True]


def test_fail_on_counts_only_new_conflicts(in_tmp):
    write(in_tmp, a=A, b=B)
    invoke("baseline", ".")
    assert invoke("check", ".", "--baseline", ".factcheck-baseline.json", "--fail-on", "info").exit_code == 0
    write(in_tmp, c=C)
    assert invoke("check", ".", "--baseline", ".factcheck-baseline.json", "--fail-on", "never").exit_code == 0
    assert invoke("check", ".", "--baseline", ".factcheck-baseline.json", "--exit-zero").exit_code == 0


def test_file_is_sorted_readable_and_stable(in_tmp):
    write(in_tmp, a=A, b=B, d="The first meeting was held in Riyadh on February 18.\n",
          e="The Riyadh meeting took place on February 20, 2025.\n")
    invoke("baseline", ".", "--output", "known.json")
    first = (in_tmp / "known.json").read_text()
    data = json.loads(first)
    assert data["version"] == 1 and [e["subject"] for e in data["conflicts"]] == ["Istanbul talks", "Riyadh talks"]
    assert data["conflicts"][0]["values"] == [
        {"value": "--02-27", "display": "27 February", "sources": ["b.txt"]},
        {"value": "--04-10", "display": "10 April", "sources": ["a.txt"]},
    ]
    assert set(data["conflicts"][0]) == {"id", "rule", "subject", "attribute", "values"}
    write(in_tmp, a="Some new intro.\n" + A)
    invoke("baseline", ".", "--output", "known.json")
    assert (in_tmp / "known.json").read_text() == first


def test_update_keeps_entries_and_adds_new_prune_drops_stale(in_tmp):
    write(in_tmp, a=A, b=B)
    invoke("baseline", ".")
    stale = BaselineEntry("event-date-mismatch", "Geneva talks", "feedfeedfeedfeed", "date",
                          (("--05-01", "1 May", ("x.txt",)), ("--05-02", "2 May", ("y.txt",))))
    path = in_tmp / ".factcheck-baseline.json"
    path.write_text(baseline.render([*baseline.load(path), stale]))
    write(in_tmp, d="The first meeting was held in Riyadh on February 18.\n",
          e="The Riyadh meeting took place on February 20, 2025.\n")
    assert invoke("baseline", ".", "--update").exit_code == 0
    assert sorted(e.subject for e in baseline.load(path)) == ["Geneva talks", "Istanbul talks", "Riyadh talks"]
    assert invoke("baseline", ".", "--prune").exit_code == 0
    assert sorted(e.subject for e in baseline.load(path)) == ["Istanbul talks", "Riyadh talks"]
    (in_tmp / "d.txt").unlink()
    write(in_tmp, f="The summit in Geneva was held on May 1.\n", g="The Geneva summit took place on May 2.\n")
    invoke("baseline", ".", "--prune")  # prune alone adds nothing
    assert sorted(e.subject for e in baseline.load(path)) == ["Istanbul talks"]


@pytest.mark.parametrize("text, words, line", [
    ('{"version": 1,\n "conflicts": [\n  {"id": "x",,}\n]}', "corrupt baseline", 3),
    ("[]", "expected an object", 1),
    ('{"version": 7, "conflicts": []}', "unsupported baseline version", 1),
    ('{"version": 1, "conflicts": [\n {"id": "abc", "rule": "r", "subject": "s", "values": []}]}', "entry 1", 2),
])
def test_corrupt_baseline_is_exit_2_naming_file_and_line_and_is_never_overwritten(in_tmp, text, words, line):
    write(in_tmp, a=A, b=B)
    path = in_tmp / "known.json"
    path.write_text(text)
    for args in (("check", ".", "--baseline", "known.json"), ("baseline", ".", "--output", "known.json", "--update"),
                 ("baseline", ".", "--output", "known.json", "--prune")):
        result = invoke(*args)
        assert result.exit_code == 2
        assert result.stderr.startswith(f"factcheck: error: known.json:{line}: ") and words in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
        assert path.read_text() == text
    with pytest.raises(BaselineError):
        baseline.load(path)


def test_missing_baseline_is_an_error(in_tmp):
    write(in_tmp, a=A, b=B)
    result = invoke("check", ".", "--baseline", "nope.json")
    assert result.exit_code == 2 and "nope.json: baseline not found" in result.stderr
