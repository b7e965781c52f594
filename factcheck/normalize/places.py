"""Places: a name as written → its containment chain (country → region → city), and how two places relate.

"Prague, British Columbia" is resolved as a pair: Prague is looked for in
British Columbia, and when the gazetteer has no such city the place is a city
known only by its name, in British Columbia, Canada.  A name the gazetteer
does not know and nothing qualifies stays text only.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from factcheck.normalize import gazetteer
from factcheck.normalize.gazetteer import Area, City

LEVELS = ("country", "region", "city")
#: Countries whose cities the gazetteer places in ISO 3166-2 regions, as their states and provinces are named.
ISO_REGIONS = ("US-", "CA-")
#: Two gazetteer cities closer than this may be a city and its borough or suburb ...
NEAR_KM = 40.0
#: ... when one of them has this many people; two smaller towns this far apart are two places (Kettering
#: and Xenia, Ohio, 25 km apart), though a town's own suburb may be a few kilometres off its centre.
METRO_POPULATION = 100_000
TOWN_KM = 10.0
#: A place written "near" or "outside" a town is anywhere this close to it: "near Moycullen" and "near
#: Oughterard", 15 km apart, may be one spot between them; "near Ålesund" and "near Kristiansund" may not.
AROUND_KM = 30.0


@dataclass(frozen=True, order=True)
class Node:
    """One level of a place; ``id`` is empty when the level is known by name only."""

    level: str
    id: str
    name: str
    latitude: float | None = None
    longitude: float | None = None
    metro: bool = False  # a city of METRO_POPULATION or more (a flag, not the number: facts hold many nodes)


@dataclass(frozen=True, order=True)
class Place:
    text: str  # as written: "Bountiful, B.C."
    nodes: tuple[Node, ...] = ()  # country first
    around: bool = False  # written "near" or "outside" it: somewhere within AROUND_KM

    def __hash__(self) -> int:
        # Equal places have equal text; hashing every node too (the dataclass's own hash) made hashing
        # places in sets and dict keys the larger part of checking places.
        return hash(self.text)

    @property
    def resolved(self) -> bool:
        return any(node.id for node in self.nodes)

    @property
    def display(self) -> str:
        """"Bountiful, British Columbia, Canada"; the text itself when nothing is known."""
        names = [node.name for node in reversed(self.nodes) if node.name]
        return ("near " if self.around else "") + (", ".join(names) if names else self.text)

    def node(self, level: str) -> Node | None:
        for node in self.nodes:
            if node.level == level:
                return node
        return None


#: How many times bigger a city in a country the document does not name must be to win over one in a
#: country it names.
HINT_OUTWEIGHED = 8


@lru_cache(maxsize=16384)
def resolve(name: str, qualifier: str | None = None, hints: frozenset[str] = frozenset()) -> Place:
    """The place ``name`` (in ``qualifier``, a region or country, when given) names.

    ``hints`` are the countries and regions the document names: of several cities called
    ``name``, one in a hinted country wins over a bigger one elsewhere, unless
    that one is ``HINT_OUTWEIGHED`` times as big ("Geneva" stays in Switzerland
    in a story that names the United States, as nearly every story does).
    """
    text = f"{name}, {qualifier}" if qualifier else name
    area = area_named(qualifier) if qualifier else None
    if area is None:
        head, _, last = name.rpartition(" ")
        own = area_named(head) if last in REGION_WORDS else None
        return Place(text, _area_nodes(own) if own is not None else _bare(name, hints))
    city = city_in(name, area)
    if city is not None:
        return Place(text, _city_nodes(city, area))
    own = area_named(name)
    if own is not None:
        return Place(text, _area_nodes(own))
    return Place(text, _area_nodes(area) + (Node("city", "", name),))


#: Words that make a region of the name before them: "Oyo State" is the state, not its town of Oyo.
REGION_WORDS = frozenset("State Province Region Prefecture Governorate Oblast Department Territory".split())


def area_named(name: str) -> Area | None:
    """A country or first-level region called ``name``."""
    return gazetteer.country(name) or gazetteer.region(name)


def is_area(name: str) -> bool:
    return area_named(name) is not None


#: Demonyms not made from their country's name by a suffix.
IRREGULAR_DEMONYMS = frozenset("dutch french swiss greek welsh irish scottish norwegian thai filipino danish "
                               "belgian argentine scot scots brit brits swede swedes dane danes finn finns pole poles "
                               "turk turks serb serbs croat croats czech czechs slovak slovaks afghan afghans bosnian "
                               "burmese cypriot emirati icelandic ivorian kazakh korean kosovar kyrgyz laotian lebanese "
                               "malagasy montenegrin mozambican palestinian salvadoran saudi tajik turkmen ukrainian "
                               "uzbek bengali kashmiri catalan basque bavarian tigrayan".split())


@lru_cache(maxsize=4096)
def is_demonym(word: str) -> bool:
    """Whether ``word`` is made from the name of a country or region: "Australian", "Iraqi", "Chinese"
    (not the name itself: "Jordan" may be a person)."""
    word = word.lower()
    if word in IRREGULAR_DEMONYMS:
        return True
    if not word.endswith(("an", "ese", "ish", "i")):
        return False
    if word.endswith("i"):  # Iraq-i, Nepal-i, Somali-a; not Tong-a ("Tongi" is a town)
        return any(len(stem) > 2 and _people_of(area_named(stem)) for stem in (word[:-1], word + "a"))
    stems = (word[:-1], word[:-2], word[:-3], word[:-1] + "a", word[:-2] + "a", word[:-3] + "a", word[:-3] + "y",
             word[:-2] + "o", word[:-1] + "s", word + "y", word[:-4])
    # Iraq-i, Kenya-n, Japan-ese, Chin-ese, Ital-ian, Mexic-an, Texa-n, German-y, Peru-vian
    if word.endswith("ish"):  # Turk-ey, Swed-en, Engl-and, Fin-land, Spa-in, Brit-ain
        stems += (word[:-3] + "ey", word[:-3] + "en", word[:-3] + "and", word[:-4] + "land", word[:-4] + "in",
                  word[:-3] + "ain")
    return any(len(stem) > 2 and _people_of(area_named(stem)) for stem in stems)


#: A country with more first-level regions than this has municipalities at that level (Slovenia's "Muta"):
#: no people are named after them ("Mutai" is a runner, no Mutan).
MAX_NAMED_REGIONS = 60


def _people_of(area: Area | None) -> bool:
    """Whether an area names a people: a country, or a region of a country of few ("Texan", "Punjabi")."""
    if area is None:
        return False
    return not area.region or gazetteer.regions_in(area.country) <= MAX_NAMED_REGIONS


def is_place(name: str) -> bool:
    """Whether the gazetteer knows ``name`` on its own: "San Francisco" opens with a given name but is a
    city, "Trenton" is one, "Facebook" is none."""
    return resolve(name).resolved


def _bare(name: str, hints: frozenset[str]) -> tuple[Node, ...]:
    """A name without qualifier: a country, a US state or Canadian province, a city, another region."""
    area = gazetteer.country(name)
    if area is not None:
        return _area_nodes(area)
    area = gazetteer.region(name)
    if area is not None and area.country in ("US", "CA"):
        return _area_nodes(area)  # "New York", "Quebec": the state or province rather than its city
    found = gazetteer.cities(name)
    if found:
        biggest = max(city.population for city in found)
        regional = [city for city in found if city.region in hints and city.population * HINT_OUTWEIGHED >= biggest]
        if regional:
            return _city_nodes(regional[0], None)  # "Lancaster" in a story that names Pennsylvania
        if found[0].country in hints:
            return _city_nodes(found[0], None)  # "Milwaukie" in Oregon, not the bigger "Milwaukee" it folds to
        hinted = [city for city in found if city.country in hints and city.population * HINT_OUTWEIGHED >= biggest]
        return _city_nodes(hinted[0] if hinted else found[0], None)
    if area is not None and area.country in hints:
        return _area_nodes(area)  # "Punjab" in a story that names Pakistan; never "Central" or "Gulf" alone
    first, _, rest = name.partition(" ")
    if first in DIRECTIONS and rest and area is None:
        # "Northern Ontario", "Southern California": a part of the area, when not a name of its own
        # ("Western Australia", "Central Java" are found above)
        within = gazetteer.country(rest) or gazetteer.region(rest)
        if within is not None and (within.country in ("US", "CA") or within.country in hints or not within.region):
            return _area_nodes(within)
    return ()


#: Words that name a part of the area after them: "Northern Ontario", "Eastern Europe" is none (no area).
DIRECTIONS = frozenset("Northern Southern Eastern Western Central Upper Lower Northeastern Northwestern "
                       "Southeastern Southwestern".split())


def city_in(name: str, area: Area) -> City | None:
    """The city ``name`` in ``area``, if the gazetteer knows one (in the US, in that very state)."""
    for city in gazetteer.cities(name):
        if city.country == area.country and (not area.region or not area.region.startswith(ISO_REGIONS)
                                             or city.region == area.region):
            return city
    return None


def _area_nodes(area: Area) -> tuple[Node, ...]:
    country = gazetteer.country_named(area.country)
    top = Node("country", area.country, country.name if country else area.country)
    if not area.region:
        return (top,)
    return (top, Node("region", area.region, area.name))


def _city_nodes(city: City, area: Area | None) -> tuple[Node, ...]:
    if area is not None and area.region:
        above = _area_nodes(area)
    else:
        region = gazetteer.region_by_code(city.region) if city.region.startswith(ISO_REGIONS) else None
        above = _area_nodes(region) if region else _area_nodes(Area(city.country, "", ""))
        if region is None and city.region:
            above = above + (Node("region", city.region, ""),)
    return above + (Node("city", city.id, city.name, city.latitude, city.longitude,
                          city.population >= METRO_POPULATION),)


def relation(a: Place, b: Place) -> str:
    """How two places relate: "same", "nested" (one contains the other), "disjoint" (both known,
    apart), "differ" (different names at a level one side knows by name only) or "unknown"."""
    if a.text.casefold() == b.text.casefold() or _leaf_name(a) == _leaf_name(b):
        return "disjoint" if _apart(a, b) else "same"
    if not a.nodes or not b.nodes:
        return "unknown"
    uncertain = False
    for level in LEVELS:
        left, right = a.node(level), b.node(level)
        if left is None or right is None:
            if left is None and right is None:
                continue
            return "unknown" if uncertain else "nested"
        if left.id and right.id:
            if left.id == right.id:
                continue
            if _scheme(left.id) != _scheme(right.id):
                uncertain = True
                continue
            if level == "city" and _near(left, right, AROUND_KM if a.around or b.around else 0.0):
                return "unknown"
            return "disjoint"
        if _same_name(left, right):
            continue
        if not left.name or not right.name:
            uncertain = True
            continue
        return "differ"
    return "unknown" if uncertain else "same"


def _apart(a: Place, b: Place) -> bool:
    """The same name qualified by two different regions or countries: Vancouver, B.C. / Vancouver, Wash."""
    if "," not in a.text or "," not in b.text:
        return False  # a bare name's country is the gazetteer's guess, the text's own name is surer
    for level in ("country", "region"):
        left, right = a.node(level), b.node(level)
        if left and right and left.id and right.id and _scheme(left.id) == _scheme(right.id) and left.id != right.id:
            return True
    return False


def _leaf_name(place: Place) -> str:
    leaf = place.nodes[-1].name if place.nodes and place.nodes[-1].name else place.text.split(",")[0]
    return gazetteer.fold(leaf)


def _same_name(left: Node, right: Node) -> bool:
    return bool(left.name) and gazetteer.fold(left.name) == gazetteer.fold(right.name)


def _scheme(region_id: str) -> str:
    """ISO 3166-2 ids ("CA-BC") and geonames ids ("CA.02") name regions differently: never compare across."""
    return "geonames" if "." in region_id else "iso"


def _near(left: Node, right: Node, around: float = 0.0) -> bool:
    if None in (left.latitude, left.longitude, right.latitude, right.longitude):
        return False
    lat1, lon1, lat2, lon2 = map(math.radians, (left.latitude, left.longitude, right.latitude, right.longitude))  # type: ignore[arg-type]
    cosine = math.sin(lat1) * math.sin(lat2) + math.cos(lat1) * math.cos(lat2) * math.cos(lon1 - lon2)
    reach = max(NEAR_KM if left.metro or right.metro else TOWN_KM, around)
    return 6371.0 * math.acos(max(-1.0, min(1.0, cosine))) < reach
