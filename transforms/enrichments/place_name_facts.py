"""What a batch needs to know of each name of the automaton and of each of its places, learnt once per process.

`places.rows` settles a batch's mentions with numpy on these arrays; only a name with several places is chosen
in Python (`place_choice.choose`).
"""

from __future__ import annotations

import threading
from functools import lru_cache

import numpy as np

from transforms.enrichments.geonames import CITY, COUNTRY, REGION, Place
from transforms.enrichments.members import distinct
from transforms.enrichments.place_choice import anchor, names_its_country, names_its_region, only_country
from transforms.enrichments.place_compounds import towns_only
from transforms.enrichments.place_lone_cities import lone_city
from transforms.enrichments.place_mentions import name_keys
from transforms.enrichments.place_names import ascii_folded, exonyms, folded_names, gazetteer
from transforms.enrichments.place_person_reading import FOLDED, TOWN
from transforms.enrichments.place_rules import rules
from transforms.enrichments.place_teams import team_places
from transforms.enrichments.place_twin_cities import twin_country


class NameFacts:
    """What a batch needs of each name of the automaton, as arrays by name index, and of each place
    as lists by place index, so that a batch's mentions are settled with numpy and only a name with
    several places is chosen in Python (`choose`). One per process; a name is looked up in the
    gazetteer the first time a batch has it (a batch has a few thousand names of the 32,000)."""

    def __init__(self) -> None:
        self.table, self.names, self.rules = gazetteer(), name_keys().names, rules()
        n = len(self.names)
        self.known = np.zeros(n, dtype=bool)
        self.single = np.full(n, -1, dtype=np.int64)  # its one place's index; -1: several places
        self.anchor = np.full(n, -1, dtype=np.int64)  # the country (code index) it names on its own, or -1
        self.country = np.full(n, -1, dtype=np.int64)  # the country its places are all in (a small city's too)
        self.only_countries = np.zeros(n, dtype=bool)  # all its places are countries
        self.context = np.zeros(n, dtype=bool)  # `reading` reads its context
        self.means = np.zeros(n, dtype=bool)  # a name of `rules().means`: its neighbours may make it the state
        self.team = np.zeros(n, dtype=bool)  # a name that opens a team's (`place_teams.team_places`)
        self.big_name = np.zeros(n, dtype=bool)  # one of its places is a city of `city_population` or more
        self.lone_city = np.zeros(n, dtype=bool)  # its one place a city kept alone, though small (`lone_city`)
        # ... or its places one country's cities, kept alone as that country (`twin_country`: its place index, or -1)
        self.twin = np.full(n, -1, dtype=np.int64)
        # a city's name in another language ("Francfort", "Venedig": `place_names.exonyms`), which is that city's and
        # no namesake's: kept, and naming its country, as a city of a million is
        self.exonym = np.zeros(n, dtype=bool)
        # a name of a town of [ambiguity.news_towns]: the table's, the town's own, either without accents ("Zurich",
        # "Sevilla"); not another language's that is also a club's ("Ginebra", Geneva in Spanish: [city_aliases])
        self.town_name = np.zeros(n, dtype=bool)
        # ... the table's names, as written and without accents: folded once per process, not at each `learn` (three
        # a batch part, 170 names each: a tenth of a small part's CPU)
        self.town_names = self.rules.news_towns.keys() | {ascii_folded(name) for name in self.rules.news_towns}
        # a name read as a first name before a capitalised word (`person_reading`): one found without its
        # accents (`place_names.folded_names`: "Hue Jackson") or a town's (`place_compounds.towns_only`)
        self.first_name = np.zeros(n, dtype=np.int8)
        self.index_of = {name: i for i, name in enumerate(self.names)}  # for `reading`'s other names
        self.places: list[Place] = []
        self.place_of: dict[int, int] = {}  # id(place) → its index (the gazetteer keeps every place alive)
        self.codes: list[str] = []  # country codes, by index
        self.code_of: dict[str, int] = {}
        self.place_code: list[int] = []  # per place: its country code's index
        self.small_city: list[bool] = []  # per place: a city kept only where its article names its country
        # per place: a country, region or capital, or a city whose name holds its country's ("Antigua
        # Guatemala") or its region's ("Santa Cruz de Tenerife"), which names its country for small cities
        self.area: list[bool] = []
        self.named_region: list[bool] = []  # per place: a region of `named_regions` ("Victoria", Australia's state)
        self.capital: list[bool] = []  # per place: a national capital of [ambiguity.capitals] (no person rule)
        # per place: a city of `city_population` or more (`Rules.big_city`), which names its country for small
        # cities once a mention is settled as it (Dublin, Ireland, beside Dublin, Ohio: "in Dublin and Cork")
        self.big_city: list[bool] = []
        # per place: a town of [ambiguity.news_towns], kept and naming its country where the article names none
        self.news_town: list[bool] = []
        # per place: a city's state or province (its country and admin1, numbered; -1 without one), where a news town
        # of the article lets in its small towns ("machinists in Seattle ... the Renton factory")
        self.state: list[int] = []
        self.state_of: dict[tuple[str, str], int] = {}
        # places kept wherever: the capital "Washington", and the national capitals of fewer than a million
        self.big = frozenset(self.rules.means.values()) | self.rules.capitals
        self._arrays: dict[str, np.ndarray] = {}  # the per-place lists as arrays, as far as made (`array`)
        # Batches in threads of one process (a Dask worker's, the flow's own in flight) number places and codes in
        # turn: two at once took one number for two places, or put a place's facts at another's index.
        self._numbering = threading.RLock()

    def learn(self, index: np.ndarray) -> None:
        """Fill in the names (indexes) not met before."""
        r = self.rules
        folded, other_languages = folded_names(), exonyms()
        for n in distinct(index[~self.known[index]]).tolist():
            name = self.names[n]
            candidates = self.table[name]
            numbers = [self.place(p) for p in candidates]
            if len(numbers) == 1:
                self.single[n] = numbers[0]
            code = anchor(candidates, r)
            if code:
                self.anchor[n] = self.code(code)
            code = only_country(candidates) if name not in r.means else None  # Washington hints no country either
            if code:
                self.country[n] = self.code(code)
            self.means[n] = name in r.means
            self.team[n] = name in team_places()
            self.big_name[n] = any(map(r.big_city, candidates))
            self.lone_city[n] = lone_city(name, candidates, r)
            if (country := twin_country(name, candidates, r)) is not None:
                self.twin[n], self.lone_city[n] = self.place(country), True
            self.exonym[n] = name in other_languages
            self.town_name[n] = name in self.town_names or any(
                p.geonames_id in r.news_town_ids and name in (p.name, ascii_folded(p.name)) for p in candidates)
            self.first_name[n] = FOLDED if name in folded else TOWN if towns_only(candidates) else 0
            self.only_countries[n] = all(p.kind == COUNTRY for p in candidates)
            self.context[n] = name in r.read_context
            self.known[n] = True

    def array(self, column: str, dtype: type) -> np.ndarray:
        """Return a per-place list (`small_city`, `place_code`...) as an array, by place index: the one made before,
        extended by the places numbered since (a batch numbers a few new ones; made anew at each batch it cost more
        and more as a worker met more places).

        >>> facts = NameFacts()
        >>> first = facts.place(facts.table["Paris"][0])
        >>> facts.array("small_city", bool).tolist() == facts.small_city, facts.array("place_code", np.int64).dtype
        (True, dtype('int64'))
        >>> second = facts.place(facts.table["Berlin"][0])  # ... and a place met after: in the array too
        >>> facts.array("place_code", np.int64).tolist() == facts.place_code, len(facts.place_code)
        (True, 2)
        """
        values = getattr(self, column)
        made = self._arrays.get(column)
        if made is None or len(made) < len(values):
            new: np.ndarray = np.array(values[0 if made is None else len(made):], dtype=dtype)
            made = self._arrays[column] = new if made is None else np.concatenate([made, new])
        return made

    def place(self, p: Place) -> int:
        """Return a place's index, numbering it on first sight (its number known only once its facts are listed)."""
        number = self.place_of.get(id(p))
        if number is not None:
            return number
        with self._numbering:
            number = self.place_of.get(id(p))
            if number is None:
                number = len(self.places)
                self.places.append(p)
                self.place_code.append(self.code(p.country_code))
                # a region of `named_regions` ("Victoria") is kept as a small city is, and names no country for others
                named = p.kind == REGION and p.name in self.rules.named_regions
                self.small_city.append(named or (p.kind == CITY and not self.rules.big_city(p)
                                                 and p.geonames_id not in self.big))
                self.area.append(not named and (p.kind != CITY or p.geonames_id in self.rules.capitals
                                                or names_its_country(p) or names_its_region(p)))
                self.named_region.append(named)
                self.capital.append(p.geonames_id in self.rules.capitals)
                self.big_city.append(self.rules.big_city(p))
                self.news_town.append(p.geonames_id in self.rules.news_town_ids)
                self.state.append(self.state_of.setdefault((p.country_code, p.admin1), len(self.state_of))
                                  if p.kind == CITY and p.admin1 else -1)
                self.place_of[id(p)] = number
        return number

    def code(self, country_code: str) -> int:
        """Return a country code's index, numbering it on first sight."""
        number = self.code_of.get(country_code)
        if number is not None:
            return number
        with self._numbering:
            number = self.code_of.get(country_code)
            if number is None:
                number = len(self.codes)
                self.codes.append(country_code)
                self.code_of[country_code] = number
        return number


