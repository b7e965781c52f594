"""Shared values: facts rebuilt from a pool are equal to the originals and share repeats exactly."""
from __future__ import annotations

import pickle

from factcheck.cache import codec
from factcheck.cache.share import Pool
from factcheck.model import Fact
from factcheck.normalize.dates import DateValue


def fact(source: str, value: object, text: str = "six hours") -> Fact:
    data = (("exact", True), ("low", value), ("unit", "hour"))
    return Fact(source, 3, 12, "quantity", "count", "hour", ("quantity", "hour"), str(value), text, text,
                "They talked for " + text + ".", None, data)


def test_pooled_facts_equal_the_originals_and_share_repeated_values():
    originals = [fact("a.txt", 6), fact("a.txt", 6), fact("b.txt", 6)]
    shared = Pool().facts(originals)
    assert shared == originals
    assert shared[0].data is shared[2].data and shared[0].key is shared[1].key
    assert shared[0].sentence is shared[2].sentence


def test_values_equal_but_of_another_type_stay_apart():
    shared = Pool().facts([fact("a.txt", 2), fact("a.txt", 2.0), fact("a.txt", True)])
    lows = [f.get("low") for f in shared]
    assert [type(v) for v in lows] == [int, float, bool]
    assert shared[0].data is not shared[1].data


def test_other_values_are_kept_as_they_are():
    date = DateValue(2025, 2, 27)
    original = Fact("a.txt", 0, 5, "event", "date", "talks", ("event", "talks"), "2025-02-27", "27 February",
                    "Feb 27", "On Feb 27.", "officials", (("date", date),))
    (shared,) = Pool().facts([original])
    assert shared == original and shared.get("date") is date


def test_shared_facts_round_trip_through_the_cache_codec_smaller():
    originals = [fact("a.txt", n % 3, text=f"{n % 3} hours") for n in range(60)]
    shared = Pool().facts(originals)
    assert codec.decode(codec.encode(shared)) == originals
    assert len(codec.encode(shared)) < len(pickle.dumps(originals, protocol=codec.PROTOCOL))
