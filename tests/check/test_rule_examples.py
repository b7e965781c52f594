"""Every shipped rule's examples behave as the rule documents (like `factcheck rules test`)."""
import pytest

from factcheck.check import load_rules
from factcheck.check.examples import run_examples

RESULTS = run_examples(load_rules())


@pytest.mark.parametrize("result", RESULTS, ids=[f"{r.rule.id}:{r.example.line}" for r in RESULTS])
def test_rule_example(result):
    assert result.passed, result.describe()
