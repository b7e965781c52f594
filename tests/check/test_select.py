import pytest

from factcheck.check import load_rules
from factcheck.check.select import select_rules
from factcheck.errors import UsageError


def test_select_ignore_and_severity_override_by_id_and_family():
    rules = load_rules()
    assert [r.id for r in select_rules(rules, select=("event-date-mismatch",))] == ["event-date-mismatch"]
    assert select_rules(rules, ignore=("events",)) == [r for r in rules if r.family != "events"]
    (rule,) = select_rules(rules, select=("event-date-mismatch",), severity=(("events", "warning"),))
    assert rule.severity == "warning"


def test_unknown_rule_name_is_a_usage_error():
    with pytest.raises(UsageError, match="unknown rule or family 'nope'"):
        select_rules(load_rules(), select=("nope",))
