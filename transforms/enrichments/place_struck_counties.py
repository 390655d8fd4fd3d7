"""An Irish county named bare as a storm's pair's second: "Heavy rain lashed Cork and Kerry".

The project reads Ireland's counties only with "County" or "Co." before them ("floods in County Kerry"): a bare
"Kerry", "Clare", "Down" or "Mayo" is more often a person, a word or a club. After a striking verb, though, a pair
"X and Y" names the places the weather reached, and where X is a place of Ireland (or Northern Ireland's counties,
of the UK) a bare county's Y is that county: two neighbours of one island, as "Cork and Kerry" are named together.
A lone bare name stays no place.
"""

from __future__ import annotations

from transforms.enrichments.geonames import Place
from transforms.enrichments.place_names import gazetteer
from transforms.enrichments.place_struck_pairs import STRUCK

_ISLAND = frozenset({"IE", "GB"})


def struck_counties(text: str, start: list[int], end: list[int], kept: list[Place]) -> list[tuple[int, int, Place]]:
    """Return (start, end, county) of each bare county's name after a kept place of the island and " and ", the
    place right after a striking verb ("lashed Cork and Kerry"), where no kept mention starts there already.

    >>> cork = [p for p in gazetteer()["Cork"] if p.country_code == "IE"][0]
    >>> text = "Heavy rain lashed Cork and Kerry."
    >>> [(s, e, p.name) for s, e, p in struck_counties(text, [18], [22], [cork])]
    [(27, 32, 'County Kerry')]
    >>> [struck_counties(t, [3], [7], [cork]) for t in ("Mr Cork and Kerry met.", "hit Cork and Clare Island.")]
    [[], []]
    """
    found: list[tuple[int, int, Place]] = []
    taken = set(start)
    names = gazetteer()
    for s, e, place in zip(start, end, kept, strict=True):
        if place.country_code not in _ISLAND or not text.startswith(" and ", e):
            continue
        if not text[max(0, s - 12):s].endswith(STRUCK):
            continue
        at = e + 5
        word, _, rest = text[at:at + 24].partition(" ")
        bare = word.rstrip(".,;:!?")
        # a capitalised word after it makes a longer name ("Clare Island", "Kerry Group"): no bare county
        if not bare[:1].isupper() or at in taken or (bare == word and rest[:1].isupper()):
            continue
        word = bare
        county = [p for p in names.get(f"County {word}", ()) if p.country_code == place.country_code]
        if county:
            found.append((at, at + len(word), county[0]))
    return found
