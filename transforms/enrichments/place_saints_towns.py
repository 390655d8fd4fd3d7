"""A saint's town named in full: "Santiago del Estero", "San José de Ocoa", "Santiago de Compostela".

A city of fewer than `city_population` people is kept only where its article names its country, as "Wellington" may
be England's or Florida's. A saint's name with its particle and the rest of its long name is no such name: a saint's
short name is a dozen towns' ("San José", "Santiago"), but its long name was given to tell one town from the others,
and the gazetteer holds one place of it. News names such a town alone ("Floods hit Santiago del Estero"), so a name of
this form with a single place is kept as a capital is, and names its country for the article's others.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from transforms.enrichments.place_full_names import SAINTS
from transforms.enrichments.place_mentions import name_keys

# A saint's name, its particle, then the capitalised rest of the long name ("San Pedro de Atacama", "São João del
# Rei", "Santa Cruz de la Sierra"): a saint's name of two words at most before the particle; Saint James's Spanish
# name is one word ("Santiago de Cuba", "Santiago del Estero")
_SAINTS_LONG_NAME = re.compile(rf"(?:(?:{SAINTS})\.? [A-ZÀ-Þ][\w'’-]*|Santiago)(?: [A-ZÀ-Þ][\w'’-]*)?"
                               r" (?:de|del|da|do|dos|das)(?: la| las| los)? [A-ZÀ-Þ]")


@lru_cache(maxsize=1)
def saints_long_names() -> np.ndarray:
    """Return, per name of `name_keys().names`, whether it is a saint's town's long name.

    >>> import numpy as np
    >>> names = name_keys().names
    >>> [bool(saints_long_names()[names.index(n)]) for n in ("Santiago del Estero", "San José", "Santiago")]
    [True, False, False]
    """
    return np.array([_SAINTS_LONG_NAME.match(name) is not None for name in name_keys().names], dtype=bool)
