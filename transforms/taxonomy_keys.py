"""Find a taxonomy file's unknown keys: the key, the line it is on, and the valid key it was probably meant to be.

TOML itself accepts any key, so a misspelt `wieght` or a `[[theme]]` table used to load silently and
drop what the user meant. The valid keys of each table are constants in transforms/taxonomy.py;
this module only finds the first key outside them and words the error. Python's TOML reader gives
no positions, so the line is found in the text: the first line, from the start of the key's table,
that assigns the key (or opens the table).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection, Iterable, Mapping


def unknown_keys(table: Mapping[str, object], allowed: Collection[str]) -> list[str]:
    """Return the keys of `table` that are not in `allowed`, in the file's order.

    >>> unknown_keys({"id": "a", "wieght": 2}, {"id", "weight"})
    ['wieght']
    """
    return [key for key in table if key not in allowed]


def nearest(key: str, allowed: Iterable[str]) -> str | None:
    """Return the valid key closest to a misspelt one, or None when none is close.

    >>> nearest("min_scor", ["name", "min_score", "min_density"]), nearest("colour", ["id", "terms"])
    ('min_score', None)
    """
    close = difflib.get_close_matches(key, sorted(allowed), n=1, cutoff=0.6)
    return close[0] if close else None


def table_starts(text: str, name: str) -> list[int]:
    """Return the line numbers (from 1) of the headers `[name]` or `[[name]]` in a TOML text.

    >>> table_starts('[taxonomy]\\n[[themes]]\\nid = "a"\\n[[themes]]', "themes")
    [2, 4]
    """
    header = re.compile(rf"^\s*\[\[?\s*{_key_pattern(name)}\s*\]")
    return [n for n, line in enumerate(text.splitlines(), start=1) if header.match(line)]


def key_line(text: str, key: str, start: int = 1, table: bool = False) -> int | None:
    """Return the number of the first line from `start` that assigns `key` (or opens table `key`).

    >>> key_line('[[themes]]\\nid = "a"\\nterms = [{term = "x", wieght = 2}]', "wieght")
    3
    >>> key_line('# wieght = 1\\n[[theme]]', "theme", table=True)
    2
    """
    if table:
        pattern = re.compile(rf"^\s*\[\[?\s*{_key_pattern(key)}\s*[\].]")
    else:
        pattern = re.compile(rf"(?:^|[{{,\s.\[]){_key_pattern(key)}\s*[=.\]]")  # key = ..., [a.key]
    lines = text.splitlines()
    for n in range(max(1, start), len(lines) + 1):
        line = lines[n - 1]
        if line.lstrip().startswith("#"):
            continue
        if pattern.search(line.split(" #")[0] if not table else line):
            return n
    return None


def unknown_key_message(
    key: str,
    allowed: Collection[str],
    text: str,
    where: str,
    start: int = 1,
    brackets: str = "",
    elsewhere: Mapping[str, str] | None = None,
) -> str:
    """Return the error for an unknown key: where, the line, the key, and the nearest valid key.

    `brackets` is "[" or "[[" for a table (`[[theme]]`), "" for a key. `elsewhere` maps keys valid
    in another table to that table's name, for a key written in the wrong place ("'min_score'
    belongs in [taxonomy]").

    >>> unknown_key_message("wieght", {"id", "weight"}, '[[themes]]\\nwieght = 2', "my.toml: theme 'a'")
    "my.toml: theme 'a': line 2: unknown key 'wieght' (did you mean 'weight'?)"
    """
    table = bool(brackets)

    def name(k: str) -> str:
        return f"{brackets}{k}{brackets.replace('[', ']')}" if table else repr(k)

    line = key_line(text, key, start, table) or key_line(text, key, 1, table)
    at = f"line {line}: " if line else ""
    what = f"unknown {'table' if table else 'key'} {name(key)}"
    if elsewhere and key in elsewhere:
        hint = f"{name(key)} belongs in {elsewhere[key]}"
    elif (close := nearest(key, allowed)) is not None:
        hint = f"did you mean {name(close)}?"
    else:
        hint = f"valid {'tables' if table else 'keys'}: {', '.join(sorted(allowed))}"
    return f"{where}: {at}{what} ({hint})"


def _key_pattern(key: str) -> str:
    """A regex for a TOML key written bare, or in double or single quotes."""
    escaped = re.escape(key)
    return rf"(?:{escaped}|\"{escaped}\"|'{escaped}')"
