"""A town's name right before "shares" is a listed firm's: "Santos shares fell", "Santos's share price" (the
Australian gas producer, not Brazil's port), as "shares in Zurich Insurance" is the insurer's.

Markets news names its exchanges' cities so too ("London shares", "Tokyo shares", "Mumbai shares"), but those are
capitals, cities of a million and news towns, which this rule leaves out; a smaller town before
"shares" is a firm of its name far more often than a town's market.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from transforms.enrichments.geonames import Place
from transforms.enrichments.place_chars import char_at
from transforms.enrichments.place_namesakes import is_capital

# "shares", "share price" or "stock" right after the name or its possessive, ending a word
_SHARES = re.compile(r"(?:['’]s?)?[^\S\n](?:shares|share[^\S\n]price|stock)(?![\w'’-])")


def firms_shares(text: str, end: np.ndarray, candidates: np.ndarray, chars: np.ndarray,
                 placed: Sequence[Place] | None = None) -> np.ndarray:
    """Return, per mention (its end), whether it is one of the `candidates` (small towns) with its shares after it,
    and no national capital (`placed`: each mention's place; "Colombo shares", "Wellington shares" are markets'):
    a listed firm's name. `chars`: the text's `place_chars.text_bytes`.

    >>> from transforms.enrichments.place_chars import text_bytes
    >>> text = "Santos shares fell. Santos's share price rose. Santos stockpiles grew. In Santos shares are cheap."
    >>> ends = np.array([text.index(w) + 6 for w in ("Santos shares", "Santos's", "Santos stock", "Santos shares a")])
    >>> firms_shares(text, ends, np.ones(4, bool), text_bytes(text)).tolist()
    [True, True, False, True]
    """
    # a space or an apostrophe after the name ("?": a curly one, as `text_bytes` writes any character outside ASCII)
    near = candidates & (char_at(chars, end, " ") | char_at(chars, end, "'") | char_at(chars, end, "?"))
    for i in np.flatnonzero(near).tolist():
        near[i] = _SHARES.match(text, int(end[i])) is not None and (placed is None or not is_capital(placed[i]))
    return near
