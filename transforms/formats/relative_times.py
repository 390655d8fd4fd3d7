"""A page's relative timestamps ("Updated 12 min ago", "vor 3 Stunden"): no paragraph of its article.

A live blog shows each post's age over its text, and a template its article's ("Updated 3 hours ago"); saved, the
page keeps the words its reader saw, which trafilatura keeps as blocks: each was a body paragraph. Such a line says
when the page was looked at, not when it was written, so it is no date either (none is read from it). One ending in
a full stop without a label ("A week ago.") is a sentence of the article, a one-line paragraph of its prose: a
timestamp's words are no sentence (they end without one), and a writer's "A week ago." was dropped as one.
"""

from __future__ import annotations

import re

# Only a short block can be one: the regular expression is tried on no paragraph of prose.
_MAX_LENGTH = 48
_LABEL = (r"(?:(?:last\s+)?updated|posted|published|aktualisiert|ver[öo]ffentlicht|mis\s+à\s+jour|publié|actualizado"
          r"|publicado)")
_AMOUNT = r"(?:\d+|an?|one)"
_RELATIVE_TIME = re.compile(
    rf"(?P<label>{_LABEL}\s*:?\s*)?(?:"
    rf"{_AMOUNT}\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)\s+ago"  # English
    r"|vor\s+(?:\d+|einer?)\s+(?:Sekunden|Minuten?|Min\.?|Stunden?|Std\.?|Tag(?:en)?)"  # German
    r"|il\s+y\s+a\s+(?:\d+|une?)\s+(?:secondes?|minutes?|min|heures?|h|jours?)"  # French
    r"|hace\s+(?:\d+|una?)\s+(?:segundos?|minutos?|min|horas?|h|días?)"  # Spanish
    r"|há\s+(?:\d+|uma?)\s+(?:segundos?|minutos?|min|horas?|h|dias?)"  # Portuguese
    r")\W*",
    re.IGNORECASE,
)


def is_relative_time(block: str) -> bool:
    """Return whether a block is a relative timestamp alone.

    >>> [is_relative_time(b) for b in ("Updated 1h ago", "12 min ago", "Last updated: 3 hours ago", "vor 3 Stunden")]
    [True, True, True, True]
    >>> is_relative_time("il y a 2 heures"), is_relative_time("Three hours ago the storm hit the coast.")
    (True, False)
    >>> is_relative_time("10 years ago"), is_relative_time("Updated")
    (False, False)
    >>> is_relative_time("A week ago."), is_relative_time("A week ago"), is_relative_time("Updated 2 days ago.")
    (False, True, True)
    """
    if len(block) > _MAX_LENGTH:
        return False
    text = block.strip()
    found = _RELATIVE_TIME.fullmatch(text)
    return found is not None and (found["label"] is not None or not text.endswith("."))


def without_relative_times(blocks: list[str]) -> list[str]:
    """Return an article's blocks without those that are a relative timestamp alone (`is_relative_time`)."""
    return [block for block in blocks if not is_relative_time(block)]
