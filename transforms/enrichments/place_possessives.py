"""A place's name opening an institution's name after another place's possessive: "Toronto's York University".

The institution is in the possessor ("Toronto's"), so the name before its noun is that institution's, named after a
place of the possessor's country or after none there: "Toronto's York University" is no York of England (a news town,
it was one), "Ohio's Miami University" is in the US as Miami is. Such a mention is the possessor's country's place of
its name (`places.rows` states it as "City, State" would: "Ontario's Waterloo University" is Canada's Waterloo) or
no place. A possessor that is a country is left alone: "China's Hong Kong University" names a place of another code.
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.geonames import COUNTRY
from transforms.enrichments.place_name_facts import NameFacts

# The nouns that end an institution's or a site's name after a place's name ("York University", "Victoria Station")
INSTITUTION_NOUNS = frozenset(
    "University College Hospital Airport Station Stadium Arena Institute School Academy Museum Gallery Zoo Centre "
    "Center Hall Theatre Theater Cathedral Prison Park Square Market Beach Bridge".split())


def possessed(text: str, start: np.ndarray, end: np.ndarray) -> dict[int, int]:
    """Return, for each mention right after another's possessive and before an institution's noun, the possessor's
    mention: {mention: possessor}.

    >>> text = "Toronto's York University; London's Victoria line; Paris's Lyon Station"
    >>> possessed(text, np.array([0, 10, 27, 36, 51, 59]), np.array([7, 14, 33, 44, 56, 63]))
    {1: 0, 5: 4}
    """
    if len(start) < 2:
        return {}
    # the cheap check first: three characters between a mention and the one before it ("'s ")
    out = {}
    for i in np.flatnonzero(start[1:] - end[:-1] == 3).tolist():
        before, after = int(end[i]), int(end[i + 1])
        if text[before:before + 3] in ("'s ", "\u2019s ") and text[after:after + 1] == " ":
            word_end = after + 1
            while word_end < len(text) and text[word_end].isalpha():
                word_end += 1
            if text[after + 1:word_end] in INSTITUTION_NOUNS:
                out[i + 1] = i
    return out


def owned_mentions(text: str, start: np.ndarray, end: np.ndarray, name: np.ndarray, info: NameFacts,
                   in_state: dict[int, str]) -> dict[int, str]:
    """Return the country of the possessor (a city's or a region's name that names one) of each mention that opens an
    institution's name after it (`possessed`), stated in `in_state` where the name has a place there."""
    owned: dict[int, str] = {}
    for i, j in possessed(text, start, end).items():
        possessor, anchor = info.table[info.names[name[j]]], int(info.anchor[name[j]])
        if anchor < 0 or any(p.kind == COUNTRY for p in possessor):
            continue
        owned[i] = code = info.codes[anchor]
        if any(p.country_code == code for p in info.table[info.names[name[i]]]):
            in_state.setdefault(i, code)
    return owned
