"""A club news names by its town alone, beside a fixture's word: "Santos beat Flamengo 2-1", "Leverkusen drew with".

A town under `city_population` is kept only where its article names its country, and a match report seldom does:
"Santos beat Flamengo 2-1 on Sunday" names Brazil nowhere. places.toml's [city_clubs] (by country) holds the towns
whose club top leagues' news names by the town alone; such a name before or after a fixture's word (a result's verb,
"v", a score) is the club's town in its country, as a team's whole name is (`place_teams.team_countries`).
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from transforms.enrichments.place_table import places_toml

# A fixture's word after the club's name and the other side's or a score ("Santos beat Flamengo", "Mainz drew with
# Bochum", "Monza lost 2-1"; not "Santos beat the odds") or a score alone ("Monza 2-1"), or one before it ("beat
# Santos", "lost to Lorient", "drew with Getafe", "against Mainz", "2-1 Santos", "lost 2-1 to Empoli")
_SCORE = r"\d{1,2}-\d{1,2}(?![\w-])"
# "won" and "lost" only before a score: before a name they are an election's or a prize's ("Santos won Sunday's runoff")
_AFTER = re.compile(rf" (?:(?:beat|beats|drew with|drew|lost to|edged|thrashed|v|vs\.?) (?:[A-Z]|{_SCORE})"
                    rf"|(?:lost|won) {_SCORE}|{_SCORE})")
_BEFORE = re.compile(rf"(?<![\w-])(?:beat|beats|beating|against|v|vs\.?|drew with|lost to"
                     rf"|{_SCORE}(?: to| against| with)?) $")
# ... and no capitalised word right before it, which makes it a surname ("Carlos Santos beat Lopez")
_GIVEN = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]* $")
_OPENERS = frozenset("The In At And But As When After Before While".split())


@lru_cache(maxsize=1)
def club_towns() -> dict[str, str]:
    """Return the towns of [city_clubs] and their country codes: "Santos" → "BR"."""
    return {town: code for code, towns in places_toml()["city_clubs"].items() for town in towns}


def club_countries(text: str, start: np.ndarray, end: np.ndarray, name: np.ndarray, names: list[str]
                   ) -> dict[int, str]:
    """Return, by mention (index), the country of the club town (`club_towns`) it names beside a fixture's word.

    >>> from transforms.enrichments.place_mentions import mention_arrays, name_keys
    >>> text = "Santos beat Flamengo 2-1; Bochum lost to Mainz. Santos said; Carlos Santos beat Lopez; Santos beat it"
    >>> club_countries(text, *mention_arrays(text), name_keys().names)
    {0: 'BR', 1: 'DE', 2: 'DE'}
    """
    towns, out = club_towns(), {}
    for i, n in enumerate(name.tolist()):
        code = towns.get(names[n])
        if code is None:
            continue
        at = int(start[i])
        given = _GIVEN.search(text, max(0, at - 24), at)
        if given is not None and given.group().strip() not in _OPENERS:
            continue
        if _AFTER.match(text, int(end[i])) or _BEFORE.search(text, max(0, at - 12), at):
            out[i] = code
    return out
