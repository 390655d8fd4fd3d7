"""A town its sentence calls one ("Novorossiysk, the Black Sea port", "the city of Bukavu"), though no country is named.

A city under a million is kept only where its article names its country (`places.rows`), as a small town's name is
as often a person's or a word. A writer who says what the name is settles that: an apposition of a town's noun
after it ("Novorossiysk, the Black Sea port,", "Kostiantynivka, a frontline city in Donetsk") or a town's noun and
"of" before it ("the port of Hodeidah", "the city of Bukavu"). Where the gazetteer has one place of that name it is
that place. The noun must end the apposition or lead to its place ("of", "in", "on", a comma): "Tyler, the city
manager, said", "Walker, the town's mayor" and "Tyler, the mayor of the city," describe a person. A town so
described names its country for the article's small towns, as a city of a million does ("Uvira, the lakeside town
south of Bukavu": the DRC's Bukavu).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

import numpy as np

from transforms.enrichments.place_table import places_toml

_NOUNS = r"(?:city|town|village|port|capital|stronghold|hub|seaport|harbour|harbor)"
# The words between the article and the noun describe the town ("the Black Sea port", "a frontline city"): no function
# word, which makes the noun another's ("Tyler, the mayor of the city,", "Durant, a resident of the town,", "Sutton,
# an MP in the capital," are people)
_MODIFIER = r"(?!(?:of|the|a|an|in|for|to|at|on|by|from|with|and|or|its|his|her|their|our)\b)[\w'-]+ "
# ... and the noun ends the apposition or leads to its place: ", the lakeside town south of", ", a city in"
_LEADS = (r"[,.;:)]| (?:of|in|on|near|outside|where|which|that)\b"
          r"| (?:just |some )?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of\b")
# after the mention: ", the Black Sea port," ", a frontline city in", ", the regional capital."
_AFTER = re.compile(rf", (?:the|a|an) (?:{_MODIFIER}){{0,3}}{_NOUNS}(?={_LEADS})")
# before it: "the port of ", "the southern city of ", "the frontline town of "
# ... or an aside whose speaker is the town's, the name the subject of the sentence it interrupts: "Nice, the city's
# mayor said, would ban cruise ships" ("Nice, the city's mayor, said" is the mayor: `place_words.role_follows`)
_ASIDE = re.compile(rf", the {_NOUNS}['’]s (?:[\w'-]+ ){{1,3}}(?:said|says|told \w+|added|announced|confirmed),")
_BEFORE = re.compile(rf"\bthe (?:[\w'-]+ ){{0,2}}{_NOUNS} of $", re.IGNORECASE)
_LONGEST = 60


def _ends_as_before(text: str, start: int) -> bool:
    r"""Return whether the text up to `start` ends as a match of `_BEFORE` must, with " of " (any case, a line break
    after it or not): most mentions do not, and the pattern's search tries it at each of their 60 characters.

    >>> [_ends_as_before(t, len(t)) for t in ("the city OF ", "the port of \n", "the city of", "left for ")]
    [True, True, False, False]
    """
    tail = text[max(0, start - 5):start].lower()
    return tail.endswith((" of ", " of \n"))


def called_town(text: str, end: int) -> bool:
    """Return whether an apposition after the name ending at `end` calls it a town, or an aside speaks for it as one:
    a word that is also a name ("Nice", "Reading") is the place so.

    >>> [called_town(t, 4) for t in ("Nice, the Riviera city, hosted", "Nice, the city's mayor said, would ban",
    ...                              "Nice, the city's mayor, said", "Nice, he said, was the word")]
    [True, True, False, False]
    """
    # both open with ", ": most names are followed by none, and are read here with no pattern tried
    return text.startswith(", ", end) and bool(_AFTER.match(text, end, end + _LONGEST)
                                               or _ASIDE.match(text, end, end + _LONGEST))


def described_towns(text: str, start: np.ndarray, end: np.ndarray, candidates: np.ndarray) -> np.ndarray:
    """Return, per mention, whether it is one of the `candidates` (the mentions to look at: small towns of one place
    left out) that its sentence calls a town, a city or a port.

    >>> text = "Drones hit Novorossiysk, the Black Sea port, and the city of Bukavu. Tyler, the city manager, said"
    >>> described_towns(text, np.array([11, 61, 69]), np.array([23, 67, 74]), np.array([True, True, True])).tolist()
    [True, True, False]
    """
    out = np.zeros(len(start), dtype=bool)
    for i in np.flatnonzero(candidates).tolist():
        s, e = int(start[i]), int(end[i])
        out[i] = called_town(text, e) or (_ends_as_before(text, s)
                                           and bool(_BEFORE.search(text[max(0, s - _LONGEST):s])))
    return out


# What leads from a town to the place that locates it: "the town of Shaw, near Oldham", "Shaw in Greater Manchester"
_LOCATES = re.compile(r",? (?:near|in|outside|north of|south of|east of|west of)(?: the)? (?:Greater )?")


def located_elsewhere(text: str, start: np.ndarray, end: np.ndarray, candidates: np.ndarray,
                      countries: Callable[[int], frozenset[str]]) -> np.ndarray:
    """Return, per mention, whether it is one of the `candidates` (towns of one place) that the next mention locates
    ("the town of Shaw, near Oldham", "Shaw in Greater Manchester") where none of that name's places (`countries`, by
    mention) is in the town's country: the writer's town is no namesake abroad, though the gazetteer has only that one.

    >>> text = "the town of Shaw, near Oldham; Tyre in Lebanon"
    >>> where = {12: "US", 23: "GB", 31: "LB", 39: "LB"}
    >>> located_elsewhere(text, np.array([12, 23, 31, 39]), np.array([16, 29, 35, 46]), np.ones(4, bool),
    ...                   lambda i: frozenset([where[[12, 23, 31, 39][i]]])).tolist()
    [True, False, False, False]
    """
    out = np.zeros(len(start), dtype=bool)
    for i in np.flatnonzero(candidates[:-1] & (start[1:] - end[:-1] <= 16)).tolist():
        if _LOCATES.fullmatch(text, int(end[i]), int(start[i + 1])):
            out[i] = not countries(i) & countries(i + 1)
    return out


# A part of a region said before its name, which no person's or firm's name has: "western Victoria", "north-east
# Victoria" (and "North-West Victoria" or "North East Victoria", as the Bureau of Meteorology capitalises its
# districts), "regional Victoria",
# "the state of Victoria" (not "East Victoria Park", "Queen Victoria")
_REGION_PART = re.compile(r"(?:\b(?:[Nn]orth|[Ss]outh)(?:[- ]?(?:[Ee]ast|[Ww]est))?(?:ern)?|\b[Ee]astern|\b[Ww]estern"
                          r"|\b[Cc]entral|\b[Rr]egional|\b[Rr]ural|\b[Tt]he state of) $")
# ... and of an island of them (places.toml's `named_islands`), "the island of Rhodes"
_ISLAND_BEFORE = re.compile(r"\b[Tt]he island of $")


def described_regions(text: str, start: np.ndarray, end: np.ndarray, candidates: np.ndarray) -> np.ndarray:
    """Return, per mention, whether it is one of the `candidates` (regions of `named_regions`) after a word for a part
    of it or "the state of", or before its possessive and a part of it (`region_part_after`): "bushfires in western
    Victoria" and "Victoria's Grampians" are Australia's state, though no country is named; "the northern Victoria
    line" is London's Tube line (`names_after`). An island of them (`named_islands`) is one too after "the island of"
    or before its possessive and its land ("Rhodes' beaches"), which "Santa Cruz" and "Victoria" are not.

    >>> text = "Fires in western Victoria; Queen Victoria; the state of Victoria; the northern Victoria line"
    >>> at = np.array([t.start() for t in re.finditer("Victoria", text)])
    >>> described_regions(text, at, at + 8, np.ones(4, bool)).tolist()
    [True, False, True, False]
    """
    out = np.zeros(len(start), dtype=bool)
    for i in np.flatnonzero(candidates).tolist():
        s, e = int(start[i]), int(end[i])
        island = text[s:e] in _named_islands()
        out[i] = (region_part_before(text, s) or region_part_after(text, e)
                  or island and (_ISLAND_BEFORE.search(text, max(0, s - 14), s) is not None
                                 or region_part_after(text, e, island_parts=True))) and not _NAMES_AFTER.match(text, e)
    return out


@lru_cache(maxsize=1)
def _named_islands() -> frozenset[str]:
    return frozenset(places_toml()["ambiguity"]["named_islands"])


# Words after a region's name that make it a line's, a station's or a park's (London's "Victoria line", "Victoria
# Station", "Victoria Park"), whatever word of a part stands before it ("the northern Victoria line")
_NAMES_AFTER = re.compile(r" (?:[Ll]ine|Station|station|Park|Street|Road|Square|Embankment|Coach|Falls)(?![\w-])")
# A part of a region said after its possessive: a compass word ("Victoria's south-west", "Victoria's far north") or a
# part of places.toml's [ambiguity] `region_parts` ("Victoria's Grampians", "Victoria's premier")
_COMPASS_AFTER = re.compile(r"['’]s? (?:far )?(?:(?:north|south)(?:[- ]?(?:east|west))?|east|west)(?:ern)?(?![\w-])")


@lru_cache(maxsize=2)
def _parts_after(key: str) -> re.Pattern[str]:
    parts = sorted(places_toml()["ambiguity"][key], key=len, reverse=True)
    return re.compile(rf"['’]s? (?:{'|'.join(map(re.escape, parts))})(?![\w-])")


def region_part_after(text: str, end: int, island_parts: bool = False) -> bool:
    """Return whether the region's possessive ("Rhodes'" for a name ending in s) and a part of it follow `end` (with
    `island_parts`, a part of an island's land instead: places.toml's `island_parts`).

    >>> [region_part_after(t, 8) for t in ("Victoria's south-west", "Victoria's Grampians", "Victoria's Secret",
    ...                                    "Victoria's husband", "Victoria's southern coast")]
    [True, True, False, False, True]
    >>> [region_part_after(t, 6, True) for t in ("Rhodes' beaches", "Rhodes's beaches", "Rhodes' estate",
    ...                                          "Rhodey' beaches")]
    [True, True, False, False]
    """
    if not (text.startswith(("'s ", "’s "), end) or text.startswith(("' ", "’ "), end) and text[end - 1:end] == "s"):
        return False
    if island_parts:
        return _parts_after("island_parts").match(text, end) is not None
    return _COMPASS_AFTER.match(text, end) is not None or _parts_after("region_parts").match(text, end) is not None


def region_part_before(text: str, start: int) -> bool:
    """Return whether a word for a part of a region, or "the state of", comes right before `start`.

    >>> [region_part_before(t, t.index("Victoria")) for t in ("in North-West Victoria", "in North East Victoria")]
    [True, True]
    >>> region_part_before("East Victoria Park", 5)
    False
    """
    return _REGION_PART.search(text[max(0, start - 20):start]) is not None
