"""The currency of a bare "Sh" before a number (`shilling_code`): the shilling of the one East African country its
paragraph names ("Sh5 billion, Kenya's treasury said" is in Kenyan shillings), else none."""

from __future__ import annotations

import re

# Kenya's, Uganda's, Tanzania's and Somalia's papers all write their shilling "Sh" ("Sh45 billion"), so only the
# story's country tells them apart: its name, its people's or its capital's and chief city's, as readers would
# take it. A paragraph that names two of them (a regional story) or none keeps the sum without a currency, as a
# guess between four would be wrong as often as not.
_COUNTRIES = {
    "KES": re.compile(r"\b(?:Kenyan?s?|Nairobi|Mombasa|Kisumu)\b"),
    "UGX": re.compile(r"\b(?:Ugandan?s?|Kampala|Entebbe)\b"),
    "TZS": re.compile(r"\b(?:Tanzanian?s?|Dar es Salaam|Dodoma|Zanzibar)\b"),
    "SOS": re.compile(r"\b(?:Somalia|Somalis?|Mogadishu)\b"),
}


def shilling_code(text: str, low: int, high: int) -> str | None:
    """Return the ISO 4217 code of a bare "Sh" in `text[low:high]`, a paragraph naming one shilling's country only.

    >>> text = "It cost Sh5 billion, Kenya's treasury said."
    >>> shilling_code(text, 0, len(text)), shilling_code("Sh2bn in Kampala and Nairobi.", 0, 29)
    ('KES', None)
    >>> shilling_code("It cost Sh5 billion.", 0, 20)
    """
    named = [code for code, country in _COUNTRIES.items() if country.search(text, low, high)]
    return named[0] if len(named) == 1 else None
