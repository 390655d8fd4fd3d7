"""Which of a batch's doubtful mentions (small cities, names found without their accents, towns) are people's:
`person_reading`'s answers applied to the article's other mentions (`drop_people`), a headline's town before
its verb read in its article (`verbs_of_stated_towns`), and a first name before its own state or country
written without a comma (`before_its_area`), for `places.rows`."""

from __future__ import annotations

import numpy as np

from transforms.enrichments.geonames import REGION, Place
from transforms.enrichments.members import members
from transforms.enrichments.place_person_reading import (
    BARE,
    PERSON_HERE,
    PERSON_NAMED,
    PERSON_SURE,
    PERSON_UNLESS_PLACED,
    PERSON_VERBS,
    TOWN_UNLESS_PERSON,
)


def drop_people(keep: np.ndarray, doubtful: list[int], as_person: list[int], article: np.ndarray,
                 name: np.ndarray) -> None:
    """Unset `keep` at the `doubtful` mentions that `as_person` (`person_reading`'s answers) says are a
    person's: each one read as one, every mention of a name in an article where one is surely a person's,
    a town's in a Title Case headline unless its article keeps the town elsewhere, and a headline's town
    before its verb where its article reads the name as a person's elsewhere, and a name's bare mentions after
    the article named a person so ("Nathan Lyon took four wickets ... Lyon bowled 30 overs")."""
    key = list(zip(article[doubtful].tolist(), name[doubtful].tolist(), strict=True))
    named: set[tuple[int, int]] = set()
    readings = []
    for k, how in zip(key, as_person, strict=True):  # in the text's order: the later mentions only
        if how == PERSON_NAMED:
            named.add(k)
        readings.append(PERSON_HERE if how == PERSON_NAMED or (how == BARE and k in named) else 0 if how == BARE
                        else how)
    as_person = readings
    sure = {k for k, how in zip(key, as_person, strict=True) if how == PERSON_SURE}
    person = {k for k, how in zip(key, as_person, strict=True) if how == PERSON_HERE} | sure
    for i, k, how in zip(doubtful, key, as_person, strict=True):
        keep[i] = (not how and k not in sure) or (how == TOWN_UNLESS_PERSON and k not in person)
    headline = [(i, k) for i, k, how in zip(doubtful, key, as_person, strict=True) if how == PERSON_UNLESS_PLACED]
    if headline:  # the article × name keys of the mentions kept, in numpy: a batch keeps tens of thousands
        placed = members([a << 32 | n for _, (a, n) in headline], article[keep] << 32 | name[keep])
        for (i, k), elsewhere in zip(headline, placed.tolist(), strict=True):
            keep[i] = elsewhere and k not in sure


def verbs_of_stated_towns(as_person: list[int], doubtful: list[int], article: np.ndarray, placed: list[Place],
                           areas: np.ndarray) -> list[int]:
    """Return `as_person` with a headline's town before its verb (TOWN_UNLESS_PERSON) read as any town in a
    headline (PERSON_UNLESS_PLACED) where its article names no state of the town's: a word after a name ending
    in "s" is as often a plural, of a prize's or a person's name ("Golden Globes", "Golden Globes for Aviator",
    "By Howard Jones"), as a verb ("Galveston Braces for Ike" over a story of the Texas coast)."""
    states = {(int(article[j]), placed[j].country_code, placed[j].admin1) for j in np.flatnonzero(areas).tolist()
              if placed[j].kind == REGION and placed[j].admin1}
    return [PERSON_UNLESS_PLACED if how == TOWN_UNLESS_PERSON
            and (int(article[i]), placed[i].country_code, placed[i].admin1) not in states else how
            for i, how in zip(doubtful, as_person, strict=True)]


def before_its_area(start: np.ndarray, end: np.ndarray, place_code: np.ndarray, area: np.ndarray) -> np.ndarray:
    """Return, per mention, whether a mention of a country, region or capital of its place's country starts
    right after it and a space ("Galveston Texas"; not "Clive England", Clive being New Zealand's).

    >>> before_its_area(np.array([0, 10, 20]), np.array([9, 15, 25]), np.array([1, 1, 2]), np.array([0, 1, 1], bool))
    array([ True, False, False])
    """
    before = np.zeros(len(start), dtype=bool)
    before[:-1] = (start[1:] == end[:-1] + 1) & area[1:] & (place_code[1:] == place_code[:-1])
    return before


# What says a town's name before a verb of speech is its authorities' voice, written before it in its article:
# "Authorities in the region reported shelling. Lugansk said two people were hurt."
_SPEAKERS = ("officials in ", "authorities in ")
# How far back the words may stand (in its paragraph and the article's paragraph before)
_SPEAKERS_REACH = 400
# What a person says of themself after the verb, not a town's authorities: "Hull said he was happy"
_HIS_OR_HERS = ("he ", "she ", "his ", "her ", "he'", "she'", "he’", "she’")
# The least population of a town that speaks for its authorities so (a news town speaks whatever its size)
_SPEAKING_TOWNS = 100_000


def speaking_towns(text: str, as_person: list[int], doubtful: list[int], start: np.ndarray, end: np.ndarray,
                   placed: list[Place], first_name: np.ndarray, since: np.ndarray,
                   news_towns: frozenset[int]) -> list[int]:
    """Return `as_person` with a town's name read surely as a person's before a verb of speech ("Lugansk said")
    read as the place (0) where it is a town of `_SPEAKING_TOWNS` people or a news town, its name no person's
    (`first_name`: "Jordan said", "Brooklyn said" stay the people), no "he" or "she" after the verb, and
    `_SPEAKERS` stand before it in its article (`since`: per mention, where its paragraph or the article's one
    before starts). Read at the sure readings only."""
    out = list(as_person)
    for k, i in enumerate(doubtful):
        if out[k] != PERSON_SURE or first_name[i]:
            continue
        p = placed[i]
        if p.population < _SPEAKING_TOWNS and p.geonames_id not in news_towns:
            continue
        verb = text[end[i] + 1:end[i] + 12].split(" ", 1)[0].rstrip(".,;:")
        said = text[end[i] + 2 + len(verb):end[i] + 7 + len(verb)]
        if text[end[i]:end[i] + 1] != " " or verb not in PERSON_VERBS or said.startswith(_HIS_OR_HERS):
            continue
        before = text[max(int(since[i]), int(start[i]) - _SPEAKERS_REACH):int(start[i])].lower()
        if any(words in before for words in _SPEAKERS):
            out[k] = 0
    return out
