"""A taxonomy file's error, the check of its numbers (shared by its themes' and its semantic layer's keys), and
the error of another file given as a taxonomy (a label map)."""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping


class TaxonomyError(ValueError):
    """A taxonomy file is unusable; the message names the file and the theme or line."""


def number(value: object, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise TaxonomyError(f"{where} must be a number, not {value!r}")
    return float(value)


def label_map_message(doc: Mapping[str, object], source: str, known: Collection[str]) -> str | None:
    """Return the error for a label map given as a taxonomy (`business = "medtop:04000000"`), else None.

    A map's shape, not its words, says what it is: every top-level key holds a string or a list of strings (a
    label's theme id or ids), and none is a taxonomy's own key, where a taxonomy's themes are tables. A taxonomy
    with a misplaced key (`name = "mine"` above its themes) keeps the message of the key.

    >>> label_map_message({"sport": "medtop:15000000", "world": ["a", "b"]}, "map.toml", {"themes"})[:44]
    'map.toml: is a label map (a label folder and'
    >>> label_map_message({"sport": "x", "themes": [{"id": "x"}]}, "t.toml", {"themes"}) is None
    True
    """
    def ids(value: object) -> bool:
        return isinstance(value, str) or (
            isinstance(value, list) and bool(value) and all(isinstance(one, str) for one in value))

    if not doc or any(key in known for key in doc) or not all(ids(value) for value in doc.values()):
        return None
    return (f"{source}: is a label map (a label folder and the theme id or ids accepted for it), which "
            "`themelake eval DIR --map MAP` and `themelake learn DIR --map MAP` read; a taxonomy is a TOML file of "
            "[[themes]] (`themelake themes --export` prints the bundled one)")
