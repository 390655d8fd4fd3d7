"""Dow Jones Factiva's exports: each article's fields named by Factiva's two-letter codes, `HD` (headline), `LP`
(lead paragraph), `TD` (text after the lead), `SN` (source name), `BY` (byline), `PD` (publication date), as its
JSON and CSV exports write them. The article's text is its lead then the rest: `TD` alone lacks the story's first
paragraph, and `LP` alone is a teaser. Before, such a file was `no_text_field` (no common name among its codes).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

# Factiva's code of each field, and the common name it is read as (`field_mapping.COMMON_NAMES`)
_CODES = {"HD": "title", "SN": "site", "BY": "authors", "PD": "published_at", "AN": "id"}
_LEAD, _BODY = "LP", "TD"


def is_factiva_export(names: Sequence[str]) -> bool:
    """Return whether a file's field names are Factiva's: its headline's code beside its lead's or text's, in its
    capitals (a lower-case `hd` or `td` is some other file's column, not read so).

    >>> is_factiva_export(["AN", "HD", "LP", "TD", "SN"]), is_factiva_export(["hd", "td"]), is_factiva_export(["TD"])
    (True, False, False)
    """
    return "HD" in names and (_LEAD in names or _BODY in names)


def factiva_fields(values: Mapping[str, object]) -> dict[str, object]:
    """Return a Factiva record's fields by their common names: the text its lead then its text, a blank line between
    (each kept as its own paragraph), its other codes kept beside them.

    >>> factiva_fields({"HD": "Copper hits record", "LP": "Copper rose.", "TD": "Stocks fell.", "SN": "FT"})
    {'title': 'Copper hits record', 'site': 'FT', 'text': 'Copper rose.\\n\\nStocks fell.'}
    """
    fields = {_CODES.get(name, name): value for name, value in values.items() if name not in (_LEAD, _BODY)}
    parts = [value.strip() for name in (_LEAD, _BODY) if isinstance(value := values.get(name), str) and value.strip()]
    fields["text"] = "\n\n".join(parts)
    return fields
