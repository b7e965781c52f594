"""split_events indexes places by source and ordinal; it must behave as the plain definition."""
from __future__ import annotations

import time
from collections import defaultdict

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.align import align
from factcheck.align.events import split_events
from factcheck.model import Fact


def fact(source: str, start: int, place: str | None, ordinal: int | None) -> Fact:
    data = (("date", None), ("ordinal", ordinal), ("place", place), ("trigger", "talks"))
    return Fact(source, start, start + 5, "event", "date", "talks", ("event", "talks"), "2025", "2025", "x", "s", None, data)


def reference(facts: list[Fact]) -> dict[str, list[Fact]]:
    """The definition, scanning every placed fact for each unplaced one (quadratic)."""
    by_place: dict[str, list[Fact]] = defaultdict(list)
    names: dict[str, str] = {}
    unplaced = []
    for f in facts:
        place = f.get("place")
        if place:
            names.setdefault(place.casefold(), place)
            by_place[place.casefold()].append(f)
        else:
            unplaced.append(f)
    for f in unplaced:
        home = None
        if len(by_place) == 1:
            home = next(iter(by_place))
        elif by_place:
            same = {k for k, ms in by_place.items() if f.get("ordinal") is not None
                    and any(m.get("ordinal") == f.get("ordinal") for m in ms)}
            own = {k for k, ms in by_place.items() if any(m.source == f.source for m in ms)}
            home = same.pop() if len(same) == 1 else own.pop() if len(own) == 1 else None
        if home is not None:
            by_place[home].append(f)
        elif not by_place:
            by_place[""].append(f)
    return {(f"{names[k]} talks" if k else "talks"): v for k, v in by_place.items()}


facts_strategy = st.lists(
    st.builds(fact, st.sampled_from(["a.txt", "b.txt", "c.txt", "d.txt"]), st.integers(0, 500),
              st.sampled_from([None, None, "Istanbul", "istanbul", "Riyadh", "Moscow"]),
              st.sampled_from([None, None, 1, 2, 3])),
    min_size=1, max_size=25,
)


@settings(max_examples=300, deadline=None)
@given(facts_strategy)
def test_split_events_equals_the_definition(facts):
    assert split_events(facts) == reference(facts)


def test_align_cost_grows_linearly_with_the_facts_of_a_block():
    def seconds(n: int) -> float:
        facts = [fact(f"{i % 997}.txt", i, None if i % 3 else ["Istanbul", "Riyadh"][i % 2], i % 4 or None)
                 for i in range(n)]
        start = time.perf_counter()
        align(facts)
        return time.perf_counter() - start

    small, large = min(seconds(4_000) for _ in range(3)), min(seconds(40_000) for _ in range(3))
    assert large < small * 25  # quadratic would be ~100x
