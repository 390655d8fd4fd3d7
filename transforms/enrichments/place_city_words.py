"""A city written with the word "City" its country adds to a city's name: "Davao City", "Zamboanga City".

The Philippines' cities are officially "X City" and its news writes them so ("rescuers in Davao City"), where the
gazetteer names the city "Davao". The row's text is what the article wrote, so such a mention's end takes in the
word. Only for the countries of places.toml's `city_word_countries`: elsewhere "X City" is another place ("Kansas
City", a name of its own) or a club ("Leicester City").
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.geonames import CITY, Place
from transforms.enrichments.place_cues import CITY_WORD, Cues
from transforms.enrichments.place_table import places_toml


def with_city_words(text: str, end: np.ndarray, kept: list[Place], cues: Cues) -> np.ndarray:
    """Return the mentions' ends, each past " City" where the article adds it to a city of such a country's (`cues`:
    where the batch's text has the word).

    >>> from transforms.enrichments.place_names import gazetteer
    >>> davao, perth = gazetteer()["Davao"][0], gazetteer()["Perth"][0]
    >>> text = "In Davao City, Davao, Perth City and Davao Citywide"
    >>> with_city_words(text, np.array([8, 20, 27, 42]), [davao, davao, perth, davao], Cues(text)).tolist()
    [13, 20, 27, 42]
    """
    words = cues.at(CITY_WORD)
    if not words:
        return end
    out = end.copy()
    countries = frozenset(places_toml()["city_word_countries"])
    for i in np.flatnonzero(np.isin(end, words)).tolist():
        at, place = int(end[i]), kept[i]
        if (place.kind == CITY and place.country_code in countries and not place.name.endswith(CITY_WORD)
                and not text[at + len(CITY_WORD):at + len(CITY_WORD) + 1].isalnum()):
            out[i] = at + len(CITY_WORD)
    return out
