"""The authors a Next.js page's data (or an Apollo cache's state) gives the article it holds, `__ref`s followed.

The object holding the article's body names its authors (`author`, `authors`, `byline`, ...), as a name, an object
with a `name` (or `displayName`, `fullName`, else `firstName` and `lastName`), or a list of them. Apollo's cache keeps
each entity once, under its key, and a reference to it elsewhere: `"author": {"__ref": "Author:7"}` beside
`"Author:7": {"__typename": "Author", "name": "Maria Lopez"}`. Such a page's article had no author.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

_AUTHOR_KEYS = ("authors", "author", "byline", "bylines", "writers", "creators")
_NAME_KEYS = ("name", "displayName", "fullName")
_MAX_AUTHORS = 20  # more: a list of a site's staff or of other stories' writers, no byline


def data_authors(holders: list[dict[str, Any]], entities: Sequence[Mapping[str, Any]]) -> tuple[str, ...]:
    """Return the authors the nearest holder of an article's body that names any gives, references to an entity of
    `entities` (an Apollo cache's state) followed.

    >>> cache = {"Author:7": {"__typename": "Author", "name": "Maria Lopez"}}
    >>> data_authors([{"body": "...", "author": {"__ref": "Author:7"}}], [cache])
    ('Maria Lopez',)
    >>> data_authors([{"authors": [{"firstName": "Ravi", "lastName": "Patel"}, "Lena Novak"]}], [])
    ('Ravi Patel', 'Lena Novak')
    """
    for holder in holders:
        for key in _AUTHOR_KEYS:
            value = holder.get(key)
            names = [name for item in (value if isinstance(value, list) else [value])
                     if (name := _name(item, entities))][: _MAX_AUTHORS + 1]
            if 0 < len(names) <= _MAX_AUTHORS:
                return tuple(dict.fromkeys(names))
    return ()


def _name(value: object, entities: Sequence[Mapping[str, Any]], depth: int = 0) -> str | None:
    """Return an author's name: a string's words (no address), an object's name, a reference's entity's name."""
    if isinstance(value, str):
        name = " ".join(value.split())
        return name if name and "://" not in name and len(name) <= 100 else None
    if not isinstance(value, dict) or depth > 2:
        return None
    ref = value.get("__ref")
    if isinstance(ref, str):
        entity = next((found for cache in entities if isinstance(found := cache.get(ref), dict)), None)
        return _name(entity, entities, depth + 1)
    for key in _NAME_KEYS:
        found = value.get(key)
        if isinstance(found, str) and found.strip():
            return _name(found, entities, depth)
    if isinstance(fields := value.get("fields"), dict):  # Contentful's entry: its name a level down
        return _name(fields, entities, depth + 1)
    parts = [part.strip() for key in ("firstName", "lastName") if isinstance(part := value.get(key), str)]
    return _name(" ".join(parts), entities, depth) if any(parts) else None
