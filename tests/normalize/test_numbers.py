import math

import pytest

from factcheck.normalize.numbers import interval, parse_number, qualifier_before, rounding_of


@pytest.mark.parametrize(
    "tokens, value",
    [
        (["23"], 23), (["2,290"], 2290), (["1.5", "million"], 1_500_000), (["twenty", "-", "three"], 23),
        (["eleven"], 11), (["two", "hundred", "and", "fifty"], 250), (["a", "dozen"], 12), (["2", "1/2"], 2.5),
        (["100", "billion"], 100_000_000_000), (["two", "dozen"], 24), (["three", "dozen"], 36),
    ],
)
def test_parse_number(tokens, value):
    assert parse_number(tokens) == value


def test_not_a_number():
    assert parse_number(["rebounds"]) is None
    assert parse_number([]) is None


@pytest.mark.parametrize(
    "text, rule",
    [("more than ", "over"), ("over ", "over"), ("at least ", "least"), ("nearly ", "nearly"),
     ("about ", "about"), ("up to ", "most"), ("fewer than ", "under"), ("around $", "about")],
)
def test_qualifiers(text, rule):
    found = qualifier_before("it was " + text, len("it was " + text))
    assert found is not None and found[0] == rule


def test_no_qualifier_inside_a_word():
    assert qualifier_before("the cover ", 10) is None


def test_intervals_overlap_as_the_spec_says():
    assert interval(6, "over").overlaps(interval(7))  # "over six hours" vs "seven hours"
    assert not interval(6).overlaps(interval(5))  # six vs five properties
    assert interval(100, "about").overlaps(interval(98))  # about 100 vs 98
    assert interval(920, "over").overlaps(interval(923))
    assert interval(20, "over").overlaps(interval(23))
    assert not interval(20, "under").overlaps(interval(23))
    assert interval(20, high=30).overlaps(interval(25))
    assert interval(100).overlaps(interval(104), tolerance=0.05)
    assert not interval(100).overlaps(interval(110), tolerance=0.05)
    assert math.isinf(interval(5, "at least" and "least").high)


def test_canonical_values():
    assert interval(23).canonical == "23"
    assert interval(20, "over").canonical == ">20"
    assert interval(100, "about").canonical == "~100"
    assert interval(20, high=30).canonical == "20-30"


def test_a_whole_number_of_millions_may_be_rounded_and_a_plain_whole_number_is_not():
    def written(tokens):
        value = parse_number(tokens)
        return interval(value, rounding=rounding_of(tokens, value))

    assert written(["594", "million"]).overlaps(written(["593.8", "million"]))  # "$594 million" budget, rounded
    assert not written(["82", "million"]).overlaps(written(["72", "million"]))
    assert not written(["594", "million"]).overlaps(written(["595.1", "million"]))
    assert not written(["23"]).overlaps(written(["24"]))
    assert not written(["1,200"]).overlaps(written(["1,201"]))
