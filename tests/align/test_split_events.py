"""Alignment blocks on keys: its cost grows linearly with the facts of a block, not with their square."""
from __future__ import annotations

import time

from factcheck.align import align
from factcheck.cache import paused_gc
from factcheck.model import Fact
from factcheck.normalize.dates import DateValue


def fact(source: str, start: int, place: str | None, ordinal: int | None) -> Fact:
    date = DateValue(2025, 2, 1 + start % 28)
    data = (("date", date), ("ordinal", ordinal), ("place", place), ("trigger", "talks"))
    return Fact(source, start, start + 5, "event", "date", "talks", ("event", "talks"), date.timex, date.display,
                "x", "s", None, data)


def test_align_cost_grows_linearly_with_the_facts_of_a_block():
    def seconds(n: int) -> float:
        facts = [fact(f"{i % 997}.txt", i, None if i % 3 else ["Istanbul", "Riyadh"][i % 2], i % 4 or None)
                 for i in range(n)]
        with paused_gc():  # as in a run: GC passes over the facts would dominate the timing
            start = time.perf_counter()
            groups = align(facts)
        # a third of the facts are placed; most unplaced ones join them (the rest have a document that
        # dates that event on other days only)
        assert sum(len(g.facts) for g in groups) > n // 3
        return time.perf_counter() - start

    small, large = min(seconds(4_000) for _ in range(3)), min(seconds(40_000) for _ in range(3))
    assert large < small * 40  # linear (with sorting): ~10-15x; quadratic would be ~100x
