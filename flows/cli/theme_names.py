"""The note under a query over the themes comparing their name with a value no theme is named ('Ecnomy')."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from difflib import get_close_matches
from typing import NamedTuple

from flows.cli.query_errors import views_read
from flows.cli.theme_ids import id_prefix, same_number

_VALUE = r"'((?:[^']|'')*)'"


def _column(side: str) -> str:
    """Return the pattern of the themes' name as compared, as it is or folded to one case (`lower(name)`, DuckDB's
    lcase too), its groups named for the `side` of the comparison it is on. `taxonomy_name` is another column."""
    return (rf'(?:(?P<fold_{side}>lower|upper|lcase|ucase)\s*\(\s*)?(?<![\w"])(?:"?(?P<qualifier_{side}>\w+)"?\.)?'
            rf'"?name"?(?(fold_{side})\s*\))')


# A name compared with a value, on either side of `=`, listed by IN, or matched by LIKE (ILIKE: any case) with a
# pattern that is a whole name: one with a wildcard (`%`, `_`) or a range says no name.
_COMPARED = re.compile(rf"{_column('left')}\s*==?\s*(?P<value_left>{_VALUE})"
                       rf"|(?P<value_right>{_VALUE})\s*==?\s*{_column('right')}(?!\w)"
                       rf"|{_column('like')}\s+(?P<ilike>i)?like\s+(?P<value_like>{_VALUE})"
                       rf"|{_column('in')}\s+in\s*\((?P<listed>(?:\s*{_VALUE.replace('(', '(?:', 1)}\s*,?)+)\)",
                       re.IGNORECASE)
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


class Compared(NamedTuple):
    """A value a query compares the themes' name with, and whether any case of a name equals it."""

    value: str
    any_case: bool  # `lower(name) = ...`, `name ILIKE ...`
    fold: str = ""  # the function folding the name to one case (`lower`, `ucase`), "" where it is compared as it is
    pattern: bool = False  # LIKE's pattern with a wildcard (`lower(name) like 'sport%'`): many names, kept for its case
    column: str = "name"  # as the query names it (`t.name`), so that a note quotes the user's own words


def compared(sql: str, views_with_name: Sequence[str]) -> list[Compared]:
    """Return the values a query compares the themes' `name` with (`=` either way round, IN's list, or LIKE's
    pattern without a wildcard), each with whether the comparison ignores case.

    A `name` qualified with another view's name or alias is that view's (a place's name); an unqualified one is
    the themes' only where no other view the query reads has a `name`.

    >>> compared("select * from themes where lower(name) = 'helth' or name like 'sport%'", ["themes"])
    [Compared(value='helth', any_case=True, fold='lower', pattern=False, column='name')]
    """
    read = views_read(sql)
    if "themes" not in read or _OWN_THEMES.search(sql) or renames_name(sql):
        return []
    own = {"themes", *(alias.lower() for alias in _ALIAS.findall(sql))}
    others = [view for view in read if view != "themes" and view in views_with_name]
    values: list[Compared] = []
    for match in _COMPARED.finditer(sql):
        group = match.groupdict()
        side = next(side for side in ("left", "right", "like") if group[f"value_{side}"] is not None) \
            if group["listed"] is None else "in"
        qualifier = group[f"qualifier_{side}"]
        if (qualifier.lower() not in own) if qualifier else others:
            continue
        listed = _LISTED.findall(group["listed"] if side == "in" else group[f"value_{side}"])
        any_case = bool(group[f"fold_{side}"] or (side == "like" and group["ilike"]))
        fold = "" if side == "like" and group["ilike"] else (group[f"fold_{side}"] or "").lower()
        pattern = side == "like" and any(wildcard in listed[0] for wildcard in "%_")
        if pattern and not fold:
            continue  # a pattern of many names, not one; kept where a fold may put it out of every name's case
        column = f"{qualifier}.name" if qualifier else "name"
        values += [Compared(value.replace("''", "'"), any_case, fold, pattern, column) for value in listed]
    return values


# `theme_id as name`, `select upper(name) as name`: a column the query itself calls `name`, which is no theme's.
_AS_NAME = re.compile(r'([\w."]+|\))\s+as\s+"?name"?(?![\w"])', re.IGNORECASE)


def renames_name(sql: str) -> bool:
    """Return whether a query gives another column (or an expression) the name `name` (a CTE's `theme_id as
    name`): then the `name` it compares may be that one, not the themes' name, and no note is safe.

    >>> renames_name("with t as (select theme_id as name from themes) select * from t where name = 'x'")
    True
    >>> renames_name("select t.name as name from themes t"), renames_name("select name as theme from themes")
    (False, False)
    """
    return any(match.group(1).split(".")[-1].strip('"').lower() != "name" for match in _AS_NAME.finditer(sql))


