"""Place resolution: containment chains, "City, Region" pairs, abbreviations, and how two places relate."""
from __future__ import annotations

import pytest

from factcheck.normalize.places import relation, resolve


def chain(name, qualifier=None):
    return [(node.level, node.id or node.name) for node in resolve(name, qualifier).nodes]


def test_cities_countries_and_regions_resolve_to_their_chain():
    assert chain("Istanbul")[0] == ("country", "TR") and chain("Istanbul")[-1][0] == "city"
    assert chain("Riyadh")[0] == ("country", "SA")
    assert chain("Turkey") == [("country", "TR")]
    assert chain("Baytown") == [("country", "US"), ("region", "US-TX"), ("city", "g4672731")]
    assert chain("British Columbia") == [("country", "CA"), ("region", "CA-BC")]
    assert chain("U.S.") == [("country", "US")]


def test_press_abbreviations_of_states_and_provinces():
    assert chain("Ariz.") == chain("Arizona") == [("country", "US"), ("region", "US-AZ")]
    assert chain("B.C.") == [("country", "CA"), ("region", "CA-BC")]


def test_a_city_region_pair_is_resolved_together():
    # the gazetteer's Prague is Czech; in British Columbia it is a town known by name only
    assert chain("Prague", "British Columbia") == [("country", "CA"), ("region", "CA-BC"), ("city", "Prague")]
    assert chain("Prague")[0] == ("country", "CZ")
    assert chain("Bountiful", "B.C.") == [("country", "CA"), ("region", "CA-BC"), ("city", "Bountiful")]
    assert chain("Huntsville", "Texas")[:2] == [("country", "US"), ("region", "US-TX")]
    assert resolve("Huntsville", "Texas").node("city").id  # the Texas town, not Huntsville, Alabama


def test_a_country_the_document_names_decides_between_cities_of_one_name_unless_one_is_far_bigger():
    us = frozenset({"US"})
    assert resolve("Birmingham").node("country").id == "GB"
    assert resolve("Birmingham", None, us).node("region").id == "US-AL"  # a sixth of the English city's size
    # Geneva, Illinois is a ninth of Geneva's size: a story naming the United States still means Switzerland
    assert resolve("Geneva", None, us).node("country").id == "CH"
    assert resolve("Paris", None, us).node("country").id == "FR"
    # the city of that very name comes before a bigger one whose name folds to it
    assert resolve("Milwaukie", None, us).display == "Milwaukie, Oregon, United States"
    assert resolve("Milwaukee", None, us).display == "Milwaukee, Wisconsin, United States"


def test_a_region_the_document_names_decides_between_cities_of_one_country():
    assert resolve("Lancaster", None, frozenset({"US"})).node("region").id == "US-CA"  # the biggest
    assert resolve("Lancaster", None, frozenset({"US", "US-PA"})).node("region").id == "US-PA"
    # Columbia, Tennessee is a quarter of Columbia, South Carolina: still within reach of a hint
    assert resolve("Columbia", None, frozenset({"US", "US-TN"})).node("region").id == "US-TN"
    # a region hint picks no town ten times smaller than the biggest of its name
    assert resolve("Birmingham", None, frozenset({"GB", "GB.ENG", "US-MI"})).node("country").id == "GB"


def test_unknown_names_stay_text_only():
    place = resolve("Gulf of Aden")
    assert not place.resolved and place.display == "Gulf of Aden"


@pytest.mark.parametrize("a, b, expected", [
    (("Istanbul",), ("Turkey",), "nested"),
    (("Riyadh",), ("Saudi Arabia",), "nested"),
    (("Bountiful", "British Columbia"), ("Canada",), "nested"),
    (("Baytown",), ("Texas",), "nested"),
    (("Colorado City", "Arizona"), ("Colorado City", "Ariz."), "same"),
    (("Istanbul",), ("Ankara",), "disjoint"),
    (("Canada",), ("Iceland",), "disjoint"),
    (("Bountiful", "B.C."), ("Iceland",), "disjoint"),
    (("Bountiful", "B.C."), ("Prague", "British Columbia"), "differ"),
    (("Baytown",), ("New Bedford", "Texas"), "differ"),
    (("Bountiful",), ("Bountiful", "B.C."), "same"),  # the bare name's country is only the gazetteer's guess
    (("Brooklyn",), ("New York City",), "unknown"),  # a borough and its city are close: never apart
    (("Gulf of Aden",), ("Somalia",), "unknown"),
    # two towns 25 km apart are two places; a suburb and its city, or towns a few kilometres apart, may be one
    (("Kettering", "Ohio"), ("Xenia", "Ohio"), "disjoint"),
    (("Sandy", "Utah"), ("Salt Lake City", "Utah"), "unknown"),
    (("Fairborn", "Ohio"), ("Dayton", "Ohio"), "unknown"),
    (("Kettering", "Ohio"), ("Centerville", "Ohio"), "unknown"),
    # a Canadian city is in its province; a direction before an area names a part of it
    (("Greater Sudbury",), ("Ontario",), "nested"),
    (("Toronto",), ("Quebec",), "disjoint"),
    (("Greater Sudbury",), ("Northern Ontario",), "nested"),
    (("Southern California",), ("Texas",), "disjoint"),
    (("Northern Ireland",), ("Ireland",), "unknown"),  # a name of its own, never the Republic's north
])
def test_relation(a, b, expected):
    assert relation(resolve(*a), resolve(*b)) == expected
    assert relation(resolve(*b), resolve(*a)) == expected


@pytest.mark.parametrize("word, demonym", [
    ("Australian", True), ("Iraqi", True), ("Chinese", True), ("German", True), ("Peruvian", True), ("Dutch", True),
    ("Scot", True), ("Serb", True), ("Somali", True), ("Nepali", True), ("Ukrainian", True), ("Saudi", True),
    ("Jordan", False), ("Germany", False), ("Brian", False), ("Ryan", False), ("Norman", False),
    ("Tongi", False),  # a town of Bangladesh, not a people of Tonga
])
def test_demonyms_come_from_their_country(word: str, demonym: bool) -> None:
    from factcheck.normalize.places import is_demonym

    assert is_demonym(word) is demonym


def test_towns_of_five_thousand_people_are_known_written_with_a_hyphen_or_a_space():
    assert chain("Merritt")[:2] == [("country", "CA"), ("region", "CA-BC")]  # 7,000 people
    assert chain("Monchique")[0] == ("country", "PT")
    assert chain("Dar es Salaam")[0] == ("country", "TZ")
    assert chain("Jastrzebie-Zdroj")[0] == ("country", "PL")  # "Jastrzębie Zdrój" in the gazetteer
    assert chain("Port Vila")[0] == ("country", "VU")  # "Port-Vila" in the gazetteer
    assert not resolve("Tinco").resolved  # a village: known by name only
