import time

import pytest

from factcheck.check.patterns import PatternTimeout, compile_pattern
from factcheck.errors import RuleError


def test_a_catastrophic_pattern_stops_at_the_timeout():
    pattern = compile_pattern(r"(a|aa)+$")
    started = time.perf_counter()
    with pytest.raises(PatternTimeout, match=r"\(a\|aa\)\+\$"):
        pattern.search("a" * 80 + "b")
    assert time.perf_counter() - started < 5


def test_an_ordinary_pattern_matches():
    pattern = compile_pattern(r"\bspokes(?:wo)?man\b")
    assert pattern.search("the spokeswoman said").group() == "spokeswoman"
    assert [m.group() for m in pattern.finditer("spokesman, spokeswoman")] == ["spokesman", "spokeswoman"]
    assert pattern.search("spokesperson") is None


@pytest.mark.parametrize("bad", ["(unclosed", "[z-a]", 42])
def test_an_invalid_pattern_is_a_rule_error_naming_the_file(bad):
    with pytest.raises(RuleError) as error:
        compile_pattern(bad, "rules/x.yaml", 7)
    assert str(error.value).startswith("rules/x.yaml:7: ")
