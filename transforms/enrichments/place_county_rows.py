"""US counties in a batch's rows: a county's name is no city of its name, and a county named adds its state.

`places.rows` drops the mentions a county's word follows ("Maricopa County, Ariz.": no town of Maricopa;
`not_counties`) and adds the states of the counties named, in text order, less the US cities inside a county's
name (`with_counties`: "Miami" of "Miami-Dade County"); what a county is and which state it lies in is
`place_counties`'.
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.batch import ParagraphBatch
from transforms.enrichments.geonames import CITY, REGION, Place
from transforms.enrichments.place_counties import county_names, county_places
from transforms.enrichments.place_cues import Cues
from transforms.enrichments.place_name_facts import NameFacts


def not_counties(text: str, start: np.ndarray, end: np.ndarray, name: np.ndarray, place: np.ndarray,
                 info: NameFacts, keep: np.ndarray, teams: dict[int, str], cues: Cues) -> set[int]:
    """Clear `keep` at a US county's name, which is no city of its name ("Maricopa County, Ariz.", "Santa Clara
    County Superior Court"), though it names the country for the others (England's "Derby County" is its club's
    town: `teams`), and return the starts of those whose name names the US alone ("Los Angeles County":
    `county_places`)."""
    names_us: set[int] = set()
    for i in np.flatnonzero(county_names(text, end, cues)).tolist():
        county = info.places[place[i]]
        after = [info.places[p] for p in place[i + 1:i + 2].tolist()]
        if i not in teams and (county.kind == CITY and county.country_code == "US"
                               or us_state_after_county(text, i, start, end, after)):
            keep[i] = False
            if info.codes[info.anchor[name[i]]] == "US":
                names_us.add(int(start[i]))
    return names_us


def with_counties(text: str, counties: list[tuple[int, int, frozenset[str]]], batch: ParagraphBatch,
                  article_of: np.ndarray, start: np.ndarray, end: np.ndarray, paragraph: np.ndarray,
                  kept: list[Place], names_us: set[int]) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[Place]]:
    """Return the kept mentions with the states of the US counties named (`county_places`), in text order, less the
    US cities inside a county's name ("Miami" of "Miami-Dade County")."""
    at = article_of[batch.locate(np.array([s for s, _, _ in counties], dtype=np.int64))].tolist()
    found, inside = county_places(text, counties, at, start, end, article_of[paragraph].tolist(), kept, names_us)
    if not found and not inside.any():
        return start, end, paragraph, kept
    stay = ~inside
    start = np.r_[start[stay], [c.start for c in found]].astype(np.int64)
    end = np.r_[end[stay], [c.end for c in found]].astype(np.int64)
    paragraph = np.r_[paragraph[stay], batch.locate(start[len(start) - len(found):])]
    kept = [p for p, s in zip(kept, stay.tolist(), strict=True) if s] + [c.state for c in found]
    order = np.argsort(start, kind="stable")
    return start[order], end[order], paragraph[order], [kept[i] for i in order.tolist()]


def us_state_after_county(text: str, i: int, start: np.ndarray, end: np.ndarray, after: list[Place]) -> bool:
    """Return whether a US state follows mention `i`'s " County, " or " Parish, " (`after`: the next mention's place,
    if any): "Ottawa County, Mich." is Michigan's county, no Ottawa of Canada.

    >>> text = "Ottawa County, Mich."
    >>> us_state_after_county(text, 0, np.array([0, 15]), np.array([6, 20]), [Place("Michigan", "region", "US")])
    True
    """
    return bool(after) and after[0].kind == REGION and after[0].country_code == "US" and text[
        int(end[i]):int(start[i + 1])] in (" County, ", " Parish, ")
