"""A currency named by its country's words right before a scaled number, as the BBC writes a foreign sum: "a record
Australian dollars 648m profit", "to a record Australian dollar 29.4bn" (they were of no currency)."""

from __future__ import annotations

import re

from transforms.enrichments.amount_currencies import CURRENCY_WORDS

# A country's currency in the plural or the singular ("Australian dollars", "Australian dollar", "Indian rupees"),
# a space or a line's end apart, right before the number
_NAMED = {name: code for name, code in CURRENCY_WORDS.items() if " " in name and not name.endswith("cents")}
_NAMED_BEFORE = re.compile(
    r"\b(" + "|".join(r"\s".join(map(re.escape, name.split())) + ("?" if name.endswith("s") else "")
                      for name in sorted(_NAMED, key=len, reverse=True)) + r")[^\S\n]$")


def currency_before(text: str, number_start: int, low: int) -> str | None:
    """Return the ISO 4217 code of a country's currency named right before the number at `number_start` (its
    paragraph starting at `low`), else None.

    >>> [currency_before(t, len(t), 0) for t in ("a record Australian dollars ", "a record Australian dollar ",
    ...     "the Hong Kong dollar ", "South Korean won ", "dollars ", "Australian dollars. ")]
    ['AUD', 'AUD', 'HKD', 'KRW', None, None]
    """
    found = _NAMED_BEFORE.search(text, max(low, number_start - 30), number_start)
    if found is None:
        return None
    name = " ".join(found.group(1).split())
    return _NAMED.get(name) or _NAMED.get(name + "s")
