import pytest

from factcheck.check import load_rules
from factcheck.check.schema import load_rule
from factcheck.errors import RuleError

GOOD = """\
title: T
kind: date-mismatch
fact: event.date
severity: error
message: "{subject}: {values}"
"""


def write(tmp_path, text, name="my-rule.yaml"):
    path = tmp_path / name
    path.write_text(text)
    return path


def test_a_valid_rule_loads_with_its_id_from_the_file_name(tmp_path):
    rule = load_rule(write(tmp_path, GOOD))
    assert (rule.id, rule.kind, rule.fact_kind, rule.attribute) == ("my-rule", "date-mismatch", "event", "date")
    assert rule.parameters == {"tolerance_days": 0}


@pytest.mark.parametrize(
    "text, line, words",
    [
        (GOOD + "colour: red\n", 6, "unknown key 'colour'"),
        (GOOD.replace("date-mismatch", "telepathy"), 2, "unknown kind"),
        (GOOD.replace("severity: error", "severity: fatal"), 4, "severity"),
        (GOOD.replace("event.date", "event"), 3, "KIND.ATTRIBUTE"),
        (GOOD + "params: {tolerance_days: soon}\n", 6, "must be int"),
        (GOOD + "params: {speed: 1}\n", 6, "unknown parameter"),
        (GOOD + "examples:\n  maybe: []\n", 7, "'conflict' and 'consistent'"),
        ("title: [oops\n", 2, "invalid YAML"),
    ],
)
def test_errors_name_the_file_and_line(tmp_path, text, line, words):
    path = write(tmp_path, text)
    with pytest.raises(RuleError) as error:
        load_rule(path)
    assert error.value.path == str(path)
    assert error.value.line == line
    assert words in error.value.message


def test_missing_key_and_wrong_id(tmp_path):
    with pytest.raises(RuleError, match="missing required key 'message'"):
        load_rule(write(tmp_path, GOOD.replace('message: "{subject}: {values}"\n', "")))
    with pytest.raises(RuleError, match="must equal the file name"):
        load_rule(write(tmp_path, GOOD + "id: other\n"))


def test_duplicate_ids_across_folders_are_rejected(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    write(tmp_path / "a", GOOD)
    write(tmp_path / "b", GOOD)
    with pytest.raises(RuleError, match="duplicate rule id"):
        load_rules([tmp_path / "a", tmp_path / "b"])


def test_the_shipped_pack_loads_and_every_rule_has_both_kinds_of_examples():
    rules = load_rules()
    assert rules
    for rule in rules:
        assert any(e.conflict for e in rule.examples), rule.id
        assert any(not e.conflict for e in rule.examples), rule.id


def test_rule_index_is_generated_from_the_rule_files():
    from factcheck.check.docs import main

    assert main(["--check"]) == 0, "rules/README.md is stale: run python -m factcheck.check.docs"
