"""The command line: exit codes, formats, errors as one line."""
import json
import shutil

from typer.testing import CliRunner

from conftest import SEEDS
from factcheck.cli import app

runner = CliRunner()
ISTANBUL_A = "The talks were held in Istanbul on April 10.\n"
ISTANBUL_B = "The Istanbul talks took place on February 27.\n"


def invoke(*args):
    return runner.invoke(app, list(args))


def corpus(folder, **texts):
    for name, text in texts.items():
        (folder / name.replace("_", ".", 1) if "." not in name else folder / name).write_text(text, encoding="utf-8")
    return folder


def test_version_and_help():
    assert invoke("--version").stdout.startswith("factcheck ")
    assert invoke("--help").exit_code == 0


def test_conflict_exits_1_and_clean_corpus_exits_0(in_tmp):
    (in_tmp / "a.txt").write_text(ISTANBUL_A)
    (in_tmp / "b.txt").write_text(ISTANBUL_B)
    result = invoke("check", ".")
    assert result.exit_code == 1, result.output
    assert "Istanbul talks" in result.stdout and "a.txt:1:" in result.stdout
    (in_tmp / "a.txt").write_text("The talks were held in Istanbul on February 27th.\n")
    assert invoke("check", ".").exit_code == 0


def test_fail_on_and_exit_zero(in_tmp):
    (in_tmp / "a.txt").write_text(ISTANBUL_A)
    (in_tmp / "b.txt").write_text(ISTANBUL_B)
    assert invoke("check", ".", "--fail-on", "never").exit_code == 0
    assert invoke("check", ".", "--exit-zero").exit_code == 0
    assert invoke("check", ".", "--fail-on", "info").exit_code == 1


def test_json_contract(in_tmp):
    (in_tmp / "a.txt").write_text(ISTANBUL_A)
    (in_tmp / "b.md").write_text("---\ntitle: B\npublished: 2025-03-01\n---\n" + ISTANBUL_B)
    result = invoke("check", ".", "--format", "json")
    data = json.loads(result.stdout)
    assert data["version"] == 1 and data["tool"]["name"] == "factcheck"
    assert data["summary"]["conflicts"] == 1 and data["summary"]["by_severity"]["error"] == 1
    assert [d["path"] for d in data["documents"]] == ["a.txt", "b.md"]
    assert data["documents"][1]["published"] == "2025-03-01"
    (conflict,) = data["conflicts"]
    assert conflict["rule"] == "event-date-mismatch" and conflict["subject"] == "Istanbul talks"
    claims = {c["source"]: c for c in conflict["claims"]}
    assert claims["a.txt"]["value"] == "--04-10" and claims["a.txt"]["text"] == "April 10"
    assert claims["b.md"]["value"] == "2025-02-27" and claims["b.md"]["line"] == 5
    text = (in_tmp / "b.md").read_text()
    assert text[claims["b.md"]["start"]:claims["b.md"]["end"]] == "February 27"
    assert claims["b.md"]["column"] == ISTANBUL_B.index("February") + 1


def test_json_is_byte_identical_across_runs(in_tmp):
    shutil.copytree(SEEDS, in_tmp / "seeds")
    first = invoke("check", "seeds", "--format", "json").stdout
    assert first == invoke("check", "seeds", "--format", "json").stdout


def test_output_file_and_jsonl(in_tmp):
    (in_tmp / "a.txt").write_text(ISTANBUL_A)
    (in_tmp / "b.txt").write_text(ISTANBUL_B)
    assert invoke("check", ".", "--format", "jsonl", "--output", "out.jsonl").exit_code == 1
    lines = (in_tmp / "out.jsonl").read_text().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["rule"] == "event-date-mismatch"


def test_errors_are_one_line_with_exit_2(in_tmp):
    for args in (("check", "missing-folder"), ("check", ".", "--select", "nope"),
                 ("check", ".", "--reference-date", "someday")):
        (in_tmp / "a.txt").write_text(ISTANBUL_A)
        result = invoke(*args)
        assert result.exit_code == 2, (args, result.output)
        assert "Traceback" not in result.output
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_bad_config_and_bad_rule_exit_2_naming_the_file(in_tmp):
    (in_tmp / "a.txt").write_text(ISTANBUL_A)
    (in_tmp / ".factcheck.toml").write_text("paths = 3\n")
    result = invoke("check", ".")
    assert result.exit_code == 2 and ".factcheck.toml" in result.stderr
    (in_tmp / ".factcheck.toml").unlink()
    (in_tmp / "myrules").mkdir()
    (in_tmp / "myrules" / "bad.yaml").write_text("title: x\nkind: nope\n")
    result = invoke("check", ".", "--rules", "myrules")
    assert result.exit_code == 2 and "bad.yaml" in result.stderr


def test_config_select_and_severity_override(in_tmp):
    (in_tmp / "a.txt").write_text(ISTANBUL_A)
    (in_tmp / "b.txt").write_text(ISTANBUL_B)
    (in_tmp / ".factcheck.toml").write_text('[severity]\nevent-date-mismatch = "warning"\n')
    result = invoke("check", ".", "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["conflicts"][0]["severity"] == "warning"
    assert invoke("check", ".", "--fail-on", "warning").exit_code == 1
    assert invoke("check", ".", "--ignore", "events", "--fail-on", "info").exit_code == 0


def test_facts_jsonl_lists_dates_and_events(in_tmp):
    (in_tmp / "a.txt").write_text(ISTANBUL_A)
    rows = [json.loads(l) for l in invoke("facts", ".", "--format", "jsonl").stdout.splitlines()]
    assert {(r["kind"], r["attribute"], r["value"]) for r in rows} == {
        ("date", "value", "--04-10"), ("event", "date", "--04-10"), ("event", "place", "Istanbul, Turkey")}


def test_explain_shows_every_side(in_tmp):
    (in_tmp / "a.txt").write_text(ISTANBUL_A)
    (in_tmp / "b.txt").write_text(ISTANBUL_B)
    conflict_id = json.loads(invoke("check", ".", "--format", "json").stdout)["conflicts"][0]["id"]
    result = invoke("explain", conflict_id[:8], ".")
    assert result.exit_code == 0
    assert "a.txt:1:" in result.stdout and "b.txt:1:" in result.stdout and "April 10" in result.stdout
    assert invoke("explain", "ffffffff", ".").exit_code == 2


def test_rules_list_show_and_test():
    assert "event-date-mismatch" in invoke("rules", "list").stdout
    assert "kind: date-mismatch" in invoke("rules", "show", "event-date-mismatch").stdout
    assert invoke("rules", "show", "nope").exit_code == 2
    result = invoke("rules", "test")
    assert result.exit_code == 0 and "examples pass" in result.stdout


def test_rules_test_fails_on_a_rule_whose_example_is_wrong(tmp_path):
    (tmp_path / "wrong.yaml").write_text(
        'title: t\nkind: date-mismatch\nfact: event.date\nseverity: error\nmessage: "{subject}"\n'
        'examples:\n  conflict:\n    - ["The talks in Istanbul were on May 2.", "The Istanbul talks were on May 2."]\n'
    )
    result = invoke("rules", "test", str(tmp_path))
    assert result.exit_code == 1 and "wrong.yaml:8" in result.stdout
