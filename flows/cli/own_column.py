"""A column asked of a view that cannot be joined to the views holding it: the view's own column of the same thing."""

from __future__ import annotations

import re


def own_column(name: str, read: list[str]) -> tuple[str, str] | None:
    """Return the column of the one table a query reads that describes what `name` of another table does, with
    what that is, or None.

    >>> own_column("relative_path", ["quarantine"]), own_column("title", ["quarantine"])
    (('source', 'file'), None)
    """
    from warehouse.schemas import TABLES

    if len(set(read)) != 1 or read[0] not in TABLES:
        return None
    # By the schemas' own descriptions, not a list of names: `relative_path` is the "path of the file below
    # source_root", and quarantine's `source` is "the file"; a quarantined file has no article to join.
    things = {_subject(field) for schema in TABLES.values() for field in schema if field.name == name} - {None}
    own = [(field.name, thing) for field in TABLES[read[0]]
           if field.name != name and (thing := _subject(field)) is not None and thing in things]
    return own[0] if len(own) == 1 else None


def _subject(field: object) -> str | None:
    """Return what a column's description is of: its first `the X` (`path of the file below ...`: file)."""
    doc = (getattr(field, "metadata", None) or {}).get(b"doc", b"").decode()
    found = _THE.search(doc)
    return found.group(1) if found else None


_THE = re.compile(r"\bthe (\w+)")
