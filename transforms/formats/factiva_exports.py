"""Dow Jones Factiva's exports: each article's fields named by Factiva's two-letter codes, `HD` (headline), `LP`
(lead paragraph), `TD` (text after the lead), `SN` (source name), `BY` (byline), `PD` (publication date), as its
JSON and CSV exports write them. The article's text is its lead then the rest: `TD` alone lacks the story's first
paragraph, and `LP` alone is a teaser. Before, such a file was `no_text_field` (no common name among its codes).

`ET` (the time of day, "14:32") is the time of `PD`'s day: alone it dated nothing and the article fell at midnight.
`LA` names its language in English ("English", "German"), as Factiva's exports write it, read as its code. A wire's
credit closing the text ("(Reporting by Jane Doe; Editing by Ann Lee)", as Reuters ends a story) is no paragraph, its
reporters the authors where `BY` names none: the rule text files follow (`txt_tails`), Factiva carrying the wires'
texts as they were sent.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from transforms.formats.source_places import source_name
from transforms.formats.txt_tails import txt_tail

# Factiva's code of each field, and the common name it is read as (`field_mapping.COMMON_NAMES`)
_CODES = {"HD": "title", "SN": "site", "BY": "authors", "PD": "published_at", "AN": "id"}
_LEAD, _BODY = "LP", "TD"
# Factiva's names of its languages (its `LA` field) and their ISO 639-1 codes: the closed set of the languages it
# indexes most; a name not here (or a code, "en", as its JSON API writes) is passed on as written
_LANGUAGES = {"english": "en", "german": "de", "french": "fr", "spanish": "es", "italian": "it", "portuguese": "pt",
              "dutch": "nl", "swedish": "sv", "danish": "da", "norwegian": "no", "finnish": "fi", "polish": "pl",
              "russian": "ru", "turkish": "tr", "arabic": "ar", "japanese": "ja", "korean": "ko", "chinese": "zh",
              "chinese-simplified": "zh", "chinese-traditional": "zh", "indonesian": "id", "malay": "ms",
              "czech": "cs", "hungarian": "hu", "greek": "el", "hebrew": "he", "romanian": "ro", "ukrainian": "uk"}
# `ET`'s time of day, with Factiva's zone where it writes one ("14:32", "09:05 GMT")
_TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:\s+(?:GMT|UTC|ET|EST|EDT|CET|CEST|BST))?")


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
    >>> factiva_fields({"HD": "Rates held", "PD": "4 March 2026", "ET": "14:32", "LA": "English", "TD": "Held."})
    {'title': 'Rates held', 'published_at': '4 March 2026 14:32', 'language': 'en', 'text': 'Held.'}
    """
    fields = {_CODES.get(name, name): value for name, value in values.items() if name not in (_LEAD, _BODY, "ET", "LA")}
    day, time = values.get("PD"), values.get("ET")
    if isinstance(day, str) and isinstance(time, str) and _TIME.fullmatch(time.strip()):
        fields["published_at"] = f"{day.strip()} {time.strip()}"  # the time of PD's day, where ET writes one
    elif "ET" in values:
        fields["ET"] = time
    if isinstance(source := values.get("SN"), str) and (named := source_name(source.strip())).place is not None:
        # the outlet's name the site, its bracketed place aside, as a LexisNexis source line's (`source_places`)
        fields["site"], fields["source_place"] = named
    if isinstance(language := values.get("LA"), str):
        fields["language"] = _LANGUAGES.get(language.strip().lower(), language)
    parts = [value.strip() for name in (_LEAD, _BODY) if isinstance(value := values.get(name), str) and value.strip()]
    tail = txt_tail("\n\n".join(parts))
    fields["text"] = tail.text.strip()
    if tail.authors and not values.get("BY"):
        fields["authors"] = list(tail.authors)  # the wire's reporters, its head naming none
    return fields
