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

import numpy as np

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
_BEFORE = re.compile(rf"\bthe (?:[\w'-]+ ){{0,2}}{_NOUNS} of $", re.IGNORECASE)
_LONGEST = 60


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
        out[i] = bool(_AFTER.match(text, e, e + _LONGEST) or _BEFORE.search(text[max(0, s - _LONGEST):s]))
    return out
