"""A byline's element read for its names where it is no plain "By" line: the element marked as the author's that holds
a name alone ("<p class=\"autor\">Joana Ferreira</p>", Italian's "<p class=\"firma\">di Giulia Romano</p>"), and a
byline over its date's lines ("Por Mariana Costa — Brasília<br>Publicado em 05/03/2026 às 18h42"). Each gave no
author and stayed a body paragraph (`html_authors.plain_byline` reads them)."""

from __future__ import annotations

import re
from typing import Any

from transforms.formats.author_dates import is_date
from transforms.formats.byline_languages import CAPITAL, JOIN_WORDS, LEADS
from transforms.formats.byline_rubrics import is_idiom

# A dash between a byline's names and the place its writer files from: "Por Mariana Costa — Brasília".
PLACE_DASH = re.compile(r"\s+[—–]\s+(?=\S+$)")


def first_line(element: Any) -> str:
    """Return an element's text, or its first line where a line break parts it from its date's lines (a byline over
    "Publicado em 05/03/2026 às 18h42": its words ran into the date's, "BrasíliaPublicado", and it gave no author).

    >>> from lxml import html
    >>> first_line(html.fromstring("<p>Por Ana Lima<br>Publicado em 05/03/2026 às 18h42</p>"))
    'Por Ana Lima'
    >>> first_line(html.fromstring("<p>By Jo Lee<br>in Leeds</p>")), first_line(html.fromstring("<p>By  Jo Lee</p>"))
    ('By Jo Lee in Leeds', 'By Jo Lee')
    """
    if next(element.iter("br"), None) is None:  # the common case, without the XPath
        return " ".join(element.text_content().split())
    text = "".join("\n" if not isinstance(piece, str) else piece for piece in element.xpath(".//text()|.//br"))
    lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
    if len(lines) > 1 and all(is_date(line) for line in lines[1:]):
        return lines[0]
    return " ".join(lines)


# An element whose class or id says it holds the author's name, in English or as Portuguese, Spanish, German,
# French and Italian templates name it ("autor", "auteur", Italian's "firma"): a name alone there, or after a
# lower-case "di", "por", "by" ("di Giulia Romano", as Italian sites write it), is the byline (it was a body paragraph).
_AUTHOR_CUE = re.compile(r"author|autor|auteur|firma|byline", re.IGNORECASE)
_LOWER_LEADS = tuple(lead.lower() for lead in (*LEADS, "By"))
_ONE_NAME = rf"{CAPITAL}[\w'’.-]+(?:\s+(?:{CAPITAL}[\w'’.-]*|de|da|dos|das|di|van|von|der|del|du)){{1,3}}"
# ... or names joined as its language joins them ("di Marco Bianchi e Laura Neri")
_NAME = re.compile(rf"{_ONE_NAME}(?:(?:\s+(?:{'|'.join(JOIN_WORDS)})|,)\s+{_ONE_NAME})*")


def is_marked_name(element: Any, names: str) -> bool:
    """Return whether an element marked as the author's (`_AUTHOR_CUE`) holds a name alone, or after a lower-case
    lead.

    >>> from lxml import html
    >>> is_marked_name(html.fromstring('<p class="autor">x</p>'), "Joana Ferreira")
    True
    >>> is_marked_name(html.fromstring('<p class="firma">x</p>'), "di Giulia Romano")
    True
    >>> is_marked_name(html.fromstring('<p class="autore">x</p>'), "di Marco Bianchi e Laura Neri")
    True
    >>> is_marked_name(html.fromstring('<p class="byline">x</p>'), "By Special Delivery")
    False
    >>> is_marked_name(html.fromstring('<p class="summary">x</p>'), "Joana Ferreira")
    False
    >>> is_marked_name(html.fromstring('<p class="author-note">x</p>'), "The minister resigned")
    False
    """
    cues = " ".join(element.get(name) or "" for name in ("class", "id", "itemprop"))
    if not _AUTHOR_CUE.search(cues):
        return False
    lead, _, rest = names.partition(" ")
    if lead in ("By", "by") and is_idiom(rest):
        return False  # a rubric's words in the byline's element ("By Special Delivery"), no name
    return _NAME.fullmatch(rest if lead in _LOWER_LEADS else names) is not None


def with_capital_lead(byline: str) -> str:
    """Return a byline with its lower-case lead capitalised, as `authors_of` reads it ("di Giulia Romano").

    >>> with_capital_lead("di Giulia Romano"), with_capital_lead("Jane Doe")
    ('Di Giulia Romano', 'Jane Doe')
    """
    lead, space, rest = byline.partition(" ")
    return lead.capitalize() + space + rest if lead in _LOWER_LEADS and rest else byline

