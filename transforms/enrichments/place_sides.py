"""National sides' nicknames ("the All Blacks", "the Springboks", "Les Bleus"): the country each plays for, named for
the article's other names (places.toml's [national_sides]).

A nickname is a team, no place: it gives no row. But news names a side by it where it would name the country, so it
names that country for the article's other names as a country's name does: "England trained in Queenstown before the
Test against the All Blacks" is New Zealand's Queenstown, a town kept as its country is named, and "the Socceroos drew
in Newcastle" Australia's. The scan that finds the gazetteer's names finds the nicknames too (`place_cues`); each is
kept where it stands whole, no letter or digit after it ("Oranje", not "Oranjestad").
"""

from __future__ import annotations

from functools import lru_cache

from transforms.enrichments.place_cues import SIDE_NICKNAMES, Cues
from transforms.enrichments.place_table import places_toml


@lru_cache(maxsize=1)
def side_countries() -> dict[str, str]:
    """Return each national side's nickname's country code ([national_sides])."""
    return {nickname: code for code, nicknames in places_toml()["national_sides"].items() for nickname in nicknames}


def side_mentions(text: str, cues: Cues) -> list[tuple[int, str]]:
    """Return (offset, country code) of each national side's nickname in the text, whole.

    >>> from transforms.enrichments.place_mentions import mention_scan
    >>> text = "The All Blacks and the Springboks; Oranjestad; springboks; Oranje."
    >>> side_mentions(text, mention_scan(text)[3])
    [(4, 'NZ'), (23, 'ZA'), (59, 'NL')]
    """
    found = []
    countries = side_countries()
    for nickname in SIDE_NICKNAMES:
        for at in cues.at(nickname):
            after = at + len(nickname)
            if after == len(text) or not text[after].isalnum():
                found.append((at, countries[nickname]))
    return sorted(found)