def never_equal_note(values: Sequence[Compared]) -> str | None:
    """Return the note for a name folded to one case compared with a value in another (`upper(name) = 'sport'`,
    `lower(name) like 'Health%'`), which no row can ever match, whatever the themes are named; else None.

    >>> never_equal_note([Compared("Health", True, "lower")])
    "lower(name) is in lower case, so it never equals 'Health': compare it with 'health'"
    >>> never_equal_note([Compared("health", True, "lower"), Compared("SPORT", True, "ucase")]) is None
    True
    >>> never_equal_note([Compared("Sport%", True, "lower", pattern=True)])
    "lower(name) is in lower case, so it never matches 'Sport%': compare it with 'sport%'"
    """
    for one in values:
        case = "lower" if one.fold in ("lower", "lcase") else "upper" if one.fold else ""
        folded = one.value.lower() if case == "lower" else one.value.upper()
        if case and folded != one.value:
            said, mended = (text.replace("'", "''") for text in (one.value, folded))
            # A pattern's wildcards have no case: its letters in the other case match no name, as a value's do.
            never = "never matches" if one.pattern else "never equals"
            return f"{one.fold}({one.column}) is in {case} case, so it {never} '{said}': compare it with '{mended}'"
    return None


def compared_names(sql: str, views_with_name: Sequence[str]) -> list[str]:
    """Return the values a query compares the themes' `name` with (`=` either way round, IN's list, or LIKE).

    >>> compared_names("select * from themes t where t.name = 'sprot' or name in ('a', 'it''s')", ["themes"])
    ['sprot', 'a', "it's"]
    >>> compared_names("select * from themes t join paragraph_places p on true where p.name = 'x'", ["themes"])
    []
    """
    return [one.value for one in compared(sql, views_with_name) if not one.pattern]


def theme_name_note(sql: str, names: Sequence[str], views_with: Callable[[str], list[str]],
                    found: bool = False, ids: Mapping[str, str] | None = None) -> str | None:
    """Return the note for a query comparing a theme's name with a value no theme is named, naming the theme
    meant (a slip in its name or in one of its words, or its case, or its id of `ids`, id to name, given as its
    name); None where every value compared is a theme's name. A query that `found` rows by its other values is
    noted only for a value meaning a theme it does not list.

    >>> names = ["economy, business and finance", "sport", "health"]
    >>> theme_name_note("select * from themes where name = 'Ecnomy'", names, lambda c: ["themes"])
    "no theme is named 'Ecnomy': did you mean 'economy, business and finance'?"
    >>> theme_name_note("select * from themes where name = 'sport'", names, lambda c: ["themes"]) is None
    True
    >>> theme_name_note("select * from themes where name = 'medtop:07000000'", names, lambda c: ["themes"],
    ...                 ids={"medtop:07000000": "health"})
    "'medtop:07000000' is a theme's id, not its name: its name is 'health' (or compare theme_id)"
    """
    values = compared(sql, views_with("name"))
    # Said first, and whether or not rows were found: the comparison is false for every row, so it is a slip
    # whatever the lake's names are.
    if (never := never_equal_note(values)) is not None:
        return never
    values = [one for one in values if not one.pattern]  # a pattern names no one theme to look for
    lowered = {name.lower() for name in names}
    unnamed = [one.value for one in values
               if one.value not in names and not (one.any_case and one.value.lower() in lowered)]
    listed = [one.value for one in values]
    # A theme is found by its whole name, or by one of its words ('economy' of 'economy, business and finance').
    keys: dict[str, str] = {}
    for name in names:
        for key in [name, *re.split(r",\s*|\s+and\s+|\s+", name)]:
            keys.setdefault(key.lower(), name)
    meant = {value: keys[close[0]] for value in unnamed
             if (close := get_close_matches(value.lower(), keys, n=1, cutoff=CLOSE))}
    # An id given for a name ('medtop:07000000', a custom taxonomy's 'home-front') means its theme: said before
    # a slip, as an id's words ('fighting' of 'fighting and losses') can be a name's too.
    # An id is its exact text, as theme_id compares it: 'Society' beside an id 'society' is the name's case slip.
    by_id = dict(ids or {})
    meant |= {value: by_id[value] for value in unnamed if value in by_id}
    if found:
        # Rows found by the other names listed ('labour' of `in ('enviroment', 'labour')`) hide the one misspelt,
        # whose rows are silently missing; a value near a theme the query lists too ('Sport' beside 'sport') is a
        # variant written on purpose, and one near no theme may be another taxonomy's name: left alone.
        unnamed = [value for value in unnamed if value in meant and meant[value] not in listed]
    if not unnamed:
        return None
    value = unnamed[0]
    said = value.replace("'", "''")
    if value in by_id:
        return f"'{said}' is a theme's id, not its name: its name is '{meant[value]}' (or compare theme_id)"
    if value in meant:
        return f"no theme is named '{said}': did you mean '{meant[value]}'?"
    if (prefix := id_prefix(value)) and prefix in {id_prefix(theme_id) for theme_id in ids or {}}:
        # An id's number with its zeros left out ('medtop:7000000') is the one theme's, as theme_id's note says.
        near = [theme_id for theme_id in ids or {} if same_number(value, theme_id)]
        if len(near) == 1:
            return (f"'{said}' has the form of a theme's id, not of a name: did you mean theme_id '{near[0]}' "
                    f"({(ids or {})[near[0]]})?")
        return (f"'{said}' has the form of a theme's id, not of a name, and no theme's id is '{said}' either "
                "(`select theme_id, name from themes` lists them)")
    return f"no theme is named '{said}' (`select name from themes` lists them)"