@lru_cache(maxsize=1)
def name_facts() -> NameFacts:
    """Return the process's facts of the names met so far (`NameFacts.learn` adds a batch's new ones)."""
    return NameFacts()


def named_elsewhere(info: NameFacts, place: np.ndarray, name: np.ndarray, article: np.ndarray,
                    named_keys: np.ndarray, codes: int) -> np.ndarray:
    """Return, per mention, whether it is settled on a region of `named_regions` whose article names, besides the
    region's country, a country of a city of the name: "Canadian police in Victoria", "Victoria, the capital of
    Seychelles" are no Australian state, though the story names Australia too (`named_keys`: article × country keys,
    `codes` of them an article). Not the US, which most stories name ("Victoria, Texas" names its state)."""
    out = np.zeros(len(place), dtype=bool)
    # each mention's article × other country keys, found among the batch's in one pass over them: `np.isin` of a
    # mention's few keys sorted all of the batch's, a millisecond a mention (a batch has a few)
    at: list[int] = []
    keys: list[int] = []
    for i in np.flatnonzero(info.array("named_region", bool)[place]).tolist():
        own = info.places[int(place[i])].country_code
        others = {p.country_code for p in info.table[info.names[int(name[i])]] if p.kind == CITY} - {own, "US"}
        at += [i] * len(others)
        keys += [int(article[i]) * codes + info.code(c) for c in others]
    if keys:
        named = set(named_keys[np.isin(named_keys, keys)].tolist())
        out[[i for i, key in zip(at, keys, strict=True) if key in named]] = True
    return out
