"""A person's full name: a place's name that is the end of one ("Antonio José de Sucre" names no Sucre).

A given name, perhaps a surname, and a surname's particle before a place's name make it the end of a
person's full name ("Antonio José de Sucre", "Juan Ponce de León": `in_full_name`), unless a saint's word
opens it, which makes it a place's long name ("San Juan de Pasto" is Pasto, Colombia).
"""

from __future__ import annotations

import re
from functools import lru_cache

from transforms.enrichments.place_table import places_toml

# A given name, perhaps a surname, and a surname's particle, lower-case, right before a name ("José de", "Ludwig
# van", "Juan Ponce de la"): the name is the rest of a person's ("Antonio José de Sucre"), no place.
_PARTICLES = "de|da|del|della|dei|di|do|dos|das|du|van|von|der|den|ter|ten"
_WORD_OF_NAME = r"[^\W\d_][\w'’-]*"
_PARTICLE = re.compile(
    rf"(?<![\w'’.-])({_WORD_OF_NAME})(?: ({_WORD_OF_NAME}))? (?:{_PARTICLES})(?: la| le| las| los)? $")
# ... after another particle: a firm's or a place's long name ("Monte dei Paschi di Siena", the bank)
_SECOND_PARTICLE = re.compile(rf"(?<![\w'’.-])(?:{_PARTICLES}) $")
# A saint's word before the given name: a place's long name ("San Juan de Pasto", "San José de Cúcuta")
SAINTS = "San|Santa|Santo|São|Sao|Saint|Sainte|St|Ste"
_SAINT = re.compile(rf"(?<![\w'’.-])(?:{SAINTS})\.? $")
_SAINT_WORD = re.compile(SAINTS)
# How the text before a name that `_PARTICLE` matches ends: a particle or an article after one, and a space.
_PARTICLE_ENDS = (*(f" {particle} " for particle in _PARTICLES.split("|")), " la ", " le ", " las ", " los ")


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """Return places.toml's [ambiguity] `given_names`: the given names written before a surname's particle."""
    return frozenset(places_toml()["ambiguity"]["given_names"])


def in_full_name(text: str, start: int) -> bool:
    """Return True when the name at `start` follows a given name (`given_names`), perhaps a surname after it,
    and a surname's particle ("José de Sucre", "Ludwig van Beethoven", "Juan Ponce de León"): the end of a
    person's full name. Not after any other word, an institution's or a firm's ("Notre-Dame de Paris",
    "Orchestre de Paris", "Gare de Lyon", "Banca Popolare di Vicenza": a place inside a name counts, as "Bank
    of England" does), nor where a particle is before the surname too: a person's full name has one before
    its surname, a firm's may have several ("Monte dei Paschi di Siena", a bank), nor after a saint's word and
    a given name, a place's long name ("San Juan de Pasto", "San José de Cúcuta", "St. João da Madeira").

    >>> texts = ("Antonio José de Sucre", "Juan Ponce de la Vega", "in de Sucre", "Notre-Dame de Paris",
    ...          "Banca Popolare di Vicenza", "Maria dei Paschi di Siena", "near San José de Cúcuta",
    ...          "San Juan de Pasto", "St. João da Madeira")
    >>> [in_full_name(t, t.rindex(" ") + 1) for t in texts]
    [True, True, False, False, False, False, False, False, False]
    """
    low = max(0, start - 40)
    # Most names have no particle before them: settled without the regex's search of the 40 characters.
    # (`$` also matches before a line break that ends the searched text.)
    if not (text.endswith(_PARTICLE_ENDS, low, start)
            or text.endswith("\n", low, start) and text.endswith(_PARTICLE_ENDS, low, start - 1)):
        return False
    m = _PARTICLE.search(text, low, start)
    if m is None:
        return False
    last = 2 if m.group(2) else 1  # the word right before the particle
    given = _given_names()
    return (all(m.group(g)[:1].isupper() for g in range(1, last + 1))
            and (m.group(1) in given or m.group(last) in given)
            and not _SECOND_PARTICLE.search(text, max(0, m.start(last) - 8), m.start(last))
            and not (last == 2 and _SAINT_WORD.fullmatch(m.group(1)))
            and not _SAINT.search(text, max(0, m.start(1) - 8), m.start(1)))
