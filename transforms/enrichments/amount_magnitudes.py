"""A quake's magnitude written before its number (`magnitude_object`): "Magnitude 6.1 strikes off Japan" measures the
quake, the word after it the quake's verb, no noun the number counts; "a magnitude 7.2 quake jolts Mexico" counts
the quake, not its verb."""

from __future__ import annotations

import re

# The nouns a magnitude measures: "magnitude 5 aftershocks" counts them, as "a magnitude 6.1 earthquake" counts its
# quake; any other word in "-s" after "magnitude 6.1" is the headline's verb of the quake it names ("strikes",
# "hits", "jolts", "rocks"), a class too open to list, so the quakes are listed instead. (A quake's noun right after
# the number is the object even where the compound reading went on to its verb: "a magnitude 7.2 quake jolts
# Mexico" counted "jolts".)
_QUAKES = frozenset("earthquake quake tremor aftershock foreshock temblor tremblor shock".split())
_QUAKE_AFTER = re.compile(r"[^\S\n]+([a-z]+?)s?\b")
_MAGNITUDE = "magnitude"
_BEFORE = len(_MAGNITUDE) + 2  # "magnitude " or "magnitude-" and the number's start


def magnitude_object(text: str, start: int, end: int, thing: str | None) -> str | None:
    """Return the object of the amount from `start` to `end` that `counted_object` read as `thing`: a quake's noun
    after a magnitude named before the number, none for a verb in "-s", else `thing`.

    >>> [magnitude_object(t, t.index("6"), t.index("6") + 3, w) for t, w in (("Magnitude 6.1 strikes off Japan",
    ...     "strikes"), ("a magnitude 6.1 quake jolts", "jolts"), ("a magnitude 6.1 aftershocks", "aftershocks"),
    ...     ("Workers staged 6.1 strikes", "strikes"))]
    [None, 'quake', 'aftershocks', 'strikes']
    """
    if thing is None or not text[max(0, start - _BEFORE): start].rstrip(" -–").lower().endswith(_MAGNITUDE):
        return thing
    quake = _QUAKE_AFTER.match(text, end)
    if quake is not None and quake.group(1) in _QUAKES:
        return text[quake.start(1): quake.end()]  # the quake's noun, singular or plural, as written
    return None if thing.endswith("s") else thing
