"""The note under a query over the themes comparing their name with a value no theme is named ('Ecnomy')."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from difflib import get_close_matches

from flows.cli.query_errors import views_read

_VALUE = r"'((?:[^']|'')*)'"
_COLUMN = r'(?<![\w"])(?:"?(\w+)"?\.)?"?name"?'  # `taxonomy_name` is another column
# A name compared with a value, on either side of `=`, or listed by IN: a pattern (LIKE) or a range says no name.
_COMPARED = re.compile(rf"{_COLUMN}\s*=\s*{_VALUE}|{_VALUE}\s*=\s*{_COLUMN}(?!\w)"
                       rf"|{_COLUMN}\s+in\s*\(((?:\s*{_VALUE.replace('(', '(?:', 1)}\s*,?)+)\)", re.IGNORECASE)
_LISTED = re.compile(_VALUE)
# `from themes t`, `join themes as t`: the name the query gives the view (a keyword after it is no name).
_ALIAS = re.compile(r'\b(?:from|join)\s+"?themes"?\s+(?:as\s+)?(?!(?:where|join|on|using|group|order|limit|left|'
                    r'right|inner|full|cross|natural|qualify|having|window|union|except|intersect)\b)(\w+)',
                    re.IGNORECASE)
# `with themes as (...)`: a view of the query's own that hides the lake's themes, its names the query's.
_OWN_THEMES = re.compile(r'(?:\bwith(?:\s+recursive)?|,)\s*"?themes"?\s*(?:\([^()]*\)\s*)?as\s*'
                         r'(?:(?:not\s+)?materialized\s*)?\(', re.IGNORECASE)
# One slip in a word of five letters or more keeps 0.8 of its letters in order ('sprot': 0.8, 'helth': 0.91),
# while another theme's word shares few ('sport' and 'health': 0.36).
CLOSE = 0.8


def compared_names(sql: str, views_with_name: Sequence[str]) -> list[str]:
    """Return the values a query compares the themes' `name` with (`=` either way round, or IN's list).

    A `name` qualified with another view's name or alias is that view's (a place's name); an unqualified one is
    the themes' only where no other view the query reads has a `name`.

    >>> compared_names("select * from themes t where t.name = 'sprot' or name in ('a', 'it''s')", ["themes"])
    ['sprot', 'a', "it's"]
    >>> compared_names("select * from themes t join paragraph_places p on true where p.name = 'x'", ["themes"])
    []
    """
    read = views_read(sql)
    if "themes" not in read or _OWN_THEMES.search(sql):
        return []
    own = {"themes", *(alias.lower() for alias in _ALIAS.findall(sql))}
    others = [view for view in read if view != "themes" and view in views_with_name]
    values: list[str] = []
    for match in _COMPARED.finditer(sql):
        qualifier = match.group(1) or match.group(4) or match.group(5)
        if (qualifier.lower() not in own) if qualifier else others:
            continue
        one = match.group(2) if match.group(2) is not None else match.group(3)
        listed = [one] if match.group(6) is None else _LISTED.findall(match.group(6))
        values += [value.replace("''", "'") for value in listed]
    return values


def theme_name_note(sql: str, names: Sequence[str], views_with: Callable[[str], list[str]],
                    found: bool = False) -> str | None:
    """Return the note for a query comparing a theme's name with a value no theme is named, naming the theme
    meant (a slip in its name or in one of its words, or its case); None where every value compared is a theme's
    name. A query that `found` rows by its other values is noted only for a slip of a theme it does not list.

    >>> names = ["economy, business and finance", "sport", "health"]
    >>> theme_name_note("select * from themes where name = 'Ecnomy'", names, lambda c: ["themes"])
    "no theme is named 'Ecnomy': did you mean 'economy, business and finance'?"
    >>> theme_name_note("select * from themes where name = 'sport'", names, lambda c: ["themes"]) is None
    True
    """
    values = compared_names(sql, views_with("name"))
    unnamed = [value for value in values if value not in names]
    # A theme is found by its whole name, or by one of its words ('economy' of 'economy, business and finance').
    keys: dict[str, str] = {}
    for name in names:
        for key in [name, *re.split(r",\s*|\s+and\s+|\s+", name)]:
            keys.setdefault(key.lower(), name)
    meant = {value: keys[close[0]] for value in unnamed
             if (close := get_close_matches(value.lower(), keys, n=1, cutoff=CLOSE))}
    if found:
        # Rows found by the other names listed ('labour' of `in ('enviroment', 'labour')`) hide the one misspelt,
        # whose rows are silently missing; a value near a theme the query lists too ('Sport' beside 'sport') is a
        # variant written on purpose, and one near no theme may be another taxonomy's name: left alone.
        unnamed = [value for value in unnamed if value in meant and meant[value] not in values]
    if not unnamed:
        return None
    value = unnamed[0]
    said = value.replace("'", "''")
    if value in meant:
        return f"no theme is named '{said}': did you mean '{meant[value]}'?"
    return f"no theme is named '{said}' (`select name from themes` lists them)"
