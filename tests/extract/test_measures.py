"""Magnitudes: the story's quake read in its usual forms; other shocks, other years and look-alikes not."""
from __future__ import annotations

import datetime as dt

import pytest

from factcheck.extract.measures import measure_facts
from factcheck.model import Sentence

PUBLISHED = dt.date(2016, 8, 24)


def magnitudes(text: str, published: dt.date | None = PUBLISHED) -> list[tuple[str, str]]:
    facts = measure_facts("a.md", Sentence(10, 10 + len(text), text), lambda _: None, published)
    for fact in facts:
        assert text[fact.start - 10:fact.end - 10] == fact.text
        assert (fact.kind, fact.attribute, fact.key) == ("quantity", "magnitude", ("quantity", "magnitude"))
    return [(f.value, f.text) for f in facts]


@pytest.mark.parametrize("text, expected", [
    ("The magnitude 6.2 quake hit at 3:36 a.m. near Norcia.", [("6.2", "magnitude 6.2")]),
    ("The 6.0 magnitude quake struck at 3:36 a.m.", [("6", "6.0 magnitude")]),
    ("The magnitude-6.2 quake struck at 03:36 local time.", [("6.2", "magnitude-6.2")]),
    ("It had a preliminary magnitude of 6.4, the USGS said.", [("6.4", "magnitude of 6.4")]),
    ("The quake measured 6.2 on the Richter scale.", [("6.2", "6.2 on the Richter")]),
    ("A 7.0 earthquake struck Haiti.", [("7", "A 7.0 earthquake")]),
    ("A 6.2-magnitude earthquake struck on Aug. 24, 2016.", [("6.2", "6.2-magnitude")]),  # this year's quake
    ("The quake had a magnitude of 6.2, and an aftershock of 5.1 followed.", [("6.2", "magnitude of 6.2")]),
    ("An M6.2 quake struck central Italy.", [("6.2", "M6.2")]),
    ("The USGS rated the quake M 6.1.", [("6.1", "M 6.1")]),
])
def test_the_storys_quake_is_read_in_every_usual_form(text, expected):
    assert magnitudes(text) == expected


@pytest.mark.parametrize("text", [
    "It was the strongest quake in the area since 2009, when a 6.3 temblor killed more than 300 people.",
    "Dozens of aftershocks followed, including a magnitude 5.5 shock.",
    "The quake, the strongest since a 6.9 quake in 1980, was felt in Rome.",
    "In 1980 a magnitude 6.9 quake killed 2,914 people.",
    "The magnitude of the disaster was clear.",  # no value
    "He was paid 6.2 million dollars after the quake.",  # no scale word
    "The 2 quakes hit on Monday.",  # a count, not a magnitude
    "Shares fell 6.2 percent after the quake.",
    "Soldiers with M16 rifles guarded the quake zone.",  # a rifle
    "The M1.5 road was closed after the flood.",  # no quake word: not read
])
def test_other_shocks_other_years_and_look_alikes_give_no_magnitude(text):
    assert magnitudes(text) == []


def test_a_year_without_a_publication_date_is_taken_for_another_quakes():
    assert magnitudes("A 6.2-magnitude earthquake struck on Aug. 24, 2016.", published=None) == []
