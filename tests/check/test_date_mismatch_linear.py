"""date-mismatch finds the clashing values in linear time; it must agree with the pairwise definition."""
from __future__ import annotations

import itertools
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.check.kinds.date_mismatch import clashing_values, compatible
from factcheck.normalize.dates import DateValue

maybe = lambda strategy: st.none() | strategy  # noqa: E731
single = st.builds(
    DateValue,
    year=maybe(st.integers(2023, 2026)),
    month=maybe(st.integers(1, 12)),
    day=maybe(st.integers(1, 31)),
    weekday=maybe(st.integers(1, 7)),
    week=maybe(st.integers(1, 52)),
    quarter=maybe(st.integers(1, 4)),
    half=maybe(st.integers(1, 2)),
    season=maybe(st.sampled_from(["SP", "SU", "FA", "WI"])),
    decade=maybe(st.sampled_from([1990, 2000, 2020])),
    ref=st.sampled_from([None, None, None, "PAST_REF"]),
    from_weekday=st.booleans(),
    century=maybe(st.sampled_from([19, 20])),
    weekend=st.booleans(),
    year_inferred=st.booleans(),
    mod=maybe(st.sampled_from(["START", "MID", "END"])),
)
# mostly the plain values news has (days, months, year-less days), plus anything at all
plain = st.builds(DateValue, year=maybe(st.integers(2024, 2025)), month=st.integers(1, 12), day=maybe(st.integers(1, 28)))
value = plain | single | st.builds(lambda a, b: DateValue(a.year, a.month, a.day, end=b), plain, plain)


def pairwise(values: dict[str, DateValue], tolerance: int) -> set[str]:
    found: set[str] = set()
    for left, right in itertools.combinations(sorted(values), 2):
        if not compatible(values[left], values[right], tolerance):
            found.update((left, right))
    return found


@settings(max_examples=400, deadline=None)
@given(st.lists(value, max_size=12), st.integers(0, 40))
def test_clashing_values_equal_the_pairwise_definition(values, tolerance):
    keyed = {str(i): v for i, v in enumerate(values)}
    assert clashing_values(keyed, tolerance) == pairwise(keyed, tolerance)


def test_many_values_do_not_cost_their_square():
    values = {f"{m}-{d}-{y}": DateValue(y, m, d) for y in (2024, 2025) for m in range(1, 13) for d in range(1, 29)}
    values.update({f"--{m}-{d}": DateValue(None, m, d) for m in range(1, 13) for d in range(1, 29)})
    start = time.perf_counter()
    assert len(clashing_values(values)) == len(values)
    assert time.perf_counter() - start < 0.5  # pairwise: ~1,000 values → 500,000 comparisons, seconds
