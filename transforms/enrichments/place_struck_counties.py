"""An Irish county named bare as a storm's pair's second: "Heavy rain lashed Cork and Kerry".

The project reads Ireland's counties only with "County" or "Co." before them ("floods in County Kerry"): a bare
"Kerry", "Clare", "Down" or "Mayo" is more often a person, a word or a club. After a striking verb, though, a pair
"X and Y" names the places the weather reached, and where X is a place of Ireland (or of Northern Ireland, of the
UK) a bare county's Y is that county: two neighbours of one island, as "Cork and Kerry" are named together. The pair
reads either way round ("lashed Kerry and Cork": the county first, the place of the island second). A place of
Great Britain makes no neighbour ("hit London and Down": Down is no county there), and a lone bare name stays no place.
"""

from __future__ import annotations

from transforms.enrichments.geonames import Place
from transforms.enrichments.place_names import gazetteer
from transforms.enrichments.place_struck_pairs import STRUCK

_ISLAND = frozenset({"IE", "GB"})
# Northern Ireland's admin1 code in the gazetteer: of the UK's places only these neighbour Ireland's counties
_NORTHERN_IRELAND = "NIR"
# How far before a pair's "and" its first name is read: a county's one word and the striking verb before it
_FIRST_CHARS = 24


def _of_island(place: Place) -> bool:
    """Return whether a kept place is of the island of Ireland: Ireland's, or Northern Ireland's of the UK."""
    if place.country_code == "IE":
        return True
    return place.country_code == "GB" and (place.admin1 == _NORTHERN_IRELAND or place.name.startswith("County "))


def _county(word: str, place: Place) -> Place | None:
    """Return the county named bare by `word` in the country of `place`, if there is one."""
    return next((p for p in gazetteer().get(f"County {word}", ()) if p.country_code == place.country_code), None)


def _first_of_pair(text: str, start: int, place: Place) -> tuple[int, int, Place] | None:
    """Return (start, end, county) of a bare county's name right after a striking verb and before " and " and the
    kept place starting at `start` ("lashed Kerry and Cork"), or None."""
    before = text[max(0, start - _FIRST_CHARS):start]
    if not before.endswith(" and "):
        return None
    head, _, word = before[:-5].rpartition(" ")
    # the verb right before the word ("lashed Kerry"): "Mr Kerry and Cork" or "in West Kerry and Cork" is no pair
    if not word[:1].isupper() or not (head + " ").endswith(STRUCK):
        return None
    county = _county(word, place)
    at = start - 5 - len(word)
    return (at, at + len(word), county) if county else None


def struck_counties(text: str, start: list[int], end: list[int], kept: list[Place]) -> list[tuple[int, int, Place]]:
    """Return (start, end, county) of each bare county's name after a kept place of the island and " and ", the
    place right after a striking verb ("lashed Cork and Kerry"), or before " and " and such a place, the county right
    after the verb ("lashed Kerry and Cork"), where no kept mention starts there already.

    >>> cork = [p for p in gazetteer()["Cork"] if p.country_code == "IE"][0]
    >>> text = "Heavy rain lashed Cork and Kerry."
    >>> [(s, e, p.name) for s, e, p in struck_counties(text, [18], [22], [cork])]
    [(27, 32, 'County Kerry')]
    >>> [struck_counties(t, [3], [7], [cork]) for t in ("Mr Cork and Kerry met.", "hit Cork and Clare Island.")]
    [[], []]
    >>> [(s, e, p.name) for s, e, p in struck_counties("Rain lashed Kerry and Cork.", [22], [26], [cork])]
    [(12, 17, 'County Kerry')]
    """
    found: list[tuple[int, int, Place]] = []
    taken = set(start)
    for s, e, place in zip(start, end, kept, strict=True):
        if place.country_code not in _ISLAND or not _of_island(place):
            continue
        if (first := _first_of_pair(text, s, place)) and first[0] not in taken:
            found.append(first)
            taken.add(first[0])
        if not text.startswith(" and ", e):
            continue
        if not text[max(0, s - 12):s].endswith(STRUCK):
            continue
        at = e + 5
        word, _, rest = text[at:at + 24].partition(" ")
        bare = word.rstrip(".,;:!?")
        # a capitalised word after it makes a longer name ("Clare Island", "Kerry Group"): no bare county
        if not bare[:1].isupper() or at in taken or (bare == word and rest[:1].isupper()):
            continue
        if county := _county(bare, place):
            found.append((at, at + len(bare), county))
    return found
