"""German genitives of countries' names after an article or a determiner: plurals, no mention of the country.

German news writes a country's genitive before its noun without an article ("Vietnams Regierung", "Chinas Exporte";
`place_endonyms.genitive`), or after its own article ("das Atomprogramm des Irans"). The same word after an English,
French or Spanish article or determiner is a plural: English's of the country's name ("No more Vietnams", "one of his
Panamas", the hats) or another language's word ("Les Réunions publiques", the meetings). A possessive written
without its apostrophe, as AG News writes them ("Malaysias national oil firm", "Irans nuclear programme"), follows no
determiner and stays its country; so do "the two Koreas", which the gazetteer does not hold.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from transforms.enrichments.place_endonyms import genitive, packaged
from transforms.enrichments.place_mentions import name_keys

# Words a plural follows and a German genitive never does (German's own articles and determiners are none of them:
# "des Irans", "seines Landes")
_DETERMINERS = frozenset(
    "the his her their its our my your more many two three four several other these those both some all no few such "
    "les ces mes tes ses nos vos leurs deux plusieurs los las unos unas dos".split())
# The word right before a mention, a space after it, with a capital or not ("The Vietnams", "Les Réunions")
_WORD_BEFORE = re.compile(r"(?<![\w'’-])(\w+) $")


@lru_cache(maxsize=1)
def _genitives() -> np.ndarray:
    """Return, by name index (into `name_keys().names`), whether the name is a country's German genitive."""
    forms = {e.name for e in packaged() if e.language == "de" and genitive(e.name[:-1]) == e.name}
    return np.array([name in forms for name in name_keys().names], dtype=bool)


def as_plurals(text: str, start: np.ndarray, name: np.ndarray) -> np.ndarray:
    """Return, per mention (start, name index), whether it is a German genitive written right after an article or a
    determiner (`_DETERMINERS`), a plural.

    >>> from transforms.enrichments.place_mentions import mention_arrays
    >>> text = "No more Vietnams; his Panamas. Vietnams Regierung, des Irans Plan, Malaysias oil firm."
    >>> start, end, name = mention_arrays(text)
    >>> [text[s:e] for s, e, p in zip(start.tolist(), end.tolist(), as_plurals(text, start, name).tolist()) if p]
    ['Vietnams', 'Panamas']
    """
    plural = np.zeros(len(start), dtype=bool)
    for i in np.flatnonzero(_genitives()[name]).tolist():
        s = int(start[i])
        word = _WORD_BEFORE.search(text, max(0, s - 16), s)
        plural[i] = word is not None and word.group(1).lower() in _DETERMINERS
    return plural
