"""Where a process gets the places' tables it makes once: the gazetteer (`place_names.gazetteer`) and its names'
automaton (`place_mentions.name_keys`), about a fifth of a batch worker's warm-up to make.

Made in the process, or through a store handed in (`use_store`): a batch worker's warm-up hands in the per-machine
copy of `warehouse.place_store`, which reads them back made by an earlier worker of the same code and data. The
same tables either way (the store's copy is a pickle of what the builder returned).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

# A store: given a table's name and its builder, return the table (a kept copy, or the builder's, kept)
Store = Callable[[str, Callable[[], Any]], Any]
_store: Store | None = None


def use_store(store: Store | None) -> None:
    """Set where this process gets its places' tables from (None: made here); the tables made before stay."""
    global _store
    _store = store


def built(name: str, build: Callable[[], T]) -> T:
    """Return the table `build` makes, through the store when one was handed in.

    >>> built("sizes", lambda: {"Paris": 1})
    {'Paris': 1}
    """
    return build() if _store is None else _store(name, build)
