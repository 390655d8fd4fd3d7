"""A place's name inside the name of something else: a ship's ("HMS Prince of Wales", "USS Texas"), a treaty's ("the
Paris Agreement", "the Lisbon Treaty", "the Treaty of Versailles") or another town's ("Manchester-by-the-Sea").

Such a mention is no mention of the place: the ship sails elsewhere, the treaty binds its parties wherever they are
(a country's name there is a party's and stays: "the US-China trade agreement"), and the town by the sea is not
the city whose name opens its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from transforms.enrichments.geonames import CITY
from transforms.enrichments.place_names import gazetteer

# A navy's or a merchant ship's prefix, then the ship's name: capitalised words, "of" or "of the" between them
# ("HMS Prince of Wales", "USS Gerald R. Ford", "RMS Queen Mary", "SS Great Britain"), on one line; a full stop only
# an initial's or an abbreviation's ("R.", "St."): "fired at the USS Mason. Yemen denied it" names Yemen
_SHIP_WORD = r"[A-Z](?:[a-z]?\.|[\w'’-]*)"
_SHIP = re.compile(r"\b(?:HMS|HMAS|HMCS|HMNZS|USS|USNS|RFA|RMS|MV|SS) "
                   + _SHIP_WORD + r"(?:[^\S\n](?:of[^\S\n](?:the[^\S\n])?)?" + _SHIP_WORD + r")*")
# A treaty's word right after a city's name, a treaty's subject between them or none, capitalised or not ("the
# Paris Agreement", "the Paris climate agreement", "the Oslo Accords", "the Kyoto Protocol", "the Warsaw Pact",
# "the Geneva Conventions", "the Rome Statute"); a convention a treaty's only capitalised and not a building's: "the
# Chicago convention" nominates a candidate there, "the Las Vegas Convention Center" is in the city
_TREATY_AFTER = re.compile(
    r"[^\S\n](?:(?:climate|peace|nuclear|trade|ceasefire|security|border|debt)[^\S\n])?"
    r"(?:[Aa]greements?|[Aa]ccords?|[Tt]reat(?:y|ies)|[Pp]rotocols?|[Pp]act|Statute"
    r"|Conventions?(?![^\S\n](?:Cent(?:er|re)|Hall|Complex|Bureau)(?![\w-])))(?![\w-])")
# ... and a treaty named "of" its city, where it was signed: "the Treaty of Lisbon", "the Treaties of Rome"
_TREATY_OF = re.compile(r"\bTreat(?:y|ies) of[^\S\n]")
# Another town named after a city and the sea: "Manchester-by-the-Sea" (Massachusetts), "Carmel-by-the-Sea"
_BY_THE_SEA = re.compile(r"(?:-by-the-|[^\S\n]by[^\S\n]the[^\S\n])Sea(?![\w-])")


def in_other_names(text: str, start: np.ndarray, end: np.ndarray, name: np.ndarray, names: Sequence[str]) -> np.ndarray:
    """Return, per mention, whether it is inside a ship's name, a city's inside a treaty's, or opens the name of a
    town by the sea.

    >>> from transforms.enrichments.place_mentions import mention_arrays
    >>> from transforms.enrichments.place_name_facts import name_facts
    >>> text = ("HMS Prince of Wales left Portsmouth. The Paris Agreement binds the US. Manchester-by-the-Sea, the "
    ...         "Treaty of Lisbon, and Paris climate talks.")
    >>> start, end, name = mention_arrays(text)
    >>> inside = in_other_names(text, start, end, name, name_facts().names)
    >>> [text[s:e] for s, e, t in zip(start.tolist(), end.tolist(), inside.tolist()) if t]
    ['Wales', 'Paris', 'Manchester', 'Lisbon']
    """
    inside = np.zeros(len(start), dtype=bool)
    if not len(start):
        return inside
    if "S " in text:  # every prefix ends so: most batches name no ship
        for ship in _SHIP.finditer(text):
            inside |= (start >= ship.start()) & (end <= ship.end())
    after = [m.start() for pattern in (_TREATY_AFTER, _BY_THE_SEA) for m in pattern.finditer(text)]
    cities = np.isin(end, after) | np.isin(start, [m.end() for m in _TREATY_OF.finditer(text)])
    for i in np.flatnonzero(cities & ~inside).tolist():
        # a city's only: a country's name there is a party's ("the Iran nuclear agreement", "the US-UK Treaty")
        inside[i] = _BY_THE_SEA.match(text, int(end[i])) is not None or all(
            p.kind == CITY for p in gazetteer()[names[int(name[i])]])
    return inside
