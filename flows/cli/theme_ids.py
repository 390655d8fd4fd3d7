"""The note under a query comparing `theme_id` with a value no theme has as its id ('medtop:4000000', 'health')."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from flows.cli.query_errors import views_read

_VALUE = r"'((?:[^']|'')*)'"
# Every view's theme_id is a theme's id (themes', paragraph_themes', article_themes'), so any qualifier will do.
_ID = r'(?<![\w"])(?:"?\w+"?\.)?"?theme_id"?(?!\w)'
_COMPARED = re.compile(rf"{_ID}\s*=\s*{_VALUE}|{_VALUE}\s*=\s*{_ID}|{_ID}\s+in\s*\(((?:\s*'(?:[^']|'')*'\s*,?)+)\)",
                       re.IGNORECASE)
_LISTED = re.compile(_VALUE)
_NUMBERED = re.compile(r"(.*?)(\d+)")  # an id's prefix and its number ('medtop:', '04000000')


def compared_ids(sql: str, views_with_id: Sequence[str]) -> list[str]:
    """Return the values a query reading a view of theme ids compares `theme_id` with (`=` either way, or IN's list).

    >>> compared_ids("select * from paragraph_themes where theme_id in ('a', 'b') or 'c' = p.theme_id",
    ...              ["paragraph_themes"])
    ['a', 'b', 'c']
    """
    if not any(view in views_with_id for view in views_read(sql)):
        return []
    values: list[str] = []
    for match in _COMPARED.finditer(sql):
        one = match.group(1) if match.group(1) is not None else match.group(2)
        listed = [one] if match.group(3) is None else _LISTED.findall(match.group(3))
        values += [value.replace("''", "'") for value in listed]
    return values


def one_slip_apart(value: str, theme_id: str) -> bool:
    """Return whether two ids differ by at most one letter left out, added, changed or swapped with its neighbour,
    case aside.

    >>> one_slip_apart("medtop:4000000", "medtop:04000000"), one_slip_apart("medtop:4000000", "medtop:14000000")
    (True, True)
    >>> one_slip_apart("medtop:4000000", "medtop:05000000")
    False
    """
    a, b = value.lower(), theme_id.lower()
    if abs(len(a) - len(b)) > 1:
        return False
    head = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    a_rest, b_rest = a[head:], b[head:]
    return (a_rest[1:] == b_rest[1:] or a_rest == b_rest[1:] or a_rest[1:] == b_rest
            or (a_rest[:2] == b_rest[1::-1] and a_rest[2:] == b_rest[2:]))


def same_number(value: str, theme_id: str) -> bool:
    """Return whether two ids are one prefix and one number, zeros before it aside.

    >>> same_number("medtop:4000000", "medtop:04000000"), same_number("medtop:4000000", "medtop:14000000")
    (True, False)
    """
    a, b = _NUMBERED.fullmatch(value.lower()), _NUMBERED.fullmatch(theme_id.lower())
    return bool(a and b and a.group(1) == b.group(1) and int(a.group(2)) == int(b.group(2)))


def id_prefix(value: str) -> str:
    """Return what comes before the number ending an id whose prefix ends in a sign ('medtop:' of
    'medtop:04000000'), else "": a word ending in a digit ('covid19') is no id's form.

    >>> id_prefix("medtop:20000763"), id_prefix("covid19"), id_prefix("home-front")
    ('medtop:', '', '')
    """
    numbered = _NUMBERED.fullmatch(value.lower())
    return numbered.group(1) if numbered and numbered.group(1)[-1:] in _SIGNS else ""


_SIGNS = set(":-/_.#")


def other_level(value: str, names_by_id: Mapping[str, str]) -> str:
    """Return what to say of an id in the form of the lake's ids but none of them (a real IPTC id below the top
    level, 'medtop:20000002'): the lake labels its taxonomy's themes only, and, where every id of theirs ends in
    zeros the value's does not, that those are the level they are; "" for a value of another form.

    >>> ids = {"medtop:04000000": "economy", "medtop:15000000": "sport"}
    >>> other_level("medtop:20000002", ids)
    ": the lake labels its taxonomy's 2 themes only, their ids all ending in 000000 (a level above this one's)"
    >>> other_level("medtop:16000000", ids), other_level("health", ids)
    (": the lake labels its taxonomy's 2 themes only", '')
    """
    numbers = [_NUMBERED.fullmatch(theme_id.lower()) for theme_id in names_by_id]
    prefix = id_prefix(value)
    if not prefix or not numbers or any(number is None or number.group(1) != prefix for number in numbers):
        return ""
    said = f": the lake labels its taxonomy's {len(names_by_id)} themes only"
    # The zeros every id ends in mark its level in a numbered scheme (IPTC's top level: NN000000); a value with
    # fewer is from a level below, which themelake labels only if the taxonomy lists it as a theme.
    zeros = min(len(number.group(2)) - len(number.group(2).rstrip("0")) for number in numbers if number)
    own = _NUMBERED.fullmatch(value.lower())
    if zeros >= 2 and own is not None and not own.group(2).endswith("0" * zeros):
        said += f", their ids all ending in {'0' * zeros} (a level above this one's)"
    return said


def theme_id_note(sql: str, names_by_id: Mapping[str, str], views_with_id: Sequence[str],
                  found: bool = False) -> str | None:
    """Return the note for a query comparing theme_id with a value no theme has as its id: the id one slip from it
    (where only one is), or the id of the theme it names; None where every value is an id. A query that `found`
    rows by its other values is noted only for a value whose theme it does not list.

    >>> ids = {"medtop:04000000": "economy, business and finance", "medtop:07000000": "health"}
    >>> theme_id_note("select * from article_themes where theme_id = 'medtop:4000000'", ids, ["article_themes"])
    "no theme's id is 'medtop:4000000': did you mean 'medtop:04000000' (economy, business and finance)?"
    >>> theme_id_note("select * from article_themes where theme_id = 'Health'", ids, ["article_themes"])
    "'Health' is a theme's name, not its id: its theme_id is 'medtop:07000000' (or compare the themes' name)"
    """
    values = compared_ids(sql, views_with_id)
    by_name = {name.lower(): theme_id for theme_id, name in names_by_id.items()}
    for value in (value for value in values if value not in names_by_id):
        said = value.replace("'", "''")
        if value.lower() in by_name:
            meant = by_name[value.lower()]
            note = (f"'{said}' is a theme's name, not its id: its theme_id is '{meant}' (or compare the themes' "
                    "name)")
        else:
            # Ids differ by a digit ('medtop:04000000', 'medtop:05000000'): a value one slip from two is unsaid,
            # but for the id whose number it is, its padding of zeros left out or added ('medtop:4000000').
            near = ([theme_id for theme_id in names_by_id if same_number(value, theme_id)]
                    or [theme_id for theme_id in names_by_id if one_slip_apart(value, theme_id)])
            meant = near[0] if len(near) == 1 else ""
            note = (f"no theme's id is '{said}': did you mean '{meant}' ({names_by_id[meant]})?" if meant else
                    f"no theme's id is '{said}'{other_level(value, names_by_id)} "
                    "(`select theme_id, name from themes` lists them)")
        # Rows found by the other ids hide the one mistaken; an id near none may be another taxonomy's: left alone.
        if not found or (meant and meant not in values):
            return note
    return None
